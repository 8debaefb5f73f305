/**
 * `npm run bench -- entities`: how fast company matching runs with 1,000 and with 10,000 names
 * on the same text (the cost must stay flat: at most 1.3×), and what the matcher and the list
 * add to the content-script bundle once minified and gzipped.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import packed from '../../lib/entities/data/companies.generated.json';
import { type CompanyList, createCompanyList, findCompanies } from '../../lib/entities/index.ts';
import type { PackedCompanyList } from '../../lib/entities/pack.ts';
import { SENTENCES } from '../unit/entities/sentences.ts';

const here = dirname(fileURLToPath(import.meta.url));
const real = packed as PackedCompanyList;

/** Deterministic pseudo-random numbers (no clock, same names every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES =
  'ka lo vi ter no mex zan ro qui del tra bo fen sul gar in ox ly pra dun vel'.split(' ');
const SUFFIXES = ['', '', ' Systems', ' Therapeutics', ' Holdings', ' Energy', ' Labs', ' Group'];
// Shared first words make long candidate lists, the worst case for a first-word index.
const FIRST_WORDS = ['', '', '', 'American ', 'First ', 'Global ', 'United ', 'New '];

/** `count` invented company records in the packed format, none spelled like a real word. */
function syntheticCompanies(count: number): string[] {
  const next = random(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)] as T;
  const out = new Set<string>();
  while (out.size < count) {
    let word = '';
    for (let n = 2 + Math.floor(next() * 3); n > 0; n--) word += pick(SYLLABLES);
    const name = `${pick(FIRST_WORDS)}${word[0]?.toUpperCase()}${word.slice(1)}${pick(SUFFIXES)}`;
    out.add(`${name}|${word.slice(0, 4).toUpperCase()}${out.size}`);
  }
  return [...out];
}

function listOf(size: number): CompanyList {
  const companies = real.companies.slice(0, size);
  if (companies.length < size) companies.push(...syntheticCompanies(size - companies.length));
  return createCompanyList({ ...real, companies });
}

/** Median milliseconds of `runs` passes of `fn`. */
function time(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

async function bundleSize(stubList: boolean): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: {
      contents: `export { findCompanies } from './lib/entities/index.ts';`,
      resolveDir: join(here, '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    plugins: stubList
      ? [
          {
            name: 'empty-company-list',
            setup(b) {
              b.onResolve({ filter: /companies\.generated\.json$/ }, (args) => ({
                path: args.path,
                namespace: 'stub',
              }));
              b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
                contents:
                  '{"companies":[],"products":[],"hints":[],"people":[],"places":[],"firstNames":[]}',
                loader: 'json',
              }));
            },
          },
        ]
      : [],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export async function run(): Promise<void> {
  // First, before anything warms the code up: what a page pays when the bundled list loads.
  const coldMs = time(() => createCompanyList(real), 1);
  const warmMs = time(() => createCompanyList(real), 9);
  console.log(
    `bundled list (${real.companies.length} companies, ${real.products.length} products): decoded and filed in ${coldMs.toFixed(1)} ms cold, ${warmMs.toFixed(1)} ms warm`,
  );

  // The same text for both lists: the labelled sentences, scanned block by block as the page scanner does.
  const blocks = SENTENCES.map((s) => ({ text: s.text, lang: s.lang }));
  const repeat = 20;
  const chars = blocks.reduce((n, b) => n + b.text.length, 0) * repeat;

  const sizes = [1000, 10000];
  const lists = sizes.map((size) => {
    let list = listOf(size);
    const decodeMs = time(() => {
      list = listOf(size);
    }, 5);
    return { size, list, decodeMs };
  });
  const pass = (list: CompanyList) => {
    for (let r = 0; r < repeat; r++)
      for (const b of blocks) findCompanies(b.text, { lang: b.lang, list });
  };
  for (const { list } of lists) pass(list); // warm up, and file every name the text uses
  // Alternate the two lists so a busy machine slows both alike; keep the median of each.
  const samples = lists.map(() => [] as number[]);
  for (let round = 0; round < 21; round++)
    lists.forEach(({ list }, i) => {
      samples[i]?.push(time(() => pass(list), 1));
    });
  const results = lists.map(({ size, list, decodeMs }, i) => {
    const sorted = (samples[i] ?? []).sort((x, y) => x - y);
    return { size, ms: sorted[Math.floor(sorted.length / 2)] ?? 0, names: list.keyCount, decodeMs };
  });
  for (const r of results) {
    const mbPerS = chars / 1e6 / (r.ms / 1000);
    console.log(
      `${r.size} companies (${r.names} first-word keys): ${r.ms.toFixed(1)} ms for ${(chars / 1000).toFixed(0)} KB of text, ${mbPerS.toFixed(2)} MB/s; list built in ${r.decodeMs.toFixed(1)} ms`,
    );
  }
  const [small, large] = results;
  if (small && large)
    console.log(
      `ratio 10,000 / 1,000 names: ${(large.ms / small.ms).toFixed(2)}× (must stay ≤ 1.3×)`,
    );

  const whole = await bundleSize(false);
  const matcher = await bundleSize(true);
  console.log(
    `bundle, matcher + list: ${(whole.raw / 1024).toFixed(1)} KB minified, ${(whole.gzip / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    `bundle, matcher alone: ${(matcher.raw / 1024).toFixed(1)} KB minified, ${(matcher.gzip / 1024).toFixed(1)} KB gzipped`,
  );
  console.log(
    `list share: ${((whole.raw - matcher.raw) / 1024).toFixed(1)} KB minified, ${((whole.gzip - matcher.gzip) / 1024).toFixed(1)} KB gzipped`,
  );
}
