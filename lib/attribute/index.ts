/**
 * Attribution: for each figure, whose it is, what it measures and when. Pure: no DOM, no
 * extension API, no clock (the publication date is an argument).
 *
 * The text is cut once into sentences and each sentence into segments (at commas, semicolons,
 * "tandis que", "while"…); cue words, period words and references ("the company") are found in
 * one pass each. Then each sentence is settled on its own: the work is linear in the text.
 * Every decision is made by a small named rule, and its name (with the words that decided)
 * lands in `companyRule`, `metricRule` or `periodRule` so the hover card can say why.
 *
 * Company, in order: the table row header; "respectively"; a company attached to the cue word
 * ("Nvidia's revenue", "la dette d'Altice France", "Nvidia shares"); an agent after the figure
 * ("annoncés par Alphabet", "über AWS"); a joint project (Stargate); the investee for a
 * valuation or a round ("in OpenAI at a $300bn valuation"); the subject of the figure's
 * segment; the antecedent of a relative clause or appositive ("Microsoft, qui prévoit…");
 * "de Meta" after the figure; the subject of the sentence; the previous figure's company; a
 * reference ("l'entreprise") to the last company the text was about.
 */
import { type CompanyList, defaultCompanyList, findCompanies } from '../entities/index.ts';
import type { CompanyMention } from '../entities/types.ts';
import type { Lang, Mention } from '../extract/types.ts';
import {
  AGENT_AFTER,
  type CueClass,
  INVESTEE_BEFORE,
  JOINERS,
  PLAN_MARKERS,
  POSSESSIVES,
  PRICE_PREPOSITIONS,
  RESPECTIVELY,
  SOURCE_BEFORE,
  STAKE_WORDS,
} from './lexicon.ts';
import {
  type FoundPeriod,
  findPeriods,
  isAnnual,
  monthIndexOf,
  type ResolvedPeriod,
  resolvePeriod,
} from './periods.ts';
import {
  type Cue,
  findCoreferences,
  findCues,
  findSeparators,
  type Segment,
  type Span,
  segmentKind,
  splitSentences,
} from './scan.ts';
import type { Attribution, Metric } from './types.ts';

export type { Attribution, Metric } from './types.ts';
export { METRICS } from './types.ts';

/** Headers of the table cell the text comes from. */
export interface TableContext {
  rowHeader?: string;
  columnHeader?: string;
}

/**
 * What the text was about so far, carried from one block of a page to the next so that
 * "l'entreprise" at the start of a paragraph finds the company of the paragraph before.
 */
export interface Discourse {
  subject: { id: string; name: string } | null;
}

export interface AttributeOptions {
  lang: Lang;
  /** Publication date (ISO) that "this year" and "Q2" are resolved against; null if unknown. */
  publishedAt: string | null;
  /** The headers of the table cell the text comes from. */
  context?: TableContext;
  /** The company list (for sectors of sources and product owners); default the bundled one. */
  list?: CompanyList;
  /** Carried between calls for consecutive blocks of one page; updated in place. */
  discourse?: Discourse;
}

/** A company (or project) a figure may belong to, as named in the sentence. */
interface Candidate extends Span {
  /** What the text says: "Meta", "ChatGPT", "l'entreprise". */
  surface: string;
  id: string;
  name: string;
  owners: string[];
  project: boolean;
  via: 'company' | 'product' | 'reference';
  /** A news agency, or a name after "selon", "according to": the source of a claim. */
  source: boolean;
  /** A German genitive ("Nvidias"). */
  genitive: boolean;
}

/** A figure being settled. */
interface Fig {
  m: Mention;
  index: number;
  seg: number;
  company: Candidate | null;
  /** Company carried from another figure (its attribution). */
  companyFrom: Fig | null;
  companyRule: string;
  cls: CueClass | null;
  metric: Metric;
  metricRule: string;
  metricCarried: boolean;
  /** The cue that decided the metric, when it was a word of this sentence. */
  cue: Cue | null;
  ownPeriods: FoundPeriod[];
  period: ResolvedPeriod | null;
  periodCue: FoundPeriod | null;
  investee: Candidate | null;
}

interface Sentence extends Span {
  /** The company the text was about before this sentence. */
  discourse: { id: string; name: string } | null;
  segs: Segment[];
  figs: Fig[];
  cands: Candidate[];
  cues: Cue[];
  periods: FoundPeriod[];
}

const WS = '[\\s\\u00a0]';
const SLICE = 48;

const compiledLocal = new Map<Lang, ReturnType<typeof compileLocal>>();
function compileLocal(lang: Lang) {
  const alt = (xs: readonly string[]) => xs.join('|');
  return {
    sourceWord: new RegExp(`(?<!\\p{L})(?:${alt(SOURCE_BEFORE[lang])})(?!\\p{L})`, 'giu'),
    sourceGap: new RegExp(
      `^${WS}+(?:(?:le|la|l['’]|les|the|el|los|die|der|das|dem|den)${WS}*)?(?:(?:agence|agencia|news agency|nachrichtenagentur)${WS}+)?$`,
      'iu',
    ),
    agent: new RegExp(
      `^${WS}+(?:[\\p{L}-]+${WS}+)?(?:${alt(AGENT_AFTER[lang])})${WS}+(?:(?:le|la|l['’]|les|the|el|los|die|der|das|den|dem)${WS}*)?$`,
      'iu',
    ),
    ofAfter: new RegExp(
      `^${WS}+(?:[\\p{L}-]+${WS}+){0,2}(?:de|d['’]|du|des|of|von|vom|del|de${WS}+la)${WS}*(?:(?:la|l['’]|the)${WS}*)?$`,
      'iu',
    ),
    investee: new RegExp(
      `(?:(?:${alt(INVESTEE_BEFORE[lang])})${WS}+(?:[\\p{L}-]+${WS}+){0,3}(?:(?:de|d['’]|of|von|del)${WS}*)?|(?:${alt(STAKE_WORDS[lang])})${WS}+(?:de|d['’]|of|in|von|an|en|dans|del)${WS}*(?:(?:la|l['’]|the|der)${WS}*)?)$`,
      'iu',
    ),
    joint: new RegExp(
      `^${WS}*(?:,${WS}*)?(?:${alt(JOINERS[lang])})${WS}+(?:(?:la|le|les|l['’]|the|el|los|las|die|der|das|den)${WS}*)?(?:\\p{Ll}+${WS}+)?[\\p{Lu}\\p{N}]`,
      'u',
    ),
    respectively: new RegExp(`(?<!\\p{L})${RESPECTIVELY[lang]}(?!\\p{L})`, 'iu'),
    listGap: new RegExp(`^${WS}*(?:,|,?${WS}*(?:${alt(JOINERS[lang])}))${WS}*$`, 'iu'),
    price: new RegExp(
      `^[\\s\\u00a0\\p{L}\\p{N}-]{0,20}?${WS}(?:${alt(PRICE_PREPOSITIONS[lang])})${WS}+$`,
      'iu',
    ),
    possessive: new RegExp(`^[\\s\\u00a0"«“„]*(?:${alt(POSSESSIVES[lang])})[\\s\\u00a0]`, 'iu'),
    plan: new RegExp(`(?<!\\p{L})(?:${alt(PLAN_MARKERS[lang])})(?!\\p{L})`, 'giu'),
  };
}
const local = (lang: Lang) => {
  let c = compiledLocal.get(lang);
  if (!c) {
    c = compileLocal(lang);
    compiledLocal.set(lang, c);
  }
  return c;
};

/** Cue classes that can decide each kind of figure. */
const MONEY: ReadonlySet<CueClass> = new Set<CueClass>([
  'capex',
  'invest',
  'revenue',
  'profit',
  'gain',
  'loss',
  'lose',
  'marketValue',
  'valuation',
  'funding',
  'buyback',
  'buy',
  'debt',
  'price',
  'other',
]);
const PERCENT: ReadonlySet<CueClass> = new Set<CueClass>([
  'shares',
  'growth',
  'change',
  'gain',
  'lose',
  'revenue',
  'profit',
  'loss',
  'capex',
  'debt',
  'marketValue',
  'other',
]);
const COUNT: ReadonlySet<CueClass> = new Set<CueClass>([
  'users',
  'subscribers',
  'employees',
  'employ',
  'jobCut',
  'gpus',
  'other',
]);
/** A bare amount with no currency ("invertirá 15.700 millones") is money in all but name. */
const BARE_MONEY: ReadonlySet<CueClass> = new Set<CueClass>([
  'capex',
  'invest',
  'revenue',
  'profit',
  'loss',
  'marketValue',
  'valuation',
  'funding',
  'buyback',
  'debt',
]);
const MULTIPLE: ReadonlySet<CueClass> = new Set<CueClass>(['growth', 'change']);

function compatible(m: Mention, cls: CueClass): boolean {
  switch (m.kind) {
    case 'money':
      return MONEY.has(cls);
    case 'percent':
      return PERCENT.has(cls);
    case 'count':
      return COUNT.has(cls) || (m.unit === null && BARE_MONEY.has(cls));
    case 'multiple':
      return MULTIPLE.has(cls);
    default:
      return false;
  }
}

const MONEY_METRIC: Partial<Record<CueClass, Metric>> = {
  capex: 'capex',
  invest: 'investment',
  revenue: 'revenue',
  profit: 'profit',
  gain: 'profit',
  loss: 'loss',
  lose: 'loss',
  marketValue: 'market value',
  valuation: 'valuation',
  funding: 'funding raised',
  buyback: 'buyback',
  buy: 'other',
  debt: 'debt',
  price: 'price',
  other: 'other',
};
const COUNT_METRIC: Partial<Record<CueClass, Metric>> = {
  users: 'users',
  subscribers: 'subscribers',
  employees: 'employees',
  employ: 'employees',
  jobCut: 'jobs',
  gpus: 'GPUs',
  other: 'other',
};

function metricOf(m: Mention, cls: CueClass, sentenceText: string): Metric {
  if (m.kind === 'percent')
    return cls === 'shares' ? 'share-price change' : cls === 'other' ? 'other' : 'growth';
  if (m.kind === 'multiple') return 'growth';
  if (m.kind === 'count') return COUNT_METRIC[cls] ?? MONEY_METRIC[cls] ?? 'other';
  // "rachètera … ses propres actions", "buy back its shares": a buyback; buying another
  // company's shares is an investment (see chooseCompany).
  if (cls === 'buy' && SHARE_WORDS.test(sentenceText)) return 'buyback';
  return MONEY_METRIC[cls] ?? 'other';
}

const SHARE_WORDS = /actions|shares|acciones|aktien/i;

/** Count units that name their metric. */
const UNIT_METRIC: Record<string, Metric> = {
  user: 'users',
  'monthly active user': 'users',
  'daily active user': 'users',
  'active user': 'users',
  subscriber: 'subscribers',
  employee: 'employees',
  job: 'jobs',
  GPU: 'GPUs',
};

const quote = (s: string) => `'${s.replace(/[\s\u00a0]+/g, ' ').trim()}'`;

/** Whose, what and when, for each mention (same order). */
export function attribute(
  text: string,
  mentions: Mention[],
  companies: CompanyMention[],
  options: AttributeOptions,
): Attribution[] {
  const { lang } = options;
  const list = options.list ?? defaultCompanyList();
  const discourse = options.discourse ?? { subject: null };
  const L = local(lang);

  const order = mentions.map((_, i) => i).sort((a, b) => mentionAt(a).start - mentionAt(b).start);
  function mentionAt(i: number): Mention {
    return mentions[i] as Mention;
  }
  const sorted = order.map(mentionAt);
  const sentences = splitSentences(text, lang, sorted);
  const separators = findSeparators(text, lang);
  const cues = dropInside(findCues(text, lang), sorted);
  const periods = dropInside(findPeriods(text, lang), sorted);
  const references = findCoreferences(text, lang);
  const cands = candidates(text, companies, references, sorted, list, L);

  const out: Attribution[] = new Array(mentions.length);
  const header = options.context ? headerFacts(options.context, lang, list) : null;
  const pointers = { sep: 0, fig: 0, cand: 0, cue: 0, period: 0 };

  for (const span of sentences) {
    const s = gather(span, text, lang, separators, order, mentions, cands, cues, periods, pointers);
    if (s.figs.length > 0) settle(s, text, options.publishedAt, discourse, header, L);
    updateDiscourse(s, discourse);
    for (const f of s.figs) out[f.index] = result(f);
  }
  return out;
}

function result(f: Fig): Attribution {
  const c = f.company;
  return {
    company: c?.name ?? null,
    companyId: c?.id ?? null,
    owners: c ? c.owners : [],
    project: c?.project ?? false,
    companyRule: f.companyRule,
    metric: f.metric,
    metricRule: f.metricRule,
    period: f.period?.period ?? null,
    periodRule: f.period?.rule ?? 'no period in the sentence',
  };
}

/** Cues that fall inside a figure ("plus de" in "plus de 100 milliards") are the figure's own. */
function dropInside<T extends Span>(xs: T[], mentions: readonly Mention[]): T[] {
  const out: T[] = [];
  let p = 0;
  for (const x of xs) {
    while (p < mentions.length && (mentions[p] as Mention).end <= x.start) p++;
    const m = mentions[p];
    if (m && m.start < x.end && x.start < m.end) continue;
    out.push(x);
  }
  return out;
}

/** Companies, products (as their owner, or as a joint project) and references, in text order. */
function candidates(
  text: string,
  companies: readonly CompanyMention[],
  references: readonly Span[],
  mentions: readonly Mention[],
  list: CompanyList,
  L: Local | null,
): Candidate[] {
  const out: Candidate[] = [];
  // Ends of "selon", "according to", "laut"…: a name right after one is a source.
  const sourceEnds: number[] = [];
  if (L) {
    L.sourceWord.lastIndex = 0;
    for (let m = L.sourceWord.exec(text); m; m = L.sourceWord.exec(text))
      sourceEnds.push(m.index + m[0].length);
  }
  const news = new Map<string, boolean>();
  let p = 0;
  let q = 0;
  for (const c of [...companies].sort((a, b) => a.start - b.start)) {
    // "100,000 Nvidia GPUs": a name inside a figure is what was counted, not whose it is.
    while (p < mentions.length && (mentions[p] as Mention).end <= c.start) p++;
    const m = mentions[p];
    if (m && m.start < c.end && c.start < m.end) continue;
    while (q + 1 < sourceEnds.length && (sourceEnds[q + 1] as number) <= c.start) q++;
    const end = sourceEnds[q];
    const source =
      L !== null &&
      end !== undefined &&
      end <= c.start &&
      c.start - end <= SLICE &&
      L.sourceGap.test(text.slice(end, c.start));
    if (c.via === 'product') {
      const owners = c.owners ?? [];
      const first = owners[0];
      if (!first) continue;
      const project = owners.length > 1;
      // Plain literals, not spreads: this runs for every name on the page.
      out.push({
        start: c.start,
        end: c.end,
        surface: c.text,
        id: project ? c.id : first.id,
        name: project ? c.name : first.name,
        owners: owners.map((o) => o.name),
        project,
        via: 'product',
        source,
        genitive: false,
      });
      continue;
    }
    let isNews = news.get(c.id);
    if (isNews === undefined) {
      isNews = list.byId(c.id)?.sector === 'news';
      news.set(c.id, isNews);
    }
    out.push({
      start: c.start,
      end: c.end,
      surface: c.text,
      id: c.id,
      name: c.name,
      owners: [c.name],
      project: false,
      via: 'company',
      source: source || isNews,
      genitive: c.rule.includes('genitive'),
    });
  }
  for (const r of references)
    out.push({
      start: r.start,
      end: r.end,
      surface: text.slice(r.start, r.end),
      id: '',
      name: '',
      owners: [],
      project: false,
      via: 'reference',
      source: false,
      genitive: false,
    });
  return out.sort((a, b) => a.start - b.start);
}

/** Whether text[from, to) holds anything but white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x202f) return true;
  }
  return false;
}

/** Collects what falls in one sentence, moving the shared pointers forward. */
function gather(
  span: Span,
  text: string,
  lang: Lang,
  separators: readonly Span[],
  order: readonly number[],
  mentions: readonly Mention[],
  cands: readonly Candidate[],
  cues: readonly Cue[],
  periods: readonly FoundPeriod[],
  p: { sep: number; fig: number; cand: number; cue: number; period: number },
): Sentence {
  const s: Sentence = {
    start: span.start,
    end: span.end,
    discourse: null,
    segs: [],
    figs: [],
    cands: [],
    cues: [],
    periods: [],
  };
  const figSpans: Mention[] = [];
  while (p.fig < order.length) {
    const i = order[p.fig] as number;
    const m = mentions[i] as Mention;
    if (m.start >= span.end) break;
    s.figs.push(newFig(m, i));
    figSpans.push(m);
    p.fig++;
  }
  while (p.cand < cands.length && (cands[p.cand] as Candidate).start < span.end) {
    const c = cands[p.cand] as Candidate;
    if (c.start >= span.start) s.cands.push(c);
    p.cand++;
  }
  while (p.cue < cues.length && (cues[p.cue] as Cue).start < span.end) {
    const c = cues[p.cue] as Cue;
    if (c.start >= span.start) s.cues.push(c);
    p.cue++;
  }
  while (p.period < periods.length && (periods[p.period] as FoundPeriod).start < span.end) {
    const c = periods[p.period] as FoundPeriod;
    if (c.start >= span.start) s.periods.push(c);
    p.period++;
  }
  let segStart = span.start;
  let f = 0;
  while (p.sep < separators.length && (separators[p.sep] as Span).start < span.end) {
    const sep = separators[p.sep] as Span;
    p.sep++;
    if (sep.start < span.start) continue;
    while (f < figSpans.length && (figSpans[f] as Mention).end <= sep.start) f++;
    const inFig = f < figSpans.length && (figSpans[f] as Mention).start <= sep.start;
    if (inFig) continue;
    // "January 24, 2025": a comma inside a date does not cut the sentence.
    if (s.periods.some((x) => x.start < sep.start && sep.end <= x.end)) continue;
    // A run of separators (", while") makes one cut, not an empty segment.
    if (hasText(text, segStart, sep.start)) {
      s.segs.push({ start: segStart, end: sep.start, kind: 'main' });
    }
    segStart = sep.end;
  }
  if (s.segs.length === 0 || hasText(text, segStart, span.end))
    s.segs.push({ start: segStart, end: span.end, kind: 'main' });
  else (s.segs[s.segs.length - 1] as Segment).end = span.end;
  for (let i = 1; i < s.segs.length; i++) {
    const seg = s.segs[i] as Segment;
    seg.kind = segmentKind(text, seg.start, lang);
  }
  for (const fig of s.figs) fig.seg = segIndex(s.segs, fig.m.start);
  // An appositive needs something before it to stand beside; otherwise the segment is main
  // ("Au total, la France a attiré…").
  for (let i = 1; i < s.segs.length; i++) {
    const seg = s.segs[i] as Segment;
    if (seg.kind !== 'appositive') continue;
    const prev = s.segs[i - 1] as Segment;
    const hasItem =
      s.cands.some((c) => c.start >= prev.start && c.end <= prev.end && !c.source) ||
      s.figs.some((x) => x.seg === i - 1);
    if (!hasItem) seg.kind = 'main';
  }
  return s;
}

function newFig(m: Mention, index: number): Fig {
  return {
    m,
    index,
    seg: 0,
    company: null,
    companyFrom: null,
    companyRule: 'no company in the sentence',
    cls: null,
    metric: 'other',
    metricRule: 'no cue word near the figure',
    metricCarried: false,
    cue: null,
    ownPeriods: [],
    period: null,
    periodCue: null,
    investee: null,
  };
}

function segIndex(segs: readonly Segment[], pos: number): number {
  for (let i = segs.length - 1; i >= 0; i--) if ((segs[i] as Segment).start <= pos) return i;
  return 0;
}

type Local = ReturnType<typeof compileLocal>;

interface HeaderFacts {
  company: Candidate | null;
  companyText: string;
  cues: { cue: Cue; header: string }[];
  periods: { found: FoundPeriod; header: string }[];
}

/** Company, cue words and periods in the table headers of a cell. */
function headerFacts(context: TableContext, lang: Lang, list: CompanyList): HeaderFacts {
  const facts: HeaderFacts = { company: null, companyText: '', cues: [], periods: [] };
  for (const header of [context.rowHeader, context.columnHeader]) {
    if (!header) continue;
    if (!facts.company) {
      const found = findCompanies(header, { lang, list, products: true });
      const c = candidates(header, found, [], [], list, null)[0];
      if (c) {
        facts.company = c;
        facts.companyText = header;
      }
    }
  }
  // Metric and period come from the column first, then from the row.
  for (const header of [context.columnHeader, context.rowHeader]) {
    if (!header) continue;
    for (const cue of findCues(header, lang)) facts.cues.push({ cue, header });
    for (const found of findPeriods(header, lang)) facts.periods.push({ found, header });
  }
  return facts;
}

/** Settles company, metric and period for every figure of one sentence. */
function settle(
  s: Sentence,
  text: string,
  publishedAt: string | null,
  discourse: Discourse,
  header: HeaderFacts | null,
  L: Local,
): void {
  resolveReferences(s, discourse);
  for (const f of s.figs) chooseMetric(f, s, text, L);
  const respectively = respectivelyMap(s, text, L);
  for (const f of s.figs) chooseCompany(f, s, text, L, respectively);
  for (const f of s.figs) {
    if (header) applyHeader(f, header);
    if (!f.company && f.companyFrom?.company) f.company = f.companyFrom.company;
  }
  assignPeriods(s);
  for (const f of s.figs) choosePeriod(f, s, text, publishedAt, L, header);
  for (const f of s.figs) finishMetric(f);
}

// ─── References ─────────────────────────────────────────────────────────────────────────────

/** "l'entreprise", "the company": the subject so far in this sentence, or the text's. */
function resolveReferences(s: Sentence, discourse: Discourse): void {
  s.discourse = discourse.subject;
  let subject: { id: string; name: string } | null = null;
  const kept: Candidate[] = [];
  for (const c of s.cands) {
    if (c.via === 'reference') {
      const to = subject ?? discourse.subject;
      if (!to) continue;
      kept.push({
        start: c.start,
        end: c.end,
        surface: c.surface,
        id: to.id,
        name: to.name,
        owners: [to.name],
        project: false,
        via: 'reference',
        source: false,
        genitive: false,
      });
      continue;
    }
    kept.push(c);
    const seg = s.segs[segIndex(s.segs, c.start)] as Segment;
    if (!subject && !c.source && !c.project && (seg.kind === 'main' || seg.kind === 'contrast'))
      subject = { id: c.id, name: c.name };
  }
  s.cands = kept;
}

function updateDiscourse(s: Sentence, discourse: Discourse): void {
  for (const c of s.cands) {
    if (c.source || c.project) continue;
    const seg = s.segs[segIndex(s.segs, c.start)] as Segment;
    if (seg.kind !== 'main' && seg.kind !== 'contrast') continue;
    discourse.subject = { id: c.id, name: c.name };
    return;
  }
}

// ─── Metric ─────────────────────────────────────────────────────────────────────────────────

/** Decides the metric; returns whether a rule did (else it stays 'other'). */
function chooseMetric(f: Fig, s: Sentence, text: string, L: Local): boolean {
  const m = f.m;
  const seg = s.segs[f.seg] as Segment;
  const sentenceText = text.slice(s.start, s.end);
  const set = (cls: CueClass | null, metric: Metric, rule: string, cue: Cue | null = null) => {
    f.cls = cls;
    f.metric = metric;
    f.metricRule = rule;
    f.cue = cue;
    return true;
  };
  if (m.kind === 'power') return set(null, 'power capacity', 'power → power capacity');
  if (m.kind === 'energy') return set(null, 'other', 'energy → other');

  const segCues = s.cues.filter((c) => c.start >= seg.start && c.end <= seg.end);
  const unitMetric = m.kind === 'count' && m.unit ? (UNIT_METRIC[m.unit] ?? null) : null;
  if (m.kind === 'count' && m.unit) {
    const cut = segCues.find((c) => c.cls === 'jobCut');
    if ((m.unit === 'employee' || m.unit === 'people') && cut)
      return set('jobCut', 'jobs', `${quote(cut.text)} + ${m.unit} → jobs`, cut);
    if (m.unit === 'people') {
      const c = segCues.find(
        (x) => x.cls === 'users' || x.cls === 'employ' || x.cls === 'employees',
      );
      if (c) {
        const metric = c.cls === 'users' ? 'users' : 'employees';
        return set(c.cls, metric, `${quote(c.text)} + people → ${metric}`, c);
      }
    }
    if (unitMetric) return set(null, unitMetric, `unit '${m.unit}' → ${unitMetric}`);
    if (m.unit !== 'people') return set('other', 'other', `unit '${m.unit}' → other`);
  }

  // A product and a price preposition: "un iPhone à 1 599 €".
  if (m.kind === 'money') {
    for (const c of s.cands) {
      if (c.via !== 'product' || c.end > m.start || c.start < seg.start) continue;
      if (L.price.test(text.slice(c.end, m.start)))
        return set('price', 'price', `product ${quote(c.surface)} + price → price`);
    }
  }

  const next = s.figs.find((x) => x.m.start >= m.end);
  const limit = Math.min(seg.end, next ? next.m.start : seg.end);
  // A cue right after the figure: "10 milliards d'euros de chiffre d'affaires", "$300bn valuation".
  const attached = segCues.find(
    (c) =>
      c.start >= m.end &&
      c.start - m.end <= 14 &&
      compatible(m, c.cls) &&
      /^[\s\u00a0]*(?:(?:de|d['’]|of|in|en|an|à|as|del|du|des|de la|in der)[\s\u00a0]*)?$/iu.test(
        text.slice(m.end, c.start),
      ),
  );
  // A share move: "Apple shares rose 3%", "L'action d'Apple a pris 2 %".
  const shares =
    m.kind === 'percent' ? segCues.find((c) => c.cls === 'shares' && c.end <= m.start) : undefined;
  let before: Cue | undefined;
  for (let i = segCues.length - 1; i >= 0; i--) {
    const c = segCues[i] as Cue;
    if (c.end <= m.start && compatible(m, c.cls) && c.cls !== 'shares') {
      before = c;
      break;
    }
  }
  const after = segCues.find((c) => c.start >= m.end && c.end <= limit && compatible(m, c.cls));
  let chosen: Cue | undefined = shares ?? attached ?? before ?? after;
  if (attached && shares && attached.cls !== 'other') chosen = attached;
  if (chosen === attached && before) {
    const gap = text.slice(before.end, m.start);
    const touching = /^[\s\u00a0]*(?:de|d['’]|of|von|del|à|at|:)?[\s\u00a0]*$/iu.test(gap);
    // "un dividende de 0,75 euro par action": the noun before names it, "par action" is a unit.
    if (attached?.cls === 'price' && touching) chosen = before;
    // "raising $10 billion in debt and equity": the round, in the form of debt.
    if (before.cls === 'funding' && attached?.cls === 'debt') chosen = before;
  }
  if (chosen) {
    // "tandis que Renault gagnait 1,2 %": a bare verb of movement after a share move is one too.
    const prev = previousFig(f, s, (x) => x.m.kind === m.kind);
    if (
      m.kind === 'percent' &&
      ['change', 'gain', 'lose'].includes(chosen.cls) &&
      prev?.metric === 'share-price change'
    ) {
      f.metricCarried = true;
      return set(
        'shares',
        'share-price change',
        'carried from the previous figure in the sentence',
      );
    }
    const metric = metricOf(m, chosen.cls, sentenceText);
    const where = chosen === attached ? 'after the figure' : '';
    return set(
      chosen.cls,
      metric,
      `${describeCue(chosen)}${where ? ` ${where}` : ''} → ${metric}`,
      chosen,
    );
  }
  if (unitMetric) return set(null, unitMetric, `unit '${m.unit}' → ${unitMetric}`);

  // No cue in the segment: the previous figure of the same kind ("davon 17,1 Milliarden").
  const prev = previousFig(
    f,
    s,
    (x) => x.m.kind === m.kind && (m.kind !== 'count' || x.m.unit === m.unit || m.unit === null),
  );
  if (prev && prev.metric !== 'other') {
    f.cls = prev.cls;
    f.metric = prev.metric;
    f.metricRule = 'carried from the previous figure in the sentence';
    f.metricCarried = true;
    return true;
  }
  // Then a cue earlier in the sentence: "La dette d'Altice France, …, atteint 24 milliards".
  for (let i = s.cues.length - 1; i >= 0; i--) {
    const c = s.cues[i] as Cue;
    if (c.end > seg.start || !compatible(m, c.cls) || c.cls === 'shares') continue;
    const metric = metricOf(m, c.cls, sentenceText);
    return set(c.cls, metric, `${describeCue(c)} earlier in the sentence → ${metric}`, c);
  }
  if (m.kind === 'count' && m.unit === 'people') return set(null, 'other', "unit 'people' → other");
  return false;
}

/** "verb 'dépenser'" or "word 'chiffre d'affaires'", for the rule the hover card shows. */
function describeCue(c: Cue): string {
  return `${isVerb(c.text) ? 'verb' : 'word'} ${quote(c.text)}`;
}

const EN_VERBS = new Set(
  'spend spends spent invest invests raise raises rose grew grow grows fell fall falls lost lose loses cost costs sold sell sells buy buys bought cut cuts employ employs shed'.split(
    ' ',
  ),
);

/** A guess good enough for a label: verb endings in fr and es, lower case in German. */
function isVerb(word: string): boolean {
  const w = word.toLowerCase();
  if (/\s/.test(w)) return false;
  if (EN_VERBS.has(w) || /(?:ed|ing)$/.test(w)) return true;
  if (/(?:er|ir|é|ée|és|ées|ait|aient|era|eront|ira|iront|ra|ront|it)$/.test(w)) return true;
  if (/(?:ó|aron|ieron|ará|arán|erá|erán|irá|irán|ar)$/.test(w)) return true;
  // German verbs are the lower-case words ("investieren", "kosten"); nouns are capitalised.
  return /^\p{Ll}/u.test(word) && /(?:en|t|te|ten)$/.test(w) && !/^(?:umsatz|gewinn)/.test(w);
}

function previousFig(f: Fig, s: Sentence, ok: (x: Fig) => boolean): Fig | undefined {
  for (let i = s.figs.indexOf(f) - 1; i >= 0; i--) {
    const x = s.figs[i] as Fig;
    if (ok(x)) return x;
  }
  return undefined;
}

/** Investing words mean capex for a year's budget, investment for a stake or a programme. */
function finishMetric(f: Fig): void {
  if (f.company?.project && (f.metric === 'other' || f.cls === 'invest')) {
    f.metric = 'investment';
    f.metricRule =
      f.cls === 'invest'
        ? `${describeCue(f.cue ?? ({ cls: 'invest', text: 'invest' } as Cue))} by a project → investment`
        : 'figure of a joint project → investment';
    return;
  }
  if (f.cls !== 'invest' || f.metricCarried) return;
  const annual = f.periodCue !== null && isAnnual(f.periodCue.cue);
  if (annual && !f.investee && f.m.kind === 'money') {
    f.metric = 'capex';
    f.metricRule = `${describeCue(f.cue as Cue)} with ${quote((f.periodCue as FoundPeriod).text)} (a year's budget) → capex`;
  } else if (f.investee) {
    f.metricRule = `${describeCue(f.cue as Cue)} in ${f.investee.name} → investment`;
  }
}

// ─── Company ────────────────────────────────────────────────────────────────────────────────

function eligible(c: Candidate): boolean {
  return !c.source && (c.via !== 'reference' || c.id !== '');
}

function describe(c: Candidate): string {
  if (c.via === 'product' && !c.project) return `${quote(c.surface)} (product of ${c.name})`;
  if (c.via === 'reference') return `${quote(c.surface)} → ${c.name}`;
  return quote(c.surface);
}

function chooseCompany(
  f: Fig,
  s: Sentence,
  text: string,
  L: Local,
  respectively: Map<Fig, Candidate>,
): boolean {
  const m = f.m;
  const seg = s.segs[f.seg] as Segment;
  const set = (c: Candidate | null, rule: string) => {
    f.company = c;
    f.companyRule = rule;
    return true;
  };

  const r = respectively.get(f);
  if (r) {
    const names = [...respectively.values()].map((c) => c.name).join(', ');
    return set(r, `respectively: ${ordinal(f, respectively)} of ${names}`);
  }

  // Investor and investee: "SoftBank will invest $40bn in OpenAI at a $300bn valuation".
  const investee = investeeBefore(f, s, text, L);
  if (investee && (f.cls === 'invest' || f.cls === 'buy')) {
    f.investee = investee;
    if (f.cls === 'buy') {
      // Shares of another company: a stake, not a buyback.
      f.cls = 'invest';
      f.metric = 'investment';
      f.metricRule = `${describeCue(f.cue as Cue)} shares of ${investee.name} → investment`;
    }
  }

  // A company attached to the cue word that decided the metric.
  if (f.cue && !f.metricCarried) {
    const a = attachedToCue(f.cue, s, text);
    if (a) return set(a.cand, a.rule);
  }

  // An agent or channel after the figure: "annoncés par Alphabet", "über AWS".
  for (const c of s.cands) {
    if (c.start < m.end || c.start > seg.end || !eligible(c)) continue;
    if (c.start - m.end > SLICE) break;
    if (L.agent.test(text.slice(m.end, c.start))) {
      const word = text.slice(m.end, c.end).trim();
      return set(c, `agent ${quote(word)}`);
    }
    break;
  }

  const project = projectFor(f, s);
  if (project) return set(project, `project ${project.name} (${project.owners.join(', ')})`);

  if (investee && (f.metric === 'valuation' || f.metric === 'funding raised'))
    return set(investee, `investee after ${quote(investee.prep)}`);

  let inSeg = s.cands.find(
    (c) => c.start >= seg.start && c.end <= m.start && eligible(c) && !insideFig(c, s),
  );
  // "Die Telekom-Tochter T-Mobile US": the first name only qualifies the title of the second.
  const titled = inSeg && s.cands.find((c) => c.start > (inSeg as Candidate).end && eligible(c));
  if (
    inSeg &&
    titled &&
    titled.end <= m.start &&
    /^-\p{L}+[\s\u00a0]+$/u.test(text.slice(inSeg.end, titled.start))
  )
    inSeg = titled;
  if (inSeg) {
    if (isJoint(inSeg, s, text, L)) return set(null, `shared by ${jointNames(inSeg, s, text, L)}`);
    if (inSeg.project) return set(inSeg, `project ${inSeg.name} (${inSeg.owners.join(', ')})`);
    const rule =
      inSeg.via === 'reference'
        ? `reference ${describe(inSeg)}`
        : `subject of the clause ${describe(inSeg)}`;
    return set(inSeg, rule);
  }

  if (seg.kind === 'relative' || seg.kind === 'appositive') {
    const item = lastItemBefore(s, f.seg);
    if (item && 'via' in item) {
      const opener =
        text
          .slice(seg.start, seg.start + 24)
          .trim()
          .split(/\s+/)[0] ?? '';
      const between = text.slice(item.end, seg.start);
      // "Microsoft, qui prévoit…" when the name stands right before the comma.
      const rule =
        between.trim().length <= 1
          ? `appositive: '${item.surface}${between.replace(/\s+$/, '')} ${opener} …'`
          : `antecedent of '${opener} …': ${describe(item)}`;
      return set(item, rule);
    }
    if (item && !('via' in item) && item.company) {
      f.companyFrom = item;
      return set(item.company, 'carried from the figure it refers to');
    }
  }
  if (seg.kind === 'part') {
    const prev = previousFig(f, s, (x) => x.company !== null);
    if (prev?.company) return set(prev.company, 'carried from the previous figure in the sentence');
  }

  // "400 millions d'utilisateurs hebdomadaires de ChatGPT".
  for (const c of s.cands) {
    if (c.start < m.end || c.start > seg.end || !eligible(c)) continue;
    if (c.start - m.end > SLICE) break;
    if (L.ofAfter.test(text.slice(m.end, c.start))) {
      return set(c, quote(text.slice(m.end, c.end).trim().split(/\s+/).slice(-2).join(' ')));
    }
    break;
  }

  const subject = sentenceSubject(s, m.start);
  if (subject) {
    if (subject.project)
      return set(subject, `project ${subject.name} (${subject.owners.join(', ')})`);
    if (isJoint(subject, s, text, L))
      return set(null, `shared by ${jointNames(subject, s, text, L)}`);
    return set(subject, `subject of the sentence ${describe(subject)}`);
  }
  const prev = previousFig(f, s, (x) => x.company !== null);
  if (prev?.company) return set(prev.company, 'carried from the previous figure in the sentence');

  // "les capacités de son entreprise": a reference anywhere in the sentence.
  const ref = s.cands.find((c) => c.via === 'reference');
  if (ref) return set(ref, `reference ${describe(ref)}`);
  // "Sa marge opérationnelle atteint 7,6 %": a sentence naming no company that opens on a
  // possessive is about the company the text was about.
  const possessive =
    s.cands.length === 0 ? L.possessive.exec(text.slice(s.start, s.start + 24)) : null;
  if (possessive && s.discourse) {
    const d = s.discourse;
    const c: Candidate = {
      start: s.start,
      end: s.start + possessive[0].length,
      surface: possessive[0].trim(),
      id: d.id,
      name: d.name,
      owners: [d.name],
      project: false,
      via: 'reference',
      source: false,
      genitive: false,
    };
    return set(c, `possessive ${quote(possessive[0])} → ${d.name}`);
  }
  return false;
}

function insideFig(c: Candidate, s: Sentence): boolean {
  return s.figs.some((x) => x.m.start < c.end && c.start < x.m.end);
}

function ordinal(f: Fig, map: Map<Fig, Candidate>): string {
  const n = [...map.keys()].indexOf(f) + 1;
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** "Nvidia's revenue", "Nvidias Umsatz", "Nvidia shares", "la dette d'Altice France". */
function attachedToCue(
  cue: Cue,
  s: Sentence,
  text: string,
): { cand: Candidate; rule: string } | null {
  for (const c of s.cands) {
    if (c.via === 'reference' && c.id === '') continue;
    if (c.end <= cue.start && cue.start - c.end <= 3) {
      const gap = text.slice(c.end, cue.start);
      if (!/^(?:['’]s?)?[\s\u00a0-]*$/u.test(gap)) continue;
      const word = `${c.surface}${gap}${cue.text}`;
      const kind = /['’]/.test(gap) ? 'possessive' : c.genitive ? 'genitive' : 'compound';
      // "Nvidia shares", "Google Cloud revenue": a name before a noun, not a subject before
      // its verb ("Google gastarán").
      if (kind === 'compound' && !gap.includes('-') && !isNounCue(cue)) continue;
      if (kind === 'compound' && c.source) continue;
      return {
        cand: c,
        rule: `${kind} ${quote(word)}${c.via === 'product' ? ` (product of ${c.name})` : ''}${c.via === 'reference' ? ` → ${c.name}` : ''}`,
      };
    }
    if (c.start >= cue.end && c.start - cue.end <= 16) {
      const gap = text.slice(cue.end, c.start);
      if (
        !/^[\s\u00a0]+(?:de[\s\u00a0]+(?:la[\s\u00a0]+|l['’])?|d['’]|du[\s\u00a0]+|des[\s\u00a0]+|of[\s\u00a0]+(?:the[\s\u00a0]+)?|von[\s\u00a0]+(?:der[\s\u00a0]+)?|vom[\s\u00a0]+|del[\s\u00a0]+|der[\s\u00a0]+|des[\s\u00a0]+)$/iu.test(
          gap,
        )
      )
        continue;
      const words = `${gap.trim()}${/['’]$/.test(gap) ? '' : ' '}${c.surface}`;
      return {
        cand: c,
        rule: `${quote(words)}${c.via === 'product' ? ` (product of ${c.name})` : ''}${c.via === 'reference' ? ` → ${c.name}` : ''}`,
      };
    }
  }
  return null;
}

const VERB_ENDINGS = /(?:ed|ing|ent|ert|iert|ó|ará|arán|erá|irá|ait|era|ira)$/iu;
const NOUN_CLASSES: ReadonlySet<CueClass> = new Set<CueClass>([
  'shares',
  'revenue',
  'profit',
  'loss',
  'marketValue',
  'valuation',
  'debt',
  'buyback',
  'users',
  'subscribers',
  'employees',
  'capex',
  'growth',
]);

/** Whether a cue word is a noun a name can stand before ("Nvidia shares", "Meta capex"). */
function isNounCue(cue: Cue): boolean {
  if (!NOUN_CLASSES.has(cue.cls) || VERB_ENDINGS.test(cue.text)) return false;
  return !/^(?:spend|spends|spent|earned|raised?)$/i.test(cue.text);
}

/** A joint project (a product of several companies) the figure belongs to. */
function projectFor(f: Fig, s: Sentence): Candidate | null {
  const projects = s.cands.filter((c) => c.project);
  if (projects.length === 0) return null;
  const seg = s.segs[f.seg] as Segment;
  for (const p of projects) {
    // In the figure's own segment, before it, with only its owners in between.
    if (p.start >= seg.start && p.end <= f.m.start) {
      const between = s.cands.filter(
        (c) => c.start > p.end && c.end <= f.m.start && !c.project && eligible(c),
      );
      if (between.every((c) => p.owners.includes(c.name))) return p;
    }
  }
  if (seg.kind === 'relative' || seg.kind === 'appositive') {
    const item = lastItemBefore(s, f.seg);
    if (item && 'via' in item && item.project) return item;
  }
  const subject = sentenceSubject(s, f.m.start);
  if (subject?.project && seg.kind === 'main') return subject;
  return null;
}

/** The first company of a main segment before `pos`: the subject of the sentence. */
function sentenceSubject(s: Sentence, pos: number): Candidate | null {
  for (const c of s.cands) {
    if (c.start >= pos) break;
    if (!eligible(c) || insideFig(c, s)) continue;
    const seg = s.segs[segIndex(s.segs, c.start)] as Segment;
    if (seg.kind === 'main' || seg.kind === 'contrast') return c;
  }
  return null;
}

/** The last company or figure of the segment before `seg`. */
function lastItemBefore(s: Sentence, seg: number): Candidate | Fig | null {
  if (seg === 0) return null;
  const prev = s.segs[seg - 1] as Segment;
  let best: Candidate | Fig | null = null;
  let at = -1;
  for (const c of s.cands)
    if (c.start >= prev.start && c.end <= prev.end && eligible(c) && c.start > at) {
      best = c;
      at = c.start;
    }
  for (const x of s.figs)
    if (x.seg === seg - 1 && x.m.start > at) {
      best = x;
      at = x.m.start;
    }
  return best;
}

/** A company after "invest … in", "investit … dans", earlier in the sentence. */
function investeeBefore(
  f: Fig,
  s: Sentence,
  text: string,
  L: Local,
): (Candidate & { prep: string }) | null {
  const investCue = s.cues.find(
    (c) => (c.cls === 'invest' || c.cls === 'buy') && c.start < f.m.start + SLICE,
  );
  if (!investCue) return null;
  for (const c of s.cands) {
    const own = f.cls === 'invest' || f.cls === 'buy';
    if (c.start <= investCue.end || c.start >= f.m.start + (own ? 200 : 0)) continue;
    if (!eligible(c) || c.via === 'reference') continue;
    const before = text.slice(Math.max(investCue.end, c.start - SLICE), c.start);
    const m = L.investee.exec(before);
    if (m && !/[,;]/.test(m[0])) return { ...c, prep: m[0].trim().split(/\s+/)[0] ?? '' };
  }
  return null;
}

/** "Microsoft y Google gastarán…": a figure of a list of companies belongs to none alone. */
function isJoint(c: Candidate, s: Sentence, text: string, L: Local): boolean {
  if (c.via === 'reference') return false;
  return L.joint.test(text.slice(c.end, Math.min(s.end, c.end + SLICE)));
}

function jointNames(c: Candidate, s: Sentence, text: string, L: Local): string {
  const after = s.cands.find((x) => x.start > c.end && eligible(x));
  const gap = after ? text.slice(c.end, after.start) : '';
  if (after && gap.length < SLICE && L.joint.test(`${gap}${after.surface}`))
    return `${c.name} and ${after.name}`;
  const word = /^[\s\u00a0,]*\S+[\s\u00a0]+(?:\S+[\s\u00a0]+)?[\p{Lu}\p{N}][\p{L}\p{N}&-]*/u.exec(
    text.slice(c.end, c.end + SLICE),
  );
  return `${c.surface}${word ? word[0] : ''}`;
}

/**
 * "CaixaBank y Sabadell ganaron 5.787 y 1.827 millones, respectivamente": the n-th figure to
 * the n-th company of the list before them. When a figure of the list was not found, the
 * figures are matched from the end.
 */
function respectivelyMap(s: Sentence, text: string, L: Local): Map<Fig, Candidate> {
  const map = new Map<Fig, Candidate>();
  const sentence = text.slice(s.start, s.end);
  const word = L.respectively.exec(sentence);
  if (!word) return map;
  const at = s.start + word.index;
  const figs = s.figs.filter((x) => x.m.end <= at);
  if (figs.length === 0) return map;
  const first = (figs[0] as Fig).m.start;
  const names = s.cands.filter((c) => c.end <= first && eligible(c) && c.via !== 'reference');
  // The longest run of names joined by commas and "and" just before the figures.
  let run: Candidate[] = [];
  for (const c of names) {
    const last = run[run.length - 1];
    if (last && L.listGap.test(text.slice(last.end, c.start))) run.push(c);
    else run = [c];
  }
  if (run.length < 2) return map;
  const offset = run.length - figs.length;
  figs.forEach((x, i) => {
    const c = run[i + Math.max(0, offset)];
    if (c) map.set(x, c);
  });
  return map;
}

// ─── Table headers ──────────────────────────────────────────────────────────────────────────

function applyHeader(f: Fig, h: HeaderFacts): void {
  if (!f.company && h.company) {
    f.company = h.company;
    f.companyRule = `table row header ${quote(h.companyText)}`;
  }
  if (f.cls === null && f.metric === 'other') {
    const hit = h.cues.find((x) => compatible(f.m, x.cue.cls));
    if (hit) {
      f.cls = hit.cue.cls;
      f.cue = hit.cue;
      f.metric = metricOf(f.m, hit.cue.cls, hit.header);
      f.metricRule = `table header ${quote(hit.header)} → ${f.metric}`;
    }
  }
}

// ─── Period ─────────────────────────────────────────────────────────────────────────────────

/** Each period word belongs to the nearest figure of its segment. */
function assignPeriods(s: Sentence): void {
  for (const p of s.periods) {
    if (p.cue.type === 'none') continue;
    const seg = segIndex(s.segs, p.start);
    let best: Fig | null = null;
    let dist = Number.POSITIVE_INFINITY;
    // "a quarterly loss of $1.6 billion": the adjective dates the figure after it.
    const adjective = /^(?:quarterly|trimestriel|trimestral|quartals)/i.test(p.text);
    for (const f of s.figs) {
      if (f.seg !== seg) continue;
      if (adjective && f.m.start < p.end) continue;
      const d = p.start >= f.m.end ? p.start - f.m.end : f.m.start - p.end;
      if (d < dist) {
        dist = d;
        best = f;
      }
    }
    if (best) best.ownPeriods.push(p);
  }
}

function choosePeriod(
  f: Fig,
  s: Sentence,
  text: string,
  publishedAt: string | null,
  L: Local,
  header: HeaderFacts | null,
): void {
  const id = f.company && !f.company.project ? f.company.id : null;
  const name = f.company?.name ?? null;
  const own = pickOwn(f.ownPeriods);
  if (own) {
    f.periodCue = own;
    f.period = resolvePeriod(own, publishedAt, id, name);
    return;
  }
  if (f.metric === 'share-price change') return;

  const idx = s.figs.indexOf(f);
  const sameCompany = (x: Fig) => x.company !== null && x.company.id === f.company?.id;
  const seg = s.segs[f.seg] as Segment;
  // A previous figure: the part of it ("dont", "davon"), the same measure, or the base of a
  // growth figure.
  for (let i = idx - 1; i >= 0; i--) {
    const x = s.figs[i] as Fig;
    if (!x.period?.period || x.metric === 'share-price change') continue;
    const related =
      seg.kind === 'part' ||
      f.metricCarried ||
      (f.cls !== null && x.cls === f.cls) ||
      (sameCompany(x) && (x.metric === f.metric || (growthPair(f, x) && near(s, text, f, x))));
    if (related) {
      f.periodCue = x.periodCue;
      f.period = {
        period: x.period.period,
        rule: 'carried from the previous figure in the sentence',
      };
      return;
    }
  }
  // A later figure of the same company, for a growth figure and its base.
  for (let i = idx + 1; i < s.figs.length; i++) {
    const x = s.figs[i] as Fig;
    const o = pickOwn(x.ownPeriods);
    if (!o || !sameCompany(x) || f.metric !== 'growth' || x.metric === 'growth') continue;
    if (!near(s, text, f, x)) continue;
    const xid = x.company && !x.company.project ? x.company.id : null;
    const r = resolvePeriod(o, publishedAt, xid, x.company?.name ?? null);
    f.periodCue = o;
    f.period = { period: r.period, rule: 'carried from the next figure in the sentence' };
    return;
  }
  // A period in a segment of its own next to the figure's: ", respectivamente, en 2024".
  const loose = looseFor(f, s);
  if (loose) {
    f.periodCue = loose;
    f.period = resolvePeriod(loose, publishedAt, id, name);
    return;
  }
  if (header) {
    const h = header.periods.find((x) => x.found.cue.type !== 'none');
    if (h) {
      f.periodCue = h.found;
      const r = resolvePeriod(h.found, publishedAt, id, name);
      f.period = { period: r.period, rule: `table header: ${r.rule}` };
      return;
    }
  }
  const pub = monthIndexOf(publishedAt);
  if (pub === null) return;
  const year = String(Math.floor(pub / 12));
  const date = (publishedAt as string).slice(0, 10);
  // A round, a valuation or a stake is dated by its announcement.
  if (f.metric === 'funding raised' || f.metric === 'valuation' || f.investee) {
    f.period = { period: year, rule: `deal announced at publication ${date} → ${year}` };
    return;
  }
  // A spending plan with no year is this year's: "Microsoft, qui prévoit de dépenser…".
  if (f.metric === 'capex') {
    const from = (s.segs[Math.max(0, f.seg - 1)] as Segment).start;
    const words = text.slice(from, f.m.start);
    let plan: RegExpExecArray | null = null;
    for (let m = L.plan.exec(words); m; m = L.plan.exec(words)) plan = m;
    if (plan) {
      f.period = {
        period: year,
        rule: `spending plan (${quote(plan[0])}) announced at publication ${date} → ${year}`,
      };
    }
  }
}

/** A growth figure and the figure it is the growth of. */
function growthPair(a: Fig, b: Fig): boolean {
  return (a.metric === 'growth') !== (b.metric === 'growth');
}

/**
 * Two figures of one statement: in the same segment, in a contrasting clause right after the
 * other's ("…, while capital spending reached…"), or the growth right after its base in a
 * segment naming no company ("…, en hausse de 0,6 %").
 */
function near(s: Sentence, text: string, a: Fig, b: Fig): boolean {
  const [x, y] = a.seg <= b.seg ? [a, b] : [b, a];
  if (x.seg === y.seg) return true;
  if (y.seg !== x.seg + 1) return false;
  const seg = s.segs[y.seg] as Segment;
  if (seg.kind === 'contrast') return true;
  if (s.cands.some((c) => c.start >= seg.start && c.end <= seg.end)) return false;
  // "…, en hausse de 0,6 %" after its base; "…, à 5,3 milliards d'euros" after its growth.
  if (y.metric === 'growth') return true;
  return (
    seg.kind === 'part' ||
    seg.kind === 'appositive' ||
    TARGET_OPENER.test(text.slice(seg.start, seg.start + 12))
  );
}

/** A segment that gives the level reached: "…, à 5,3 milliards", "…, hasta 18.086 millones". */
const TARGET_OPENER = /^[\s\u00a0]*(?:à|a|to|at|hasta|auf|bis|from|de|contre|against)[\s\u00a0]/iu;

function pickOwn(ps: readonly FoundPeriod[]): FoundPeriod | null {
  const strong = ps.find((p) => p.cue.type !== 'date');
  return strong ?? ps[0] ?? null;
}

/** A period word in a neighbouring segment that holds no figure. */
function looseFor(f: Fig, s: Sentence): FoundPeriod | null {
  const withFig = new Set(s.figs.map((x) => x.seg));
  for (const dir of [1, -1]) {
    for (let i = f.seg + dir; i >= 0 && i < s.segs.length; i += dir) {
      if (withFig.has(i)) break;
      const seg = s.segs[i] as Segment;
      const inSeg = s.periods.filter(
        (x) =>
          x.start >= seg.start && x.end <= seg.end && x.cue.type !== 'none' && x.cue.type !== 'now',
      );
      const p = inSeg.find((x) => x.cue.type !== 'date') ?? inSeg[0];
      if (p) return p;
    }
  }
  return null;
}
