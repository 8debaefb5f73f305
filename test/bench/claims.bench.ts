/**
 * `npm run bench -- claims`: the claims library with 100,000 claims. Runs in real Chromium
 * (Debian's, through playwright-core): the measured code is bundled with Vite and run in a
 * page served from 127.0.0.1, so IndexedDB is Chromium's own (the extension's origin uses the
 * same engine). Without Chromium, or with `TALLY_BENCH_NODE=1`, it runs in Node on
 * fake-indexeddb instead, and says so: those figures are far slower than a browser's.
 * Goals (issue 6): Compare view ready ≤ 300 ms, saving one claim ≤ 5 ms, importing 10,000
 * claims ≤ 2 s. Prints figures; asserts nothing.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumFlags, findBrowser } from '../support/browsers';
import { ROOT } from '../support/build';
import { startServer } from '../support/server';
import type { ClaimsFigures } from './claims-work';

const N = Number(process.env.TALLY_BENCH_CLAIMS ?? 100_000);

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

async function inChromium(executablePath: string): Promise<ClaimsFigures> {
  const code = await bundle();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, headless: true, args: chromiumFlags() });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('plain-en.html'));
    await page.evaluate(code);
    return (await page.evaluate(
      (n) => (globalThis as unknown as { tallyBench: (n: number) => unknown }).tallyBench(n),
      N,
    )) as ClaimsFigures;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function inNode(): Promise<ClaimsFigures> {
  await import('./fake-indexeddb');
  const { TallyDB } = await import('../../lib/db/schema');
  const { measureClaims } = await import('./claims-work');
  const db = new TallyDB('tally-bench');
  try {
    return await measureClaims(db, N);
  } finally {
    await db.delete();
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Runs the measurement and prints one line per figure. */
export async function run(): Promise<void> {
  const found = findBrowser('chromium');
  const node = process.env.TALLY_BENCH_NODE === '1' || 'missing' in found;
  const where = node
    ? "Node, fake-indexeddb (an in-memory IndexedDB written in JavaScript: not a browser's figures)"
    : `Chromium (${'path' in found ? found.path : ''}), IndexedDB in a page`;
  const f = node || !('path' in found) ? await inNode() : await inChromium(found.path);
  console.log(`where: ${where}`);
  // Browsers' IndexedDB timings swing with the machine's load: say what it was.
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min) at the end of the run`,
  );
  console.log(`library: ${f.claims} claims, filled in ${ms(f.fillMs)}`);
  console.log(
    `compare view data (metrics, periods, capex in the newest period: ${f.compareClaims} claims → ${f.compareRows} companies, converted and grouped): first ${ms(f.compareColdMs)}, median ${ms(f.compareMedianMs)} (goal ≤ 300 ms)`,
  );
  console.log(
    `  of which: metric and period keys ${ms(f.compareKeysMs)}, reading the claims ${ms(f.compareReadMs)}, converting and grouping ${ms(f.compareComputeMs)}`,
  );
  console.log(
    `compare, any period (${f.compareAnyPeriodClaims} capex claims): ${ms(f.compareAnyPeriodMs)}`,
  );
  console.log(`save one claim: median ${ms(f.saveMedianMs)}, p95 ${ms(f.saveP95Ms)} (goal ≤ 5 ms)`);
  console.log(
    `import 10,000 claims (${(f.importBytes / 1e6).toFixed(1)} MB): check ${ms(f.importCheckMs)} + write ${ms(f.importWriteMs)} = ${ms(f.importCheckMs + f.importWriteMs)} (goal ≤ 2 s)`,
  );
  console.log(
    `claims view first page: ${ms(f.searchFirstPageMs)}; search "annual report": ${ms(f.searchWordMs)}`,
  );
  console.log(
    `disagreements view, capex (all periods): ${ms(f.disagreementsMs)} (${f.disagreementsFound} pairs; generated values are random, so most pairs disagree)`,
  );
  console.log(
    `disagreements view, all metrics: ${ms(f.disagreementsAllMs)} (${f.disagreementsAllFound} pairs)`,
  );
}
