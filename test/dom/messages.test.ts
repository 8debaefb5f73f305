import { describe, expect, it } from 'vitest';
import { problemText } from '@/components/problems';
import { ui, uiCount } from '@/components/ui-strings';
import type { ImportProblemCode } from '@/lib/db/transfer';

const CODES: ImportProblemCode[] = [
  'empty',
  'too-large',
  'not-json',
  'not-tally',
  'wrong-version',
  'not-array',
  'too-many',
  'missing-field',
  'wrong-type',
  'bad-value',
  'out-of-range',
  'invalid-date',
  'invalid-currency',
  'invalid-url',
  'duplicate-id',
];

describe('interface strings', () => {
  it.each(['en', 'fr'] as const)('names every import problem in %s, with its details', (lang) => {
    const texts = CODES.map((code) =>
      problemText(lang, { code, claim: 7, field: 'currency', detail: '3' }),
    );
    expect(new Set(texts).size).toBe(CODES.length);
    for (const text of texts) expect(text).not.toMatch(/[{}]/);
    expect(problemText(lang, { code: 'invalid-currency', claim: 7, field: 'currency' })).toMatch(
      /7.*"currency"/,
    );
    expect(problemText(lang, { code: 'wrong-type', claim: 2 })).toMatch(/2/);
  });

  it('chooses plural forms by each language’s rules', () => {
    expect(uiCount('en', 'figuresFound', 1)).toBe('1 figure on this page');
    expect(uiCount('en', 'figuresFound', 0)).toBe('0 figures on this page');
    // French counts 0 and 1 as singular.
    expect(uiCount('fr', 'figuresFound', 0)).toBe('0 chiffre sur cette page');
    expect(uiCount('fr', 'figuresFound', 1200).replace(/\s/g, ' ')).toBe(
      '1 200 chiffres sur cette page',
    );
  });

  it('fills placeholders and leaves none behind', () => {
    expect(ui('fr', 'runOnSite', { site: 'lemonde.fr' })).toBe('Activer sur lemonde.fr');
    expect(ui('en', 'runOnSite')).toBe('Run on ');
  });
});
