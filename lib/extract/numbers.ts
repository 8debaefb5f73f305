/**
 * Numbers as written: digits with the separators of each language, and spelled-out words.
 * Both read in one pass with no backtracking, so a long run of digits costs its length once.
 */
import { LONG_SCALE, NUMBER_WORDS, NumType, SCALE_WORDS } from './lexicon';
import type { Lang } from './types';

export const isDigit = (c: number) => c >= 48 && c <= 57;

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
  c === 10 ||
  c === 9 ||
  c === 13 ||
  c === 12;

/** Spaces that group thousands in every language (a plain space only outside English). */
const isGroupSpace = (c: number, lang: Lang) =>
  c === 160 || c === 0x202f || c === 0x2009 || c === 0x2007 || (c === 32 && lang !== 'en');

/** A number in digits, before any scale. */
export interface DigitNumber {
  end: number;
  /** Value as written, without sign or scale. */
  value: number;
  /** Written with a decimal part. */
  decimal: boolean;
}

/**
 * Reads the number whose first digit is at `i`. A separator joins the digits after it only
 * when the language and what follows allow it: `1 234,5` and `1.234,5` (fr, es, de),
 * `1,234.5` (en, and anywhere when both marks appear), `1,3` is a decimal outside English.
 * Returns null for a number too long to be a figure.
 */
export function readDigits(t: string, i: number, lang: Lang): DigitNumber | null {
  const n = t.length;
  let j = i;
  while (j < n && isDigit(t.charCodeAt(j))) j++;
  const firstLen = j - i;
  const zero = t.charCodeAt(i) === 48; // "0,5" is a decimal, "0 800" a phone number
  let int = t.slice(i, j);
  let frac = '';
  let thou = 0; // the thousands separator once known: 32 for any space, 44, 46 or 39
  let indian = false;
  while (j < n && !frac) {
    let s = t.charCodeAt(j);
    const space = isGroupSpace(s, lang);
    if (space) s = 32;
    else if (s === 0x2019) s = 39;
    if (s !== 32 && s !== 44 && s !== 46 && s !== 39) break;
    let k = j + 1;
    while (k < n && isDigit(t.charCodeAt(k))) k++;
    const len = k - j - 1;
    if (len === 0) break;
    const digits = t.slice(j + 1, k);
    const after = t.charCodeAt(k);
    const again = isDigit(t.charCodeAt(k + 1)) ? after : 0;
    if (s === 32 || s === 39) {
      // Spaces and apostrophes only ever group thousands.
      if (len !== 3 || (thou === 0 ? firstLen > 3 || zero : thou !== s)) break;
      thou = s;
      int += digits;
    } else if (thou === s) {
      if (len !== 3 && !(indian && len === 2 && again === 44)) break;
      int += digits;
    } else if (thou !== 0) {
      frac = digits; // the other mark after grouped thousands: a decimal
    } else if (len === 3 && firstLen <= 3 && !zero && (again === 44 || again === 46)) {
      thou = s; // "1,234,567", "1.234,5", "1,234.5"
      int += digits;
    } else if (s === 44 && lang === 'en' && len === 2 && again === 44 && firstLen <= 2) {
      thou = 44; // Indian grouping: "12,34,567"
      indian = true;
      int += digits;
    } else if (s === 44) {
      if (lang !== 'en' || (len < 3 && scaleFollows(t, k)))
        frac = digits; // en "1,3 billion"
      else if (len === 3 && firstLen <= 3 && !zero) {
        thou = 44;
        int += digits;
      } else break;
    } else if (lang !== 'en' && len === 3 && firstLen <= 3 && !zero) {
      thou = 46; // "94.000 $" outside English
      int += digits;
    } else frac = digits;
    j = k;
  }
  if (int.length > 18) return null;
  return {
    end: j,
    value: Number(frac ? `${int}.${frac}` : int),
    decimal: frac !== '',
  };
}

/** A scale word right after position k ("1,3 billion"): context that makes a comma decimal in English. */
function scaleFollows(t: string, k: number): boolean {
  let p = k;
  if (t.charCodeAt(p) === 32 || t.charCodeAt(p) === 160) p++;
  let e = p;
  while (e < t.length && e - p < 12 && isLetter(t.charCodeAt(e))) e++;
  const w = t.slice(p, e).toLowerCase();
  return e > p && (SCALE_WORDS.has(w) || LONG_SCALE.has(w));
}

/** German compound number words: "achtundsiebzig", "siebenhundert", "zweitausendfünfhundert". */
export function germanNumber(w: string): number | null {
  const k = w.indexOf('tausend');
  if (k >= 0) {
    const a = k ? germanUnder1000(w.slice(0, k)) : 1;
    const b = w.length > k + 7 ? germanUnder1000(w.slice(k + 7)) : 0;
    return a === null || b === null ? null : a * 1000 + b;
  }
  return germanUnder1000(w);
}

function germanUnder1000(w: string): number | null {
  const h = w.indexOf('hundert');
  if (h < 0) return germanUnder100(w);
  const a = h ? small(w.slice(0, h)) : 1;
  const b = w.length > h + 7 ? germanUnder100(w.slice(h + 7)) : 0;
  return a === undefined || a > 9 || b === null ? null : a * 100 + b;
}

/** A number word below 100 that may start a compound: units, teens, tens. */
function small(w: string): number | undefined {
  const e = NUMBER_WORDS.get(w);
  return e && (e.t === NumType.Unit || e.t === NumType.Tens) && Number.isInteger(e.v)
    ? e.v
    : undefined;
}

function germanUnder100(w: string): number | null {
  const v = small(w);
  if (v !== undefined) return v;
  const u = w.indexOf('und');
  if (u <= 0) return null;
  const a = small(w.slice(0, u));
  const b = small(w.slice(u + 3));
  return a !== undefined && b !== undefined && a < 10 && b >= 20 && b % 10 === 0 ? a + b : null;
}

/** The value of a number word alone, or null: used to decide whether to read further back. */
export function isNumberWord(w: string): boolean {
  return NUMBER_WORDS.has(w) || (w.length > 5 && w.length < 40 && germanNumber(w) !== null);
}

/**
 * The value of a sequence of number words ("deux", "half a", "three quarters", "quatre vingt
 * dix", "thirteen", "cuarenta y cinco", "achtundsiebzig"), or null when it is not one number.
 * `article` says the sequence is only "a"/"an", which means 1 before a scale only.
 */
export function spelledValue(words: string[]): { value: number; article: boolean } | null {
  let total = 0;
  let cur = 0;
  let room = Number.POSITIVE_INFINITY; // the next added value must be below this
  let prevType = -1;
  let prevValue = 0;
  let any = false;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const w = words[i] as string;
    let e = NUMBER_WORDS.get(w);
    if (!e) {
      const g = w.length < 40 ? germanNumber(w) : null;
      if (g === null) return null;
      e = { v: g, t: NumType.Unit };
    }
    switch (e.t) {
      case NumType.And:
        if (i === 0 || i === last || prevType === NumType.And) return null;
        break;
      case NumType.Article:
        // "a billion", "half a trillion", "a quarter million"
        if (i === 0) {
          cur = 1;
          room = 0;
        } else if (prevType !== NumType.Fraction) return null;
        break;
      case NumType.Unit:
      case NumType.Tens:
      case NumType.Hundreds:
        if (prevType === NumType.Unit && prevValue === 4 && e.v === 20) {
          cur += 76; // quatre-vingt(s)
          room = 20;
        } else {
          if (e.v >= room) return null;
          cur += e.v;
          room =
            e.t === NumType.Hundreds
              ? 100
              : e.t === NumType.Tens
                ? e.v === 60 || e.v === 80
                  ? 20
                  : 10
                : e.v === 10
                  ? 10
                  : 0;
        }
        any = true;
        break;
      case NumType.Hundred:
        if (cur >= 100) return null;
        cur = (cur || 1) * 100;
        room = 100;
        any = true;
        break;
      case NumType.Thousand:
        if (total) return null;
        total = (cur || 1) * 1000;
        cur = 0;
        room = 1000;
        any = true;
        break;
      case NumType.Fraction:
        cur = (cur || 1) * e.v;
        room = 0;
        any = true;
        break;
    }
    prevType = e.t;
    prevValue = e.v;
  }
  if (!any && !(words.length === 1 && prevType === NumType.Article)) return null;
  return { value: total + cur, article: !any };
}
