/**
 * The claims library's measured work, shared by the Node run (fake-indexeddb) and the real
 * Chromium run (this file bundled into a page): fill a database with generated claims, then
 * time what the reader waits for, through the functions the extension itself calls. Returns
 * figures; prints nothing.
 */
import { liveQuery } from 'dexie';
import { METRICS } from '@/lib/attribute/types';
import rates from '@/lib/compare/data/rates.generated.json';
import { findDisagreements } from '@/lib/compare/disagreements';
import type { RateTable } from '@/lib/compare/rates';
import { compareRows, orderMetrics, orderPeriods } from '@/lib/compare/rows';
import {
  claimsForMetric,
  claimsOfMetric,
  claimsWithPeriod,
  deleteClaims,
  factsToCompare,
  filterChoices,
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
 * An id shaped like the background's crypto.randomUUID() ones (36 characters: every index
 * entry holds one, so their length is part of what writes and reads cost), unique for each
 * seed and claim number.
 */
function uuid(random: () => number, seed: number, i: number): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  const tail = `${(seed % 0x10000).toString(16).padStart(4, '0')}${i.toString(16).padStart(8, '0')}`;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${tail}`;
}

/**
 * `n` claims like a heavy reader's: 500 companies, Tally's 20 metrics with capex the most
 * common (15%), periods 2018–2026 (years, some quarters), five currencies, articles over
 * eight years. Each seed gives other ids.
 */
export function generateClaims(n: number, seed = 1): Claim[] {
  const random = rng(seed);
  // Ids from a generator of their own, so the claims are the same as with the earlier ids.
  const idRandom = rng(seed ^ 0x5bd1e995);
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
      id: uuid(idRandom, seed, i),
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

/**
 * Fills `db` with `n` generated claims, through the import (claims and their facts), 10,000
 * per transaction; returns the milliseconds.
 */
export async function fillLibrary(db: TallyDB, n: number): Promise<number> {
  const all = generateClaims(n);
  const t = performance.now();
  for (let i = 0; i < all.length; i += 10_000) await importClaims(db, all.slice(i, i + 10_000));
  return performance.now() - t;
}

/**
 * Dexie keeps a live query's results for 3 s after its last subscriber leaves, and serves the
 * same query from them meanwhile: each Compare run waits longer than that, so that every run
 * reads IndexedDB as a newly opened popup does.
 */
const LIVE_QUERY_CACHE_MS = 3_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first result of a live query, as the popup's useLiveQuery hooks get it. */
function live<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        queueMicrotask(() => subscription.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });
}

/**
 * The floor under any import: the same records put with IndexedDB alone (no Dexie, no index)
 * in one transaction, into a database of their own, deleted afterwards.
 */
async function barePut(records: readonly Claim[], name: string): Promise<number> {
  const request = (r: IDBRequest | IDBOpenDBRequest) =>
    new Promise<void>((resolve, reject) => {
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('claims', { keyPath: 'id' });
  await request(open);
  const idb = open.result;
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('claims', 'readwrite');
    const store = tx.objectStore('claims');
    for (const record of records) store.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t;
  idb.close();
  await request(indexedDB.deleteDatabase(name));
  return ms;
}

/** What one run measured, in milliseconds unless named otherwise. */
export interface ClaimsFigures {
  claims: number;
  openMs: number;
  /** Time spent waiting for IndexedDB to finish compacting, between the measurements. */
  settleMs: number;
  compareColdMs: number;
  compareMedianMs: number;
  /** The first run's steps, then the medians of the others: keys, reading, converting and grouping. */
  compareColdSteps: [number, number, number];
  compareSteps: [number, number, number];
  compareClaims: number;
  compareRows: number;
  compareAnyPeriodMs: number;
  compareAnyPeriodClaims: number;
  /** Records of the facts table Compare read for the newest period. */
  compareChunks: number;
  /** The hover card's comparisons for a metric (capex; a rare one): first, then median of 5. */
  cardMs: { capex: number[]; rare: number[] };
  cardCompanies: { capex: number; rare: number };
  cardRareMetric: string;
  saveMedianMs: number;
  saveP95Ms: number;
  searchFirstPageMs: number;
  searchWordMs: number;
  filterChoicesMs: number;
  importCheckMs: number[];
  importWriteMs: number[];
  /** Of each write, the part after the last claim was written: filing the facts. */
  importFactsMs: number[];
  importBareMs: number[];
  /** Deleting each run's 10,000 imported claims at once (the Claims view's undoable delete). */
  deleteMs: number[];
  /** The first run's file imported a second time: every claim replaces itself. */
  reimportMs: number;
  importBytes: number;
  disagreementsMs: number;
  disagreementsFound: number;
  disagreementsAllMs: number;
  disagreementsAllFound: number;
}

/** How many times the import (and the bare put beside it) is measured. */
const IMPORT_RUNS = 3;

/**
 * Waits until IndexedDB's storage has stopped compacting after big writes (a filled library,
 * an import); resolves to the milliseconds waited. LevelDB, under Chromium's IndexedDB, slows
 * every write while compactions are behind: measured then, saving one claim took 15–30 ms.
 * A reader's library of 100,000 claims grew over months, with all the time to settle.
 */
export type Settle = () => Promise<number>;

/**
 * Measures `db`, already filled with `n` claims (in Chromium, by an earlier browser session,
 * so this one starts as a popup would: nothing cached). In order: opening the database, then
 * waiting for its storage to settle; Compare as ComparePanel loads it (each step a live query,
 * awaited in turn as its hooks are: the metrics, the first metric's periods, the claims of the
 * newest period, then converted and grouped), first and then seven more times (each a few
 * seconds apart, so none is served from Dexie's cache of the one before); saving one claim;
 * the Claims view's first page, a word search and its filters; importing 10,000 claims
 * (checked, then written in one transaction) three times, each beside a bare IndexedDB put
 * of the same records, and each import's claims deleted again (not timed) so that every
 * import meets 100,000 claims; and the Disagreements view.
 */
export async function measureClaims(
  db: TallyDB,
  n: number,
  settle: Settle = async () => 0,
): Promise<ClaimsFigures> {
  const table = rates as RateTable;
  let t = performance.now();
  await db.open();
  const openMs = performance.now() - t;
  let settleMs = await settle();

  const compareOnce = async (anyPeriod = false) => {
    const start = performance.now();
    const metrics = await live(async () => orderMetrics(await metricsInLibrary(db)));
    const metric = metrics[0] as string;
    const periods = await live(async () => orderPeriods(await periodsOf(db, metric)));
    const keysMs = performance.now() - start;
    const period = anyPeriod ? null : (periods[0] as string);
    const claims = await live(() => factsToCompare(db, metric, period));
    const readMs = performance.now() - start - keysMs;
    const result = compareRows(claims, 'EUR', table);
    const ms = performance.now() - start;
    return {
      ms,
      steps: [keysMs, readMs, ms - keysMs - readMs] as [number, number, number],
      claims: claims.length,
      rows: result.rows.length,
    };
  };
  const cold = await compareOnce();
  const runs: Awaited<ReturnType<typeof compareOnce>>[] = [];
  for (let i = 0; i < 7; i++) {
    await sleep(LIVE_QUERY_CACHE_MS);
    runs.push(await compareOnce());
  }
  await sleep(LIVE_QUERY_CACHE_MS);
  const anyPeriod = await compareOnce(true);
  const newest = orderPeriods(await periodsOf(db, 'capex'))[0] as string;
  const compareChunks = await db.facts
    .where('[metric+period+chunk]')
    .between(['capex', newest, 0], ['capex', newest, Infinity])
    .count();

  // The hover card asks the background for a metric's comparisons: capex, the most common
  // metric, and the library's rarest, whose claims are furthest apart among the newest.
  const counts = await Promise.all(
    (await metricsInLibrary(db)).map(
      async (m) => [m, (await factsToCompare(db, m, null)).length] as const,
    ),
  );
  const rare = [...counts].sort((a, b) => a[1] - b[1])[0]?.[0] ?? 'capex';
  const cardMs = { capex: [] as number[], rare: [] as number[] };
  const cardCompanies = { capex: 0, rare: 0 };
  for (let i = 0; i < 5; i++) {
    for (const [which, m] of [
      ['capex', 'capex'],
      ['rare', rare],
    ] as const) {
      t = performance.now();
      cardCompanies[which] = (await claimsForMetric(db, m, 50)).length;
      cardMs[which].push(performance.now() - t);
    }
  }

  // Claims are saved by the background, where no live query runs; here, while Dexie still kept
  // Compare's results, it would update them at every save (15 ms a save, not 3–5).
  await sleep(LIVE_QUERY_CACHE_MS);
  const saves: number[] = [];
  for (const claim of generateClaims(50, 7)) {
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
  t = performance.now();
  await filterChoices(db);
  const filterChoicesMs = performance.now() - t;

  const importCheckMs: number[] = [];
  const importWriteMs: number[] = [];
  const importFactsMs: number[] = [];
  const importBareMs: number[] = [];
  let reimportMs = 0;
  const deleteMs: number[] = [];
  let importBytes = 0;
  for (let run = 0; run < IMPORT_RUNS; run++) {
    const incoming = generateClaims(10_000, 99 + run);
    const text = exportJson({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      schema: db.verno,
      exportedAt: new Date(0).toISOString(),
      claims: incoming,
    });
    importBytes = text.length;
    settleMs += await settle();
    // The bare put goes first in even runs and second in odd ones, so neither always meets
    // the other's leftovers (IndexedDB's storage compacts in the background after writes).
    if (run % 2 === 0) importBareMs.push(await barePut(incoming, `${db.name}-bare`));
    t = performance.now();
    const check = await checkImport(text);
    importCheckMs.push(performance.now() - t);
    if (!check.ok) throw new Error(`bench import refused: ${JSON.stringify(check.problems)}`);
    t = performance.now();
    let claimsWritten = 0;
    const result = await importClaims(db, check.claims, {
      onProgress: (p) => {
        if (p.done === p.total) claimsWritten = performance.now();
      },
    });
    importWriteMs.push(performance.now() - t);
    importFactsMs.push(performance.now() - claimsWritten);
    if (result.added !== incoming.length)
      throw new Error(`bench import: ${JSON.stringify(result)}`);
    if (run % 2 === 1) importBareMs.push(await barePut(incoming, `${db.name}-bare`));
    if (run === 0) {
      settleMs += await settle();
      t = performance.now();
      const again = await importClaims(db, check.claims);
      reimportMs = performance.now() - t;
      if (again.replaced !== incoming.length)
        throw new Error(`bench re-import: ${JSON.stringify(again)}`);
    }
    t = performance.now();
    const deleted = await deleteClaims(
      db,
      incoming.map((c) => c.id),
    );
    deleteMs.push(performance.now() - t);
    if (deleted.length !== incoming.length) throw new Error(`bench delete: ${deleted.length}`);
  }
  settleMs += await settle();

  // The Disagreements view reads one metric at a time (capex first), or all on request.
  t = performance.now();
  const found = findDisagreements(await claimsOfMetric(db, 'capex'), {
    base: 'EUR',
    table,
  });
  const disagreementsMs = performance.now() - t;
  t = performance.now();
  const foundAll = findDisagreements(await claimsWithPeriod(db), { base: 'EUR', table });
  const disagreementsAllMs = performance.now() - t;

  const step = (i: number) => median(runs.map((r) => r.steps[i] as number));
  return {
    claims: n,
    openMs,
    settleMs,
    compareColdMs: cold.ms,
    compareMedianMs: median(runs.map((r) => r.ms)),
    compareColdSteps: cold.steps,
    compareSteps: [step(0), step(1), step(2)],
    compareClaims: cold.claims,
    compareRows: cold.rows,
    compareAnyPeriodMs: anyPeriod.ms,
    compareAnyPeriodClaims: anyPeriod.claims,
    compareChunks,
    cardMs,
    cardCompanies,
    cardRareMetric: rare,
    saveMedianMs: median(saves),
    saveP95Ms: p95(saves),
    searchFirstPageMs,
    searchWordMs,
    filterChoicesMs,
    importCheckMs,
    importWriteMs,
    importFactsMs,
    importBareMs,
    reimportMs,
    deleteMs,
    importBytes,
    disagreementsMs,
    disagreementsFound: found.length,
    disagreementsAllMs,
    disagreementsAllFound: foundAll.length,
  };
}
