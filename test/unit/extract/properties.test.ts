/**
 * Robustness over ≥ 100,000 generated inputs: random Unicode, number-like noise and real
 * sentences mutated at random. The extractor never throws, and its mentions are sorted, apart,
 * and exactly the text they claim to be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index.ts';
import type { Lang, Mention } from '../../../lib/extract/types.ts';

const KINDS = new Set(['money', 'percent', 'power', 'energy', 'count', 'multiple']);

/** Throws when mentions break a rule for `text`: order, overlap, span, text, kind, values. */
function validate(text: string, ms: Mention[]): void {
  let last = 0;
  for (const m of ms) {
    if (!(m.start >= last && m.end > m.start && m.end <= text.length)) {
      throw new Error(`bad span ${m.start}-${m.end} after ${last}`);
    }
    if (text.slice(m.start, m.end) !== m.text)
      throw new Error(`text ${JSON.stringify(m.text)} is not at ${m.start}`);
    if (!KINDS.has(m.kind)) throw new Error(`kind ${m.kind}`);
    if (m.value !== null && !Number.isFinite(m.value)) throw new Error(`value ${m.value}`);
    if (
      m.valueMax !== null &&
      (!Number.isFinite(m.valueMax) || m.value === null || m.valueMax <= m.value)
    ) {
      throw new Error(`range ${m.value}-${m.valueMax}`);
    }
    last = m.end;
  }
}

/** Extracts and validates (a throw makes fast-check shrink the input). */
const check = (text: string, lang: Lang) => validate(text, extract(text, { lang }));

const lang = fc.constantFrom<Lang>('fr', 'en', 'es', 'de');

/** Pieces of figures and of their surroundings, to make noise that looks like numbers. */
const PIECES = [
  '0',
  '1',
  '5',
  '9',
  '12',
  '300',
  '2025',
  ' ',
  ' ',
  '\u00a0',
  '\u202f',
  ',',
  '.',
  "'",
  '’',
  '-',
  '–',
  '‑',
  '−',
  '+',
  '$',
  '€',
  '£',
  '¥',
  '%',
  '×',
  'x',
  'k',
  'm',
  'M',
  'bn',
  'Md€',
  'Mrd.',
  'million',
  'milliards',
  'Millionen',
  'mil millones',
  'billion',
  'de',
  'd’',
  'of',
  'à',
  'to',
  'entre',
  'between',
  'and',
  'et',
  'y',
  'und',
  'bis',
  'plus de',
  'about',
  'rund',
  'casi',
  'euros',
  'dollars',
  'USD',
  'US$',
  'C$',
  'kr',
  'cents',
  'GW',
  'kWh',
  'pour cent',
  'Prozent',
  'salariés',
  'users',
  'GPU',
  'fois plus',
  'le double',
  'twice',
  'des centaines de',
  'hundreds of',
  'un',
  'deux',
  'half a',
  'zwei',
  'achtundsiebzig',
  '. ',
  '\n',
  '(',
  ')',
  '"',
  'é',
  'ß',
  '😀',
];
const noise = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 40 });

/** Real sentences written for these tests, to be mutated. */
const SENTENCES = [
  'Meta vise 65 milliards de dollars en 2025, contre 39 milliards en 2024.',
  'Capex will be $66-72 billion, up from about $52.5 billion, and 1.3 million GPUs.',
  'Iberdrola invertirá unos 3.000 millones de euros y creará 2.000 empleos.',
  'Der Konzern will zwischen 5 und 7 Milliarden Euro investieren und 2.000 Stellen streichen.',
  'Le site consommera plus de 2 gigawatts, soit le double de 2023, et 1 599 € par mois.',
  'Shares fell −2.4% to $1,234.5 million; HK$10bn and ₹5,000 crore; 15 dollars and 50 cents.',
  'Des centaines de milliards d’euros, entre 5 % et 7 %, près du double, 62 Md€.',
];

/** A sentence with random edits: characters deleted, replaced, inserted, or pieces spliced in. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SENTENCES),
    fc.array(
      fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 }), fc.constantFrom(...PIECES)),
      {
        maxLength: 6,
      },
    ),
  )
  .map(([s, edits]) => {
    let text = s;
    for (const [at, op, chars, piece] of edits) {
      const i = at % (text.length + 1);
      if (op === 0) text = text.slice(0, i) + text.slice(i + 1);
      else if (op === 1) text = text.slice(0, i) + chars + text.slice(i + 1);
      else if (op === 2) text = text.slice(0, i) + piece + text.slice(i);
      else text = text.slice(0, i) + text.slice(i, i + 20) + text.slice(i);
    }
    return text;
  });

describe('robustness', () => {
  it('random Unicode (40,000 inputs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), lang, (s, l) => check(s, l)),
      { numRuns: 40_000 },
    );
  });
  it('number-like noise (40,000 inputs)', () => {
    fc.assert(
      fc.property(noise, lang, (s, l) => check(s, l)),
      { numRuns: 40_000 },
    );
  });
  it('mutated real sentences (30,000 inputs)', () => {
    fc.assert(
      fc.property(mutated, lang, (s, l) => check(s, l)),
      { numRuns: 30_000 },
    );
  });
  it('the validation itself rejects broken outputs', () => {
    // The properties above are only as good as `validate`: it must fail on each kind of fault.
    const text = 'Il a payé 5 € puis 7 €.';
    const ms = extract(text, { lang: 'fr' });
    expect(ms.map((m) => m.text)).toEqual(['5 €', '7 €']);
    expect(() => validate(text, ms)).not.toThrow();
    const [a, b] = ms as [Mention, Mention];
    expect(() => validate(text, [b, a])).toThrow(/span/);
    expect(() => validate(text, [a, { ...b, start: a.start }])).toThrow(/span/);
    expect(() => validate(text, [{ ...a, text: '5' }])).toThrow(/text/);
    expect(() => validate(text, [{ ...a, value: Number.NaN }])).toThrow(/value/);
    expect(() => validate(text, [{ ...a, valueMax: 1 }])).toThrow(/range/);
  });
});
