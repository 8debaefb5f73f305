import { type AnalyseOptions, analyseText } from '../../../lib/analyse.ts';
import type { Attribution } from '../../../lib/attribute/types.ts';
import type { Lang } from '../../../lib/extract/types.ts';

/** The attribution of the figure written `figure` in `text` (the first one that overlaps it). */
export function attributionOf(
  lang: Lang,
  text: string,
  figure: string,
  publishedAt: string | null = '2025-01-25',
  extra: Partial<AnalyseOptions> = {},
): Attribution {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`"${figure}" is not in "${text}"`);
  const { mentions } = analyseText(text, { lang, publishedAt, ...extra });
  const m = mentions.find((x) => x.start < at + figure.length && at < x.end);
  if (!m) throw new Error(`no figure found at "${figure}" in "${text}"`);
  return m.attribution;
}

/** "Stargate (OpenAI, SoftBank, Oracle)" for a project, the company name otherwise. */
export const who = (a: Attribution) =>
  a.owners.length > 1 ? `${a.company} (${a.owners.join(', ')})` : a.company;
