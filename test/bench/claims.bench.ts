/**
 * `npm run bench -- claims`: the claims library with 100,000 claims. Runs in real Chromium
 * (Debian's, through playwright-core): the measured code is bundled with Vite and run in a
 * page served from 127.0.0.1, so IndexedDB is Chromium's own (the extension's origin uses the
 * same engine). The profile is a folder on disk, as a reader's is: one browser session fills
 * the library, a second one measures it, so the measurements start as a popup does, with the
 * library on disk and nothing of it cached in memory; between big writes the bench waits for
 * IndexedDB's storage to finish compacting, as a library that grew over months has. (Until
 * issue 6 the bench used a throwaway profile, whose IndexedDB Chromium keeps in memory: that
 * hid the cost of reading from disk, seconds for Compare's list of metrics.
 * `TALLY_BENCH_MEMORY=1` still runs it that way.)
 * Without Chromium, or with `TALLY_BENCH_NODE=1`, it runs in Node on fake-indexeddb instead,
 * and says so: those figures are far slower than a browser's.
 * Goals (issue 6): Compare view ready ≤ 300 ms, saving one claim ≤ 5 ms, importing 10,000
 * claims ≤ 2 s. Prints figures; asserts nothing.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { build } from 'vite';
import { TallyDB } from '../../lib/db/schema';
import { chromiumFlags, findBrowser } from '../support/browsers';
import { ROOT } from '../support/build';
import { startServer } from '../support/server';
import type { ClaimsFigures } from './claims-work';

const N = Number(process.env.TALLY_BENCH_CLAIMS ?? 100_000);
const IN_MEMORY = process.env.TALLY_BENCH_MEMORY === '1';

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: fileURLToPath(new URL('./claims-page.ts', import.meta.url)),
        formats: ['iife'],
        name: 'TallyBenchBundle',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if ('output' in out) {
      const chunk = out.output.find((o) => o.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the bench bundle produced no code');
}

/** Every file under `dir` with its size and time, as one string: it changes when they do. */
function filesState(dir: string): string {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .map((name) => {
        const info = statSync(join(dir, name));
        return `${name}:${info.size}:${info.mtimeMs}`;
      })
      .join('\n');
  } catch {
    return '';
  }
}

/**
 * Waits until no file of IndexedDB's storage (LevelDB, under Chromium's IndexedDB) has changed
 * for 5 s, at most 3 minutes: compactions after big writes are over. Resolves to the time waited.
 */
async function settled(dir: string): Promise<number> {
  const start = Date.now();
  let state = filesState(dir);
  let quietSince = Date.now();
  while (Date.now() - quietSince < 5_000 && Date.now() - start < 180_000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = filesState(dir);
    if (now !== state) {
      state = now;
      quietSince = Date.now();
    }
  }
  return Date.now() - start;
}

type BenchApi = {
  fill(n: number): Promise<number>;
  measure(n: number): Promise<ClaimsFigures>;
  upgrade(n: number): Promise<Upgrade>;
};
/** The upgrade of a version 3 library to the current schema (TALLY_BENCH_UPGRADE=1). */
type Upgrade = { ms: number; claims: number };
const UPGRADE = process.env.TALLY_BENCH_UPGRADE === '1';

/** Runs `work` with the bench's API in a page of `context`, at the fixture server's origin. */
async function inPage<T>(
  context: BrowserContext,
  url: string,
  code: string,
  work: (call: (name: keyof BenchApi, n: number) => Promise<unknown>) => Promise<T>,
): Promise<T> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(code);
  return work((name, n) =>
    page.evaluate(
      ([name, n]): Promise<unknown> =>
        (globalThis as unknown as { tallyBench: BenchApi }).tallyBench[name](n),
      [name, n] as const,
    ),
  );
}

async function inChromium(
  executablePath: string,
): Promise<{ fillMs: number; figures: ClaimsFigures; upgrade?: Upgrade }> {
  const code = await bundle();
  const server = await startServer();
  const url = server.url('plain-en.html');
  const options = { executablePath, headless: true, args: chromiumFlags() };
  try {
    if (IN_MEMORY) {
      const browser = await chromium.launch(options);
      try {
        return await inPage(await browser.newContext(), url, code, async (call) => ({
          fillMs: (await call('fill', N)) as number,
          figures: (await call('measure', N)) as ClaimsFigures,
        }));
      } finally {
        await browser.close();
      }
    }
    const profile = mkdtempSync(join(tmpdir(), 'tally-bench-'));
    try {
      const storage = join(profile, 'Default', 'IndexedDB');
      const session = async <T>(work: Parameters<typeof inPage<T>>[3]) => {
        const context = await chromium.launchPersistentContext(profile, options);
        await context.exposeFunction('tallyBenchSettle', () => settled(storage));
        try {
          return await inPage(context, url, code, work);
        } finally {
          await context.close();
        }
      };
      const fillMs = (await session(async (call) => {
        const ms = await call('fill', N);
        await settled(storage);
        return ms;
      })) as number;
      const figures = (await session((call) => call('measure', N))) as ClaimsFigures;
      if (!UPGRADE) return { fillMs, figures };
      const upgrade = (await session((call) => call('upgrade', N))) as Upgrade;
      return { fillMs, figures, upgrade };
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    await server.stop();
  }
}

async function inNode(): Promise<{ fillMs: number; figures: ClaimsFigures; upgrade?: Upgrade }> {
  await import('./fake-indexeddb');
  const { TallyDB } = await import('../../lib/db/schema');
  const { fillLibrary, measureClaims } = await import('./claims-work');
  const db = new TallyDB('tally-bench');
  try {
    const fillMs = await fillLibrary(db, N);
    return { fillMs, figures: await measureClaims(db, N) };
  } finally {
    await db.delete();
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const runs = (xs: number[]) =>
  `median ${ms(median(xs))} (${xs.map((x) => x.toFixed(0)).join(', ')})`;
const steps = ([keys, read, compute]: number[]) =>
  `keys ${ms(keys as number)}, reading the claims' facts ${ms(read as number)}, converting and grouping ${ms(compute as number)}`;

/** Runs the measurement and prints one line per figure. */
export async function run(): Promise<void> {
  const found = findBrowser('chromium');
  const node = process.env.TALLY_BENCH_NODE === '1' || 'missing' in found;
  const where = node
    ? "Node, fake-indexeddb (an in-memory IndexedDB written in JavaScript: not a browser's figures)"
    : `Chromium (${'path' in found ? found.path : ''}), IndexedDB in a page, ${
        IN_MEMORY
          ? 'throwaway profile (IndexedDB in memory: not where a reader’s library lives)'
          : 'profile on disk, filled in one browser session and measured in the next'
      }`;
  const {
    fillMs,
    figures: f,
    upgrade,
  } = node || !('path' in found) ? await inNode() : await inChromium(found.path);
  const imports = f.importCheckMs.map((check, i) => check + (f.importWriteMs[i] as number));
  console.log(`where: ${where}`);
  // Browsers' IndexedDB timings swing with the machine's load: say what it was.
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) at the end of the run`,
  );
  console.log(
    `library: ${f.claims} claims, filled in ${ms(fillMs)}; opened in ${ms(f.openMs)}; ${(f.settleMs / 1000).toFixed(0)} s in all spent waiting for IndexedDB to finish compacting between measurements`,
  );
  console.log(
    `compare view data (metrics, periods, capex in the newest period: ${f.compareClaims} claims → ${f.compareRows} companies, converted and grouped): first ${ms(f.compareColdMs)}, median ${ms(f.compareMedianMs)} (goal ≤ 300 ms)`,
  );
  console.log(`  first: ${steps(f.compareColdSteps)}`);
  console.log(`  median: ${steps(f.compareSteps)}`);
  console.log(
    `  (the newest period's facts came in ${f.compareChunks} records of the facts table)`,
  );
  console.log(
    `compare, any period (${f.compareAnyPeriodClaims} capex claims): ${ms(f.compareAnyPeriodMs)}`,
  );
  console.log(
    `hover card's comparisons (latest claim of up to 50 companies): capex ${runs(f.cardMs.capex)} → ${f.cardCompanies.capex} companies; ${f.cardRareMetric}, the rarest metric, ${runs(f.cardMs.rare)} → ${f.cardCompanies.rare}`,
  );
  console.log(`save one claim: median ${ms(f.saveMedianMs)}, p95 ${ms(f.saveP95Ms)} (goal ≤ 5 ms)`);
  console.log(
    `import 10,000 claims (${(f.importBytes / 1e6).toFixed(1)} MB), ${imports.length} runs: ${runs(imports)} (goal ≤ 2 s)`,
  );
  console.log(
    `  check ${runs(f.importCheckMs)}; write ${runs(f.importWriteMs)}, of which filing the facts ${runs(f.importFactsMs)}`,
  );
  console.log(
    `  the same records put with bare IndexedDB (no Dexie, no index, no facts, own database): ${runs(f.importBareMs)}`,
  );
  console.log(
    `  the first file imported again (every claim replaced, no check): ${ms(f.reimportMs)}`,
  );
  console.log(`delete the 10,000 imported claims at once: ${runs(f.deleteMs)}`);
  console.log(
    `claims view first page: ${ms(f.searchFirstPageMs)}; search "annual report": ${ms(f.searchWordMs)}; its filters (companies, metrics, sites): ${ms(f.filterChoicesMs)}`,
  );
  console.log(
    `disagreements view, capex (all periods): ${ms(f.disagreementsMs)} (${f.disagreementsFound} pairs; generated values are random, so most pairs disagree)`,
  );
  console.log(
    `disagreements view, all metrics: ${ms(f.disagreementsAllMs)} (${f.disagreementsAllFound} pairs)`,
  );
  if (upgrade)
    console.log(
      `upgrade of a version 3 library (${upgrade.claims} claims) to version ${TallyDB.SCHEMA_VERSION} (sheets), opening it: ${ms(upgrade.ms)}`,
    );
  else if (!node)
    console.log('(TALLY_BENCH_UPGRADE=1 also times the upgrade of a version 3 library)');
}
