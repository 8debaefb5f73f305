/**
 * Numbers as written: digits with the separators of each language, and spelled-out words.
 * Both read in one pass with no backtracking, so a long run of digits costs its length once.
 */
import { expand } from './lexicon';

export const isDigit = (c: number) => c >= 48 && c <= 57;

/** Latin letters with accents, ª º, and the letters of other scripts up to U+1FFF. */
export const isLetter = (c: number) =>
  c < 0xaa
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    : c < 0xc0
      ? c === 0xaa || c === 0xba
      : c !== 0xd7 && c !== 0xf7 && c < 0x2000;

/** Spaces that group thousands in every language: no-break, narrow no-break, thin, figure. */
export const isNbsp = (c: number) => c === 160 || c === 0x202f || c === 0x2009 || c === 0x2007;

/** Spaces, including the no-break spaces French typography puts in numbers. */
export const isSpace = (c: number) => c === 32 || isNbsp(c) || (c >= 9 && c <= 13 && c !== 11);

// ---------------------------------------------------------------------------------------------
// Spelled-out numbers

/**
 * A number word: value and kind, which says how it combines with the words before it: 0 a unit
 * or teen, 1 tens, 2 hundreds in one word ("doscientos"), 3 hundred, 4 thousand, 5 a fraction
 * ("half"), 6 the article "a", 7 "and".
 */
interface NumWord {
  v: number;
  t: number;
}

/**
 * Number words by kind, in the order of the kinds above (see NumWord): `VALUE=word|word;…`, or, for units and
 * tens, the words of each value in turn (1 to 19, 20 to 90).
 */
const NUMBER_SPECS = [
  'one|un|une|uno|una|ein/e/en/em/er/s;two|deux|dos|zwei;three|trois|tres|drei;four|quatre|cuatro|vier;five|cinq|cinco|fünf;six|seis|sechs;seven|sept|siete|sieben;eight|huit|ocho|acht;nine|neuf|nueve|neun;' +
    'ten|dix|diez|zehn;eleven|onze|once|elf;twelve|douze|doce|zwölf;thirteen|treize|trece|dreizehn;fourteen|quatorze|catorce|vierzehn;fifteen|quinze|quince|fünfzehn;sixteen|seize|dieciséis|sechzehn;seventeen|diecisiete|siebzehn;eighteen|dieciocho|achtzehn;nineteen|diecinueve|neunzehn',
  'twenty|vingt/s|veinte|zwanzig;thirty|trente|treinta|dreißig;forty|quarante|cuarenta|vierzig;fifty|cinquante|cincuenta|fünfzig;sixty|sechzig|soixante|sesenta;seventy|setenta|siebzig;eighty|ochenta|achtzig;ninety|noventa|neunzig',
  '100=cien/to;200=doscientos;500=quinientos',
  '100=hundred|cent/s|hundert',
  '1000=thousand|tausend|mille|mil',
  '0.5=media|half|demi|medio|halbe/n;0.25=quarter/s',
  '1=a|an',
  '0=et|and|y|und',
];

let numberWords: Map<string, NumWord> | undefined;

/** The number word w, built on first use. */
function numWord(w: string): NumWord | undefined {
  if (!numberWords) {
    numberWords = new Map();
    NUMBER_SPECS.forEach((spec, t) => {
      expand(spec)
        .split(';')
        .forEach((part, i) => {
          const eq = part.indexOf('=');
          const v = eq < 0 ? (t ? i * 10 + 20 : i + 1) : +part.slice(0, eq);
          for (const k of part.slice(eq + 1).split('|')) numberWords?.set(k, { v, t });
        });
    });
  }
  return numberWords.get(w);
}

/**
 * w as [a]`word`[b] ("zweitausendfünfhundert"): a × m + b, a read by `head` (1 when absent), b by
 * `tail` (0 when absent); `tail(w)` when w holds no `word`. NaN when a part is no number (NaN
 * carries through the sum, so no part needs a check of its own).
 */
function compound(
  w: string,
  word: string,
  m: number,
  head: (s: string) => number,
  tail: (s: string) => number,
): number {
  const k = w.indexOf(word);
  return k < 0
    ? tail(w)
    : (k ? head(w.slice(0, k)) : 1) * m + (w.length > k + 7 ? tail(w.slice(k + 7)) : 0);
}

/** German compound number words: "achtundsiebzig", "siebenhundert", "zweitausendfünfhundert"; NaN for other words. */
const germanNumber = (w: string) =>
  w.length < 40 ? compound(w, 'tausend', 1000, under1000, under1000) : NaN;

const under1000 = (w: string) =>
  compound(
    w,
    'hundert',
    100,
    (s) => (small(s) < 10 ? small(s) : NaN),
    (s) => {
      const v = small(s);
      if (v >= 0) return v; // not NaN
      // "achtundsiebzig"
      const u = s.indexOf('und');
      const a = small(s.slice(0, u));
      const b = small(s.slice(u + 3));
      return u > 0 && a < 10 && b >= 20 && b % 10 === 0 ? a + b : NaN;
    },
  );

/** A number word below 100 that may start a compound: units, teens, tens; else NaN. */
function small(w: string): number {
  const e = numWord(w);
  return e && e.t < 2 && Number.isInteger(e.v) ? e.v : NaN;
}

/** Whether w is a number word, alone: used to decide whether to read further back. */
export const isNumberWord = (w: string) => !!numWord(w) || germanNumber(w) >= 0;

/**
 * The value of a sequence of number words ("deux", "half a", "three quarters", "quatre vingt
 * dix", "thirteen", "cuarenta y cinco", "achtundsiebzig"), or null when it is not one number.
 * `a` says the sequence is only "a"/"an", which means 1 before a scale only.
 */
export function spelledValue(words: string[]): { v: number; a: boolean } | null {
  let total = 0;
  let cur = 0;
  let room = 1 / 0; // the next added value must be below this
  let prevType = -1;
  let prevValue = 0;
  let any = false;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const w = words[i] as string;
    let e = numWord(w);
    if (!e) {
      const g = germanNumber(w);
      if (!(g >= 0)) return null;
      e = { v: g, t: 0 };
    }
    const { v, t } = e;
    if (t === 7) {
      if (i === 0 || i === last || prevType === 7) return null;
    } else if (t === 6) {
      // "a billion", "half a trillion", "a quarter million"
      if (i === 0) {
        cur = 1;
        room = 0;
      } else if (prevType !== 5) return null;
    } else {
      any = true;
      if (t === 3) {
        if (cur >= 100) return null;
        cur = (cur || 1) * 100;
        room = 100;
      } else if (t === 4) {
        if (total) return null;
        total = (cur || 1) * 1000;
        cur = 0;
        room = 1000;
      } else if (t === 5) {
        cur = (cur || 1) * v;
        room = 0;
      } else if (prevType === 0 && prevValue === 4 && v === 20) {
        cur += 76; // quatre-vingt(s)
        room = 20;
      } else {
        if (v >= room) return null;
        cur += v;
        room = t === 2 ? 100 : t === 1 ? (v === 60 || v === 80 ? 20 : 10) : v === 10 ? 10 : 0;
      }
    }
    prevType = t;
    prevValue = v;
  }
  if (!any && !(last === 0 && prevType === 6)) return null;
  return { v: total + cur, a: !any };
}
