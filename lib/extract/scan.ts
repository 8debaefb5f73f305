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
 * the same reason the objects that only live inside a scan have one- or two-letter field names
 * (a minifier shortens variables, never property names), each documented where it is declared.
 */
import {
  ADJ_ISO,
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
  MODAL,
  MONTH,
  MORE_VERB,
  MULTIPLE_AFTER,
  MULTIPLE_ARTICLES,
  MULTIPLE_WORDS,
  OF,
  PERCENT,
  type Phrases,
  PLURAL_SCALES,
  POWER_SYMBOLS,
  QUALIFIERS,
  RANGE_AND,
  RANGE_TO,
  REACH,
  SCALE_LETTERS,
  SCALE_WORDS,
  STOPWORDS,
  SYMBOLS,
  TIMES_ANCHORS,
  TIMES_WORDS,
  VAGUE_DETERMINERS,
  VAGUE_WORDS,
  YEAR_BEFORE,
} from './lexicon';
import {
  type DigitNumber,
  isDigit,
  isLetter,
  isNumberWord,
  isSpace,
  isUpper,
  readDigits,
  spelledValue,
} from './numbers';
import type { Lang, Mention, MentionKind, Qualifier } from './types';

const isApos = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;
const isHyphen = (c: number) => c === 45 || c === 0x2010 || c === 0x2011;
/** Hyphens and dashes that join the two ends of a range ("66-72", "66–72", "70‑72"). */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2014);
const lowerCode = (c: number) => (isUpper(c) ? c + 32 : c);
/** Marks that make a number part of something else when a digit follows: 12.03.2025, 10:30, 1/4. */
const isJoiner = (c: number) => c === 46 || c === 44 || c === 58 || c === 47;
/** Char codes of the one-character currency signs. */
const SIGNS = new Set([...SYMBOLS.keys()].map((k) => k.charCodeAt(0)));
/** What a unit may start with: a letter, %, ×, a currency sign. */
const unitStart = (c: number) => isLetter(c) || c === 37 || c === 0xd7 || SIGNS.has(c);
/** A plus or minus sign. */
const isSign = (c: number) => c === 43 || c === 45 || c === 0x2212;

/** Adds a letter to the hash of a lowercase word, as the scan reads it: no allocation. */
const hash = (h: number, c: number) => (Math.imul(h, 31) + lowerCode(c)) | 0;

/** Words that make the scanner stop and look around. */
const ANCHORS = new Set<number>();
for (const w of [
  ...SCALE_WORDS.keys(),
  ...MULTIPLE_WORDS.keys(),
  ...VAGUE_WORDS,
  ...TIMES_ANCHORS,
  ...CODES,
  ...[...CODES].map((c) => `m${c}`),
  ...CURRENCY_NAMES.keys(),
  ...'kilo|mega|méga|giga|tera|téra'
    .split('|')
    .flatMap((p) => [`${p}watt`, `${p}watts`, `${p}vatio`, `${p}vatios`]),
]) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hash(h, w.charCodeAt(i));
  ANCHORS.add(h);
}

/** A word read near a figure: start, end, and its lowercase form ("d'" keeps its apostrophe). */
interface Word {
  s: number;
  e: number;
  w: string;
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

/** A currency written before the number. */
interface Prefix {
  /** Start. */
  s: number;
  /** ISO code (or `$`, `¥`, `KR`, `CENT`, resolved when the figure is pushed). */
  u: string;
  /** Power of ten. */
  x: number;
  /** The sign itself when it is one character, to repeat in a range ("$66bn-$72bn"). */
  y: string;
  /** A currency name ("dollar 22,5 millones"), which needs a scale or a long number. */
  n?: boolean;
}

/** What follows a number: its unit, currency or noun. */
interface Unit extends CurrencyWord {
  /** Kind of figure. */
  k: MentionKind;
  /** End. */
  e: number;
  // u: for money the ISO code (as in CurrencyWord), else the unit ('%', 'W', 'GPU'…).
  // x: power of ten the unit adds: 9 for GW, -2 for cents, 6 for MUSD.
  /** A currency sign, not a word. */
  s?: boolean;
}

// The state of the current scan. Outside the text, charCodeAt gives NaN, which no character
// test accepts; but reading there is slow, so the loops that run often stop at the end first.
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
  dollars = yenIso = krIso = cached = null;
  cachedAt = -1;
  for (let i = 0; i < n; ) {
    const c = cc(i);
    if (isDigit(c)) i = atDigit(i);
    else if (!isLetter(c)) i++;
    else {
      let j = i + 1;
      let h = hash(0, c);
      for (let d = cc(j); j < n && isLetter(d); d = cc(++j)) h = hash(h, d);
      if (j < n && digitAt(j)) {
        // Letters glued to digits: a currency code ("USD115", "MAUD60"), "x2", or a name like
        // GPT4 or A320 whose digits are no figure.
        const W = t.slice(i, j);
        i = /^x$/i.test(W) || codeIso(W[0] === 'm' ? `M${W.slice(1)}` : W) ? j : skipJunk(j);
      } else {
        const e = j - i > 2 && j - i < 16 && ANCHORS.has(h) ? atWord(i, j) : 0;
        i = Math.max(e, j);
      }
    }
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
  if (p !== cachedAt) {
    cachedAt = p;
    cached = null;
    if (p >= 0 && p < n && letterAt(p)) {
      let e = p + 1;
      while (e < n && letterAt(e)) if (++e - p > 40) return null;
      let w = t.slice(p, e).toLowerCase();
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
  while (q < n && q - e < 3) {
    const c = cc(q);
    if (!isSpace(c) && !isHyphen(c) && c !== 46) break;
    q++;
  }
  return q > e ? q : -1;
}

/** The word after w in a phrase, or null. */
const nextWord = (w: Word) => wordAt(sepAfter(w.e));

/** The position after a word and the space that follows ("de ", "d'"). */
const after = (w: Word) => (w.w.endsWith("'") ? w.e : skipWs(w.e, 2));

function skipWs(p: number, max: number): number {
  let q = p;
  while (q < n && q - p < max && spaceAt(q)) q++;
  return q;
}

/** Two words of a phrase as the lexicon writes them: "près de", "près d'un". */
const join = (a: string, b: string) => a + (a.endsWith("'") ? '' : ' ') + b;

/** A word without its final "s", to look a count noun up in one form. */
const stem = (w: string) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);

/** The longest phrase of `ph` starting with the word `first`; with `stems`, words lose a final "s". */
function phrase(ph: Phrases, first: Word | null, stems = false): { v: string; e: number } | null {
  let w = first;
  if (!w) return null;
  let key = stems ? stem(w.w) : w.w;
  let best: { v: string; e: number } | null = null;
  for (let k = 1; ; k++) {
    const v = ph.get(key);
    if (v) best = { v, e: w.e };
    // Read on while the words so far are a phrase or the start of one.
    if (k === 4 || v === undefined) return best;
    const nx = nextWord(w);
    if (!nx) return best;
    key = join(key, stems ? stem(nx.w) : nx.w);
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

/** The currency of a code ("USD", "rmb") or of M and a code, millions ("MUSD"), as [iso, exp]. */
function codeIso(W: string): [string, number] | null {
  const m = W.length === 4 && W[0] === 'M' ? 1 : 0;
  const w = W.length - m === 3 ? W.slice(m).toLowerCase() : ''; // codes have three letters
  return CODES.has(w) ? [w === 'rmb' ? 'CNY' : w.toUpperCase(), m * 6] : null;
}

/** Skips the rest of something that is no figure: "12.03.2025", "10h30", "GPT4o". */
function skipJunk(i: number): number {
  let j = i;
  for (
    let c = cc(j);
    j < n && (isDigit(c) || isLetter(c) || (isJoiner(c) && digitAt(j + 1)));
    c = cc(++j)
  );
  return j;
}

/**
 * The number in digits at r, unless it is part of a date or time or glued to letters other than
 * a scale, a code or a unit ("5bn", "50K", "5GW", "115USD", "3x").
 */
function digitsAt(r: number): DigitNumber | null {
  const d = digitAt(r) ? readDigits(t, r, lang) : null;
  if (!d) return null;
  let e = d.e;
  if (isJoiner(cc(e)) && digitAt(e + 1)) return null;
  if (!letterAt(e)) return d;
  while (e < n && letterAt(e)) e++;
  const W = t.slice(d.e, e);
  const w = W.toLowerCase();
  return !digitAt(e) &&
    (SCALE_LETTERS.has(W) ||
      (SCALE_WORDS.has(w) && w.length < 5) ||
      !!codeIso(W) ||
      POWER_SYMBOLS.has(W) ||
      /^(x|pp|bps?)$/.test(w))
    ? d
    : null;
}

function atDigit(i: number): number {
  const pc = cc(i - 1);
  const ppc = cc(i - 2);
  const sign = isSign(pc);
  // The end of "12.03.2025" or "10:30", the digits of "GPT-4o" or "COVID-19"
  const d = (isJoiner(pc) && isDigit(ppc)) || (isHyphen(pc) && isLetter(ppc)) ? null : digitsAt(i);
  if (!d) return skipJunk(i);
  const end = d.e;
  const f = cc(skipWs(end, 3));
  if (!letterAt(end) && !(unitStart(f) || isDash(f))) {
    // Nothing after it: a year, a date, noise, unless a sign or code stands before ("$5").
    let b = sign ? i - 1 : i;
    while (b > min && i - b < 3 && spaceAt(b - 1)) b--;
    const c = cc(b - 1);
    if (b <= min || !((unitStart(c) && c !== 37) || c === 46)) return end;
  }
  const signed = sign && !isDigit(ppc) && !isLetter(ppc) && ppc !== 37;
  const e = figure(signed ? i - 1 : i, end, signed && pc !== 43 ? -d.v : d.v, !d.d, false);
  return e > 0 ? e : end;
}

function atWord(ws: number, we: number): number {
  const w = t.slice(ws, we).toLowerCase();
  const mult = MULTIPLE_WORDS.get(w);
  if (mult !== undefined) return multipleWord(ws, we, w, mult);
  if (VAGUE_WORDS.has(w)) return vague(ws, we, w);
  const scale = SCALE_WORDS.has(w);
  if (scale && w.length < 4 && w !== 'mil') return -1; // abbreviations need digits
  // "trois fois plus", "d’un gigawatt": number words before these
  const other = TIMES_ANCHORS.has(w) || POWER_WORD.test(w);
  const cur = scale || other ? null : currencyAt(ws);
  if (!scale && !cur && !other) return -1;
  // Number words just before the anchor ("deux milliards", "half a trillion", "sieben Euro").
  const back = wordsBack(ws, 6);
  let k = back.length;
  while (k > 0 && isNumberWord((back[k - 1] as Word).w)) k--;
  for (; k < back.length; k++) {
    const v = spelledValue(
      back.slice(k).map((x) => x.w),
      scale,
    );
    if (v !== null) {
      const s = (back[k] as Word).s;
      const e = (back[back.length - 1] as Word).e;
      // "un euro fort" is a strong euro, not one euro.
      if (
        cur &&
        v === 1 &&
        e - s < 6 &&
        CURRENCY_ADJECTIVES.has(wordAt(skipWs(cur.e, 2))?.w as string)
      )
        return -1;
      return figure(s, e, v, Number.isInteger(v), true);
    }
  }
  if (w === 'mil' && lang === 'es') {
    // "mil millones" alone is one billion
    const e = figure(ws, ws, 1, true, true);
    if (e > 0) return e;
  }
  return PLURAL_SCALES.has(w) ? vague(ws, we, w) : -1;
}

// --------------------------------------------------------------------------------------------
// Around a number

const money = (e: number, c: CurrencyWord, s = false): Unit => ({ k: 'money', e, ...c, s });

/** A currency sign, code or name at p: "$", "€", "USD", "dollars canadiens", "$ c", "MXN$". */
function currencyAt(p: number): Unit | null {
  let c = SYMBOLS.get(t[p] as string);
  let e = p + 1;
  if (c) {
    if (c.u === '$') {
      // "16,4 millions de $ c", "$CAD", "50 millions $ US"
      const w = wordAt(spaceAt(e) ? e + 1 : e);
      const iso =
        w && !w.w.endsWith("'") && w.w !== 'a' && w.w !== 's' ? DOLLAR_PREFIX.get(w.w) : undefined;
      if (iso) {
        c = { u: iso, x: 0 };
        e = (w as Word).e;
      }
    }
    return digitAt(e) ? null : money(e, c, true);
  }
  const w = wordAt(p);
  if (!w) return null;
  c = CURRENCY_NAMES.get(w.w);
  e = w.e;
  const code = c ? null : codeIso(t.slice(p, e));
  if (c) {
    // "dollars canadiens", "dólares de Hong Kong", "livres sterling" (French and Spanish)
    let nx = lang === 'fr' || lang === 'es' || c.w ? nextWord(w) : null;
    if (nx?.w === 'de') nx = nextWord(nx);
    const a = nx && adjective(nx);
    if (a) {
      c = { u: a[0], x: c.x };
      e = a[1];
    } else if (!c.u) return null;
  } else if (code) {
    c = { u: code[0], x: code[1] }; // "USD", "30 MUSD"
  } else if (w.w === 'kr') {
    c = { u: 'KR', x: 0 };
  } else if (t[w.e] === '$' && w.w.length > 1 && DOLLAR_PREFIX.has(w.w)) {
    c = { u: DOLLAR_PREFIX.get(w.w) as string, x: 0 }; // "20 MXN$", "5 C$"
  } else {
    // "Canadian dollars", "Swiss francs", "US-Dollar", "finnische Mark", "Hong Kong dollars"
    // (not "U.S. dollars": "u s" is read only in "in U.S. dollars", see resolveIso)
    const a = w.w === 'u' ? null : adjective(w);
    const base = a && wordAt(sepAfter(a[1]));
    const bc = base && CURRENCY_NAMES.get(base.w);
    if (!bc) return null;
    c = { u: (a as [string, number])[0], x: bc.x };
    e = (base as Word).e;
  }
  if (t[e] === '$') e++;
  // "3 USD50": the code belongs to the next number
  return digitAt(e) ? null : money(e, c);
}

/** The currency an adjective names, from its stem ("canadi", "hong kong"). */
function adjIso(s: string): string | undefined {
  const m = CURRENCY_ADJ.exec(s);
  return m ? ADJ_ISO[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] : undefined;
}

/** The currency adjective starting with the word w ("canadiens", "Hong Kong", "US"): [iso, end]. */
function adjective(w: Word): [string, number] | null {
  const one = adjIso(w.w);
  if (one) return [one, w.e];
  const nx = nextWord(w);
  const two = nx && adjIso(`${w.w} ${nx.w}`);
  return two ? [two, (nx as Word).e] : null;
}

const prefix = (s: number, u: string, x = 0, y = '', name = false): Prefix => ({
  s,
  u,
  x,
  y,
  n: name,
});

/** A currency written just before the number: "$", "US$", "c $", "USD ", "EUR", "MAUD". */
function currencyBefore(p: number): Prefix | null {
  let q = p;
  while (q > min && p - q < 2 && spaceAt(q - 1)) q--;
  if (q <= min) return null;
  const ch = t[q - 1] as string;
  const sym = SYMBOLS.get(ch);
  if (sym) {
    let s = q - 1;
    let iso = sym.u;
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
    return prefix(s, iso, sym.x, ch);
  }
  // "U$D", "U$S"
  const c = cc(q - 1);
  if (t[q - 2] === '$' && /^u\$[ds]$/i.test(t.slice(q - 3, q))) return prefix(q - 3, 'USD');
  let e = q;
  if (c === 46 && letterAt(q - 2))
    e = q - 1; // "Rs.", "kr."
  else if (!isLetter(c)) return null;
  let b = e;
  while (b > min && letterAt(b - 1) && e - b < 12) b--;
  if (b > min && letterAt(b - 1)) return null;
  const W = t.slice(b, e);
  const w = W.toLowerCase();
  const code = codeIso(W) ?? (w === 'rs' ? ['INR', 0] : w === 'kr' ? ['KR', 0] : null);
  if (code) return prefix(b, code[0], code[1]);
  const cw = q < p ? CURRENCY_NAMES.get(w) : undefined;
  return cw?.u && !cw.w && !cw.x ? prefix(b, cw.u, 0, '', true) : null;
}

/** Words a qualifier, "between", "from" or a determiner may end with. */
const QUAL_LAST = new Set([
  ...[...QUALIFIERS.keys()].map((k) => (/[^ ']*'?$/.exec(k) as RegExpExecArray)[0]),
  ...BETWEEN,
  ...FROM,
  ...DETERMINERS,
]);

// The qualifier before the figure being read, set by `qual`.
let qualFor = -1;
let qualQ: Qualifier | null = null;
/** Start of the qualifier's text; the figure's own start when the qualifier is a verb before it. */
let qualAt = 0;
/** Start of "entre", "between", "zwischen" before the number, or -1. */
let qualBetween = -1;
/** "from", "de", "von" before the number. */
let qualFrom = false;

/** Reads the qualifier, "between" or "from" before `p` (once per figure), and a verb that bounds it. */
function qual(p: number): void {
  if (qualFor === p) return;
  qualFor = qualAt = p;
  qualQ = null;
  qualBetween = -1;
  qualFrom = false;
  let r = p;
  if (r > min && spaceAt(r - 1)) r--;
  const one = r > min ? QUALIFIERS.get(t[r - 1] as string) : undefined;
  if (one) {
    qualQ = one;
    qualAt = r - 1;
    return;
  }
  // Most numbers follow a word that ends no qualifier: one word is enough to know.
  const prev = wordsBack(p, 1)[0];
  if (!prev || !(QUAL_LAST.has(prev.w) || MORE_VERB.test(prev.w) || REACH.has(prev.w))) return;
  const toks = wordsBack(p, 4);
  const last = toks[toks.length - 1] as Word;
  const det = DETERMINERS.has(last.w);
  // "casi el 5%": a qualifier, then an article
  const m = qualifierIn(toks) ?? (det ? qualifierIn(toks.slice(0, -1)) : null);
  if (m) {
    [qualQ, qualAt] = m;
    return;
  }
  if (BETWEEN.has(last.w)) qualBetween = last.s;
  else qualFrom = FROM.has(last.w);
  const verb = det ? toks[toks.length - 2] : last;
  if (verb && MORE_VERB.test(verb.w)) qualQ = 'more-than';
  // "pouvant atteindre 66 %", "could reach $5bn", "podría alcanzar": an upper bound
  const modal = toks[toks.indexOf(verb as Word) - 1];
  if (verb && modal && REACH.has(verb.w) && MODAL.test(modal.w)) qualQ = 'up-to';
}

/** A scale after the number: "milliards", "Mrd.", "bn", glued "m", "mil millones". */
function scaleAt(p: number): Scale | null {
  const q = skipWs(p, 3);
  if (!letterAt(q)) return null;
  let e = q;
  while (letterAt(e)) if (++e - q > 14) return null;
  const W = t.slice(q, e);
  const letter = SCALE_LETTERS.get(W);
  if (letter !== undefined) {
    // "$5m", "50K", or spaced only before a sign: "5 M€", "5 k€"
    return q > p && !SIGNS.has(cc(skipWs(e, 1))) ? null : { x: letter, e, l: true };
  }
  const w = W.toLowerCase();
  let x = SCALE_WORDS.get(w);
  if (x === undefined || (w === 'bio' && W !== 'Bio')) return null; // French "bio" is organic
  // The long scale outside English: a French "billion" is 10^12, a "trillion" 10^18.
  if (LONG_SCALE.has(w) && lang !== 'en') x = x === 9 ? 12 : 18;
  if (w === 'mil') {
    // Spanish: "mil millones" is a billion, "mil" alone a thousand.
    const nx = wordAt(skipWs(e, 2));
    if (nx && /^mill(ones|ón|on)$/.test(nx.w)) return { x: 9, e: nx.e, l: false };
    if (lang !== 'es') return null;
  } else if (w.length < 5 && t[e] === '.' && w !== 'bn') e++; // "Mrd.", "Mio."
  return { x, e, l: false };
}

const unit = (k: MentionKind, e: number, u: string, x = 0): Unit => ({ k, e, u, x });

/**
 * The unit after a number, by the first unit rule that matches: percent, power, money, count,
 * multiple. After a scale, "de" may stand before a currency or a noun ("62 milliards d'euros").
 */
function unitAt(p: number, scaled: boolean, vague: boolean): Unit | null {
  const q = hyphenAt(p) && letterAt(p + 1) ? p + 1 : skipWs(p, 2);
  if (!unitStart(cc(q))) return null;
  const w = wordAt(q);
  const of = w && OF.has(w.w) && (scaled || vague) && (w.w !== 'of' || vague) ? after(w) : -1;
  return (
    percentRule(q, w) ??
    powerRule(w) ??
    currencyAt(of < 0 ? q : of) ??
    countRule(of < 0 ? w : wordAt(of)) ??
    multipleRule(q, w, q === p)
  );
}

/** "5 %", "5 pour cent", "5 Prozent", "0,4 point de pourcentage", "40 basis points". */
function percentRule(q: number, w: Word | null): Unit | null {
  if (cc(q) === 37) {
    const a = hyphenAt(q + 1) ? wordAt(q + 2) : null;
    return a?.w.startsWith('punkt') ? unit('percent', a.e, 'pp') : unit('percent', q + 1, '%');
  }
  const m = phrase(PERCENT, w);
  return m && unit('percent', m.e, m.v);
}

const POWER_WORD = /^(kilo|m[ée]ga|giga|t[ée]ra)?(?:watt|vatio)s?(heures?|hours?|stunden?)?$/;

/** "2 GW", "500 MW", "40 gigawatts", "100 kWh", "3 térawattheures", "2 gigavatios hora". */
function powerRule(w: Word | null): Unit | null {
  if (!w) return null;
  let x = POWER_SYMBOLS.get(t.slice(w.s, w.e));
  let energy = (x as number) >= 100;
  let e = w.e;
  if (x === undefined) {
    const m = POWER_WORD.exec(w.w);
    if (!m) return null;
    x = m[1] ? 'kmgt'.indexOf(m[1][0] as string) * 3 + 3 : 0;
    energy = !!m[2];
    const nx = energy ? null : nextWord(w);
    if (nx && ENERGY_HOURS.has(nx.w)) {
      energy = true;
      e = nx.e;
    }
  }
  return energy ? unit('energy', e, 'Wh', x % 100) : unit('power', e, 'W', x);
}

/** A count noun: "5 000 salariés", "1,3 million de processeurs graphiques", "2 million new users". */
function countRule(first: Word | null): Unit | null {
  // "monthly active users" is a noun of its own; "new" and "weekly" only stand before one.
  for (let w = first, k = 0; w && k < 3; k++) {
    const m = phrase(COUNT_NOUNS, w, true);
    if (m) return unit('count', m.e, m.v);
    if (!COUNT_MODIFIERS.has(w.w)) break;
    w = nextWord(w);
  }
  return null;
}

/** "3x", "×3", "3-fold", "3 fois plus", "10 times more". */
function multipleRule(q: number, w: Word | null, glued: boolean): Unit | null {
  if (cc(q) === 0xd7) return unit('multiple', q + 1, 'x');
  return w &&
    ((w.w === 'x' && glued) ||
      (w.w === 'fold' && hyphenAt(q - 1)) ||
      (TIMES_WORDS.has(w.w) && MULTIPLE_AFTER.has(nextWord(w)?.w as string)))
    ? unit('multiple', w.e, 'x')
    : null;
}

/** The second number of a range: its value, its scale's power of ten, its end. */
interface RangeEnd {
  v: number;
  x: number | null;
  e: number;
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
): RangeEnd | null {
  let r = skipWs(p, 2);
  let near = false;
  if (isDash(cc(r))) r++;
  else {
    const w = wordAt(r);
    if (!w) return null;
    if (RANGE_TO.has(w.w)) {
      if (w.w === 'a' && lang === 'en') return null; // "$5 a share"
      qual(qStart);
      // "rose from $5bn to $8bn" is a change, "de 66 à 72 milliards" a range; a bare "à"/"a"
      // is as often "at" ("1.1990 a 1.015 francos por acción"): without "de" or "entre", its
      // ends must be of a similar size ("60 à 65 Md$").
      if (loExp !== null || kind) {
        if (qualFrom) return null;
      } else near = (w.w === 'à' || w.w === 'a') && !qualFrom && qualBetween < 0;
    } else {
      if (!RANGE_AND.has(w.w)) return null;
      qual(qStart);
      if (qualBetween < 0) return null;
    }
    r = w.e;
  }
  r = skipWs(r, 2);
  if (pre?.y && t[r] === pre.y) r = skipWs(r + 1, 1);
  const d = digitsAt(r);
  if (!d) return null;
  const sc = scaleAt(d.e);
  let e = sc ? sc.e : d.e;
  const hiExp = sc ? sc.x : loExp;
  const hi = scaled(d.v, hiExp ?? 0);
  const low = scaled(lo, loExp ?? hiExp ?? 0);
  if (!(hi > low) || (near && hi > 10 * low)) return null;
  if (kind) {
    const u = unitAt(e, !!sc, false);
    if (u?.k !== kind) return null;
    e = u.e;
  }
  return { v: d.v, x: sc ? sc.x : null, e };
}

/** Cents after an amount ("3 dollars 50", "15 dollars et 15 cents", "zwei Euro fünfzig"): [cents, end]. */
function centsAt(e: number): [number, number] | null {
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
    while (digitAt(j)) j++;
    const c = cc(j);
    if (j - r > 2 || isLetter(c) || (isJoiner(c) && digitAt(j + 1))) return null;
    m = Number(t.slice(r, j));
    me = j;
  } else {
    const ws: Word[] = [];
    for (let x = w; x && ws.length < 4 && isNumberWord(x.w); x = nextWord(x)) ws.push(x);
    for (let k = ws.length; k >= 1 && m < 0; k--) {
      const v = spelledValue(
        ws.slice(0, k).map((y) => y.w),
        false,
      );
      if (v !== null && Number.isInteger(v) && v < 100) {
        m = v;
        me = (ws[k - 1] as Word).e;
      }
    }
  }
  if (m < 0 || m >= 100) return null;
  const f = skipWs(me, 2);
  const cur = currencyAt(f);
  if (cur) return cur.x === -2 ? [m, cur.e] : null;
  return f >= n || '.,;!?)'.includes(t[f] as string) || RANGE_AND.has(wordAt(f)?.w as string)
    ? [m, me]
    : null;
}

/** After a scaled number with no unit: is the phrase over, or does an unknown noun follow? */
function endsPhrase(e: number): boolean {
  const q = skipWs(e, 2);
  let w = wordAt(q);
  if (!w) return !digitAt(q);
  if (OF.has(w.w)) {
    w = wordAt(after(w));
    if (!w) return true;
  }
  return STOPWORDS[lang].has(w.w);
}

/** A product or model name just before the number: "RTX 5090", "Windows 11", "iOS 18". */
function modelBefore(start: number): boolean {
  if (start < 2 || !spaceAt(start - 1)) return false;
  const e = start - 1;
  let s = e;
  while (s > min && (letterAt(s - 1) || digitAt(s - 1)) && e - s < 30) s--;
  const W = t.slice(s, e);
  if (/^\d|\d$|^$/.test(W)) return false;
  // A digit or a capital after the first letter ("RTX", "iOS", "A17Pro")
  if (/.[\dA-ZÀ-Þ]/.test(W)) return true;
  if (lang === 'de' || !/^[A-ZÀ-Þ]/.test(W)) return false;
  const w = W.toLowerCase();
  if (STOPWORDS[lang].has(w) || MONTH.test(w)) return false;
  // A capitalised word that does not open a sentence is a name ("Windows 11 users").
  let b = s;
  while (spaceAt(b - 1)) b--;
  return b > 0 && !'.!?:;"«(\n'.includes(t[b - 1] as string);
}

/** `v × 10^exp`, computed on the decimal text so 8.1 million is exactly 8100000. */
const scaled = (v: number, exp: number) => (exp ? Number(`${v}e${exp}`) : v);
const isUsd = (a: string) => a === '$' || a === 'USD';

// --------------------------------------------------------------------------------------------
// Figures

/**
 * Reads the figure built around the number from ns to ne (value nv, an integer when `int`,
 * spelled out when `spelled`); pushes it and returns its end, or -1.
 */
function figure(ns: number, ne: number, nv: number, int: boolean, spelled: boolean): number {
  let p = ne;
  const sc1 = scaleAt(p);
  if (sc1) p = sc1.e;
  const pre = ne > ns ? currencyBefore(ns) : null;
  let start = pre ? pre.s : ns;
  qualFor = -1;
  // "x2", "×3"
  const pc = cc(ns - 1);
  if (!pre && ns > min && (pc === 0xd7 || ((pc | 32) === 120 && !letterAt(ns - 2)))) {
    push(ns - 1, ne, 'multiple', nv, null, 'x', null, 'multiple');
    return ne;
  }
  const loExp = sc1 ? sc1.x : null;
  const rg = rangeAt(p, nv, loExp, pre, start, null);
  if (rg) p = rg.e;
  const hasScale = !!(sc1 || rg?.x != null);
  /** A year: four plain digits from 1900 to 2100. */
  const year = !spelled && ne - ns === 4 && nv >= 1900 && nv <= 2100;
  const u = unitAt(p, hasScale, false);
  if (!pre && !u && !hasScale) return -1;
  let kind: MentionKind | null = null;
  /** ISO code for money, else the unit. */
  let cu: string | null = null;
  let cexp = 0;
  let rule = '';
  let e = p;
  if (pre) {
    kind = rule = 'money';
    cu = pre.u;
    cexp = pre.x;
    // "$10 dollars": the name repeats the sign
    if (u && u.k === 'money' && !u.s && (pre.u === u.u || (isUsd(pre.u) && isUsd(u.u)))) e = u.e;
    if (pre.n && !(hasScale || (ne - ns > 3 && !year))) {
      kind = cu = null;
      start = ns;
    }
  }
  if (!kind && u && !(u.k === 'money' && u.w && !hasScale)) {
    kind = u.k;
    cu = u.u;
    cexp = u.x;
    rule = kind === 'percent' && cu !== '%' ? 'points' : kind;
    e = u.e;
  }
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
    // Digits only, no separator or sign, after a model name ("RTX 5090")
    if (!spelled && /^\d+$/.test(t.slice(ns, ne)) && modelBefore(ns)) return -1;
    if (year && !hasScale) {
      const prev = wordsBack(ns, 1)[0];
      if (lang === 'en' || YEAR_BEFORE.has(prev?.w as string)) return -1;
    }
  }
  // A range whose ends both carry the unit: "entre 5 % et 7 %", "between 66 milliards d'euros and …"
  let hi = rg;
  if (!hi && kind !== 'multiple' && rule !== 'scaled') {
    hi = rangeAt(e, nv, loExp, pre, start, kind);
    if (hi) e = hi.e;
  }
  // Percentages and multiples are as written; the rest takes its scale and its unit's power.
  const flat = kind === 'percent' || kind === 'multiple';
  let value = flat ? nv : scaled(nv, exp1 + cexp);
  const valueMax = hi && (flat ? hi.v : scaled(hi.v, (hi.x ?? exp1) + cexp));
  if (kind === 'money' && !hi && int && !hasScale && !cexp && !exp1) {
    const cents = centsAt(e);
    if (cents) {
      value = Number(`${nv}.${cents[0] < 10 ? '0' : ''}${cents[0]}`);
      e = cents[1];
      rule = 'money.cents';
    }
  }
  if (hi) rule += '.range';
  if (spelled) rule += '.words';
  qual(start);
  if (qualQ) start = qualAt;
  else if (hi && qualBetween >= 0) start = qualBetween;
  push(start, e, kind, value, valueMax, cu, qualQ, rule);
  return e;
}

/** "le double", "près du double", "twice as", "threefold". */
function multipleWord(ws: number, we: number, w: string, value: number): number {
  const back = wordsBack(ws, 4);
  let start = ws;
  let q: Qualifier | null = null;
  let ok = w.endsWith('fold');
  let m = qualifierIn(back);
  const last = back[back.length - 1];
  if (!m && last && MULTIPLE_ARTICLES.has(last.w)) {
    ok = true;
    start = last.s;
    m = qualifierIn(back.slice(0, -1));
  }
  if (m) {
    ok = true;
    [q, start] = m;
  }
  if (hyphenAt(we)) return -1; // "double-digit"
  if (!ok && !/^(the|as|that|what)$/.test(wordAt(skipWs(we, 2))?.w as string)) return -1;
  push(start, we, 'multiple', value, null, 'x', q, 'multiple.word');
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
    while (r - we < 4 && (spaceAt(r) || hyphenAt(r))) r++;
    const cur = r > we ? currencyAt(r) : null;
    if (!cur || cur.s) return -1;
    push(start, cur.e, 'money', null, null, cur.u, 'vague', 'money.vague');
    return cur.e;
  }
  if (!PLURAL_SCALES.has(w)) {
    // "centaines de milliards", "hundreds of millions", "miles de millones"
    let r = skipWs(we, 2);
    const of = wordAt(r);
    if (of && OF.has(of.w)) r = after(of);
    const sc = r > we ? scaleAt(r) : null;
    if (sc && !sc.l) p = sc.e;
    else if (w === 'tens' || w === 'dozens') return -1;
  }
  const u = unitAt(p, true, true);
  if (u?.k !== 'money' && u?.k !== 'count') return -1;
  push(start, u.e, u.k, null, null, u.u, 'vague', `${u.k}.vague`);
  return u.e;
}

/** Adds a mention unless it overlaps the last one; `u` is the ISO code for money, else the unit. */
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
  const isMoney = kind === 'money';
  out.push({
    text: t.slice(start, end),
    start,
    end,
    kind,
    value,
    valueMax,
    currency: isMoney ? resolveIso(u as string, start) : null,
    unit: isMoney ? null : u,
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

/** `$` and "dollars" are US dollars unless the text says otherwise; ¥ and kr by context; cents by language. */
function resolveIso(iso: string, pos: number): string {
  if (iso === 'CENT') return lang === 'en' ? 'USD' : 'EUR';
  if (iso === '$') {
    if (!dollars) {
      dollars = [];
      if (/ollar|ólar/i.test(t)) {
        for (const m of t.matchAll(DOLLAR_CONTEXT)) {
          // The dollar the phrase names, if it names one.
          const s = (m[1] ?? m[2] ?? '').toLowerCase().replace(/[. ]+/g, ' ').trim();
          const d = adjIso(s) ?? adjIso(s.split(' ')[0] as string);
          if (d && /USD|CAD|AUD|HKD|NZD|SGD/.test(d)) dollars.push([m.index, d]);
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

/** The longest qualifier phrase ending the words: [qualifier, start]. */
function qualifierIn(toks: Word[]): [Qualifier, number] | null {
  let best: [Qualifier, number] | null = null;
  let key = '';
  for (let i = toks.length - 1; i >= 0 && i >= toks.length - 4; i--) {
    const w = toks[i] as Word;
    key = key ? join(w.w, key) : w.w;
    const q = QUALIFIERS.get(key);
    if (q) best = [q, w.s];
  }
  return best;
}
