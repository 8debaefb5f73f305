import { describe, expect, it } from 'vitest';
import { anchorQuote, type QuoteSelector } from '@/lib/anchor/quote';

const page = [
  'Meta prévoit de dépenser 62 milliards d’euros cette année pour son infrastructure.',
  'Microsoft, qui prévoit de dépenser près de 80 milliards d’euros, et Amazon suivent.',
  'Les lecteurs citent aussi 62 milliards d’euros dans les commentaires.',
];
const sel = (over: Partial<QuoteSelector>): QuoteSelector => ({
  quote: '62 milliards d’euros',
  prefix: 'Meta prévoit de dépenser ',
  suffix: ' cette année pour',
  position: 25,
  ...over,
});
const textOf = (blocks: string[], a: ReturnType<typeof anchorQuote>) =>
  a ? (blocks[a.block] as string).slice(a.start, a.end) : null;

describe('anchorQuote', () => {
  it('picks the occurrence whose context matches, not the first one', () => {
    const a = anchorQuote(page, sel({}));
    expect(a).toMatchObject({ block: 0, start: 25, exact: true });
    const b = anchorQuote(
      page,
      sel({ prefix: 'Les lecteurs citent aussi ', suffix: ' dans les', position: 200 }),
    );
    expect(b).toMatchObject({ block: 2, exact: true });
  });

  it('ignores differences of spaces and apostrophes between versions of a page', () => {
    const edited = page.map((b) => b.replace(/’/g, "'").replace('62 ', '62\u00a0'));
    const a = anchorQuote(edited, sel({}));
    expect(textOf(edited, a)).toBe("62\u00a0milliards d'euros");
  });

  it('finds an edited figure approximately when its sentence is the same', () => {
    const edited = [
      'Meta prévoit de dépenser 65 milliards d’euros cette année pour son infrastructure.',
    ];
    const a = anchorQuote(edited, sel({}));
    expect(a?.exact).toBe(false);
    expect(textOf(edited, a)).toBe('65 milliards d’euros');
  });

  it('orphans a claim rather than attach it to text that only looks like it', () => {
    const other = [
      'Le budget de la culture atteint 4 milliards d’euros en 2025, selon le ministère.',
    ];
    expect(anchorQuote(other, sel({}))).toBeNull();
    // The same words alone, in an unrelated sentence, are not the claim either.
    const sameWords = [
      'Un lecteur a écrit : 62 milliards d’euros ? Impossible, disait-il hier soir.',
    ];
    expect(anchorQuote(sameWords, sel({}))).toBeNull();
    expect(anchorQuote([], sel({}))).toBeNull();
    expect(anchorQuote(page, sel({ quote: '  ' }))).toBeNull();
  });
});
