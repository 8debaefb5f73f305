/**
 * Words that date a figure ("en 2025", "this year", "im dritten Quartal", "fiscal 2026") and
 * their resolution against the article's publication date and the company's fiscal year.
 * One regular expression per language finds every cue in a single pass over the text; each
 * alternative is a named group, so the match says which kind of cue it is.
 */
import type { Lang } from '../extract/types.ts';
import {
  describeFiscalYear,
  fiscalYearContaining,
  fiscalYearOf,
  fiscalYearStart,
  hasOwnFiscalYear,
} from './fiscal.ts';

/** What a period cue says, before it is resolved against a date. */
export type PeriodCue =
  | { type: 'year'; year: number }
  | { type: 'horizon'; year: number }
  | { type: 'relYear'; offset: number }
  | { type: 'fy'; year: number }
  | { type: 'fyCurrent' }
  | { type: 'quarter'; q: number; year: number | null; fiscal: boolean }
  | { type: 'lastQuarter'; fiscal: boolean }
  | { type: 'monthQuarter'; month: number }
  | { type: 'half'; h: number; year: number | null; fiscal: boolean }
  | { type: 'month'; month: number; year: number | null }
  | { type: 'now' }
  | { type: 'date'; year: number }
  /** "entre 2024 y 2026": several years, no single period. */
  | { type: 'span'; from: number; to: number }
  | { type: 'none' };

/** A period cue found in text. */
export interface FoundPeriod {
  start: number;
  end: number;
  text: string;
  cue: PeriodCue;
}

const YEAR = '(?:19[5-9]\\d|20\\d\\d)';
const YY = "(?:['’]?\\d\\d)";
const A = "['’]";

const MONTHS: Record<Lang, string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  de: [
    'januar',
    'februar',
    'märz',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'dezember',
  ],
};

/** Ordinals of quarters and halves, in order, per language. */
const ORDINALS: Record<Lang, string[][]> = {
  fr: [
    ['premier', '1er', '1e'],
    ['deuxième', 'second', '2e', '2ème'],
    ['troisième', '3e', '3ème'],
    ['quatrième', '4e', '4ème'],
  ],
  en: [
    ['first', '1st'],
    ['second', '2nd'],
    ['third', '3rd'],
    ['fourth', '4th'],
  ],
  es: [
    ['primer', 'primero', '1er'],
    ['segundo', '2º'],
    ['tercer', 'tercero', '3er'],
    ['cuarto', '4º'],
  ],
  de: [
    ['ersten', 'erste', '1\\.'],
    ['zweiten', 'zweite', '2\\.'],
    ['dritten', 'dritte', '3\\.'],
    ['vierten', 'vierte', '4\\.'],
  ],
};

type Kind = Exclude<PeriodCue['type'], never>;

/** The alternatives per language, in priority order: the first that matches at a place wins. */
function alternatives(lang: Lang): [Kind, string][] {
  const M = `(?:${MONTHS[lang].join('|')})`;
  const ORD = `(?:${ORDINALS[lang].flat().join('|')})`;
  switch (lang) {
    case 'fr':
      return [
        ['span', `(?:entre|de)\\s+${YEAR}\\s+(?:et|à)\\s+${YEAR}|${YEAR}\\s*[-–]\\s*${YEAR}`],
        ['date', `\\d{1,2}(?:er)?\\s+${M}\\s+${YEAR}`],
        [
          'quarter',
          `(?:(?:au|du|le|ce|son)\\s+)?${ORD}\\s+trimestre(?:\\s+(?:de\\s+(?:son|l${A})\\s*exercice|fiscal))?(?:\\s+(?:de\\s+l${A}exercice\\s+|fiscal\\s+|de\\s+)?${YEAR})?`,
        ],
        ['quarter', `(?:T|Q)[1-4]\\s*${YEAR}|Q[1-4]`],
        [
          'half',
          `(?:(?:au|du|le)\\s+)?(?:premier|second|deuxième|1er)\\s+semestre(?:\\s+(?:de\\s+)?${YEAR})?|S[12]\\s*${YEAR}`,
        ],
        [
          'fyCurrent',
          `(?:l${A}|son\\s+|cet\\s+)exercice\\s+(?:fiscal\\s+)?(?:en\\s+cours|actuel)|(?:sur|pour)\\s+(?:l${A}ensemble\\s+de\\s+)?l${A}exercice(?!\\s*(?:fiscal\\s*)?\\d)`,
        ],
        [
          'fy',
          `(?:(?:son|l${A}|un|cet)\\s*)?exercice(?:\\s+fiscal)?\\s+${YEAR}(?:\\s*[-/]\\s*(?:${YEAR}|\\d\\d))?|FY\\s*(?:${YEAR}|\\d\\d)`,
        ],
        [
          'lastQuarter',
          `trimestriel(?:le)?s?|(?:au\\s+cours\\s+du|au|ce)\\s+(?:dernier\\s+)?trimestre(?:\\s+dernier)?`,
        ],
        [
          'none',
          `l${A}année\\s+précédente|l${A}an\\s+passé\\s+à\\s+la\\s+même|un\\s+an\\s+plus\\s+tôt`,
        ],
        [
          'relYear',
          `cette\\s+année|l${A}année\\s+(?:dernière|passée|prochaine|en\\s+cours)|l${A}an\\s+(?:dernier|passé|prochain)|(?:(?:d${A}ici|avant)\\s+)?(?:la\\s+|en\\s+)?fin\\s+(?:de\\s+l${A}année|d${A}année)|terminer\\s+l${A}année|courant\\s+(?:de\\s+l${A}année|d${A}année)`,
        ],
        [
          'horizon',
          `d${A}ici\\s+(?:à\\s+)?(?:(?:la\\s+)?fin\\s+)?${YEAR}|jusqu${A}(?:en|à)\\s+${YEAR}|(?:à\\s+l${A})?horizon\\s+${YEAR}`,
        ],
        [
          'now',
          `immédiatement|d${A}emblée|dès\\s+maintenant|dans\\s+un\\s+premier\\s+temps|d${A}entrée\\s+de\\s+jeu`,
        ],
        [
          'month',
          `(?:en|depuis|fin|début|mi-|courant|au\\s+mois\\s+de|d${A}ici)\\s*${M}(?:\\s+${YEAR})?|${M}\\s+${YEAR}`,
        ],
        ['year', YEAR],
      ];
    case 'en':
      return [
        [
          'span',
          `(?:between|from)\\s+${YEAR}\\s+(?:and|to|through)\\s+${YEAR}|${YEAR}\\s*[-–]\\s*${YEAR}`,
        ],
        [
          'date',
          `${M}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}|\\d{1,2}\\s+${M},?\\s+${YEAR}|${YEAR}-\\d\\d-\\d\\d`,
        ],
        [
          'quarter',
          `(?:fiscal\\s+)?(?:the\\s+)?${ORD}(?:-|\\s+)(?:fiscal\\s+)?quarter(?:\\s+of(?:\\s+fiscal)?\\s+${YEAR}|\\s+${YEAR})?(?:\\s+of\\s+(?:its|the)\\s+fiscal\\s+year)?`,
        ],
        ['quarter', `(?:fiscal\\s+)?Q[1-4](?:\\s*(?:fiscal\\s*|FY\\s*)?(?:${YEAR}|${YY}))?`],
        ['quarter', `[1-4]Q\\s*(?:${YEAR}|${YY})`],
        ['monthQuarter', `(?:march|june|september|december)(?:-|\\s+)quarter`],
        [
          'half',
          `(?:the\\s+)?(?:first|second)(?:-|\\s+)half(?:\\s+of)?(?:\\s+(?:fiscal\\s+)?${YEAR})?|H[12]\\s*${YEAR}`,
        ],
        [
          'fyCurrent',
          `(?:this|the\\s+current)\\s+fiscal\\s+year|for\\s+the\\s+(?:full\\s+)?fiscal\\s+year(?!\\s*\\d)`,
        ],
        ['fy', `(?:fiscal(?:\\s+year)?|FY)\\s*(?:${YEAR}|${YY})`],
        [
          'lastQuarter',
          `quarterly|(?:in|during|for)\\s+the\\s+(?:latest\\s+|last\\s+|past\\s+|most\\s+recent\\s+)?quarter|last\\s+quarter`,
        ],
        [
          'none',
          `(?:a|one)\\s+year\\s+(?:earlier|ago|before)|the\\s+(?:previous|prior|preceding)\\s+year`,
        ],
        [
          'relYear',
          `this\\s+year|last\\s+year|next\\s+year|(?:for\\s+)?the\\s+full\\s+year|(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year|by\\s+year-end|earlier\\s+this\\s+year`,
        ],
        ['horizon', `(?:by|until|through)\\s+(?:the\\s+end\\s+of\\s+)?${YEAR}`],
        ['now', `immediately|initially|upfront|right\\s+away`],
        [
          'month',
          `(?:in|since|by|during|until|(?:at\\s+the\\s+)?(?:end|start|beginning)\\s+of|early|late|mid-?)\\s*${M}(?:\\s+${YEAR})?|${M}\\s+${YEAR}`,
        ],
        ['year', YEAR],
      ];
    case 'es':
      return [
        [
          'span',
          `(?:entre|de|desde)\\s+${YEAR}\\s+(?:y|a|hasta)\\s+${YEAR}|${YEAR}\\s*[-–]\\s*${YEAR}`,
        ],
        ['date', `\\d{1,2}\\s+de\\s+${M}\\s+(?:de|del)\\s+${YEAR}`],
        [
          'quarter',
          `(?:(?:el|en\\s+el|del)\\s+)?${ORD}\\s+trimestre(?:\\s+(?:fiscal|de\\s+su\\s+ejercicio(?:\\s+fiscal)?|del\\s+ejercicio(?:\\s+fiscal)?))?(?:\\s+(?:de|del)\\s+(?:año\\s+)?${YEAR}|\\s+${YEAR})?`,
        ],
        ['quarter', `(?:T|Q)[1-4]\\s*${YEAR}|Q[1-4]`],
        [
          'half',
          `(?:(?:el|en\\s+el|del)\\s+)?(?:primer|segundo)\\s+semestre(?:\\s+(?:de|del)\\s+${YEAR})?`,
        ],
        [
          'fyCurrent',
          `(?:el\\s+|este\\s+)?ejercicio\\s+(?:fiscal\\s+)?(?:en\\s+curso|actual)|(?:para|en)\\s+el\\s+conjunto\\s+del\\s+ejercicio(?!\\s*\\d)`,
        ],
        [
          'fy',
          `(?:(?:su|el)\\s+)?(?:ejercicio|año\\s+fiscal)(?:\\s+fiscal)?\\s+${YEAR}(?:\\s*[-/]\\s*(?:${YEAR}|\\d\\d))?|FY\\s*(?:${YEAR}|\\d\\d)`,
        ],
        ['lastQuarter', `trimestral(?:es)?|(?:en\\s+el|este|el\\s+último)\\s+trimestre`],
        ['none', `(?:el\\s+)?año\\s+anterior|un\\s+año\\s+antes`],
        [
          'relYear',
          `este\\s+año|(?:el\\s+)?año\\s+pasado|(?:el\\s+)?próximo\\s+año|(?:el\\s+)?año\\s+que\\s+viene|(?:a\\s+)?finales\\s+de(?:l)?\\s+(?:este\\s+)?año|(?:el\\s+)?año\\s+en\\s+curso`,
        ],
        ['horizon', `(?:hasta|antes\\s+de|para)\\s+(?:(?:finales\\s+de|el\\s+año)\\s+)?${YEAR}`],
        ['now', `de\\s+inmediato|inmediatamente|inicialmente|de\\s+entrada`],
        [
          'month',
          `(?:en|desde|hasta|a\\s+finales\\s+de|a\\s+principios\\s+de|a\\s+mediados\\s+de)\\s+${M}(?:\\s+(?:de|del)\\s+${YEAR})?|${M}\\s+(?:de|del)\\s+${YEAR}`,
        ],
        ['year', YEAR],
      ];
    case 'de':
      return [
        [
          'span',
          `(?:zwischen|von)\\s+${YEAR}\\s+(?:und|bis)\\s+${YEAR}|${YEAR}\\s*[-–]\\s*${YEAR}`,
        ],
        ['date', `\\d{1,2}\\.\\s*${M}\\s+${YEAR}`],
        [
          'quarter',
          `(?:(?:im|des|das)\\s+)?${ORD}\\s+(?:Geschäfts)?[Qq]uartal(?:s|es)?(?:\\s+(?:des\\s+Geschäftsjahres\\s+)?${YEAR}(?:/\\d\\d)?)?`,
        ],
        ['quarter', `Q[1-4]\\s*${YEAR}|Q[1-4]`],
        [
          'half',
          `(?:(?:im|des|das)\\s+)?(?:ersten|zweiten|[12]\\.)\\s+Halbjahr(?:es)?(?:\\s+${YEAR})?|H[12]\\s*${YEAR}`,
        ],
        [
          'fyCurrent',
          `(?:im\\s+)?laufenden\\s+Geschäftsjahr(?:es)?|für\\s+das\\s+(?:laufende\\s+|gesamte\\s+)?Geschäftsjahr(?!\\s*\\d)`,
        ],
        [
          'fy',
          `(?:im\\s+)?Geschäftsjahr(?:es)?\\s+${YEAR}(?:\\s*/\\s*\\d\\d(?:\\d\\d)?)?|GJ\\s*${YEAR}(?:/\\d\\d)?|FY\\s*(?:${YEAR}|\\d\\d)|${YEAR}/\\d\\d`,
        ],
        [
          'lastQuarter',
          `(?:im\\s+)?(?:vergangenen|letzten|abgelaufenen)\\s+Quartal|Quartals(?:verlust|gewinn|umsatz|zahlen|ergebnis)\\p{L}*`,
        ],
        ['none', `(?:im\\s+|des\\s+|dem\\s+)?Vorjahr(?:es)?`],
        [
          'relYear',
          `(?:in\\s+)?diese[mns]?\\s+Jahr(?:es)?|(?:im\\s+)?(?:vergangenen|letzten|abgelaufenen|kommenden|nächsten)\\s+Jahr|(?:vergangenes|letztes|nächstes)\\s+Jahr|(?:bis\\s+)?(?:zum\\s+)?(?:Jahresende|Ende\\s+des\\s+Jahres)`,
        ],
        ['horizon', `bis\\s+(?:(?:zum\\s+Jahr|Ende)\\s+)?${YEAR}`],
        ['now', `sofort|anfangs|zunächst|zu\\s+Beginn`],
        ['month', `(?:im|seit|bis|Ende|Anfang|Mitte)\\s+${M}(?:\\s+${YEAR})?|${M}\\s+${YEAR}`],
        ['year', YEAR],
      ];
  }
}

interface Compiled {
  re: RegExp;
  kinds: Kind[];
}
const compiled = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const alts = alternatives(lang);
    const body = alts.map(([, p], i) => `(?<p${i}>${p})`).join('|');
    c = {
      re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'),
      kinds: alts.map(([k]) => k),
    };
    compiled.set(lang, c);
  }
  return c;
}

/** Every period cue in `text`, in order, in one pass. */
export function findPeriods(text: string, lang: Lang): FoundPeriod[] {
  const { re, kinds } = compile(lang);
  const out: FoundPeriod[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const groups = m.groups ?? {};
    let kind: Kind = 'none';
    for (let i = 0; i < kinds.length; i++)
      if (groups[`p${i}`] !== undefined) {
        kind = kinds[i] as Kind;
        break;
      }
    const cue = parseCue(kind, m[0], lang);
    if (cue) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], cue });
  }
  return out;
}

const FULL_YEAR = /(?:19[5-9]\d|20\d\d)/;
const FISCAL_WORD = /fiscal|FY|exercice|ejercicio|Geschäfts/i;

function yearIn(s: string): number | null {
  const m = FULL_YEAR.exec(s);
  if (m) return Number(m[0]);
  const short = /(?:['’]|FY\s*|Q[1-4]\s*)(\d\d)(?!\d)|(\d\d)$/i.exec(s);
  const yy = short?.[1] ?? short?.[2];
  return yy ? 2000 + Number(yy) : null;
}

function ordinalIn(s: string, lang: Lang): number {
  const lower = s.toLowerCase();
  const ords = ORDINALS[lang];
  for (let i = 0; i < ords.length; i++)
    for (const w of ords[i] as string[]) {
      if (/\d/.test(w)) continue;
      if (new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(lower)) return i + 1;
    }
  const m = /[QTSH]([1-4])/.exec(s) ?? /(?<!\d)([1-4])(?:Q|\.|st|nd|rd|th|er|ème|e|º)/i.exec(s);
  return m ? Number(m[1]) : 1;
}

function monthIn(s: string, lang: Lang): number {
  const lower = s.toLowerCase();
  const names = MONTHS[lang];
  for (let i = 0; i < names.length; i++) if (lower.includes(names[i] as string)) return i + 1;
  return 1;
}

function parseCue(kind: Kind, s: string, lang: Lang): PeriodCue | null {
  const lower = s.toLowerCase();
  switch (kind) {
    case 'year':
    case 'horizon':
    case 'date':
      return { type: kind, year: Number(FULL_YEAR.exec(s)?.[0]) };
    case 'fy': {
      // "exercice 2024/2025", "Geschäftsjahr 2024/25": named after the year it ends in.
      const pair = /((?:19|20)\d\d)\s*[-/]\s*(\d{2,4})/.exec(s);
      if (pair) {
        const end = (pair[2] as string).length === 2 ? 2000 + Number(pair[2]) : Number(pair[2]);
        return { type: 'fy', year: end };
      }
      const y = yearIn(s);
      return y === null ? null : { type: 'fy', year: y };
    }
    case 'fyCurrent':
      return { type: 'fyCurrent' };
    case 'quarter': {
      const year = FULL_YEAR.test(s) || /\d\d$/.test(s) || /['’]\d\d/.test(s) ? yearIn(s) : null;
      return { type: 'quarter', q: ordinalIn(s, lang), year, fiscal: FISCAL_WORD.test(s) };
    }
    case 'lastQuarter':
      return { type: 'lastQuarter', fiscal: FISCAL_WORD.test(s) };
    case 'monthQuarter':
      return { type: 'monthQuarter', month: monthIn(s, 'en') };
    case 'half':
      return {
        type: 'half',
        h: ordinalIn(s, lang) === 2 ? 2 : 1,
        year: FULL_YEAR.test(s) ? yearIn(s) : null,
        fiscal: FISCAL_WORD.test(s),
      };
    case 'month':
      return { type: 'month', month: monthIn(s, lang), year: FULL_YEAR.test(s) ? yearIn(s) : null };
    case 'now':
      return { type: 'now' };
    case 'relYear': {
      const last = /dernière|dernier|passée|passé|last|pasado|vergangen|letzte|abgelaufen/.test(
        lower,
      );
      const next = /prochaine|prochain|next|próximo|que viene|kommenden|nächste/.test(lower);
      return { type: 'relYear', offset: last ? -1 : next ? 1 : 0 };
    }
    case 'span': {
      const ys = s.match(/(?:19[5-9]\d|20\d\d)/g) ?? [];
      return { type: 'span', from: Number(ys[0]), to: Number(ys[1] ?? ys[0]) };
    }
    case 'none':
      return { type: 'none' };
  }
  return null;
}

/** Whether a cue dates a whole year (so investing words mean a year's capex). */
export function isAnnual(cue: PeriodCue): boolean {
  return (
    cue.type === 'year' || cue.type === 'relYear' || cue.type === 'fy' || cue.type === 'fyCurrent'
  );
}

/** A resolved period and the words of the rule. */
export interface ResolvedPeriod {
  period: string | null;
  rule: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Absolute month index of an ISO date, or null. */
export function monthIndexOf(iso: string | null): number | null {
  const m = iso ? /^(\d{4})-(\d{2})/.exec(iso) : null;
  return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : null;
}

/**
 * The period a cue names, for a figure of `companyId` in an article published at
 * `publishedAt` (ISO date). Quarters without a year are the latest of that number to have
 * started by publication; "quarterly" is the latest quarter ended. A company with its own fiscal
 * year (fiscal.ts) gets fiscal quarters.
 */
export function resolvePeriod(
  found: FoundPeriod,
  publishedAt: string | null,
  companyId: string | null,
  companyName: string | null,
): ResolvedPeriod {
  const { cue } = found;
  const quoted = `'${found.text.replace(/\s+/g, ' ')}'`;
  const pub = monthIndexOf(publishedAt);
  const at = publishedAt ? ` at publication ${publishedAt.slice(0, 10)}` : '';
  const needsDate = (): ResolvedPeriod => ({
    period: null,
    rule: `${quoted} needs a publication date`,
  });
  const fiscal = fiscalYearOf(companyId);
  const own = hasOwnFiscalYear(companyId);
  const whose = own && companyName ? ` (${companyName}'s ${describeFiscalYear(fiscal)})` : '';
  switch (cue.type) {
    case 'year':
    case 'horizon':
    case 'date':
      return { period: String(cue.year), rule: `${quoted} → ${cue.year}` };
    case 'fy':
      return { period: `FY${cue.year}`, rule: `${quoted} → FY${cue.year}` };
    case 'relYear': {
      if (pub === null) return needsDate();
      const y = Math.floor(pub / 12) + cue.offset;
      return { period: String(y), rule: `${quoted}${at} → ${y}` };
    }
    case 'now': {
      if (pub === null) return needsDate();
      const y = Math.floor(pub / 12);
      return { period: String(y), rule: `${quoted}${at} → ${y}` };
    }
    case 'fyCurrent': {
      if (pub === null) return needsDate();
      const fy = fiscalYearContaining(pub, fiscal);
      return { period: `FY${fy}`, rule: `${quoted}${at} → FY${fy}${whose}` };
    }
    case 'month': {
      let y = cue.year;
      if (y === null) {
        if (pub === null) return needsDate();
        y = Math.floor(pub / 12);
        if (y * 12 + cue.month - 1 > pub) y -= 1;
      }
      const p = `${y}-${pad(cue.month)}`;
      return { period: p, rule: `${quoted}${cue.year === null ? at : ''} → ${p}` };
    }
    case 'quarter':
    case 'half': {
      const n = cue.type === 'quarter' ? cue.q : cue.h;
      const len = cue.type === 'quarter' ? 3 : 6;
      const tag = cue.type === 'quarter' ? `Q${n}` : `H${n}`;
      const isFiscal = cue.fiscal || (cue.year === null && own);
      if (cue.year !== null) {
        const p = `${cue.fiscal ? 'FY' : ''}${cue.year}-${tag}`;
        return { period: p, rule: `${quoted} → ${p}` };
      }
      if (pub === null) return needsDate();
      const f = isFiscal ? fiscal : fiscalYearOf(null);
      // The latest fiscal year whose n-th quarter (or half) had started by publication.
      let fy = fiscalYearContaining(pub, f) + 1;
      while (fiscalYearStart(fy, f) + len * (n - 1) > pub) fy--;
      const p = `${isFiscal ? 'FY' : ''}${fy}-${tag}`;
      return { period: p, rule: `${quoted}${at} → ${p}${isFiscal ? whose : ''}` };
    }
    case 'lastQuarter':
    case 'monthQuarter': {
      if (pub === null) return needsDate();
      const isFiscal = cue.type === 'lastQuarter' ? cue.fiscal || own : own;
      const f = isFiscal ? fiscal : fiscalYearOf(null);
      // A month inside the quarter meant: the last month before publication, or the latest
      // occurrence of the named month.
      let month = pub - 1;
      if (cue.type === 'monthQuarter') {
        month = Math.floor(pub / 12) * 12 + cue.month - 1;
        if (month > pub) month -= 12;
      }
      const fy = fiscalYearContaining(month, f);
      const q = Math.floor((month - fiscalYearStart(fy, f)) / 3) + 1;
      if (cue.type === 'lastQuarter' && month - (fiscalYearStart(fy, f) + 3 * (q - 1)) < 2) {
        // The quarter holding last month has not ended yet: take the one before.
        const prev = fiscalYearStart(fy, f) + 3 * (q - 1) - 1;
        const pfy = fiscalYearContaining(prev, f);
        const pq = Math.floor((prev - fiscalYearStart(pfy, f)) / 3) + 1;
        const p = `${isFiscal ? 'FY' : ''}${pfy}-Q${pq}`;
        return { period: p, rule: `${quoted}${at} → ${p}${isFiscal ? whose : ''}` };
      }
      const p = `${isFiscal ? 'FY' : ''}${fy}-Q${q}`;
      return { period: p, rule: `${quoted}${at} → ${p}${isFiscal ? whose : ''}` };
    }
    case 'span':
      return { period: null, rule: `${quoted} spans several years` };
    case 'none':
      return { period: null, rule: `${quoted} is a comparison, not a period` };
  }
}
