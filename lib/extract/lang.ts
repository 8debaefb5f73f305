/** Guesses the language of a text from its most common short words. */
import { STOPWORDS } from './lexicon';
import type { Lang } from './types';

const LANGS: Lang[] = ['fr', 'en', 'es', 'de'];

/**
 * The language of the text among fr, en, es, de: the one whose common words appear most often
 * in its first 5000 characters; `fallback` when none appear.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const counts = [0, 0, 0, 0];
  // Runs of letters (as `isLetter` has them), found by the regexp engine.
  for (const w of text.slice(0, 5000).match(/[A-Za-z\xaa\xba\xc0-\xd6\xd8-\xf6\xf8-\u1fff]+/g) ??
    []) {
    if (w.length < 6) {
      const l = w.toLowerCase();
      LANGS.forEach((k, i) => {
        if (STOPWORDS[k](l)) counts[i] = (counts[i] as number) + 1;
      });
    }
  }
  const best = Math.max(...counts);
  return best ? (LANGS[counts.indexOf(best)] as Lang) : fallback;
}
