/**
 * Claims → Compare's rows: each company's latest claim about a metric and period, in the
 * reader's base currency at the rates of the claim's article month. Pure: the claims, the base
 * currency and the rate table come in as arguments.
 */
import { METRICS } from '@/lib/attribute/types';
import type { MentionKind, Qualifier } from '@/lib/extract/types';
import { type Conversion, convert, type RateTable } from './rates';

/** What comparison needs of a saved claim (lib/db's Claim has all of it). */
export interface ClaimFacts {
  id: string;
  kind: MentionKind;
  value: number | null;
  valueMax: number | null;
  currency: string | null;
  unit: string | null;
  qualifier: Qualifier | null;
  companyId: string | null;
  companyName: string | null;
  metric: string | null;
  period: string | null;
  quote: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  publishedAt: string | null;
  savedAt: number;
}

/**
 * What Compare needs of a claim: what compareRows reads, and the quote its table shows. The
 * facts lib/db keeps for Compare are exactly these fields (lib/db/facts.ts).
 */
export const COMPARED_FIELDS = [
  'id',
  'kind',
  'value',
  'valueMax',
  'currency',
  'unit',
  'qualifier',
  'companyId',
  'companyName',
  'quote',
  'canonicalUrl',
  'publishedAt',
  'savedAt',
] as const satisfies readonly (keyof ClaimFacts)[];

export type ComparedClaim = Pick<ClaimFacts, (typeof COMPARED_FIELDS)[number]>;

const ISO_MONTH = /^(\d{4})-(\d{2})/;

/** Epoch ms of an ISO date string, or null when it is not one. */
function parseDate(iso: string | null): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The month (YYYY-MM) whose exchange rates apply to a claim: the article's publication month
 * as the page wrote it, else the month the reader saved it (UTC).
 */
export function articleMonth(claim: Pick<ClaimFacts, 'publishedAt' | 'savedAt'>): string {
  // The date as written ("2025-02-01T00:30:00+01:00" is February where it was published).
  const written = claim.publishedAt?.match(ISO_MONTH);
  if (written && Number(written[2]) >= 1 && Number(written[2]) <= 12)
    return `${written[1]}-${written[2]}`;
  const ms = parseDate(claim.publishedAt) ?? claim.savedAt;
  return new Date(ms).toISOString().slice(0, 7);
}

/** When the claim's article is from: its publication date, else when the reader saved it. */
export function articleTime(claim: Pick<ClaimFacts, 'publishedAt' | 'savedAt'>): number {
  return parseDate(claim.publishedAt) ?? claim.savedAt;
}

/** A claim's value in comparable units: money in the base currency, anything else as it is. */
export interface ClaimValue {
  low: number;
  /** The top of a range, else equal to `low`. */
  high: number;
  /** What the value is in: `money:EUR`, `count:GPU`, `percent:%`… Only equal units compare. */
  unitKey: string;
  /** For money in another currency: the conversion used (rate, month, nearest month or not). */
  conversion: Conversion | null;
}

/**
 * A claim's value for comparison, or null when it has none (vague) or no rate converts it.
 * `conversions` keeps each currency and month's conversion for the next claims that need it.
 */
export function claimValue(
  claim: Pick<
    ClaimFacts,
    'kind' | 'value' | 'valueMax' | 'currency' | 'unit' | 'publishedAt' | 'savedAt'
  >,
  base: string,
  table: RateTable,
  conversions?: Map<string, Conversion | null>,
): ClaimValue | null {
  if (claim.value === null) return null;
  const high = claim.valueMax ?? claim.value;
  if (claim.kind !== 'money') {
    return {
      low: claim.value,
      high,
      unitKey: `${claim.kind}:${claim.unit ?? ''}`,
      conversion: null,
    };
  }
  if (!claim.currency) return null;
  if (claim.currency === base)
    return { low: claim.value, high, unitKey: `money:${base}`, conversion: null };
  const month = articleMonth(claim);
  const known = conversions?.get(`${claim.currency} ${month}`);
  const conversion = known !== undefined ? known : convert(1, claim.currency, base, month, table);
  conversions?.set(`${claim.currency} ${month}`, conversion);
  if (!conversion) return null;
  return {
    low: claim.value * conversion.rate,
    high: high * conversion.rate,
    unitKey: `money:${base}`,
    conversion,
  };
}

/** The key claims are grouped by company with: the company's id, else its name as typed. */
export function companyKey(claim: Pick<ClaimFacts, 'companyId' | 'companyName'>): string | null {
  if (claim.companyId) return `id:${claim.companyId}`;
  const name = claim.companyName?.trim();
  return name ? `name:${name.toLowerCase()}` : null;
}

/** One bar of the Compare chart. */
export interface CompareRow<C extends ComparedClaim = ComparedClaim> {
  key: string;
  company: string;
  /** The company's latest claim with a value: the one the bar shows. */
  latest: C;
  value: ClaimValue;
  /** Every claim of this company for the metric and period, newest article first. */
  claims: C[];
  /** How many different pages these claims come from. */
  sources: number;
}

export interface Comparison<C extends ComparedClaim = ComparedClaim> {
  rows: CompareRow<C>[];
  /** The unit every row is in (`money:EUR`…), or null when no claim had a usable value. */
  unitKey: string | null;
  /** Claims that could not be shown, and why. */
  left: { claim: C; reason: 'no-company' | 'no-value' | 'other-unit' }[];
}

/**
 * Compare's rows for claims already narrowed to one metric (and period): per company, the
 * latest claim (newest article, then newest save) that has a value in the most common unit,
 * biggest first. Money in the base currency at each claim's article month.
 */
export function compareRows<C extends ComparedClaim>(
  claims: readonly C[],
  base: string,
  table: RateTable,
): Comparison<C> {
  const left: Comparison<C>['left'] = [];
  const values = new Map<string, ClaimValue | null>();
  const unitCompanies = new Map<string, Set<string>>();
  const groups = new Map<string, C[]>();
  // 1,600 claims of a period come in a few currencies and months: each converted once.
  const conversions = new Map<string, Conversion | null>();
  for (const claim of claims) {
    const key = companyKey(claim);
    if (!key) {
      left.push({ claim, reason: 'no-company' });
      continue;
    }
    const value = claimValue(claim, base, table, conversions);
    values.set(claim.id, value);
    if (value) {
      const set = unitCompanies.get(value.unitKey) ?? new Set<string>();
      set.add(key);
      unitCompanies.set(value.unitKey, set);
    }
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  // The unit most companies are measured in; the others cannot share an axis with it.
  let unitKey: string | null = null;
  let most = 0;
  for (const [unit, companies] of unitCompanies) {
    if (companies.size > most || (companies.size === most && unit.startsWith('money:'))) {
      unitKey = unit;
      most = companies.size;
    }
  }
  // Each claim's date parsed once, not at every comparison of the sort.
  const times = new Map<C, number>();
  for (const claim of claims) times.set(claim, articleTime(claim));
  const newestFirst = (a: C, b: C) =>
    (times.get(b) as number) - (times.get(a) as number) || b.savedAt - a.savedAt;
  const rows: CompareRow<C>[] = [];
  for (const [key, group] of groups) {
    group.sort(newestFirst);
    const latest = group.find((c) => values.get(c.id)?.unitKey === unitKey);
    for (const claim of group) {
      const value = values.get(claim.id);
      if (!value) left.push({ claim, reason: 'no-value' });
      else if (value.unitKey !== unitKey) left.push({ claim, reason: 'other-unit' });
    }
    if (!latest) continue;
    rows.push({
      key,
      company: latest.companyName?.trim() || key.slice(key.indexOf(':') + 1),
      latest,
      value: values.get(latest.id) as ClaimValue,
      claims: group,
      sources: new Set(group.map((c) => c.canonicalUrl)).size,
    });
  }
  rows.sort((a, b) => b.value.high - a.value.high || a.company.localeCompare(b.company));
  return { rows, unitKey, left };
}

/** Metrics in the order Compare offers them: capex first when present, then Tally's vocabulary order, then the rest. */
export function orderMetrics(metrics: readonly string[]): string[] {
  const rank = (m: string) => {
    const i = (METRICS as readonly string[]).indexOf(m);
    return i === -1 ? METRICS.length : i;
  };
  return [...new Set(metrics)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

const PERIOD = /^(FY)?(\d{4})(?:-(Q|H)([1-4]))?$/;

/** Periods newest first: 2026, FY2026, 2025, 2025-H2, 2025-Q4… unknown shapes last. */
export function orderPeriods(periods: readonly string[]): string[] {
  const rank = (p: string): number => {
    const m = p.match(PERIOD);
    if (!m) return -1;
    const year = Number(m[2]);
    // Within a year: the whole year, the fiscal year, then halves and quarters, latest first.
    const part = !m[3] ? 90 : m[3] === 'H' ? 40 + Number(m[4]) * 10 : 10 + Number(m[4]) * 5;
    return year * 100 + part - (m[1] && !m[3] ? 1 : 0);
  };
  return [...new Set(periods)].sort((a, b) => rank(b) - rank(a) || a.localeCompare(b));
}
