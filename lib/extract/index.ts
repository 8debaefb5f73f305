/**
 * Tally's figure extractor: text in, mentions of business figures out. Pure: no DOM, no
 * extension API, no clock. A single scan (./scan.ts) finds the figures, then refiners
 * (./refine.ts) settle what depends on the figures around them.
 */
import { detectLang } from './lang';
import { inheritCurrency } from './refine';
import { scan } from './scan';
import type { Lang, Mention } from './types';

export { detectLang } from './lang';
export type { Lang, Mention, MentionKind, Qualifier } from './types';

export interface ExtractOptions {
  /** The text's language; detected from the text when absent. */
  lang?: Lang;
}

/** The figures in `text`, sorted and non-overlapping, with offsets into `text`. */
export function extract(text: string, options: ExtractOptions = {}): Mention[] {
  return inheritCurrency(scan(text, options.lang ?? detectLang(text)), text);
}
