/** Guesses the language of a text from its most common short words. */
import { STOPWORDS } from './lexicon';
import { isLetter } from './numbers';
import type { Lang } from './types';

/**
 * The language of the text among fr, en, es, de: the one whose common words (runs of fewer than
 * six letters) appear most often in its first 5000 characters, the first one on a tie;
 * `fallback` when none appear.
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const n = Math.min(text.length, 5000);
  let best = fallback;
  let most = 0;
  for (const [lang, stop] of Object.entries(STOPWORDS)) {
    let count = 0;
    for (let i = 0, j = 0; i < n; i = j + 1) {
      for (j = i; j < n && isLetter(text.charCodeAt(j)); ) j++;
      if (j > i && j - i < 6 && stop.has(text.slice(i, j).toLowerCase())) count++;
    }
    if (count > most) {
      most = count;
      best = lang as Lang;
    }
  }
  return best;
}
