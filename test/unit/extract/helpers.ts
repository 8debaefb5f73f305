/** Helpers for the table-driven extractor tests: find a mention by its text, compare fields. */
import { expect } from 'vitest';
import { extract } from '../../../lib/extract/index.ts';
import type { Lang, Mention } from '../../../lib/extract/types.ts';

/** The fields a test states about a mention; the ones left out are not checked. */
export type Want = Partial<Omit<Mention, 'start' | 'end' | 'rule'>> & { text: string };

/** A row of a table: language, sentence, and what must be found in it. */
export type Row = [Lang, string, Want];

const show = (ms: Mention[]) => JSON.stringify(ms.map((m) => m.text));

/** Asserts that `sentence` has a mention with exactly the text and fields of `want`. */
export function expectFigure(lang: Lang, sentence: string, want: Want): Mention {
  const ms = extract(sentence, { lang });
  const m = ms.find((x) => x.text === want.text);
  expect(m, `no mention ${JSON.stringify(want.text)} among ${show(ms)}`).toBeDefined();
  const found = m as Mention;
  for (const [k, v] of Object.entries(want)) {
    expect(found[k as keyof Mention], `${k} of ${JSON.stringify(want.text)}`).toEqual(v);
  }
  expect(sentence.slice(found.start, found.end)).toBe(found.text);
  return found;
}

/** Asserts that no mention overlaps `part` (or no mention at all when `part` is absent). */
export function expectNothing(lang: Lang, sentence: string, part?: string): void {
  const ms = extract(sentence, { lang });
  if (part === undefined) {
    expect(ms, `unexpected ${show(ms)}`).toEqual([]);
    return;
  }
  const at = sentence.indexOf(part);
  expect(at, `${JSON.stringify(part)} is not in the sentence`).toBeGreaterThanOrEqual(0);
  const hit = ms.filter((m) => m.start < at + part.length && m.end > at);
  expect(hit, `${JSON.stringify(part)} should be no figure, got ${show(hit)}`).toEqual([]);
}

/** Asserts the money mentions of a sentence, in order, as [text, value, currency]. */
export function expectMoney(lang: Lang, sentence: string, want: [string, number | null, string][]) {
  const got = extract(sentence, { lang })
    .filter((m) => m.kind === 'money')
    .map((m) => [m.text, m.value, m.currency]);
  expect(got).toEqual(want);
}
