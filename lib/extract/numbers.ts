/**
 * Numbers as written: digits with the separators of each language, and spelled-out words.
 * Both read in one pass with no backtracking, so a long run of digits costs its length once.
 */
import {
  AND,
  ARTICLE,
  FRACTION,
  HUNDRED,
  HUNDREDS,
  NUMBER_WORDS,
  SCALE_WORDS,
  TENS,
  THOUSAND,
  UNIT,
} from './lexicon';
import type { Lang } from './types';

export const isDigit = (c: number) => c >= 48 && c <= 57;
/** Capital letters, Latin with accents included. */
export const isUpper = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** Latin letters with accents, ª º, and the letters of other scripts up to U+1FFF. */
export function isLetter(c: number): boolean {
  if (c < 0xaa) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xba;
  return c !== 0xd7 && c !== 0xf7 && c < 0x2000;
}

/** Spaces, including the no-break spaces French typography puts in numbers. */
export const isSpace = (c: number) =>
  c === 32 ||
  c === 160 ||
  c === 0x202f ||
  c === 0x2009 ||
  c === 0x2007 ||
  (c > 8 && c < 14 && c !== 11);

/** A number in digits, before any scale. */
export interface DigitNumber {
  /** End. */
  e: number;
  /** Value as written, without sign or scale. */
  v: number;
  /** Written with a decimal part. */
  d: boolean;
}

/**
 * Reads the number whose first digit is at `i`. A separator joins the digits after it only
 * when the language and what follows allow it: `1 234,5` and `1.234,5` (fr, es, de),
 * `1,234.5` (en, and anywhere when both marks appear), `1,3` is a decimal outside English.
 * Any space groups thousands, as does an apostrophe ("1'000"). Returns null for a number too
 * long to be a figure.
 */
export function readDigits(t: string, i: number, lang: Lang): DigitNumber | null {
  const en = lang === 'en';
  let j = i;
  const n = t.length;
  while (j < n && isDigit(t.charCodeAt(j))) j++;
  const firstLen = j - i;
  const zero = t.charCodeAt(i) === 48; // "0,5" is a decimal, "0 800" a phone number
  let int = t.slice(i, j);
  let frac = '';
  let thou = 0; // the thousands separator once known: 32 for any space, 44, 46 or 39
  let indian = false;
  while (j < n && !frac) {
    let s = t.charCodeAt(j);
    if (s > 126 && isSpace(s)) s = 32;
    else if (s === 0x2019) s = 39;
    if (s !== 32 && s !== 44 && s !== 46 && s !== 39) break;
    let k = j + 1;
    while (k < n && isDigit(t.charCodeAt(k))) k++;
    const len = k - j - 1;
    if (!len) break;
    const digits = t.slice(j + 1, k);
    const again = isDigit(t.charCodeAt(k + 1)) ? t.charCodeAt(k) : 0;
    /** Three digits after a first group of at most three: "1 234", "12.345". */
    const three = len === 3 && firstLen <= 3 && !zero;
    let group = false;
    if (s === 32 || s === 39) {
      // Spaces and apostrophes only ever group thousands.
      if (len !== 3 || (thou ? thou !== s : firstLen > 3 || zero)) break;
      group = true;
    } else if (thou === s) {
      if (len !== 3 && !(indian && len === 2 && again === 44)) break;
      group = true;
    } else if (thou)
      frac = digits; // the other mark after grouped thousands: a decimal
    else if (three && (again === 44 || again === 46))
      group = true; // "1,234,567", "1.234,5", "1,234.5"
    else if (s === 44 && en && len === 2 && again === 44 && firstLen <= 2)
      group = indian = true; // Indian grouping: "12,34,567"
    // en "1,3 billion"; "94.000 $" outside English
    else if (s === 44 ? !en || (len < 3 && scaleFollows(t, k)) : en || !three) frac = digits;
    else if (three) group = true;
    else break;
    if (group) {
      thou = s;
      int += digits;
    }
    j = k;
  }
  return int.length > 18 ? null : { e: j, v: Number(frac ? `${int}.${frac}` : int), d: !!frac };
}

/** A scale word right after position k ("1,3 billion"): context that makes a comma decimal in English. */
function scaleFollows(t: string, k: number): boolean {
  let p = k;
  if (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 160) p++;
  let e = p;
  while (e < t.length && e - p < 12 && isLetter(t.charCodeAt(e))) e++;
  return e > p && SCALE_WORDS.has(t.slice(p, e).toLowerCase());
}

/** `w` as a × mult + b around `sep` ("zweitausend…", "siebenhundert…"), or low(w) without it. */
function around(
  w: string,
  sep: string,
  mult: number,
  head: (x: string) => number | null,
  low: (x: string) => number | null,
): number | null {
  const k = w.indexOf(sep);
  if (k < 0) return low(w);
  const a = k ? head(w.slice(0, k)) : 1;
  const b = w.length > k + 7 ? low(w.slice(k + 7)) : 0;
  return a === null || b === null ? null : a * mult + b;
}

/** German compound number words: "achtundsiebzig", "siebenhundert", "zweitausendfünfhundert". */
export const germanNumber = (w: string) => around(w, 'tausend', 1000, under1000, under1000);

const under1000 = (w: string) =>
  around(w, 'hundert', 100, (x) => ((small(x) ?? 10) < 10 ? (small(x) as number) : null), under100);

/** A number word below 100 that may start a compound: units, teens, tens. */
function small(w: string): number | undefined {
  const e = NUMBER_WORDS.get(w);
  return e && e.t <= TENS ? e.v : undefined;
}

function under100(w: string): number | null {
  const v = small(w);
  if (v !== undefined) return v;
  const u = w.indexOf('und');
  if (u <= 0) return null;
  const a = small(w.slice(0, u)) ?? 10;
  const b = small(w.slice(u + 3)) ?? 0;
  return a < 10 && b >= 20 ? a + b : null; // "achtundsiebzig"
}

/** A number word, alone: used to decide whether to read further back. */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w) || (w.length > 5 && w.length < 40 && germanNumber(w) !== null);
}

/**
 * The value of a sequence of number words ("deux", "half a", "three quarters", "quatre vingt
 * dix", "thirteen", "cuarenta y cinco", "achtundsiebzig"), or null when it is not one number.
 * "a"/"an" alone means 1 only when `article` allows it (before a scale).
 */
export function spelledValue(words: string[], article: boolean): number | null {
  let total = 0;
  let cur = 0;
  let room = Number.POSITIVE_INFINITY; // the next added value must be below this
  let prevType = -1;
  let prevValue = 0;
  let any = false;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const w = words[i] as string;
    const { v, t } = NUMBER_WORDS.get(w) ?? { v: w.length < 40 ? germanNumber(w) : null, t: UNIT };
    if (v === null) return null;
    if (t === AND) {
      if (!i || i === last || prevType === AND) return null;
    } else if (t === ARTICLE) {
      // "a billion", "half a trillion", "a quarter million"
      if (!i) {
        cur = 1;
        room = 0;
      } else if (prevType !== FRACTION) return null;
    } else {
      any = true;
      if (t === HUNDRED) {
        if (cur >= 100) return null;
        cur = (cur || 1) * v;
        room = 100;
      } else if (t === THOUSAND) {
        if (total) return null;
        total = (cur || 1) * v;
        cur = 0;
        room = 1000;
      } else if (t === FRACTION) {
        cur = (cur || 1) * v;
        room = 0;
      } else if (prevType === UNIT && prevValue === 4 && v === 20) {
        cur += 76; // quatre-vingt(s)
        room = 20;
      } else {
        if (v >= room) return null;
        cur += v;
        room =
          t === HUNDREDS ? 100 : t === TENS ? (v === 60 || v === 80 ? 20 : 10) : v === 10 ? 10 : 0;
      }
    }
    prevType = t;
    prevValue = v;
  }
  return any || (article && !last && prevType === ARTICLE) ? total + cur : null;
}
