/**
 * The text-level passes attribution needs, each one regular expression over the whole text
 * (so the work is linear in its length): sentence ends, the separators that cut a sentence into
 * segments (commas, semicolons, "tandis que"…), cue words, and words that point back to a
 * company. Compiled once per language.
 */
import type { Lang } from '../extract/types.ts';
import {
  APPOSITIVE_OPENERS,
  CLAUSE_OPENERS,
  CONTRAST_OPENERS,
  COREFERENCE,
  CUE_TABLES,
  type CueClass,
  PART_OPENERS,
  RELATIVE_OPENERS,
} from './lexicon.ts';

/** A span of text. */
export interface Span {
  start: number;
  end: number;
}

/** A cue word found in text. */
export interface Cue extends Span {
  cls: CueClass;
  text: string;
}

/** How a segment hangs on the rest of its sentence. */
export type SegmentKind = 'main' | 'contrast' | 'relative' | 'clause' | 'part' | 'appositive';

/** A piece of a sentence between separators. */
export interface Segment extends Span {
  kind: SegmentKind;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Cue classes in the order they are tried at one place: the specific before the general. */
const CLASS_ORDER: CueClass[] = [
  'buyback',
  'marketValue',
  'capex',
  'growth',
  'revenue',
  'profit',
  'loss',
  'valuation',
  'funding',
  'debt',
  'price',
  'shares',
  'other',
  'buy',
  'invest',
  'gain',
  'lose',
  'users',
  'subscribers',
  'employees',
  'employ',
  'jobCut',
  'gpus',
  'change',
];

interface Compiled {
  cues: RegExp;
  separators: RegExp;
  coreference: RegExp;
  opener: { part: RegExp; clause: RegExp; relative: RegExp; appositive: RegExp; contrast: RegExp };
}
const cache = new Map<Lang, Compiled>();

const alt = (xs: readonly string[]) => xs.join('|');
// An opener ending in an apostrophe ("qu'") is glued to the next word.
const opener = (xs: readonly string[]) =>
  new RegExp(`[\\s\\u00a0]*(?:${alt(xs)})(?:(?<=['’])|${E})`, 'iuy');

function compile(lang: Lang): Compiled {
  let c = cache.get(lang);
  if (c) return c;
  const table = CUE_TABLES[lang];
  const groups = CLASS_ORDER.filter((k) => table[k]?.length).map(
    (k) => `(?<${k}>${alt(table[k] as string[])})`,
  );
  const contrast = alt(CONTRAST_OPENERS[lang]);
  c = {
    cues: new RegExp(`${B}(?:${groups.join('|')})${E}`, 'giu'),
    // A comma or colon before a space (not "1,3"), a semicolon, a spaced dash, brackets, or
    // the start of a contrasting clause.
    separators: new RegExp(
      `[,:](?=[\\s\\u00a0])|;|[\\s\\u00a0][—–-](?=[\\s\\u00a0])|[()\\[\\]]|(?<=[\\s\\u00a0])(?=(?:${contrast})${E})`,
      'giu',
    ),
    coreference: new RegExp(`${B}(?:${alt(COREFERENCE[lang])})${E}`, 'giu'),
    opener: {
      part: opener(PART_OPENERS[lang]),
      clause: opener(CLAUSE_OPENERS[lang]),
      relative: opener(RELATIVE_OPENERS[lang]),
      appositive: opener(APPOSITIVE_OPENERS[lang]),
      contrast: opener(CONTRAST_OPENERS[lang]),
    },
  };
  cache.set(lang, c);
  return c;
}

/** Every cue word in `text`, in order. */
export function findCues(text: string, lang: Lang): Cue[] {
  const re = compile(lang).cues;
  const out: Cue[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const groups = m.groups ?? {};
    let cls: CueClass | null = null;
    for (const k of CLASS_ORDER)
      if (groups[k] !== undefined) {
        cls = k;
        break;
      }
    // German nouns are capitalised: "Kosten" are costs, "kosten" is the verb of a price.
    if (cls === 'price' && lang === 'de' && m[0] === 'Kosten') cls = 'other';
    if (cls) out.push({ start: m.index, end: m.index + m[0].length, cls, text: m[0] });
  }
  return out;
}

/** Words that refer back to a company ("l'entreprise", "the company"), in order. */
export function findCoreferences(text: string, lang: Lang): Span[] {
  const re = compile(lang).coreference;
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    // "le groupe Carrefour", "der Konzern Orange": a title before a name, not a reference.
    if (/^[\s\u00a0]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    out.push({ start: m.index, end });
  }
  return out;
}

const ABBREVIATIONS = new Set(
  (
    'inc corp co ltd llc plc sa ag se nv bv st mr mrs ms dr prof vs no nr art etc env ca mio mrd ' +
    'bn mn bzw jan feb febr aug sept sep oct nov dec jr sr gen gov sen rep dept est av vol cf mme ' +
    'p pp fig approx z.b u.s u.k e.g i.e dt'
  ).split(' '),
);

/**
 * Sentence spans: cut at line breaks and at ". ", "! ", "? " before a capital, a digit or a
 * quote, unless the word before the stop is an abbreviation, an initial, or (in German) an
 * ordinal ("im 3. Quartal").
 */
export function splitSentences(text: string, lang: Lang, protect: readonly Span[]): Span[] {
  const out: Span[] = [];
  const re = /\n+|[.!?…]+(?=["»”’)\]]*[\s\u00a0]+["«„“¿¡(]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  let p = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    while (p < protect.length && (protect[p] as Span).end <= at) p++;
    const inside = p < protect.length && (protect[p] as Span).start <= at;
    if (inside) continue;
    if (m[0][0] === '.') {
      const word = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const w = word.toLowerCase();
      if (ABBREVIATIONS.has(w) || ABBREVIATIONS.has(w.replace(/\.$/, ''))) continue;
      if (/^\p{Lu}$/u.test(word)) continue;
      if (/(?:^|\.)\p{L}$/u.test(word) && word.includes('.')) continue;
      if (lang === 'de' && /^\d{1,2}$/.test(word)) continue;
    }
    const end = at + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return capLength(out, text, protect);
}

/** Longest sentence settled as one; a run-on text (a flattened table) is cut at spaces. */
export const MAX_SENTENCE = 1500;

/**
 * Cuts sentences longer than MAX_SENTENCE at the last space before the limit (outside a
 * figure), so that the work per sentence, quadratic in what it holds, stays bounded and the
 * whole pass stays linear in the text.
 */
function capLength(spans: Span[], text: string, protect: readonly Span[]): Span[] {
  if (spans.every((s) => s.end - s.start <= MAX_SENTENCE)) return spans;
  const out: Span[] = [];
  let p = 0;
  for (const span of spans) {
    let start = span.start;
    while (span.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start) cut = start + MAX_SENTENCE;
      while (p < protect.length && (protect[p] as Span).end <= cut) p++;
      const m = protect[p];
      if (m && m.start < cut && m.end > start) cut = m.start > start ? m.start : m.end;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: span.end });
  }
  return out;
}

/** Separator positions in `text`: [start, end) of each separator, in order. */
export function findSeparators(text: string, lang: Lang): Span[] {
  const re = compile(lang).separators;
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** How the segment starting at `start` hangs on what precedes it. */
export function segmentKind(text: string, start: number, lang: Lang): SegmentKind {
  const { opener: o } = compile(lang);
  // Sticky expressions tried at `start`: no copy of the text.
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = start;
    return re.exec(text);
  };
  const part = at(o.part);
  if (part) {
    // "dont 100 milliards" is a part; "dont la valorisation" is a relative clause.
    const rest = text.slice(start + part[0].length, start + part[0].length + 16);
    if (/^[\s\u00a0]*(?:\p{N}|[$€£¥]|plus|près|environ|more|about|más|mehr|rund|über)/iu.test(rest))
      return 'part';
    if (!at(o.relative)) return 'part';
  }
  if (at(o.clause)) return 'clause';
  if (at(o.contrast)) return 'contrast';
  if (at(o.relative)) return 'relative';
  if (at(o.appositive)) return 'appositive';
  return 'main';
}
