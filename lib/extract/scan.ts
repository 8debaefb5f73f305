/**
 * The scanner: one left-to-right pass that stops only at digits and at a few anchor words
 * (scales, currency names, multiples, vague amounts), then reads a handful of words on either
 * side. Every look-around is bounded and never reaches before the end of the last mention, so
 * the pass is linear in the length of the text.
 *
 * A figure is read in this order: the number (digits or words), its scale, a range, then the
 * first unit rule that matches (percent, power, money, count, multiple); before it, a currency
 * sign or code and a qualifier.
 *
 * The state of a scan lives in module variables set when it starts: a scan is synchronous, so
 * two never interleave, and plain functions keep the bundle small and the hot path fast. For
 * the same reason the objects that only live inside a scan have one-letter field names (a
 * minifier shortens variables, never property names), each documented where it is declared.
 */
import {
  ADJ,
  ADJ_ISO,
  BETWEEN,
  CODES,
  CODES_SPEC,
  COUNT_MODIFIERS,
  COUNT_NOUNS,
  CURRENCY_ADJECTIVES,
  CURRENCY_NAMES,
  CURRENCY_SPEC,
  type Cur,
  DETERMINERS,
  DOLLAR_PREFIX,
  ENERGY_HOURS,
  expand,
  FROM,
  keys,
  MODAL,
  MONTH,
  MORE_VERB,
  MULTIPLE_AFTER,
  MULTIPLE_ARTICLES,
  MULTIPLE_SPEC,
  MULTIPLE_WORDS,
  OF,
  PERCENT,
  PLURAL_SCALE,
  QUAL_SPEC,
  QUALIFIERS,
  RANGE_AND,
  RANGE_TO,
  REACH,
  SCALE,
  SCALE_SPEC,
  STOPWORDS,
  SYMBOLS,
  TIMES_WORDS,
  table,
  VAGUE_DETERMINERS,
  VAGUE_SPEC,
  VAGUE_WORDS,
  YEAR_BEFORE,
} from './lexicon';
import { isDigit, isLetter, isNbsp, isNumberWord, isSpace, spelledValue } from './numbers';
import type { Lang, Mention, MentionKind, Qualifier } from './types';

const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
/** Hyphens and dashes that join the two ends of a range ("66-72", "66–72", "70‑72"). */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2014);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
/** A letter in lowercase: A-Z and À-Þ only. */
const lower = (c: number) => (isUpper(c) ? c + 32 : c);
/** Marks that make a number part of something else when a digit follows: 12.03.2025, 10:30, 1/4. */
const isJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 47;
/** A plus or minus sign. */
const isSign = (c: number) => c === 43 || c === 45 || c === 0x2212;
/** A one-character currency sign. */
const isCurSign = (c: number) => c === 36 || (c > 161 && !!SYMBOLS(String.fromCharCode(c)));
/** Case-sensitive one-letter scales: glued to the number ("$5m", "50K") or before a sign ("5 M€"). */
const SCALE_LETTERS = table('3=k|K;6=m|M;9=b|B', Number);

/**
 * The words that make the scanner stop and look around, and their keys (first two letters, last
 * letter and length, in lowercase: see `wordKey`), which let the scan pass most other words
 * without reading them. Built on first use.
 */
let anchors: Set<string> | undefined;
let anchorKeys: Set<number> | undefined;

const wordKey = (a: number, b: number, z: number, length: number) =>
  (a * 961 + b * 31 + z) * 16 + length;

function buildAnchors(): void {
  anchors = new Set(
    keys(
      [
        SCALE_SPEC,
        MULTIPLE_SPEC,
        VAGUE_SPEC,
        // "trois fois plus", "d’un gigawatt": number words before these
        'fois|times|veces',
        CODES_SPEC,
        CODES_SPEC.replace(/\w+/g, 'm$&'),
        CURRENCY_SPEC,
        'kilo|mega|téra|méga|giga|tera'.replace(/[^|]+/g, '$&watt/s|$&vatio/s'),
      ].join(';'),
    ),
  );
  anchorKeys = new Set();
  for (const w of anchors)
    anchorKeys.add(
      wordKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 1), w.length & 15),
    );
}

/** A word read near a figure: start, end, and its lowercase form ("d'" keeps its apostrophe). */
interface Word {
  s: number;
  e: number;
  w: string;
}

/** A number in the text, in digits or words, before its scale. */
interface Num {
  /** Start. */
  s: number;
  /** End. */
  e: number;
  /** Value. */
  v: number;
  /** An integer. */
  i: boolean;
  /** Spelled out in words. */
  w: boolean;
}

/** A scale after a number. */
interface Scale {
  /** Power of ten. */
  x: number;
  /** End. */
  e: number;
  /** A one-letter scale ("5m"), which needs a currency or a noun to mean millions. */
  l: boolean;
}

/** What follows a number: its unit, currency or noun. */
interface Unit extends Cur {
  /** Kind of figure. */
  k: MentionKind;
  /** End. */
  e: number;
  // u: for money the ISO code (as in Cur), else the unit ('%', 'W', 'GPU'…).
  // x: power of ten the unit adds: 9 for GW, -2 for cents, 6 for MUSD.
  /** A currency sign, not a word. */
  s?: boolean;
  /** Rule. */
  r: string;
}

/** A currency written before the number: a money unit with its start. */
interface Prefix extends Unit {
  /** Start. */
  b: number;
  /** The sign itself when it is one character, to repeat in a range ("$66bn-$72bn"). */
  y: string;
  /** A currency name ("dollar 22,5 millones"), which needs a scale or a long number. */
  n?: boolean;
}

// The state of the current scan. Every read goes through `cc`, which gives -1 outside the text
// (no character test accepts it) without reading there: a read out of bounds would make the
// optimising compiler turn every later read into a slow call.
const cc = (i: number) => (i >>> 0 < n ? t.charCodeAt(i) : -1);
/** A string in lowercase. */
const lc = (s: string) => s.toLowerCase();
/** The text from a to b in lowercase. */
const low = (a: number, b: number) => lc(t.slice(a, b));
/** The character at i, or U+FFFF outside the text. */
const ch = (i: number) => String.fromCharCode(cc(i));
const letterAt = (i: number) => isLetter(cc(i));
const digitAt = (i: number) => isDigit(cc(i));
const spaceAt = (i: number) => isSpace(cc(i));
const hyphenAt = (i: number) => isHyphen(cc(i));

let t = '';
let n = 0;
let lang: Lang = 'en';
let out: Mention[] = [];
/** Nothing before this position may join a new mention: the end of the last one. */
let min = 0;
let dollars: [number, string][] | null = null;
/** What the text makes of `¥` and `kr`, read once per text. */
let guessed: Record<string, string> = {};

/** The figures of `text`, in order, not overlapping. */
export function scan(text: string, language: Lang): Mention[] {
  t = text;
  n = text.length;
  lang = language;
  out = [];
  min = 0;
  dollars = cached = null;
  guessed = {};
  cachedAt = -1;
  if (!anchors) buildAnchors();
  for (let i = 0; i < n; ) {
    let c = t.charCodeAt(i);
    if (c < 58 && c > 47) {
      i = atDigit(i);
      continue;
    }
    // `isLetter` and `cc`, written out: no call for each character while the code is cold.
    let j = i;
    while (
      c < 0xaa
        ? (c | 32) > 96 && (c | 32) < 123
        : c < 0xc0
          ? c === 0xaa || c === 0xba
          : c < 0x2000 && c !== 0xd7 && c !== 0xf7
    )
      c = ++j < n ? t.charCodeAt(j) : -1;
    const len = j - i;
    if (!len) i++;
    else if (isDigit(c)) {
      // Letters glued to digits: a currency code ("USD115", "MAUD60"), "x2", or a name like
      // GPT4 or A320 whose digits are no figure.
      const w = low(i, j);
      i = w === 'x' || code(w) || (w[0] === 'm' && code(`M${w.slice(1)}`)) ? j : skipJunk(j);
    } else if (
      len > 2 &&
      len < 16 &&
      anchorKeys?.has(wordKey(lower(cc(i)), lower(cc(i + 1)), lower(cc(j - 1)), len))
    ) {
      // An anchor, in lowercase as `lower` has it: `toLowerCase` gives the same but for
      // letters `lower` keeps, of which anchors hold only "Ł" (of "złoty").
      const W = t.slice(i, j);
      const w = lc(W);
      i = anchors?.has(w) && !W.includes('Ł') ? Math.max(atWord(i, j, w), j) : j;
    } else i = j;
  }
  const found = out;
  out = [];
  t = '';
  return found;
}

// --------------------------------------------------------------------------------------------
// Numbers in digits

/** The digits of the last number read, before and after its decimal mark. */
let dInt = '';
let dFrac = '';
/** The value of the last number read, as written, without sign or scale. */
const digitsValue = () => +(dFrac ? `${dInt}.${dFrac}` : dInt);

/**
 * Reads the number whose first digit is at `i` into dInt and dFrac; returns its end. A separator joins the digits after it only
 * when the language and what follows allow it: `1 234,5` and `1.234,5` (fr, es, de),
 * `1,234.5` (en, and anywhere when both marks appear), `1,3` is a decimal outside English.
 * Returns -1 for a number too long to be a figure.
 */
function readDigits(i: number): number {
  const en = lang === 'en';
  let j = i;
  while (isDigit(cc(j))) j++;
  const first = j - i;
  // A first group of more than three digits, or "0", takes no thousands ("0,5", "0 800").
  const long = first > 3 || cc(i) === 48;
  let int = t.slice(i, j);
  let frac = '';
  let thou = 0; // the thousands separator once known: 32 for any space, 44, 46 or 39
  let indian = false;
  while (!frac) {
    let s = cc(j);
    if (isNbsp(s)) s = 32;
    else if (s === 0x2019) s = 39;
    let k = j + 1;
    while (isDigit(cc(k))) k++;
    const len = k - j - 1;
    if (!len || (s !== 32 && s !== 44 && s !== 46 && s !== 39)) break;
    // What the digits after s are: 1 thousands, 2 decimals, 0 no part of the number.
    let kind = 0;
    if (s === 32 || s === 39) {
      // Spaces and apostrophes only ever group thousands.
      kind = +(len === 3 && (thou ? thou === s : !long));
    } else {
      const again = isDigit(cc(k + 1)) ? cc(k) : 0;
      const three = len === 3 && !long;
      // Indian grouping: "12,34,567"
      if (!thou && s === 44 && en && len === 2 && again === 44 && first < 3) indian = true;
      kind =
        thou === s
          ? +(len === 3 || (indian && len === 2 && again === 44))
          : thou
            ? 2 // the other mark after grouped thousands
            : (three && (again === 44 || again === 46)) || indian
              ? 1 // "1,234,567", "1.234,5", "1,234.5"
              : s === 44
                ? !en || (len < 3 && scaleFollows(k))
                  ? 2 // en "1,3 billion"
                  : +three
                : !en && three
                  ? 1 // "94.000 $" outside English
                  : 2;
    }
    if (!kind) break;
    if (kind > 1) frac = t.slice(j + 1, k);
    else {
      thou = s;
      int += t.slice(j + 1, k);
    }
    j = k;
  }
  dInt = int;
  dFrac = frac;
  return int.length > 18 ? -1 : j;
}

/** A scale word right after position k ("1,3 billion"): context that makes a comma decimal in English. */
function scaleFollows(k: number): boolean {
  let p = k;
  const c = cc(p);
  if (c === 32 || c === 160) p++;
  let e = p;
  while (e - p < 12 && isLetter(cc(e))) e++;
  return e > p && SCALE(low(p, e)) !== undefined;
}

// --------------------------------------------------------------------------------------------
// Reading words

let cachedAt = -1;
let cached: Word | null = null;

/** The word starting at p ("d'" keeps an apostrophe that a letter follows), or null. */
function wordAt(p: number): Word | null {
  // The rules often read the same word in turn: keep the last one.
  if (p !== cachedAt) {
    cachedAt = p;
    cached = null;
    if (letterAt(p)) {
      let e = p + 1;
      while (letterAt(e)) if (++e - p > 40) return null;
      let w = low(p, e);
      if (isApos(cc(e)) && letterAt(e + 1)) {
        w += "'";
        e++;
      }
      cached = { s: p, e, w };
    }
  }
  return cached;
}

/** Start of the next word of a phrase: after an apostrophe, or 1–3 spaces, hyphens or dots. */
function sepAfter(e: number): number {
  if (isApos(cc(e - 1))) return e;
  let q = e;
  for (let c = cc(q); q - e < 3 && (isSpace(c) || isHyphen(c) || c === 46); c = cc(++q));
  return q > e ? q : -1;
}

/** The next word of a phrase. */
const next = (w: Word) => wordAt(sepAfter(w.e));

/** The position after a word and the space that follows ("de ", "d'"). */
const after = (w: Word) => (w.w.endsWith("'") ? w.e : skipWs(w.e, 2));

function skipWs(p: number, max: number): number {
  let q = p;
  while (q - p < max && spaceAt(q)) q++;
  return q;
}

/** The word after at most two spaces. */
const wordAfter = (p: number) => wordAt(skipWs(p, 2));

/** A word without its final "s", to look a count noun up in one form. */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/**
 * The longest phrase of `P` starting with the word `w`; with `stems`, words lose a final "s".
 * (No phrase of these tables holds an apostrophe: words join with a space.)
 */
function phrase(
  P: (k: string) => string | null | undefined,
  first: Word | null,
  stems?: boolean,
): { v: string; e: number } | null {
  if (!first) return null;
  let w: Word = first;
  let key = stems ? stem(w.w) : w.w;
  let best: { v: string; e: number } | null = null;
  for (let k = 1; ; k++) {
    const v = P(key);
    if (v) best = { v, e: w.e };
    // Only a phrase or the start of one (null) may grow.
    const nx: Word | null = v === undefined || k === 4 ? null : next(w);
    if (!nx) return best;
    key += ` ${stems ? stem(nx.w) : nx.w}`;
    w = nx;
  }
}

/**
 * Up to `max` words before p, in text order, separated by spaces or hyphens; a word may end
 * with an apostrophe ("d'") or an abbreviation dot ("ca."). Never reads before `min`.
 */
function wordsBack(p: number, max: number): Word[] {
  const found: Word[] = [];
  for (let q = p; found.length < max && q > min; ) {
    let r = q;
    while (r > min && q - r < 3 && (spaceAt(r - 1) || hyphenAt(r - 1))) r--;
    if (r <= min) break;
    const c = cc(r - 1);
    const tail = isApos(c) ? "'" : c === 46 && r < q ? '.' : '';
    let e = r;
    if (tail && r - 1 > min && letterAt(r - 2)) e = r - 1;
    else if (r === q || !isLetter(c)) break;
    let s = e;
    while (s > min && letterAt(s - 1)) if (e - --s > 30) return found.reverse();
    found.push({ s, e: r, w: low(s, e) + (e < r ? tail : '') });
    q = s;
  }
  return found.reverse();
}

// --------------------------------------------------------------------------------------------
// Anchors

/** An ISO code ("usd", "EUR"), or `M` and a code for millions ("MUSD"): code and power of ten. */
function code(W: string): Cur | null {
  const w = lc(W);
  if (CODES(w)) return { u: w === 'rmb' ? 'CNY' : W.toUpperCase(), x: 0 };
  return W.length === 4 && W[0] === 'M' && CODES(w.slice(1))
    ? { u: W.slice(1).toUpperCase(), x: 6 }
    : null;
}

/** Skips the rest of something that is no figure: "12.03.2025", "10h30", "GPT4o". */
function skipJunk(i: number): number {
  let j = i;
  for (let c = cc(j); isDigit(c) || isLetter(c) || (isJoiner(c) && digitAt(j + 1)); c = cc(++j));
  return j;
}

function atDigit(i: number): number {
  const pc = cc(i - 1);
  const ppc = cc(i - 2);
  // The end of "12.03.2025" or "10:30", the digits of "GPT-4o" or "COVID-19"
  if ((isJoiner(pc) && isDigit(ppc)) || (isHyphen(pc) && isLetter(ppc))) return skipJunk(i);
  const end = readDigits(i);
  if (end < 0) return skipJunk(i);
  const c = cc(end);
  if (isJoiner(c) && digitAt(end + 1)) return skipJunk(i);
  if (isLetter(c)) {
    if (!gluedSuffix(end)) return skipJunk(i);
  } else {
    // Nothing after it that may be a unit: a year, a date, noise, unless a sign or code stands
    // before ("$5").
    const f = cc(skipWs(end, 3));
    if (!(isLetter(f) || f === 37 || isDash(f) || f === 0xd7 || isCurSign(f))) {
      let b = isSign(pc) ? i - 1 : i;
      while (b > min && i - b < 3 && spaceAt(b - 1)) b--;
      const p = cc(b - 1);
      if (b <= min || !(isLetter(p) || p === 46 || p === 0xd7 || isCurSign(p))) return end;
    }
  }
  const signed = isSign(pc) && !isDigit(ppc) && !isLetter(ppc) && ppc !== 37;
  const v = digitsValue();
  const e = figure({
    s: signed ? i - 1 : i,
    e: end,
    v: signed && pc !== 43 ? -v : v,
    i: !dFrac,
    w: false,
  });
  return e > 0 ? e : end;
}

/** Letters glued after digits that belong to the figure: "5bn", "50K", "5GW", "115USD", "3x". */
function gluedSuffix(p: number): boolean {
  let e = p;
  while (letterAt(e)) e++;
  if (digitAt(e)) return false;
  const W = t.slice(p, e);
  const w = lc(W);
  return (
    !!SCALE_LETTERS(W) ||
    (!!SCALE(w) && w.length < 5) ||
    !!code(W) ||
    POWER_SYMBOL.test(W) ||
    /^(x|pp|bps?)$/.test(w)
  );
}

function atWord(ws: number, we: number, w: string): number {
  const mult = MULTIPLE_WORDS(w);
  if (mult) return multipleWord(ws, we, w, mult);
  if (VAGUE_WORDS(w)) return vague(ws, we, w);
  const scale = !!SCALE(w);
  if (scale && w.length < 4 && w !== 'mil') return -1; // abbreviations need digits
  // "trois fois plus", "d’un gigawatt": number words before these
  const other = /^(fois|times|veces)$/.test(w) || POWER_WORD.test(w);
  const cur = !scale && !other ? currencyAt(ws) : null;
  if (!scale && !cur && !other) return -1;
  const num = spelledBefore(ws, scale);
  if (num) {
    // "un euro fort" is a strong euro, not one euro.
    if (cur && num.v === 1 && num.e - num.s < 6) {
      const adj = wordAfter(cur.e);
      if (adj && CURRENCY_ADJECTIVES(adj.w)) return -1;
    }
    return figure(num);
  }
  if (w === 'mil' && lang === 'es') {
    // "mil millones" alone is one billion
    const e = figure({ s: ws, e: ws, v: 1, i: true, w: true });
    if (e > 0) return e;
  }
  return PLURAL_SCALE(w) ? vague(ws, we, w) : -1;
}

/** Number words just before an anchor ("deux milliards", "half a trillion", "sieben Euro"). */
function spelledBefore(ws: number, scale: boolean): Num | null {
  const back = wordsBack(ws, 6);
  let first = back.length;
  while (first > 0 && isNumberWord((back[first - 1] as Word).w)) first--;
  for (let k = first; k < back.length; k++) {
    const v = spelledValue(back.slice(k).map((x) => x.w));
    if (v && (scale || !v.a)) {
      const s = (back[k] as Word).s;
      return { s, e: (back[back.length - 1] as Word).e, v: v.v, i: Number.isInteger(v.v), w: true };
    }
  }
  return null;
}

// --------------------------------------------------------------------------------------------
// Around a number

/** A money unit: currency c ending at e, a sign or a word. */
const money = (c: Cur, e: number, s: boolean): Unit => ({
  k: 'money',
  e,
  u: c.u,
  x: c.x,
  w: c.w,
  s,
  r: 'money',
});

/** A currency sign, code or name at p: "$", "€", "USD", "dollars canadiens", "$ c", "MXN$". */
function currencyAt(p: number): Unit | null {
  let c = SYMBOLS(ch(p));
  let e = p + 1;
  if (c) {
    if (c.u === '$') {
      // "16,4 millions de $ c", "$CAD", "50 millions $ US"
      const w = wordAt(spaceAt(e) ? e + 1 : e);
      const iso = w && w.w !== 'a' && w.w !== 's' && DOLLAR_PREFIX(w.w);
      if (w && iso) {
        c = { u: iso, x: 0 };
        e = w.e;
      }
    }
    return digitAt(e) ? null : money(c, e, true);
  }
  const w = wordAt(p);
  if (!w) return null;
  e = w.e;
  c = CURRENCY_NAMES(w.w);
  if (c) {
    // "dollars canadiens", "dólares de Hong Kong", "livres sterling" (French and Spanish)
    let nx = lang === 'fr' || lang === 'es' || c.w ? next(w) : null;
    if (nx?.w === 'de') nx = next(nx);
    const a = nx && adjective(nx);
    if (a) {
      c = { u: a.u, x: c.x };
      e = a.e;
    } else if (!c.u) return null;
  } else c = code(t.slice(p, e)) ?? (w.w === 'kr' ? { u: 'KR', x: 0 } : null);
  if (!c) {
    const d = cc(e) === 36 && w.w.length > 1 && DOLLAR_PREFIX(w.w);
    if (d)
      c = { u: d, x: 0 }; // "20 MXN$", "5 C$"
    else {
      // "Canadian dollars", "Swiss francs", "US-Dollar", "finnische Mark", "Hong Kong dollars"
      const a = w.w.length > 1 ? adjective(w) : null;
      const base = a && wordAt(sepAfter(a.e));
      const bc = base && CURRENCY_NAMES(base.w);
      if (!a || !base || !bc) return null;
      c = { u: a.u, x: bc.x };
      e = base.e;
    }
  }
  if (cc(e) === 36) e++;
  if (digitAt(e)) return null; // "3 USD50": the code belongs to the next number
  return money(c, e, false);
}

/** The code of the currency an adjective names, from its start ("canadiens", "hong kong"). */
function adjIso(s: string): string | undefined {
  const m = ADJ.exec(s);
  return m ? ADJ_ISO.substr(4 * m.indexOf(m[0], 1) - 4, 3).toUpperCase() : undefined;
}

/** The currency adjective starting with the word w: "canadiens", "Hong Kong", "US". */
function adjective(w: Word): { u: string; e: number } | null {
  const one = adjIso(w.w);
  if (one) return { u: one, e: w.e };
  const nx = next(w);
  const two = nx && adjIso(`${w.w} ${nx.w}`);
  return nx && two ? { u: two, e: nx.e } : null;
}

/** A currency written just before the number: "$", "US$", "c $", "USD ", "EUR", "MAUD". */
/** A currency before the number, starting at b. */
const prefix = (b: number, u: string, x = 0, y = '', n?: boolean): Prefix => ({
  k: 'money',
  e: 0,
  u,
  x,
  r: 'money',
  b,
  y,
  n,
});

function currencyBefore(p: number): Prefix | null {
  let q = p;
  while (q > min && p - q < 2 && spaceAt(q - 1)) q--;
  if (q <= min) return null;
  const s1 = ch(q - 1);
  const sym = SYMBOLS(s1);
  if (sym) {
    let s = q - 1;
    let u = sym.u;
    if (s1 === '$') {
      // Glued letters ("US$", "C$", "usd$", "Mex$", "u.s.$") or spaced ones ("us $", "hk $").
      const space = s > min && spaceAt(s - 1) ? 1 : 0;
      const e = s - space;
      let b = e;
      while (b > min && e - b < 5 && (letterAt(b - 1) || cc(b - 1) === 46)) b--;
      const key = low(b, e);
      const d = !letterAt(b - 1) && DOLLAR_PREFIX(key);
      if (d && (!space || key.length > 1 || key === 'c')) {
        u = d;
        s = b;
      }
    }
    return prefix(s, u, sym.x, s1);
  }
  const c = cc(q - 1);
  if (((c | 32) === 100 || (c | 32) === 115) && cc(q - 2) === 36 && (cc(q - 3) | 32) === 117)
    return prefix(q - 3, 'USD'); // "U$D", "U$S"
  let e = q;
  if (c === 46 && letterAt(q - 2))
    e = q - 1; // "Rs.", "kr."
  else if (!isLetter(c)) return null;
  let b = e;
  while (b > min && letterAt(b - 1) && e - b < 12) b--;
  if (b > min && letterAt(b - 1)) return null;
  const W = t.slice(b, e);
  const w = lc(W);
  const k = code(W) ?? (w === 'rs' ? { u: 'INR', x: 0 } : w === 'kr' ? { u: 'KR', x: 0 } : null);
  if (k) return prefix(b, k.u, k.x);
  const cw = q < p ? CURRENCY_NAMES(w) : undefined;
  return cw?.u && !cw.w && !cw.x ? prefix(b, cw.u, 0, '', true) : null;
}

// The qualifier before the current figure, read by `qual`: its start (the
// figure's own when it comes from a verb, which is no part of the figure's text), the qualifier,
// the start of "entre", "between", "zwischen" before the number (or -1), and "from", "de", "von"
// before it.
let qS = 0;
let qQ: Qualifier | null = null;
let qB = -1;
let qF = false;
/** Words a qualifier may end with, built on first use. */
let qualLast: ((w: string) => unknown) | undefined;

/** Reads the qualifier before p, and a verb that makes the figure a lower or upper bound. */
function qual(p: number): void {
  qS = p;
  qQ = null;
  qF = false;
  qB = -1;
  let r = p;
  if (r > min && spaceAt(r - 1)) r--;
  const one = r > min ? QUALIFIERS(ch(r - 1)) : undefined;
  if (one) {
    qQ = one as Qualifier;
    qS = r - 1;
    return;
  }
  // Most numbers follow a word that ends no qualifier: one word is enough to know.
  const prev = wordsBack(p, 1)[0];
  // The last word of each phrase: after its last space, or an apostrophe inside it ("jusqu'à").
  qualLast ??= table(
    expand(QUAL_SPEC)
      .replace(/[^;|]*=/g, '')
      .replace(/[^|;]*(?: |'(?=[^|;]))/g, ''),
  );
  const w = prev?.w ?? '';
  if (!(qualLast(w) || DETERMINERS(w) || BETWEEN(w) || FROM(w) || MORE_VERB.test(w) || REACH(w)))
    return;
  const toks = wordsBack(p, 4);
  const last = toks[toks.length - 1] as Word;
  const det = DETERMINERS(last.w);
  // "casi el 5%": a qualifier, then an article
  const m = qualifierIn(toks) ?? (det ? qualifierIn(toks.slice(0, -1)) : null);
  if (m) {
    qQ = m.q;
    qS = m.s;
    return;
  }
  if (BETWEEN(last.w)) qB = last.s;
  else qF = !!FROM(last.w);
  const verb = det ? toks[toks.length - 2] : last;
  if (verb && MORE_VERB.test(verb.w)) qQ = 'more-than';
  // "pouvant atteindre 66 %", "could reach $5bn", "podría alcanzar": an upper bound
  const modal = toks[toks.indexOf(verb as Word) - 1];
  if (verb && modal && REACH(verb.w) && MODAL.test(modal.w)) qQ = 'up-to';
}

/** The longest qualifier phrase ending the words. */
function qualifierIn(toks: Word[]): { q: Qualifier; s: number } | null {
  let best: { q: Qualifier; s: number } | null = null;
  let key = '';
  for (let i = toks.length - 1; i >= 0 && i >= toks.length - 4; i--) {
    const { w, s } = toks[i] as Word;
    key = key ? (w.endsWith("'") ? w + key : `${w} ${key}`) : w;
    const q = QUALIFIERS(key) as Qualifier | undefined;
    if (q) best = { q, s };
  }
  return best;
}

/** A scale after the number: "milliards", "Mrd.", "bn", glued "m", "mil millones". */
function scaleAt(p: number): Scale | null {
  const q = skipWs(p, 3);
  let e = q;
  while (letterAt(e)) if (++e - q > 14) return null;
  const W = t.slice(q, e);
  const letter = SCALE_LETTERS(W);
  if (letter) {
    // "$5m", "50K", or spaced only before a sign: "5 M€", "5 k€"
    return q > p && !isCurSign(cc(skipWs(e, 1))) ? null : { x: letter, e, l: true };
  }
  const w = lc(W);
  let x = SCALE(w);
  // The long scale outside English: a French "billion" is 10^12, a "trillion" 10^18.
  if (!x || (w === 'bio' && W !== 'Bio')) return null; // French "bio" is organic
  if (x > 99) x = lang === 'en' ? x - 100 : 2 * x - 206;
  if (w === 'mil') {
    // Spanish: "mil millones" is a billion, "mil" alone a thousand.
    const nx = wordAfter(e);
    if (nx && /^mill(ones|ón|on)$/.test(nx.w)) return { x: 9, e: nx.e, l: false };
    if (lang !== 'es') return null;
  }
  if (w.length < 5 && cc(e) === 46 && w !== 'mil' && w !== 'bn') e++; // "Mrd.", "Mio."
  return { x, e, l: false };
}

const unit = (k: MentionKind, e: number, u: string, x = 0, r: string = k): Unit => ({
  k,
  e,
  u,
  x,
  r,
});

/** Power and energy symbols, as written: "W", "kW", "MWc", "GWh", "TWh". */
const POWER_SYMBOL = /^([kMGT]?)W(h|(?<=[MG]W)c)?$/;
const POWER_WORD = /^(kilo|m[ée]ga|giga|t[ée]ra)?(?:watt|vatio)s?(heures?|hours?|stunden?)?$/;

/**
 * The unit after a number, by the first unit rule that matches: percent ("5 %", "5 Prozent",
 * "0,4 point de pourcentage", "40 basis points"), power and energy ("2 GW", "40 gigawatts",
 * "100 kWh", "2 gigavatios hora"), money (a currency, or one after "de" following a scale: "62
 * milliards d'euros"), count ("5 000 salariés", "1,3 million de processeurs graphiques", "2
 * million new users"), multiple ("3x", "×3", "3-fold", "3 fois plus", "10 times more").
 */
function unitAt(p: number, scaled: boolean, vague: boolean): Unit | null {
  let q = p;
  if (hyphenAt(q) && letterAt(q + 1)) q++;
  else q = skipWs(p, 2);
  const c = cc(q);
  const w = wordAt(q);
  if (c === 37) {
    const a = hyphenAt(q + 1) ? wordAt(q + 2) : null;
    return a?.w.startsWith('punkt')
      ? unit('percent', a.e, 'pp', 0, 'points')
      : unit('percent', q + 1, '%');
  }
  let m = phrase(PERCENT, w);
  if (m) return unit('percent', m.e, m.v, 0, m.v === '%' ? 'percent' : 'points');
  if (w) {
    const sym = POWER_SYMBOL.exec(t.slice(w.s, w.e));
    const pw = sym ?? POWER_WORD.exec(w.w);
    if (pw) {
      const x = pw[1] ? 3 * 'kmgt'.indexOf(lc(pw[1][0] as string)) + 3 : 0;
      let e = w.e;
      let energy = !!pw[2] && pw[2] !== 'c';
      const nx = sym || energy ? null : next(w);
      if (nx && ENERGY_HOURS(nx.w)) {
        energy = true;
        e = nx.e;
      }
      return energy ? unit('energy', e, 'Wh', x) : unit('power', e, 'W', x);
    }
  }
  // A currency or a noun after "de" following a scale: "62 milliards d'euros".
  const of = w && OF(w.w) && (scaled || vague) && (w.w !== 'of' || vague);
  const cur = currencyAt(of ? after(w) : q);
  if (cur) return cur;
  // "monthly active users" is a noun of its own; "new" and "weekly" only stand before one.
  let x = of ? wordAt(after(w)) : w;
  for (let k = 0; x && k < 3; k++) {
    m = phrase(COUNT_NOUNS, x, true);
    if (m) return unit('count', m.e, m.v);
    if (!COUNT_MODIFIERS(x.w)) break;
    x = next(x);
  }
  if (c === 0xd7) return unit('multiple', q + 1, 'x');
  if (!w) return null;
  const nx = TIMES_WORDS(w.w) ? next(w) : null;
  return (w.w === 'x' && q === p) ||
    (w.w === 'fold' && hyphenAt(q - 1)) ||
    (nx && MULTIPLE_AFTER(nx.w))
    ? unit('multiple', w.e, 'x')
    : null;
}

/**
 * The second number of a range after the first ("-72", " à 72", " and 72" after "between"),
 * with its own scale and, when `kind` is given (the first had its unit), a unit of that kind:
 * its value, scale and end.
 */
function rangeAt(
  p: number,
  lo: number,
  loExp: number | null,
  pre: Prefix | null,
  qStart: number,
  kind: MentionKind | null,
): { v: number; x: number | null; e: number } | null {
  let r = skipWs(p, 2);
  let near = false;
  if (isDash(cc(r))) r++;
  else {
    const w = wordAt(r);
    if (!w) return null;
    if (RANGE_TO(w.w)) {
      if (w.w === 'a' && lang === 'en') return null; // "$5 a share"
      // "rose from $5bn to $8bn" is a change, "de 66 à 72 milliards" a range; a bare "à"/"a"
      // is as often "at" ("1.1990 a 1.015 francos por acción"): without "de" or "entre", its
      // ends must be of a similar size ("60 à 65 Md$").
      qual(qStart);
      if (loExp !== null || kind) {
        if (qF) return null;
      } else if ((w.w === 'à' || w.w === 'a') && !qF && qB < 0) near = true;
    } else {
      if (!RANGE_AND(w.w)) return null;
      qual(qStart);
      if (qB < 0) return null;
    }
    r = w.e;
  }
  r = skipWs(r, 2);
  if (pre?.y && ch(r) === pre.y) r = skipWs(r + 1, 1);
  if (!digitAt(r)) return null;
  const de = readDigits(r);
  const v = digitsValue();
  if (de < 0) return null;
  const c = cc(de);
  if ((isJoiner(c) && digitAt(de + 1)) || (isLetter(c) && !gluedSuffix(de))) return null;
  const sc = scaleAt(de);
  let e = sc ? sc.e : de;
  const hiExp = sc ? sc.x : loExp;
  const hi = scaled(v, hiExp ?? 0);
  const low = scaled(lo, loExp ?? hiExp ?? 0);
  if (!(hi > low) || (near && hi > 10 * low)) return null;
  if (kind) {
    const u = unitAt(e, !!sc, false);
    if (!u || u.k !== kind) return null;
    e = u.e;
  }
  return { v, x: sc ? sc.x : null, e };
}

/** Cents after an amount: "3 dollars 50", "15 dollars et 15 cents", "zwei Euro fünfzig". */
function centsAt(e: number): { m: number; e: number } | null {
  let r = skipWs(e, 2);
  let w = wordAt(r);
  if (w && (RANGE_AND(w.w) || w.w === 'con')) {
    r = skipWs(w.e, 2);
    w = wordAt(r);
  }
  let m = -1;
  let me = r;
  if (digitAt(r)) {
    let j = r;
    while (digitAt(j)) j++;
    const c = cc(j);
    if (j - r > 2 || isLetter(c) || (isJoiner(c) && digitAt(j + 1))) return null;
    m = +t.slice(r, j);
    me = j;
  } else {
    const ws: Word[] = [];
    for (let x = w; x && ws.length < 4 && isNumberWord(x.w); x = next(x)) ws.push(x);
    for (let k = ws.length; k >= 1 && m < 0; k--) {
      const v = spelledValue(ws.slice(0, k).map((y) => y.w));
      if (v && !v.a && Number.isInteger(v.v) && v.v < 100) {
        m = v.v;
        me = (ws[k - 1] as Word).e;
      }
    }
  }
  if (m < 0) return null; // (both readers keep m under 100)
  const f = skipWs(me, 2);
  const cur = currencyAt(f);
  if (cur) return cur.x === -2 ? { m, e: cur.e } : null;
  const nx = wordAt(f);
  return f >= n || /[.,;!?)]/.test(ch(f)) || (nx && RANGE_AND(nx.w)) ? { m, e: me } : null;
}

/** After a scaled number with no unit: is the phrase over, or does an unknown noun follow? */
function endsPhrase(e: number): boolean {
  const q = skipWs(e, 2);
  const w = wordAt(q);
  if (!w) return !digitAt(q);
  const stop = STOPWORDS[lang];
  if (OF(w.w)) {
    const nx = wordAt(after(w));
    return !nx || !!stop(nx.w);
  }
  return !!stop(w.w);
}

/** A year: four plain digits from 1900 to 2100. */
const isYear = (N: Num) => !N.w && N.e - N.s === 4 && N.v >= 1900 && N.v <= 2100;

/** A product or model name just before the number: "RTX 5090", "Windows 11", "iOS 18". */
function modelBefore(start: number): boolean {
  if (!spaceAt(start - 1)) return false;
  const e = start - 1;
  let s = e;
  while (s > min && (letterAt(s - 1) || digitAt(s - 1)) && e - s < 30) s--;
  const W = t.slice(s, e);
  if (!W || /^\d|\d$/.test(W)) return false;
  // A digit or a capital after the first letter: "iPhone", "RTX", "A320neo".
  if (/.[\dA-ZÀ-ÖØ-Þ]/.test(W)) return true;
  if (lang === 'de' || !/^[A-ZÀ-ÖØ-Þ]/.test(W)) return false;
  const w = lc(W);
  if (STOPWORDS[lang](w) || MONTH.test(w)) return false;
  // A capitalised word that does not open a sentence is a name ("Windows 11 users").
  let b = s;
  while (b > 0 && spaceAt(b - 1)) b--;
  return b > 0 && !'.!?:;"«(\n'.includes(t[b - 1] as string);
}

/** `v × 10^exp`, computed on the decimal text so 8.1 million is exactly 8100000. */
const scaled = (v: number, exp: number) => (exp ? +`${v}e${exp}` : v);
const isUsd = (a: string | null) => a === '$' || a === 'USD';

// --------------------------------------------------------------------------------------------
// Figures

/** Reads the figure built around a number; pushes it and returns its end, or -1. */
function figure(N: Num): number {
  let p = N.e;
  const sc1 = scaleAt(p);
  if (sc1) p = sc1.e;
  const pre = N.e > N.s ? currencyBefore(N.s) : null;
  let start = pre ? pre.b : N.s;
  // "x2", "×3"
  const pc = cc(N.s - 1);
  if (!pre && N.s > min && (pc === 0xd7 || ((pc | 32) === 120 && !letterAt(N.s - 2)))) {
    push(N.s - 1, N.e, 'multiple', N.v, null, 'x', null, 'multiple');
    return N.e;
  }
  const rg = rangeAt(p, N.v, sc1 ? sc1.x : null, pre, start, null);
  if (rg) p = rg.e;
  const hasScale = !!(sc1 || rg?.x != null);
  const u = unitAt(p, hasScale, false);
  // The unit of the figure: the currency before it (a name needs a scale or a long number:
  // "dollar 22,5 millones"), else the unit after it, unless a weak currency word has no scale.
  let U: Unit | null = null;
  let e = p;
  if (pre && (!pre.n || hasScale || (N.e - N.s > 3 && !isYear(N)))) {
    U = pre;
    // "$10 dollars": the name repeats the sign
    if (u?.k === 'money' && !u.s && (pre.u === u.u || (isUsd(pre.u) && isUsd(u.u)))) e = u.e;
  } else {
    start = N.s;
    if (u && !(u.k === 'money' && u.w && !hasScale)) {
      U = u;
      e = u.e;
    }
  }
  let kind = U?.k;
  let rule = U?.r ?? '';
  const cexp = U?.x ?? 0;
  // "75 USD million"
  let exp1 = sc1 ? sc1.x : (rg?.x ?? 0);
  if (kind === 'money' && !hasScale && !pre) {
    const sc3 = scaleAt(e);
    if (sc3 && !sc3.l) {
      exp1 = sc3.x;
      e = sc3.e;
    }
  }
  if (!kind) {
    if (!hasScale || (sc1?.l && rg?.x == null) || !endsPhrase(e)) return -1;
    kind = 'count';
    rule = 'scaled';
  }
  if (kind === 'count') {
    // Digits only, no separator or sign, after a product-like word: a model ("RTX 5090").
    if (!N.w && /^\d+$/.test(t.slice(N.s, N.e)) && modelBefore(N.s)) return -1;
    if (isYear(N) && !hasScale) {
      const prev = wordsBack(N.s, 1)[0];
      if (lang === 'en' || (prev && YEAR_BEFORE(prev.w))) return -1;
    }
  }
  // A range whose ends both carry the unit: "entre 5 % et 7 %", "between 66 milliards d'euros and …"
  let hi = rg;
  if (!hi && kind !== 'multiple' && rule !== 'scaled') {
    hi = rangeAt(e, N.v, sc1 ? sc1.x : null, pre, start, kind);
    if (hi) e = hi.e;
  }
  let value = N.v;
  let valueMax: number | null = null;
  if (kind === 'percent' || kind === 'multiple') {
    if (hi) valueMax = hi.v;
  } else {
    const ue = kind === 'count' ? 0 : cexp;
    value = scaled(N.v, exp1 + ue);
    if (hi) valueMax = scaled(hi.v, (hi.x ?? exp1) + ue);
  }
  if (kind === 'money' && !hi && N.i && !hasScale && !cexp && !exp1) {
    const cents = centsAt(e);
    if (cents) {
      value = +`${N.v}.${cents.m < 10 ? '0' : ''}${cents.m}`;
      e = cents.e;
      rule = 'money.cents';
    }
  }
  if (hi) rule += '.range';
  if (N.w) rule += '.words';
  qual(start);
  // (A verb's qualifier leaves the start where it is; it never comes with "between".)
  if (qQ) start = Math.min(start, qS);
  else if (hi && qB >= 0) start = qB;
  push(start, e, kind, value, valueMax, U?.u ?? null, qQ, rule);
  return e;
}

/** "le double", "près du double", "twice as", "threefold". */
function multipleWord(ws: number, we: number, w: string, value: number): number {
  const back = wordsBack(ws, 4);
  let start = ws;
  let q: Qualifier | null = null;
  let ok = w.endsWith('fold');
  const m = qualifierIn(back);
  const last = back[back.length - 1];
  if (m) {
    ok = true;
    start = m.s;
    q = m.q;
  } else if (last && MULTIPLE_ARTICLES(last.w)) {
    ok = true;
    start = last.s;
    const m2 = qualifierIn(back.slice(0, -1));
    if (m2) {
      start = m2.s;
      q = m2.q;
    }
  }
  if (hyphenAt(we)) return -1; // "double-digit"
  const nx = wordAfter(we);
  if (!ok && !(nx && /^(the|as|that|what)$/.test(nx.w))) return -1;
  push(start, we, 'multiple', value, null, 'x', q, 'multiple.word');
  return we;
}

/** Vague amounts: "des centaines de milliards d'euros", "billions of dollars", "multibillion-dollar". */
function vague(ws: number, we: number, w: string): number {
  const back = wordsBack(ws, 2);
  const last = back[back.length - 1];
  let start = ws;
  if (last && VAGUE_DETERMINERS(last.w))
    start = last.w === 'few' && back[0]?.w === 'a' ? back[0].s : last.s;
  let p = we;
  if (w.startsWith('multi')) {
    // "a multibillion-dollar deal"
    let r = we;
    while (r - we < 4 && (spaceAt(r) || hyphenAt(r))) r++;
    const cur = currencyAt(r);
    if (!cur || cur.s) return -1;
    push(start, cur.e, 'money', null, null, cur.u, 'vague', 'money.vague');
    return cur.e;
  }
  if (!PLURAL_SCALE(w)) {
    // "centaines de milliards", "hundreds of millions", "miles de millones"
    let r = skipWs(we, 2);
    const of = wordAt(r);
    if (of && OF(of.w)) r = after(of);
    const sc = scaleAt(r);
    if (sc && !sc.l) p = sc.e;
    else if (w === 'tens' || w === 'dozens') return -1;
  }
  const u = unitAt(p, true, true);
  if (!u || (u.k !== 'money' && u.k !== 'count')) return -1;
  push(start, u.e, u.k, null, null, u.u, 'vague', `${u.k}.vague`);
  return u.e;
}

/** Adds a mention; `u` is the currency code for money, else the unit. */
function push(
  start: number,
  end: number,
  kind: MentionKind,
  value: number | null,
  valueMax: number | null,
  u: string | null,
  qualifier: Qualifier | null,
  rule: string,
): void {
  if (start < min) return;
  const m = kind === 'money';
  out.push({
    text: t.slice(start, end),
    start,
    end,
    kind,
    value,
    valueMax,
    currency: m && u ? resolveIso(u, start) : null,
    unit: m ? null : u,
    qualifier,
    rule,
  });
  min = end;
}

/**
 * A text that says which dollars it means: "(all figures in Canadian dollars)", "en dollars
 * canadiens", "en dólares australianos", "in kanadischen Dollar". A passing "the Canadian dollar
 * fell" does not count, nor does "C$" (Reuters writes "C$500 million ($365 million)").
 * The letters are Unicode letters (`\p{L}`), and case does not matter, but that pattern costs
 * milliseconds to compile; so a text whose characters are all Latin-1 or Latin Extended-A (but
 * ſ, which /iu folds to s, and İ, whose lowercase has two characters), general punctuation or
 * currency signs is read in lowercase, of the same length, with the same pattern over those
 * letters in lowercase and no flag: it finds the same matches there (checked on every such
 * character).
 *
 * `$` and "dollars" are US dollars unless the text says otherwise; ¥ and kr by context; cents by
 * language.
 */
function resolveIso(iso: string, pos: number): string {
  if (iso === 'CENT') return lang === 'en' ? 'USD' : 'EUR';
  if (iso === '$') {
    if (!dollars) {
      dollars = [];
      if (/ollar|ólar/i.test(t)) {
        const latin = !/[^\0-\u012f\u0131-\u017e\u2000-\u206f\u20a0-\u20cf]/.test(t);
        const L = latin ? 'a-z\\xaa\\xb5\\xba\\xdf-\\xf6\\xf8-\\u017e' : '\\p{L}';
        // The engine compiles a pattern once for its source and flags.
        const re = new RegExp(
          `\\b(?:in|en) (?:([${L}.]+(?: [${L}]+)?) dollars?|d(?:ollars|ólares)(?: de)? ([${L}]+(?: [${L}]+)?))`,
          latin ? 'g' : 'giu',
        );
        for (const m of (latin ? lc(t) : t).matchAll(re)) {
          const s = lc(m[1] ?? m[2] ?? '')
            .replace(/[. ]+/g, ' ')
            .trim();
          const d = adjIso(s) ?? adjIso(s.split(' ')[0] as string);
          if (d && ADJ_ISO.indexOf(lc(d)) < 24) dollars.push([m.index, d]); // a dollar
        }
      }
    }
    // The nearest statement before the figure, else the first one after it, else US dollars.
    let found = dollars[0]?.[1] ?? 'USD';
    for (const [at, d] of dollars) if (at < pos) found = d;
    return found;
  }
  if (iso === '¥')
    guessed[iso] ??=
      /yuan|renminbi|rmb|chin/i.test(t) && !/\byen|japa|japo/i.test(t) ? 'CNY' : 'JPY';
  else if (iso === 'KR')
    guessed[iso] ??= /norw|norv|norue/i.test(t)
      ? 'NOK'
      : /dan(ish|ois|es)|dänisch|d[äa]nemark|dinamarca/i.test(t)
        ? 'DKK'
        : 'SEK';
  return guessed[iso] ?? iso; // (only ¥ and KR are ever stored)
}
