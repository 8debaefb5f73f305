/**
 * The claims library's measured work, shared by the Node run (fake-indexeddb) and the real
 * Chromium run (this file bundled into a page): fill a database with generated claims, then
 * time what the reader waits for. Returns figures; prints nothing.
 */
import { METRICS } from '@/lib/attribute/types';
import rates from '@/lib/compare/data/rates.generated.json';
import { findDisagreements } from '@/lib/compare/disagreements';
import type { RateTable } from '@/lib/compare/rates';
import { compareRows, orderMetrics, orderPeriods } from '@/lib/compare/rows';
import {
  claimsToCompare,
  claimsWithPeriod,
  metricsInLibrary,
  periodsOf,
  saveClaim,
  searchClaims,
} from '@/lib/db/claims';
import type { Claim, TallyDB } from '@/lib/db/schema';
import {
  checkImport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportJson,
  importClaims,
} from '@/lib/db/transfer';

/** A small seeded generator, so every run measures the same library. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SAVES_FROM = Date.UTC(2024, 0, 1);
const CURRENCIES = ['USD', 'USD', 'USD', 'USD', 'EUR', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD'];
const QUALIFIERS = [null, null, null, 'approximately', 'more-than', 'up-to'] as const;

/**
 * `n` claims like a heavy reader's: 500 companies, Tally's 20 metrics with capex the most
 * common (15%), periods 2018–2026 (years, some quarters), five currencies, articles over
 * eight years.
 */
export function generateClaims(n: number, seed = 1, idPrefix = 'b'): Claim[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const claims: Claim[] = [];
  const start = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < n; i++) {
    const company = Math.floor(random() ** 2 * 500);
    const metric = random() < 0.15 ? 'capex' : pick(METRICS);
    const published = start + Math.floor(random() * span);
    const year = new Date(published).getUTCFullYear();
    const period = random() < 0.7 ? String(year) : `${year}-Q${1 + Math.floor(random() * 4)}`;
    const value = Math.round(random() * 1000) * 1e8;
    const site = `news${Math.floor(random() * 200)}.example`;
    const path = `/${year}/${i}`;
    claims.push({
      id: `${idPrefix}-${seed}-${i.toString(36)}`,
      kind: 'money',
      value,
      valueMax: random() < 0.1 ? value * 1.1 : null,
      currency: pick(CURRENCIES),
      unit: null,
      qualifier: pick(QUALIFIERS),
      companyId: `company-${company}`,
      companyName: `Company ${company}`,
      metric,
      period,
      quote: `${value / 1e9} billion`,
      prefix: 'The company plans to spend about ',
      suffix: ' on data centres this year, it said',
      position: Math.floor(random() * 20_000),
      url: `https://${site}${path}?utm_source=x`,
      canonicalUrl: `https://${site}${path}`,
      title: `Article ${i} about Company ${company}`,
      site,
      publishedAt: new Date(published).toISOString(),
      // Tally's claims are saved from 2024 on, of articles from any year.
      savedAt: Math.max(published, SAVES_FROM) + Math.floor(random() * 86_400_000 * 30),
      note: random() < 0.05 ? 'checked against the annual report' : '',
      tags: random() < 0.1 ? ['ai'] : [],
    });
  }
  return claims;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const p95 = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] as number;
};

/** What one run measured, in milliseconds unless named otherwise. */
export interface ClaimsFigures {
  claims: number;
  fillMs: number;
  compareColdMs: number;
  compareMedianMs: number;
  /** Medians of the steps: metric and period keys, reading the claims, converting and grouping. */
  compareKeysMs: number;
  compareReadMs: number;
  compareComputeMs: number;
  compareClaims: number;
  compareRows: number;
  compareAnyPeriodMs: number;
  compareAnyPeriodClaims: number;
  saveMedianMs: number;
  saveP95Ms: number;
  searchFirstPageMs: number;
  searchWordMs: number;
  importCheckMs: number;
  importWriteMs: number;
  importBytes: number;
  disagreementsMs: number;
  disagreementsFound: number;
  disagreementsAllMs: number;
  disagreementsAllFound: number;
}

/**
 * Fills `db` with `n` claims, then measures: the Compare view's data (metrics, periods, the
 * claims of capex in the newest period, converted and grouped), saving one claim, the Claims
 * view's first page, importing 10,000 claims (checked, then written in one transaction), and
 * the Disagreements view over every claim.
 */
export async function measureClaims(db: TallyDB, n: number): Promise<ClaimsFigures> {
  const table = rates as RateTable;
  const all = generateClaims(n);
  let t = performance.now();
  for (let i = 0; i < all.length; i += 10_000) await db.claims.bulkAdd(all.slice(i, i + 10_000));
  const fillMs = performance.now() - t;

  const compareOnce = async (anyPeriod = false) => {
    const start = performance.now();
    const metrics = orderMetrics(await metricsInLibrary(db));
    const metric = metrics[0] as string;
    const periods = orderPeriods(await periodsOf(db, metric));
    const keysMs = performance.now() - start;
    const claims = await claimsToCompare(db, metric, anyPeriod ? null : (periods[0] as string));
    const readMs = performance.now() - start - keysMs;
    const result = compareRows(claims, 'EUR', table);
    const ms = performance.now() - start;
    return {
      ms,
      keysMs,
      readMs,
      computeMs: ms - keysMs - readMs,
      claims: claims.length,
      rows: result.rows.length,
    };
  };
  const cold = await compareOnce();
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(await compareOnce());
  const warm = runs.map((r) => r.ms);
  const anyPeriod = await compareOnce(true);

  const saves: number[] = [];
  for (const claim of generateClaims(50, 7, 'save')) {
    t = performance.now();
    await saveClaim(db, claim);
    saves.push(performance.now() - t);
  }

  t = performance.now();
  await searchClaims(db, {}, 50);
  const searchFirstPageMs = performance.now() - t;
  t = performance.now();
  await searchClaims(db, { query: 'annual report' }, 50);
  const searchWordMs = performance.now() - t;

  const incoming = generateClaims(10_000, 99, 'import');
  const text = exportJson({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: 2,
    exportedAt: new Date(0).toISOString(),
    claims: incoming,
  });
  t = performance.now();
  const check = await checkImport(text);
  const importCheckMs = performance.now() - t;
  if (!check.ok) throw new Error(`bench import refused: ${JSON.stringify(check.problems)}`);
  t = performance.now();
  await importClaims(db, check.claims);
  const importWriteMs = performance.now() - t;

  // The Disagreements view reads one metric at a time (capex first), or all on request.
  t = performance.now();
  const found = findDisagreements(await claimsToCompare(db, 'capex', null), {
    base: 'EUR',
    table,
  });
  const disagreementsMs = performance.now() - t;
  t = performance.now();
  const foundAll = findDisagreements(await claimsWithPeriod(db), { base: 'EUR', table });
  const disagreementsAllMs = performance.now() - t;

  return {
    claims: n,
    fillMs,
    compareColdMs: cold.ms,
    compareMedianMs: median(warm),
    compareKeysMs: median(runs.map((r) => r.keysMs)),
    compareReadMs: median(runs.map((r) => r.readMs)),
    compareComputeMs: median(runs.map((r) => r.computeMs)),
    compareClaims: cold.claims,
    compareRows: cold.rows,
    compareAnyPeriodMs: anyPeriod.ms,
    compareAnyPeriodClaims: anyPeriod.claims,
    saveMedianMs: median(saves),
    saveP95Ms: p95(saves),
    searchFirstPageMs,
    searchWordMs,
    importCheckMs,
    importWriteMs,
    importBytes: text.length,
    disagreementsMs,
    disagreementsFound: found.length,
    disagreementsAllMs,
    disagreementsAllFound: foundAll.length,
  };
}
