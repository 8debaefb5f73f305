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
 * two never interleave, and plain functions keep the bundle small and the hot path fast.
 */
import {
  BETWEEN,
  CODES,
  COUNT_MODIFIERS,
  COUNT_NOUNS,
  CURRENCY_ADJ,
  CURRENCY_ADJECTIVES,
  CURRENCY_NAMES,
  type CurrencyWord,
  DETERMINERS,
  DOLLAR_PREFIX,
  ENERGY_HOURS,
  FROM,
  LONG_SCALE,
  MONTHS,
  MORE_VERBS,
  MULTIPLE_AFTER,
  MULTIPLE_WORDS,
  OF,
  PERCENT,
  type Phrases,
  PLURAL_SCALES,
  POWER_PREFIX,
  POWER_SYMBOLS,
  QUALIFIERS,
  RANGE_AND,
  RANGE_TO,
  SCALE_LETTERS,
  SCALE_WORDS,
  STOPWORDS,
  SYMBOLS,
  TIMES_WORDS,
  VAGUE_DETERMINERS,
  VAGUE_WORDS,
  YEAR_BEFORE,
} from './lexicon';
import { isDigit, isLetter, isNumberWord, isSpace, readDigits, spelledValue } from './numbers';
import type { Lang, Mention, MentionKind, Qualifier } from './types';

const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
/** Hyphens and dashes that join the two ends of a range ("66-72", "66–72", "70‑72"). */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2014);
const isUpper = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const lowerCode = (c: number) => (isUpper(c) ? c + 32 : c);
/** Marks that make a number part of something else when a digit follows: 12.03.2025, 10:30, 1/4. */
const isJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 47;
/** Char codes of the one-character currency signs. */
const SIGNS = new Set([...SYMBOLS.keys()].map((k) => k.charCodeAt(0)));
/** What may follow a number that is part of a figure: a unit word, %, a sign, a dash, ×. */
const mayFollow = (c: number) => isLetter(c) || c === 37 || isDash(c) || c === 0xd7 || SIGNS.has(c);
/** What may stand before a number that makes it a figure with nothing after it: a sign, a code. */
const mayPrecede = (c: number) => isLetter(c) || c === 46 || c === 0xd7 || SIGNS.has(c);

/** "trois fois plus", "three times more": number words before these may be a multiple. */
const TIMES_ANCHORS = ['fois', 'times', 'veces'];

/** Hash of a lowercase word, the same the scan computes on the fly, so most words cost no allocation. */
function hashWord(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + lowerCode(w.charCodeAt(i))) | 0;
  return h;
}

/** Words that make the scanner stop and look around. */
const ANCHORS = new Set<number>();
for (const w of [
  ...SCALE_WORDS.keys(),
  ...LONG_SCALE.keys(),
  ...MULTIPLE_WORDS.keys(),
  ...VAGUE_WORDS,
  ...TIMES_ANCHORS,
  ...CODES,
  ...[...CODES].map((c) => `m${c}`),
  ...CURRENCY_NAMES.keys(),
  ...[...POWER_PREFIX.keys()].flatMap((p) =>
    p ? [`${p}watt`, `${p}watts`, `${p}vatio`, `${p}vatios`] : [],
  ),
]) {
  ANCHORS.add(hashWord(w));
}

/** A word read near a figure: its span and its lowercase form ("d'" keeps its apostrophe). */
interface Word {
  s: number;
  e: number;
  w: string;
}

/** A number in the text, in digits or words, before its scale. */
interface Num {
  start: number;
  end: number;
  value: number;
  int: boolean;
  spelled: boolean;
}

interface Scale {
  exp: number;
  e: number;
  /** A one-letter scale ("5m"), which needs a currency or a noun to mean millions. */
  letter: boolean;
}

/** A currency written before the number. */
interface Prefix {
  start: number;
  iso: string;
  exp: number;
  /** The sign itself when it is one character, to repeat in a range ("$66bn-$72bn"). */
  sym: string;
  /** A currency name ("dollar 22,5 millones"), which needs a scale or a long number. */
  name: boolean;
}

/** What follows a number: its unit, currency or noun. */
interface Unit {
  kind: MentionKind;
  e: number;
  unit: string | null;
  iso: string | null;
  /** Power of ten the unit adds: 9 for GW, -2 for cents, 6 for MUSD. */
  exp: number;
  weak: boolean;
  sym: boolean;
  rule: string;
}

interface Qual {
  start: number;
  q: Qualifier | null;
  /** The qualifier comes from a verb before the figure and is not part of its text. */
  verb: boolean;
  /** Start of "entre", "between", "zwischen" before the number, or -1. */
  between: number;
  from: boolean;
}

/** Where a unit rule looks: after the number, its scale or its range. */
interface UnitContext {
  /** First character of the unit, after one space or hyphen. */
  q: number;
  /** No space between number and unit ("3x", "5GW"). */
  glued: boolean;
  word: Word | null;
  scaled: boolean;
  vague: boolean;
}

// The state of the current scan.
const cc = (i: number) => t.charCodeAt(i);
const letterAt = (i: number) => isLetter(t.charCodeAt(i));
const digitAt = (i: number) => isDigit(t.charCodeAt(i));
const spaceAt = (i: number) => isSpace(t.charCodeAt(i));
const hyphenAt = (i: number) => isHyphen(t.charCodeAt(i));

let t = '';
let n = 0;
let lang: Lang = 'en';
let out: Mention[] = [];
/** Nothing before this position may join a new mention: the end of the last one. */
let min = 0;
let dollars: [number, string][] | null = null;
let yenIso: string | null = null;
let krIso: string | null = null;

/** The figures of `text`, in order, not overlapping. */
export function scan(text: string, language: Lang): Mention[] {
  t = text;
  n = text.length;
  lang = language;
  out = [];
  min = 0;
  dollars = null;
  yenIso = null;
  krIso = null;
  cachedAt = -1;
  let i = 0;
  while (i < n) {
    const c = cc(i);
    if (c >= 48 && c <= 57) {
      i = atDigit(i);
      continue;
    }
    if (!isLetter(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let h = lowerCode(c);
    while (j < n) {
      const d = cc(j);
      if (!isLetter(d)) break;
      h = (Math.imul(h, 31) + lowerCode(d)) | 0;
      j++;
    }
    if (j < n && digitAt(j)) {
      // Letters glued to digits: a currency code ("USD115", "MAUD60"), "x2", or a name like
      // GPT4 or A320 whose digits are no figure.
      i = gluedPrefix(i, j) ? j : skipJunk(j);
      continue;
    }
    if (j - i > 2 && j - i < 16 && ANCHORS.has(h)) {
      const e = atWord(i, j);
      if (e > j) {
        i = e;
        continue;
      }
    }
    i = j;
  }
  const found = out;
  out = [];
  t = '';
  return found;
}

// --------------------------------------------------------------------------------------------
// Reading words

let cachedAt = -1;
let cached: Word | null = null;

/** The word starting at p ("d'" keeps an apostrophe that a letter follows), or null. */
function wordAt(p: number): Word | null {
  // The rules often read the same word in turn: keep the last one.
  if (p === cachedAt) return cached;
  cachedAt = p;
  cached = readWord(p);
  return cached;
}

function readWord(p: number): Word | null {
  if (p < 0 || p >= n || !letterAt(p)) return null;
  let e = p + 1;
  while (e < n && letterAt(e)) if (++e - p > 40) return null;
  let w = t.slice(p, e).toLowerCase();
  if (isApos(cc(e)) && letterAt(e + 1)) {
    w += "'";
    e++;
  }
  return { s: p, e, w };
}

/** Start of the next word of a phrase: after an apostrophe, or 1–3 spaces, hyphens or dots. */
function sepAfter(e: number): number {
  if (isApos(cc(e - 1))) return e;
  let q = e;
  while (q < n && q - e < 3) {
    const c = cc(q);
    if (!isSpace(c) && !isHyphen(c) && c !== 46) break;
    q++;
  }
  return q > e ? q : -1;
}

/** The position after a word and the space that follows ("de ", "d'"). */
const after = (w: Word) => (w.w.endsWith("'") ? w.e : skipWs(w.e, 2));

function skipWs(p: number, max: number): number {
  let q = p;
  while (q < n && q - p < max && spaceAt(q)) q++;
  return q;
}

/** A word without its final "s", to look a count noun up in one form. */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** The longest phrase of `ph` starting with the word `first`; with `stems`, words lose a final "s". */
function phrase<T>(ph: Phrases<T>, first: Word | null, stems = false): { v: T; e: number } | null {
  let w = first;
  if (!w) return null;
  let key = stems ? stem(w.w) : w.w;
  let best: { v: T; e: number } | null = null;
  for (let k = 1; ; k++) {
    const v = ph.map.get(key);
    if (v !== undefined) best = { v, e: w.e };
    if (k === 4 || !ph.prefixes.has(key)) return best;
    const nx = wordAt(sepAfter(w.e));
    if (!nx) return best;
    key += (w.w.endsWith("'") ? '' : ' ') + (stems ? stem(nx.w) : nx.w);
    w = nx;
  }
}

/**
 * Up to `max` words before p, in text order, separated by spaces or hyphens; a word may end
 * with an apostrophe ("d'") or an abbreviation dot ("ca."). Never reads before `min`.
 */
function wordsBack(p: number, max: number): Word[] {
  const found: Word[] = [];
  let q = p;
  while (found.length < max && q > min) {
    let r = q;
    while (r > min && q - r < 3 && (spaceAt(r - 1) || hyphenAt(r - 1))) r--;
    if (r <= min) break;
    const c = cc(r - 1);
    let e = r;
    let tail = '';
    if (isApos(c) && r - 1 > min && letterAt(r - 2)) {
      e = r - 1;
      tail = "'";
    } else if (c === 46 && r < q && r - 1 > min && letterAt(r - 2)) {
      e = r - 1;
      tail = '.';
    } else if (r === q || !isLetter(c)) break;
    let s = e;
    while (s > min && letterAt(s - 1)) if (e - --s > 30) return found.reverse();
    found.push({ s, e: r, w: t.slice(s, e).toLowerCase() + tail });
    q = s;
  }
  return found.reverse();
}

// --------------------------------------------------------------------------------------------
// Anchors

/** Letters glued before digits that belong to the figure: currency codes, and "x" of "x2". */
function gluedPrefix(i: number, j: number): boolean {
  const w = t.slice(i, j).toLowerCase();
  return w === 'x' || CODES.has(w) || (w.length === 4 && w[0] === 'm' && CODES.has(w.slice(1)));
}

/** Skips the rest of something that is no figure: "12.03.2025", "10h30", "GPT4o". */
function skipJunk(i: number): number {
  let j = i;
  while (j < n) {
    const c = cc(j);
    if (isDigit(c) || isLetter(c) || (isJoiner(c) && digitAt(j + 1))) j++;
    else break;
  }
  return j;
}

function atDigit(i: number): number {
  const pc = i > 0 ? cc(i - 1) : 0;
  const ppc = i > 1 ? cc(i - 2) : 0;
  // The end of "12.03.2025" or "10:30", the digits of "GPT-4o" or "COVID-19"
  if ((isJoiner(pc) && isDigit(ppc)) || (isHyphen(pc) && isLetter(ppc))) return skipJunk(i);
  const d = readDigits(t, i, lang);
  if (!d) return skipJunk(i);
  const end = d.end;
  const c = cc(end);
  if (isJoiner(c) && digitAt(end + 1)) return skipJunk(i);
  if (isLetter(c)) {
    if (!gluedSuffix(end)) return skipJunk(i);
  } else if (!mayFollow(cc(skipWs(end, 3)))) {
    // Nothing after it: a year, a date, noise, unless a sign or code stands before ("$5").
    let b = pc === 43 || pc === 45 || pc === 0x2212 ? i - 1 : i;
    while (b > min && i - b < 3 && spaceAt(b - 1)) b--;
    if (b <= min || !mayPrecede(cc(b - 1))) return end;
  }
  const signed =
    (pc === 43 || pc === 45 || pc === 0x2212) && !isDigit(ppc) && !isLetter(ppc) && ppc !== 37;
  const e = figure({
    start: signed ? i - 1 : i,
    end,
    value: signed && pc !== 43 ? -d.value : d.value,
    int: !d.decimal,
    spelled: false,
  });
  return e > 0 ? e : end;
}

/** Letters glued after digits that belong to the figure: "5bn", "50K", "5GW", "115USD", "3x". */
function gluedSuffix(p: number): boolean {
  let e = p;
  while (e < n && letterAt(e)) e++;
  if (digitAt(e)) return false;
  const W = t.slice(p, e);
  const w = W.toLowerCase();
  return (
    SCALE_LETTERS.has(W) ||
    (SCALE_WORDS.has(w) && w.length < 5) ||
    CODES.has(w) ||
    (W.length === 4 && W[0] === 'M' && CODES.has(w.slice(1))) ||
    POWER_SYMBOLS.has(W) ||
    w === 'x' ||
    w === 'pp' ||
    w === 'bp' ||
    w === 'bps'
  );
}

function atWord(ws: number, we: number): number {
  const w = t.slice(ws, we).toLowerCase();
  const mult = MULTIPLE_WORDS.get(w);
  if (mult !== undefined) return multipleWord(ws, we, w, mult);
  if (VAGUE_WORDS.has(w)) return vague(ws, we, w);
  const scale = SCALE_WORDS.has(w) || LONG_SCALE.has(w);
  if (scale && w.length < 4 && w !== 'mil') return -1; // abbreviations need digits
  // "trois fois plus", "d’un gigawatt": number words before these
  const other = TIMES_ANCHORS.includes(w) || POWER_WORD.test(w);
  const cur = !scale && !other ? currencyAt(ws) : null;
  if (!scale && !cur && !other) return -1;
  const num = spelledBefore(ws, scale);
  if (num) {
    // "un euro fort" is a strong euro, not one euro.
    if (cur && num.value === 1 && num.end - num.start < 6) {
      const adj = wordAt(skipWs(cur.e, 2));
      if (adj && CURRENCY_ADJECTIVES.has(adj.w)) return -1;
    }
    return figure(num);
  }
  if (w === 'mil' && lang === 'es') {
    // "mil millones" alone is one billion
    const e = figure({
      start: ws,
      end: ws,
      value: 1,
      int: true,
      spelled: true,
    });
    if (e > 0) return e;
  }
  return PLURAL_SCALES.has(w) ? vague(ws, we, w) : -1;
}

/** Number words just before an anchor ("deux milliards", "half a trillion", "sieben Euro"). */
function spelledBefore(ws: number, scale: boolean): Num | null {
  const back = wordsBack(ws, 6);
  let first = back.length;
  while (first > 0 && isNumberWord((back[first - 1] as Word).w)) first--;
  for (let k = first; k < back.length; k++) {
    const v = spelledValue(back.slice(k).map((x) => x.w));
    if (v && (scale || !v.article)) {
      const end = (back[back.length - 1] as Word).e;
      return {
        start: (back[k] as Word).s,
        end,
        value: v.value,
        int: Number.isInteger(v.value),
        spelled: true,
      };
    }
  }
  return null;
}

// --------------------------------------------------------------------------------------------
// Around a number

/** A currency sign, code or name at p: "$", "€", "USD", "dollars canadiens", "$ c", "MXN$". */
function currencyAt(p: number): { c: CurrencyWord; e: number; sym: boolean } | null {
  const sym = SYMBOLS.get(t[p] as string);
  if (sym) {
    let e = p + 1;
    let c = sym;
    if (sym.iso === '$') {
      // "16,4 millions de $ c", "$CAD", "50 millions $ US"
      const w = wordAt(spaceAt(e) ? e + 1 : e);
      const iso =
        w && !w.w.endsWith("'") && w.w !== 'a' && w.w !== 's' ? DOLLAR_PREFIX.get(w.w) : undefined;
      if (w && iso) {
        c = { iso, exp: 0, weak: false };
        e = w.e;
      }
    }
    return digitAt(e) ? null : { c, e, sym: true };
  }
  const w = wordAt(p);
  if (!w) return null;
  let c = CURRENCY_NAMES.get(w.w);
  let e = w.e;
  if (c) {
    // "dollars canadiens", "dólares de Hong Kong", "livres sterling" (French and Spanish)
    let nx = lang === 'fr' || lang === 'es' || c.weak ? wordAt(sepAfter(w.e)) : null;
    if (nx?.w === 'de') nx = wordAt(sepAfter(nx.e));
    const a = nx && adjective(nx);
    if (a) {
      c = { iso: a.iso, exp: c.exp, weak: false };
      e = a.e;
    } else if (!c.iso) return null;
  } else if (CODES.has(w.w)) {
    c = { iso: w.w === 'rmb' ? 'CNY' : w.w.toUpperCase(), exp: 0, weak: false };
  } else if (w.w.length === 4 && t[p] === 'M' && CODES.has(w.w.slice(1))) {
    c = { iso: w.w.slice(1).toUpperCase(), exp: 6, weak: false }; // "30 MUSD"
  } else if (w.w === 'kr') {
    c = { iso: 'KR', exp: 0, weak: false };
  } else if (t[w.e] === '$' && w.w.length > 1 && DOLLAR_PREFIX.has(w.w)) {
    c = { iso: DOLLAR_PREFIX.get(w.w) as string, exp: 0, weak: false }; // "20 MXN$", "5 C$"
  } else {
    // "Canadian dollars", "Swiss francs", "US-Dollar", "finnische Mark", "Hong Kong dollars"
    const a = ADJ_START.has(w.w.slice(0, 2)) ? adjective(w) : null;
    const base = a && wordAt(sepAfter(a.e));
    const bc = base && CURRENCY_NAMES.get(base.w);
    if (!base || !bc) return null;
    c = { iso: (a as { iso: string }).iso, exp: bc.exp, weak: false };
    e = base.e;
  }
  if (t[e] === '$') e++;
  if (digitAt(e)) return null; // "3 USD50": the code belongs to the next number
  return { c, e, sym: false };
}

/** One-word currency adjectives by their first two letters, and the two-word ones ("hong kong"). */
const ADJ_ONE = new Map<string, [string, string][]>();
const ADJ_TWO: [string, string][] = [];
for (const entry of CURRENCY_ADJ) {
  if (entry[0].includes(' ')) ADJ_TWO.push(entry);
  else {
    const k = entry[0].slice(0, 2);
    ADJ_ONE.set(k, [...(ADJ_ONE.get(k) ?? []), entry]);
  }
}
const ADJ_START = new Set([...ADJ_ONE.keys(), ...ADJ_TWO.map(([stem]) => stem.slice(0, 2))]);

/** The currency an adjective names, from its stem; `two` for the two-word ones ("hong kong"). */
function adjIso(s: string, two: boolean): string | undefined {
  for (const [stem, iso] of two ? ADJ_TWO : (ADJ_ONE.get(s.slice(0, 2)) ?? [])) {
    if (stem.length < 3 ? s === stem : s.startsWith(stem)) return iso;
  }
}

/** The currency adjective starting with the word w: "canadiens", "Hong Kong", "US". */
function adjective(w: Word): { iso: string; e: number } | null {
  const one = adjIso(w.w, false);
  if (one) return { iso: one, e: w.e };
  const nx = wordAt(sepAfter(w.e));
  const two = nx && adjIso(`${w.w} ${nx.w}`, true);
  return nx && two ? { iso: two, e: nx.e } : null;
}

/** A currency written just before the number: "$", "US$", "c $", "USD ", "EUR", "MAUD". */
function currencyBefore(p: number): Prefix | null {
  let q = p;
  while (q > min && p - q < 2 && spaceAt(q - 1)) q--;
  if (q <= min) return null;
  const ch = t[q - 1] as string;
  const sym = SYMBOLS.get(ch);
  if (sym) {
    let s = q - 1;
    let iso = sym.iso;
    if (ch === '$') {
      // Glued letters ("US$", "C$", "usd$", "Mex$", "u.s.$") or spaced ones ("us $", "hk $").
      const space = s > min && spaceAt(s - 1) ? 1 : 0;
      const e = s - space;
      let b = e;
      while (b > min && e - b < 5 && (letterAt(b - 1) || t[b - 1] === '.')) b--;
      const key = t.slice(b, e).toLowerCase();
      const d = b < e && !letterAt(b - 1) ? DOLLAR_PREFIX.get(key) : undefined;
      if (d && (!space || key.length > 1 || key === 'c')) {
        iso = d;
        s = b;
      }
    }
    return { start: s, iso, exp: sym.exp, sym: ch, name: false };
  }
  const c = cc(q - 1);
  if ((c | 32) === 100 || (c | 32) === 115) {
    if (t[q - 2] === '$' && (cc(q - 3) | 32) === 117)
      return { start: q - 3, iso: 'USD', exp: 0, sym: '', name: false }; // "U$D", "U$S"
  }
  let e = q;
  if (c === 46 && letterAt(q - 2))
    e = q - 1; // "Rs.", "kr."
  else if (!isLetter(c)) return null;
  let b = e;
  while (b > min && letterAt(b - 1) && e - b < 12) b--;
  if (b > min && letterAt(b - 1)) return null;
  const W = t.slice(b, e);
  const w = W.toLowerCase();
  let iso = '';
  let exp = 0;
  if (CODES.has(w)) iso = w === 'rmb' ? 'CNY' : w.toUpperCase();
  else if (W.length === 4 && W[0] === 'M' && CODES.has(w.slice(1))) {
    iso = w.slice(1).toUpperCase();
    exp = 6;
  } else if (w === 'rs') iso = 'INR';
  else if (w === 'kr') iso = 'KR';
  if (iso) return { start: b, iso, exp, sym: '', name: false };
  const cw = q < p ? CURRENCY_NAMES.get(w) : undefined;
  return cw?.iso && !cw.weak && !cw.exp
    ? { start: b, iso: cw.iso, exp: 0, sym: '', name: true }
    : null;
}

/** Verbs that, after a modal, make a figure an upper bound. */
const REACH = new Set(['atteindre', 'reach', 'alcanzar', 'erreichen']);

/** A verb after which the figure is a lower bound ("dépasse", "exceeded", "übersteigt"). */
function isMoreVerb(w: string): boolean {
  for (const stem of MORE_VERBS) if (w.startsWith(stem)) return true;
  return false;
}

/** Words a qualifier, "between", "from" or a determiner may end with. */
const QUAL_LAST = new Set([
  ...[...QUALIFIERS.map.keys()].map((k) =>
    k.slice(Math.max(k.lastIndexOf(' '), k.lastIndexOf("'", k.length - 2)) + 1),
  ),
  ...BETWEEN,
  ...FROM,
  ...DETERMINERS,
]);

/** The qualifier, "between" or "from" before a figure, and a verb that makes it a lower bound. */
function qualifierBefore(p: number): Qual {
  const res: Qual = { start: p, q: null, verb: false, between: -1, from: false };
  let r = p;
  if (r > min && spaceAt(r - 1)) r--;
  const one = r > min ? QUALIFIERS.map.get(t[r - 1] as string) : undefined;
  if (one) {
    res.q = one;
    res.start = r - 1;
    return res;
  }
  // Most numbers follow a word that ends no qualifier: one word is enough to know.
  const prev = wordsBack(p, 1)[0];
  if (!prev || !(QUAL_LAST.has(prev.w) || isMoreVerb(prev.w) || REACH.has(prev.w))) return res;
  const toks = wordsBack(p, 4);
  const last = toks[toks.length - 1] as Word;
  // "casi el 5%": a qualifier, then an article
  const m = qualifierIn(toks) ?? (DETERMINERS.has(last.w) ? qualifierIn(toks.slice(0, -1)) : null);
  if (m) {
    res.q = m.q;
    res.start = m.start;
    return res;
  }
  if (BETWEEN.has(last.w)) res.between = last.s;
  else if (FROM.has(last.w)) res.from = true;
  const verb = DETERMINERS.has(last.w) ? toks[toks.length - 2] : last;
  if (verb && isMoreVerb(verb.w)) {
    res.q = 'more-than';
    res.verb = true;
  }
  // "pouvant atteindre 66 %", "could reach $5bn", "podría alcanzar": an upper bound
  const modal = toks[toks.indexOf(verb as Word) - 1];
  if (
    verb &&
    modal &&
    REACH.has(verb.w) &&
    /^(pouv|pourr|could|may|might|can|pod|pued)/.test(modal.w)
  ) {
    res.q = 'up-to';
    res.verb = true;
  }
  return res;
}

let qualStart = -1;
let qualCache: Qual | null = null;
/** The qualifier before `start`, read once per figure. */
function qual(start: number): Qual {
  if (qualStart !== start || !qualCache) {
    qualCache = qualifierBefore(start);
    qualStart = start;
  }
  return qualCache;
}

/** A scale after the number: "milliards", "Mrd.", "bn", glued "m", "mil millones". */
function scaleAt(p: number): Scale | null {
  const q = skipWs(p, 3);
  if (q >= n || !letterAt(q)) return null;
  let e = q;
  while (e < n && letterAt(e)) if (++e - q > 14) return null;
  const W = t.slice(q, e);
  const letter = SCALE_LETTERS.get(W);
  if (letter !== undefined) {
    // "$5m", "50K", or spaced only before a sign: "5 M€", "5 k€"
    if (q > p && !SIGNS.has(cc(skipWs(e, 1)))) return null;
    return { exp: letter, e, letter: true };
  }
  const w = W.toLowerCase();
  let exp = SCALE_WORDS.get(w) ?? LONG_SCALE.get(w);
  if (exp === undefined) return null;
  // The long scale outside English: a French "billion" is 10^12, a "trillion" 10^18.
  if (LONG_SCALE.has(w) && lang !== 'en') exp = exp === 9 ? 12 : 18;
  if (w === 'bio' && W !== 'Bio') return null; // French "bio" is organic
  if (w === 'mil') {
    // Spanish: "mil millones" is a billion, "mil" alone a thousand.
    const nx = wordAt(skipWs(e, 2));
    if (nx && (nx.w === 'millones' || nx.w === 'millón' || nx.w === 'millon'))
      return { exp: 9, e: nx.e, letter: false };
    if (lang !== 'es') return null;
  }
  if (w.length < 5 && t[e] === '.' && w !== 'mil' && w !== 'bn') e++; // "Mrd.", "Mio."
  return { exp, e, letter: false };
}

/** The unit rules, tried in this order after every number. */
const UNIT_RULES: [string, (c: UnitContext) => Unit | null][] = [
  ['percent', percentRule],
  ['power', powerRule],
  ['money', moneyRule],
  ['count', countRule],
  ['multiple', multipleRule],
];

function unit(kind: MentionKind, e: number, u: string, rule: string, exp = 0): Unit {
  return { kind, e, unit: u, iso: null, exp, weak: false, sym: false, rule };
}

/** "5 %", "5 pour cent", "5 Prozent", "0,4 point de pourcentage", "40 basis points". */
function percentRule(c: UnitContext): Unit | null {
  if (cc(c.q) === 37) {
    const after = hyphenAt(c.q + 1) ? wordAt(c.q + 2) : null;
    if (after?.w.startsWith('punkt')) return unit('percent', after.e, 'pp', 'points');
    return unit('percent', c.q + 1, '%', 'percent');
  }
  const m = phrase(PERCENT, c.word);
  return m ? unit('percent', m.e, m.v, m.v === '%' ? 'percent' : 'points') : null;
}

const POWER_WORD = /^(kilo|m[ée]ga|giga|t[ée]ra)?(?:watt|vatio)s?(heures?|hours?|stunden?)?$/;

/** "2 GW", "500 MW", "40 gigawatts", "100 kWh", "3 térawattheures", "2 gigavatios hora". */
function powerRule(c: UnitContext): Unit | null {
  const w = c.word;
  if (!w) return null;
  const sym = POWER_SYMBOLS.get(t.slice(w.s, w.e));
  let exp = sym ?? 0;
  let energy = exp >= 100;
  let e = w.e;
  if (sym === undefined) {
    const m = POWER_WORD.exec(w.w);
    if (!m) return null;
    exp = POWER_PREFIX.get((m[1] ?? '').replace('é', 'e')) ?? 0;
    energy = !!m[2];
    const nx = energy ? null : wordAt(sepAfter(w.e));
    if (nx && ENERGY_HOURS.has(nx.w)) {
      energy = true;
      e = nx.e;
    }
  }
  return energy
    ? unit('energy', e, 'Wh', 'energy', exp % 100)
    : unit('power', e, 'W', 'power', exp);
}

/** A currency after the number, or after "de" following a scale ("62 milliards d'euros"). */
function moneyRule(c: UnitContext): Unit | null {
  let r = c.q;
  const w = c.word;
  if (w && OF.has(w.w) && (c.scaled || c.vague) && (w.w !== 'of' || c.vague)) r = after(w);
  const cur = currencyAt(r);
  if (!cur) return null;
  const { iso, exp, weak } = cur.c;
  return { kind: 'money', e: cur.e, unit: null, iso, exp, weak, sym: cur.sym, rule: 'money' };
}

/** A count noun: "5 000 salariés", "1,3 million de processeurs graphiques", "2 million new users". */
function countRule(c: UnitContext): Unit | null {
  let w = c.word;
  if (w && OF.has(w.w) && (c.scaled || c.vague) && (w.w !== 'of' || c.vague)) w = wordAt(after(w));
  // "monthly active users" is a noun of its own; "new" and "weekly" only stand before one.
  for (let k = 0; w && k < 3; k++) {
    const m = phrase(COUNT_NOUNS, w, true);
    if (m) return unit('count', m.e, m.v, 'count');
    if (!COUNT_MODIFIERS.has(w.w)) break;
    w = wordAt(sepAfter(w.e));
  }
  return null;
}

/** "3x", "×3", "3-fold", "3 fois plus", "10 times more". */
function multipleRule(c: UnitContext): Unit | null {
  if (cc(c.q) === 0xd7) return unit('multiple', c.q + 1, 'x', 'multiple');
  const w = c.word;
  if (!w) return null;
  if ((w.w === 'x' && c.glued) || (w.w === 'fold' && hyphenAt(c.q - 1)))
    return unit('multiple', w.e, 'x', 'multiple');
  const nx = TIMES_WORDS.has(w.w) ? wordAt(sepAfter(w.e)) : null;
  return nx && MULTIPLE_AFTER.has(nx.w) ? unit('multiple', w.e, 'x', 'multiple') : null;
}

/** The unit after a number, by the first unit rule that matches. */
function unitAt(p: number, scaled: boolean, vague: boolean): Unit | null {
  let q = p;
  if (hyphenAt(q) && letterAt(q + 1)) q++;
  else q = skipWs(p, 2);
  const c = cc(q);
  if (!(isLetter(c) || c === 37 || c === 0xd7 || SIGNS.has(c))) return null;
  const ctx: UnitContext = { q, glued: q === p, word: wordAt(q), scaled, vague };
  for (const [, read] of UNIT_RULES) {
    const u = read(ctx);
    if (u) return u;
  }
  return null;
}

/**
 * The second number of a range after the first ("-72", " à 72", " and 72" after "between"),
 * with its own scale and, when `kind` is given (the first had its unit), a unit of that kind.
 */
function rangeAt(
  p: number,
  lo: number,
  loExp: number | null,
  pre: Prefix | null,
  qStart: number,
  kind: MentionKind | null,
): { n: Num; exp: number | null; e: number } | null {
  let r = skipWs(p, 2);
  let near = false;
  if (isDash(cc(r))) r++;
  else {
    const w = wordAt(r);
    if (!w) return null;
    if (RANGE_TO.has(w.w)) {
      if (w.w === 'a' && lang === 'en') return null; // "$5 a share"
      // "rose from $5bn to $8bn" is a change, "de 66 à 72 milliards" a range; a bare "à"/"a"
      // is as often "at" ("1.1990 a 1.015 francos por acción"): without "de" or "entre", its
      // ends must be of a similar size ("60 à 65 Md$").
      const q = qual(qStart);
      if (loExp !== null || kind) {
        if (q.from) return null;
      } else if ((w.w === 'à' || w.w === 'a') && !q.from && q.between < 0) near = true;
    } else if (!RANGE_AND.has(w.w) || qual(qStart).between < 0) return null;
    r = w.e;
  }
  r = skipWs(r, 2);
  if (pre?.sym && t[r] === pre.sym) r = skipWs(r + 1, 1);
  if (!digitAt(r)) return null;
  const d = readDigits(t, r, lang);
  if (!d) return null;
  const c = cc(d.end);
  if ((isJoiner(c) && digitAt(d.end + 1)) || (isLetter(c) && !gluedSuffix(d.end))) return null;
  const sc = scaleAt(d.end);
  let e = sc ? sc.e : d.end;
  const hiExp = sc ? sc.exp : loExp;
  const hi = scaled(d.value, hiExp ?? 0);
  const low = scaled(lo, loExp ?? hiExp ?? 0);
  if (!(hi > low) || (near && hi > 10 * low)) return null;
  if (kind) {
    const u = unitAt(e, !!sc, false);
    if (!u || u.kind !== kind) return null;
    e = u.e;
  }
  const num: Num = {
    start: r,
    end: d.end,
    value: d.value,
    int: !d.decimal,
    spelled: false,
  };
  return { n: num, exp: sc ? sc.exp : null, e };
}

/** Cents after an amount: "3 dollars 50", "15 dollars et 15 cents", "zwei Euro fünfzig". */
function centsAt(e: number): { m: number; e: number } | null {
  let r = skipWs(e, 2);
  let w = wordAt(r);
  if (w && (RANGE_AND.has(w.w) || w.w === 'con')) {
    r = skipWs(w.e, 2);
    w = wordAt(r);
  }
  let m = -1;
  let me = r;
  if (digitAt(r)) {
    let j = r;
    while (j < n && digitAt(j)) j++;
    const c = cc(j);
    if (j - r > 2 || isLetter(c) || (isJoiner(c) && digitAt(j + 1))) return null;
    m = Number(t.slice(r, j));
    me = j;
  } else {
    const ws: Word[] = [];
    for (let x = w; x && ws.length < 4 && isNumberWord(x.w); x = wordAt(sepAfter(x.e))) ws.push(x);
    for (let k = ws.length; k >= 1 && m < 0; k--) {
      const v = spelledValue(ws.slice(0, k).map((y) => y.w));
      if (v && !v.article && Number.isInteger(v.value) && v.value < 100) {
        m = v.value;
        me = (ws[k - 1] as Word).e;
      }
    }
  }
  if (m < 0 || m >= 100) return null;
  const f = skipWs(me, 2);
  const cur = currencyAt(f);
  if (cur) return cur.c.exp === -2 ? { m, e: cur.e } : null;
  const c = cc(f);
  if (f >= n || c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 41)
    return { m, e: me };
  const nx = wordAt(f);
  return nx && RANGE_AND.has(nx.w) ? { m, e: me } : null;
}

/** After a scaled number with no unit: is the phrase over, or does an unknown noun follow? */
function endsPhrase(e: number): boolean {
  const q = skipWs(e, 2);
  const w = wordAt(q);
  if (!w) return !digitAt(q);
  const stop = STOPWORDS[lang];
  if (OF.has(w.w)) {
    const nx = wordAt(after(w));
    return !nx || stop.has(nx.w);
  }
  return stop.has(w.w);
}

/** A year: four plain digits from 1900 to 2100. */
const isYear = (num: Num) =>
  !num.spelled && num.end - num.start === 4 && num.value >= 1900 && num.value <= 2100;
/** Digits only, no separator or sign: what a model number looks like ("RTX 5090"). */
const plain = (num: Num) => !num.spelled && /^\d+$/.test(t.slice(num.start, num.end));

/** A product or model name just before the number: "RTX 5090", "Windows 11", "iOS 18". */
function modelBefore(start: number): boolean {
  if (start < 2 || !spaceAt(start - 1)) return false;
  const e = start - 1;
  let s = e;
  while (s > min && (letterAt(s - 1) || digitAt(s - 1)) && e - s < 30) s--;
  const W = t.slice(s, e);
  if (!W || isDigit(W.charCodeAt(0)) || isDigit(W.charCodeAt(W.length - 1))) return false;
  for (let i = 1; i < W.length; i++) {
    const c = W.charCodeAt(i);
    if (isDigit(c) || isUpper(c)) return true;
  }
  if (lang === 'de' || !isUpper(W.charCodeAt(0))) return false;
  const w = W.toLowerCase();
  if (STOPWORDS[lang].has(w) || MONTHS.has(w.slice(0, 3))) return false;
  // A capitalised word that does not open a sentence is a name ("Windows 11 users").
  let b = s;
  while (b > 0 && spaceAt(b - 1)) b--;
  return b > 0 && !'.!?:;"«(\n'.includes(t[b - 1] as string);
}

/** `v × 10^exp`, computed on the decimal text so 8.1 million is exactly 8100000. */
const scaled = (v: number, exp: number) => (exp ? Number(`${v}e${exp}`) : v);
const sameIso = (a: string, b: string | null) =>
  a === b || ((a === '$' || a === 'USD') && (b === '$' || b === 'USD'));

// --------------------------------------------------------------------------------------------
// Figures

/** Reads the figure built around a number; pushes it and returns its end, or -1. */
function figure(N: Num): number {
  let p = N.end;
  const sc1 = scaleAt(p);
  if (sc1) p = sc1.e;
  const pre = N.end > N.start ? currencyBefore(N.start) : null;
  let start = pre ? pre.start : N.start;
  qualStart = -1;
  // "x2", "×3"
  const pc = cc(N.start - 1);
  if (!pre && N.start > min && (pc === 0xd7 || ((pc | 32) === 120 && !letterAt(N.start - 2)))) {
    push(N.start - 1, N.end, 'multiple', N.value, null, null, 'x', null, 'multiple');
    return N.end;
  }
  const rg = rangeAt(p, N.value, sc1 ? sc1.exp : null, pre, start, null);
  if (rg) p = rg.e;
  const hasScale = !!(sc1 || rg?.exp != null);
  let u = unitAt(p, hasScale, false);
  if (!pre && !u && !hasScale) return -1;
  let kind: MentionKind | null = null;
  let iso: string | null = null;
  let cexp = 0;
  let unitName: string | null = null;
  let rule = '';
  let e = p;
  if (pre) {
    kind = 'money';
    iso = pre.iso;
    cexp = pre.exp;
    rule = 'money';
    // "$10 dollars": the name repeats the sign
    if (u && u.kind === 'money' && !u.sym && sameIso(pre.iso, u.iso)) e = u.e;
    if (pre.name && !(hasScale || (N.end - N.start > 3 && !isYear(N)))) {
      kind = null;
      start = N.start;
    }
  }
  if (!kind && u && !(u.kind === 'money' && u.weak && !hasScale)) {
    kind = u.kind;
    iso = u.iso;
    cexp = u.exp;
    unitName = u.unit;
    rule = u.rule;
    e = u.e;
  } else if (!kind) u = null;
  // "75 USD million"
  let exp1 = sc1 ? sc1.exp : (rg?.exp ?? 0);
  if (kind === 'money' && !hasScale && !pre) {
    const sc3 = scaleAt(e);
    if (sc3 && !sc3.letter) {
      exp1 = sc3.exp;
      e = sc3.e;
    }
  }
  const letterOnly = !!sc1?.letter && rg?.exp == null;
  if (!kind) {
    if (!hasScale || letterOnly || !endsPhrase(e)) return -1;
    kind = 'count';
    rule = 'scaled';
  }
  if (kind === 'count') {
    if (plain(N) && modelBefore(N.start)) return -1;
    if (isYear(N) && !hasScale) {
      const prev = wordsBack(N.start, 1)[0];
      if (lang === 'en' || (prev && YEAR_BEFORE.has(prev.w))) return -1;
    }
  }
  // A range whose ends both carry the unit: "entre 5 % et 7 %", "between 66 milliards d'euros and …"
  let hi = rg;
  if (!hi && kind !== 'multiple' && rule !== 'scaled') {
    hi = rangeAt(e, N.value, sc1 ? sc1.exp : null, pre, start, kind);
    if (hi) e = hi.e;
  }
  let value: number = N.value;
  let valueMax: number | null = null;
  const exp2 = hi?.exp ?? exp1;
  if (kind === 'percent' || kind === 'multiple') {
    if (hi) valueMax = hi.n.value;
  } else {
    const ue = kind === 'count' ? 0 : cexp;
    value = scaled(N.value, exp1 + ue);
    if (hi) valueMax = scaled(hi.n.value, exp2 + ue);
  }
  if (kind === 'money' && !hi && N.int && !hasScale && cexp === 0 && exp1 === 0) {
    const cents = centsAt(e);
    if (cents) {
      value = Number(`${N.value}.${cents.m < 10 ? '0' : ''}${cents.m}`);
      e = cents.e;
      rule = 'money.cents';
    }
  }
  if (hi) rule += '.range';
  if (N.spelled) rule += '.words';
  const q = qual(start);
  if (q.q && !q.verb) start = Math.min(start, q.start);
  else if (hi && q.between >= 0) start = q.between;
  push(
    start,
    e,
    kind,
    value,
    valueMax,
    kind === 'money' ? iso : null,
    kind === 'money' ? null : unitName,
    q.q,
    rule,
  );
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
    start = m.start;
    q = m.q;
  } else if (last && MULTIPLE_ARTICLES.has(last.w)) {
    ok = true;
    start = last.s;
    const m2 = qualifierIn(back.slice(0, -1));
    if (m2) {
      start = m2.start;
      q = m2.q;
    }
  }
  if (hyphenAt(we)) return -1; // "double-digit"
  const nx = wordAt(skipWs(we, 2));
  if (!ok && nx && (nx.w === 'the' || nx.w === 'as' || nx.w === 'that' || nx.w === 'what'))
    ok = true;
  if (!ok) return -1;
  push(start, we, 'multiple', value, null, null, 'x', q, 'multiple.word');
  return we;
}

/** Vague amounts: "des centaines de milliards d'euros", "billions of dollars", "multibillion-dollar". */
function vague(ws: number, we: number, w: string): number {
  const back = wordsBack(ws, 2);
  const last = back[back.length - 1];
  let start = ws;
  if (last && VAGUE_DETERMINERS.has(last.w))
    start = last.w === 'few' && back[0]?.w === 'a' ? back[0].s : last.s;
  let p = we;
  if (w.startsWith('multi')) {
    // "a multibillion-dollar deal"
    let r = we;
    while (r < n && r - we < 4 && (spaceAt(r) || hyphenAt(r))) r++;
    const cur = r > we ? currencyAt(r) : null;
    if (!cur || cur.sym) return -1;
    push(start, cur.e, 'money', null, null, cur.c.iso, null, 'vague', 'money.vague');
    return cur.e;
  }
  if (!PLURAL_SCALES.has(w)) {
    // "centaines de milliards", "hundreds of millions", "miles de millones"
    let r = skipWs(we, 2);
    const of = wordAt(r);
    if (of && OF.has(of.w)) r = after(of);
    const sc = r > we ? scaleAt(r) : null;
    if (sc && !sc.letter) p = sc.e;
    else if (w === 'tens' || w === 'dozens') return -1;
  }
  const u = unitAt(p, true, true);
  if (!u || (u.kind !== 'money' && u.kind !== 'count')) return -1;
  push(
    start,
    u.e,
    u.kind,
    null,
    null,
    u.iso,
    u.kind === 'money' ? null : u.unit,
    'vague',
    `${u.kind}.vague`,
  );
  return u.e;
}

function push(
  start: number,
  end: number,
  kind: MentionKind,
  value: number | null,
  valueMax: number | null,
  iso: string | null,
  unitName: string | null,
  qualifier: Qualifier | null,
  rule: string,
): void {
  if (start < min) return;
  out.push({
    text: t.slice(start, end),
    start,
    end,
    kind,
    value,
    valueMax,
    currency: iso ? resolveIso(iso, start) : null,
    unit: unitName,
    qualifier,
    rule,
  });
  min = end;
}

/**
 * A text that says which dollars it means: "(all figures in Canadian dollars)", "en dollars
 * canadiens", "en dólares australianos", "in kanadischen Dollar". A passing "the Canadian dollar
 * fell" does not count, nor does "C$" (Reuters writes "C$500 million ($365 million)").
 */
const DOLLAR_CONTEXT =
  /\b(?:in|en) (?:([\p{L}.]+(?: \p{L}+)?) dollars?|d(?:ollars|ólares)(?: de)? (\p{L}+(?: \p{L}+)?))/giu;

/** The dollar an "in … dollars" phrase names, if it names one. */
function dollarIso(phrase: string): string | null {
  const s = phrase.toLowerCase().replace(/\./g, ' ').replace(/ +/g, ' ').trim();
  const iso = adjIso(s, true) ?? adjIso(s.split(' ')[0] as string, false);
  return iso && /USD|CAD|AUD|HKD|NZD|SGD/.test(iso) ? iso : null;
}

/** `$` and "dollars" are US dollars unless the text says otherwise; ¥ and kr by context; cents by language. */
function resolveIso(iso: string, pos: number): string {
  if (iso === 'CENT') return lang === 'en' ? 'USD' : 'EUR';
  if (iso === '$') {
    if (!dollars) {
      dollars = [];
      if (/ollar|ólar/i.test(t)) {
        for (const m of t.matchAll(DOLLAR_CONTEXT)) {
          const d = dollarIso(m[1] ?? m[2] ?? '');
          if (d) dollars.push([m.index, d]);
        }
      }
    }
    // The nearest statement before the figure, else the first one after it, else US dollars.
    let found = dollars[0]?.[1] ?? 'USD';
    for (const [at, d] of dollars) if (at < pos) found = d;
    return found;
  }
  if (iso === '¥') {
    yenIso ??= /yuan|renminbi|rmb|chin/i.test(t) && !/\byen|japa|japo/i.test(t) ? 'CNY' : 'JPY';
    return yenIso;
  }
  if (iso === 'KR') {
    krIso ??= /norw|norv|norue/i.test(t)
      ? 'NOK'
      : /dan(ish|ois|es)|dänisch|d[äa]nemark|dinamarca/i.test(t)
        ? 'DKK'
        : 'SEK';
    return krIso;
  }
  return iso;
}

/** Articles before "double": "le double", "du double", "el doble", "das Doppelte". */
const MULTIPLE_ARTICLES = new Set(['le', 'du', 'au', 'el', 'del', 'al', 'das', 'dem', 'den']);

/** The longest qualifier phrase ending the words. */
function qualifierIn(toks: Word[]): { q: Qualifier; start: number } | null {
  let best: { q: Qualifier; start: number } | null = null;
  let key = '';
  for (let i = toks.length - 1; i >= 0 && i >= toks.length - 4; i--) {
    const w = (toks[i] as Word).w;
    key = key ? (w.endsWith("'") ? w + key : `${w} ${key}`) : w;
    const q = QUALIFIERS.map.get(key);
    if (q) best = { q, start: (toks[i] as Word).s };
  }
  return best;
}
