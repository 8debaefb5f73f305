/**
 * Sources that disagree: claims about the same company, metric and period, from different
 * pages, whose values are further apart than rounding and a tolerance allow once converted to
 * one currency at each article's month. Pure.
 *
 * The rules, in order:
 * 1. A figure is an interval: what was written, give or take half its last written digit
 *    ("62 milliards" is 61.5 to 62.5 billion, "1,3 million" 1.25 to 1.35 million), widened by
 *    its qualifier ("about" ±10%, "more than" has no top, "up to" no bottom). A range is its
 *    two ends, each rounded so.
 * 2. Money is converted to the base currency at the rates of each claim's article month.
 * 3. Two claims disagree when the gap between their intervals is more than `tolerance` of the
 *    lower one (5% by default: monthly rates and a reporter's own conversion differ that much).
 *    62 Md€ (January 2025, about $64.2 billion) and $65 billion agree.
 * 4. A likely currency slip: the same number written in two different currencies ("500
 *    milliards d'euros" and "$500 billion"), where the exchange rate makes them different
 *    amounts beyond rounding. One of the two sources probably copied the figure and changed
 *    its currency sign. Flagged even within the tolerance: the same digits are the clue.
 */
import type { RateTable } from './rates';
import { articleTime, type ClaimFacts, claimValue, companyKey } from './rows';

export interface DisagreementOptions {
  base: string;
  table: RateTable;
  /** Gap allowed between two claims' intervals, as a share of the lower one. */
  tolerance?: number;
  /** How far "about" stretches a figure, either way. */
  approximately?: number;
  /** Claims looked at per company, metric and period (the newest): keeps pairs few. */
  maxPerGroup?: number;
}

export interface DisagreementSide<C extends ClaimFacts = ClaimFacts> {
  claim: C;
  /** The claim's interval in comparable units (money in the base currency). */
  low: number;
  high: number;
}

export interface Disagreement<C extends ClaimFacts = ClaimFacts> {
  /** `company|metric|period`. */
  key: string;
  company: string;
  metric: string;
  period: string;
  kind: 'differ' | 'currency-slip';
  /** The gap between the two intervals, as a share of the lower one (0 when they overlap). */
  gap: number;
  a: DisagreementSide<C>;
  b: DisagreementSide<C>;
}

export type Verdict =
  | { kind: 'agree'; gap: number }
  | { kind: 'differ'; gap: number }
  | { kind: 'currency-slip'; gap: number }
  | { kind: 'not-comparable' };

/**
 * Half a unit of the last digit a figure was written with: 62e9 → 0.5e9, 1.3e6 → 0.05e6,
 * 66 → 0.5. Reads the value in its scale (thousand, million, billion…) with up to 3 decimals.
 */
export function writtenPrecision(value: number): number {
  const abs = Math.abs(value);
  if (abs === 0 || !Number.isFinite(abs)) return 0;
  const scale = abs < 1000 ? 1 : 1000 ** Math.floor(Math.log10(abs) / 3);
  const mantissa = abs / scale;
  for (let decimals = 0; decimals < 3; decimals++) {
    const shifted = mantissa * 10 ** decimals;
    if (Math.abs(shifted - Math.round(shifted)) < 1e-6 * shifted)
      return (0.5 * scale) / 10 ** decimals;
  }
  return (0.5 * scale) / 1000;
}

interface Interval {
  low: number;
  high: number;
}

/** The interval a claim's written figure stands for, before any qualifier. */
function rounded(claim: ClaimFacts): Interval | null {
  if (claim.value === null) return null;
  const top = claim.valueMax ?? claim.value;
  return {
    low: claim.value - writtenPrecision(claim.value),
    high: top + writtenPrecision(top),
  };
}

function qualified(interval: Interval, claim: ClaimFacts, approximately: number): Interval {
  switch (claim.qualifier) {
    case 'approximately':
      return { low: interval.low * (1 - approximately), high: interval.high * (1 + approximately) };
    case 'more-than':
    case 'at-least':
      return { low: interval.low, high: Number.POSITIVE_INFINITY };
    case 'less-than':
    case 'up-to':
      return { low: Math.min(0, interval.low), high: interval.high };
    default:
      return interval;
  }
}

const scaled = (i: Interval, rate: number): Interval => ({
  low: i.low * rate,
  high: i.high * rate,
});

/** The gap between two intervals as a share of the lower one; 0 when they overlap. */
export function gapBetween(a: Interval, b: Interval): number {
  const [lower, upper] = a.high <= b.high ? [a, b] : [b, a];
  if (upper.low <= lower.high) return 0;
  if (lower.high <= 0) return Number.POSITIVE_INFINITY;
  return (upper.low - lower.high) / lower.high;
}

/** Whether two claims about the same thing agree, differ, or look like a currency slip. */
export function compareClaims<C extends ClaimFacts>(
  a: C,
  b: C,
  options: DisagreementOptions,
): Verdict & { sides?: [DisagreementSide<C>, DisagreementSide<C>] } {
  if (a.qualifier === 'vague' || b.qualifier === 'vague') return { kind: 'not-comparable' };
  const va = claimValue(a, options.base, options.table);
  const vb = claimValue(b, options.base, options.table);
  const ra = rounded(a);
  const rb = rounded(b);
  if (!va || !vb || !ra || !rb || va.unitKey !== vb.unitKey) return { kind: 'not-comparable' };
  const rateA = va.conversion?.rate ?? 1;
  const rateB = vb.conversion?.rate ?? 1;
  const approximately = options.approximately ?? 0.1;
  const ia = scaled(qualified(ra, a, approximately), rateA);
  const ib = scaled(qualified(rb, b, approximately), rateB);
  const gap = gapBetween(ia, ib);
  const sides: [DisagreementSide<C>, DisagreementSide<C>] = [
    { claim: a, ...ia },
    { claim: b, ...ib },
  ];
  const slip =
    a.kind === 'money' &&
    a.currency !== null &&
    b.currency !== null &&
    a.currency !== b.currency &&
    gapBetween(ra, rb) === 0 &&
    gapBetween(scaled(ra, rateA), scaled(rb, rateB)) > 0;
  if (slip) return { kind: 'currency-slip', gap, sides };
  if (gap > (options.tolerance ?? 0.05)) return { kind: 'differ', gap, sides };
  return { kind: 'agree', gap };
}

/**
 * Every pair of claims from different pages that disagree about the same company, metric and
 * period. Currency slips first, then the widest gaps.
 */
export function findDisagreements<C extends ClaimFacts>(
  claims: readonly C[],
  options: DisagreementOptions,
): Disagreement<C>[] {
  const groups = new Map<string, C[]>();
  for (const claim of claims) {
    const company = companyKey(claim);
    if (!company || !claim.metric || !claim.period || claim.value === null) continue;
    const key = `${company}|${claim.metric}|${claim.period}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const max = options.maxPerGroup ?? 50;
  const found: Disagreement<C>[] = [];
  for (const [key, all] of groups) {
    if (all.length < 2) continue;
    const group = [...all]
      .sort((x, y) => articleTime(y) - articleTime(x) || y.savedAt - x.savedAt)
      .slice(0, max);
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as C;
        const b = group[j] as C;
        if (a.canonicalUrl === b.canonicalUrl) continue;
        const verdict = compareClaims(a, b, options);
        if ((verdict.kind === 'differ' || verdict.kind === 'currency-slip') && verdict.sides) {
          found.push({
            key,
            company: a.companyName ?? b.companyName ?? key,
            metric: a.metric as string,
            period: a.period as string,
            kind: verdict.kind,
            gap: verdict.gap,
            a: verdict.sides[0],
            b: verdict.sides[1],
          });
        }
      }
    }
  }
  return found.sort(
    (x, y) =>
      Number(y.kind === 'currency-slip') - Number(x.kind === 'currency-slip') ||
      y.gap - x.gap ||
      x.key.localeCompare(y.key),
  );
}
