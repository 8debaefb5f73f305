/** Guesses the language of a text from its most common short words. */
import { STOPWORDS } from './lexicon';
import { isLetter } from './numbers';
import type { Lang } from './types';

const LANGS: Lang[] = ['fr', 'en', 'es', 'de'];

/**
 * The language of the text among fr, en, es, de: the one whose common words appear most often
 * in its first 5000 characters; `fallback` when none appear.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const counts = [0, 0, 0, 0];
  const n = Math.min(text.length, 5000);
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j - i < 6) {
      const w = text.slice(i, j).toLowerCase();
      for (let k = 0; k < 4; k++)
        if (STOPWORDS[LANGS[k] as Lang].has(w)) counts[k] = (counts[k] as number) + 1;
    }
    i = j;
  }
  let best = -1;
  let bestCount = 0;
  for (let k = 0; k < 4; k++) {
    if ((counts[k] as number) > bestCount) {
      best = k;
      bestCount = counts[k] as number;
    }
  }
  return best < 0 ? fallback : (LANGS[best] as Lang);
}
