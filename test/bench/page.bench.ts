/**
 * `npm run bench -- page`: what Tally costs the page it runs on, in real Chromium with the
 * extension loaded. On the demo article and on a generated 1 MB news page: the main-thread time
 * from the content script's start to all highlights painted and the longest task, then mark.js
 * highlighting the same spans on the same page (without Tally), as a ratio; the same time for
 * two floors, the simplest first paint a content script can do (test/bench/page-floor.ts),
 * with and without the extension's APIs, to say how much of Tally's time any design would pay
 * here; where Tally's time goes, step by step; and the size of the always-injected script.
 * Prints figures, asserts nothing (see the method line it prints).
 *
 * For comparing builds: TALLY_BENCH_EXTENSION=<unpacked test build> measures that build
 * instead of building one, TALLY_BENCH_QUICK=1 measures Tally alone (no mark.js, no floors,
 * no step breakdown, no store build), TALLY_BENCH_RUNS=<n> sets the runs per page (5),
 * TALLY_BENCH_TASKS=1 lists each run's counted tasks.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumFlags, findBrowser } from '../support/browsers';
import { buildExtension, ROOT } from '../support/build';
import { FIXTURES_DIR, startServer } from '../support/server';
import { newsPage } from './news-page';
import type { MarkGroup, Phases } from './page-probe';

/** Measured runs per page (a warm-up run comes first and is not counted). */
const RUNS = Number(process.env.TALLY_BENCH_RUNS) || 5;
const QUICK = process.env.TALLY_BENCH_QUICK === '1';
/** After its `tally:painted` mark, Tally's highlights must stay unchanged this long. */
const SETTLE_MS = 1000;
const TIMEOUT_MS = 120_000;
const LONG_TASK_MS = 50;

const PAGES = [
  { file: 'demo-article.html', label: 'demo article' },
  { file: 'news-1mb.html', label: '1 MB news page' },
] as const;

// What DevTools' Performance panel records, minus the CPU sampler (it would slow the page).
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  // ChromeRenderFrameObserver::CapturePageText, see BROWSER_OWN.
  'renderer',
];

/**
 * Work Chrome does in the page's frames on its own account, on any page, extension or not:
 * after a page has loaded it reads the page's whole text, twice, for Translate's language
 * detection (14–35 ms each on the 1 MB page here). It lands inside Tally's measured window when
 * Tally's first paint comes after it, so it is taken out of the frame it runs in.
 */
const BROWSER_OWN = new Set(['ChromeRenderFrameObserver::CapturePageText']);

const METHOD =
  'method: Chrome trace (CDP Tracing, categories of DevTools’ Performance panel) of the page’s main thread; “main thread” = CPU time (thread time, so a busy machine does not stretch it) of the top-level tasks from the content script’s EvaluateScript to the frame that paints after its tally:painted mark (what the reader sees, the viewport, is painted, companies included; the rest of the page is read in idle time, counted up to its tally:read mark as “whole page read”, and painted when it comes within a screen of the viewport): tasks running its code (content.js, scheduler.yield and timer continuations, extension messages), the frame that paints its highlights and any frame after the page’s first paint (less Chrome’s own reading of the page’s text for Translate), GC; mark.js runs on the same page without Tally (127.0.0.2), markRanges once per block with all of Tally’s spans (the page scrolled through), counted the same way; wall times and the Long Tasks API are printed as a cross-check; tracing slows both sides; one warm-up load first.';

// ---------------------------------------------------------------------------------------------
// Trace analysis

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, in µs: unlike `dur`, not stretched when the machine is busy. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; documentLoaderURL?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

type Kind = 'script' | 'foreign-script' | 'frame' | 'gc' | 'devtools' | 'other';

/** A top-level task of the main thread, with what ran inside it. */
interface Task {
  ts: number;
  end: number;
  /** Wall time. */
  ms: number;
  /** Main-thread CPU time. */
  cpu: number;
  kind: Kind;
  /** The task carried an extension message (a runtime.sendMessage reply, a storage read…). */
  message: boolean;
  /** CPU milliseconds of EvaluateScript, PrePaint, Paint… inside the task. */
  inside: Record<string, number>;
  paints: boolean;
  /** CPU milliseconds of Chrome's own work (BROWSER_OWN) taken out of `cpu`. */
  browserOwn: number;
}

/** What a task ran, for deciding whose it is. */
interface TaskContent {
  names: Set<string>;
  /** Script URLs of its EvaluateScript and FunctionCall events. */
  urls: string[];
  /** The mojo interface of the message that started it, if any. */
  tag: string;
}

const JS_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'RunYieldContinuation',
  'TimerFire',
  'v8.compile',
  'FireAnimationFrame',
]);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const GC_EVENTS = new Set(['MinorGC', 'MajorGC', 'V8.GC_MARK_COMPACTOR', 'V8.GC_SCAVENGER']);
const BREAKDOWN = new Set([
  'EvaluateScript',
  'v8.compile',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'MinorGC',
  'MajorGC',
]);

/**
 * Tally's tasks, on a page whose own scripts (if any) are all at `origin`: its extension
 * messages, and any code but the page's own (content.js calls, scheduler.yield and timer
 * continuations, promise reactions: these carry no script URL).
 */
const tallyOn = (origin: string) => (c: TaskContent) =>
  c.tag.startsWith('extensions.mojom') ||
  ([...c.names].some((n) => JS_EVENTS.has(n)) &&
    !(c.urls.length > 0 && c.urls.every((u) => u.startsWith(origin))));

/** On a page without scripts of its own, any script task is the one under test (mark.js). */
const anyScript = (c: TaskContent) => [...c.names].some((n) => JS_EVENTS.has(n));

/**
 * The top-level tasks of one renderer main thread, in order, each classified: script (the code
 * under test, as `ours` says), foreign-script (any other code), frame (style, layout, paint, no
 * script), gc, devtools (the benchmark's own evaluate calls) or other (IPC plumbing).
 */
function tasksOf(
  events: TraceEvent[],
  pid: number,
  tid: number,
  ours: (c: TaskContent) => boolean,
): Task[] {
  const onThread = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: (Task & TaskContent)[] = [];
  let current: (typeof tasks)[number] | undefined;
  for (const e of onThread) {
    const dur = e.dur ?? 0;
    const cpu = e.tdur ?? dur;
    if (!current || e.ts >= current.end) {
      current = {
        ts: e.ts,
        end: e.ts + dur,
        ms: dur / 1000,
        cpu: cpu / 1000,
        kind: 'other',
        message: false,
        inside: {},
        browserOwn: 0,
        paints: false,
        names: new Set(),
        urls: [],
        tag: '',
      };
      tasks.push(current);
    }
    current.names.add(e.name);
    if (BROWSER_OWN.has(e.name)) {
      current.cpu -= cpu / 1000;
      current.ms -= dur / 1000;
      current.browserOwn += cpu / 1000;
    }
    if (BREAKDOWN.has(e.name)) current.inside[e.name] = (current.inside[e.name] ?? 0) + cpu / 1000;
    const url = e.args?.data?.url;
    if (url && (e.name === 'EvaluateScript' || e.name === 'FunctionCall')) current.urls.push(url);
    const tag = e.args?.chrome_mojo_event_info?.mojo_interface_tag;
    if (tag && !current.tag) current.tag = tag;
  }
  return tasks.map(({ names, urls, tag, ...task }) => {
    const content = { names, urls, tag };
    const has = (set: Set<string>) => [...names].some((n) => set.has(n));
    let kind: Kind;
    if (tag.includes('DevTools')) kind = 'devtools';
    else if (ours(content)) kind = 'script';
    else if (has(JS_EVENTS)) kind = 'foreign-script';
    else if (has(RENDER_EVENTS)) kind = 'frame';
    else if (has(GC_EVENTS)) kind = 'gc';
    else kind = 'other';
    return {
      ...task,
      kind,
      message: tag.startsWith('extensions.mojom'),
      paints: names.has('Paint') || names.has('PrePaint'),
    };
  });
}

/** The main thread of the traced page: where `first` happened. */
function mainThread(events: TraceEvent[], first: (e: TraceEvent) => boolean) {
  const e = events.find(first);
  return e ? { pid: e.pid, tid: e.tid } : null;
}

interface Work {
  /** Tasks counted for the script under test. */
  tasks: Task[];
  start: number;
  end: number;
}

/**
 * The tasks that belong to the work under test: its script tasks from `start` (up to `done`,
 * when it says when its work was done), the frames it caused (after the page's own first
 * paint) and GC, up to the first frame that paints after its last script task.
 */
function windowOf(tasks: Task[], start: number, firstPaint: number, done?: number): Work | null {
  const scripts = tasks.filter(
    (t) => t.kind === 'script' && t.end > start && (done === undefined || t.ts <= done),
  );
  const last = scripts[scripts.length - 1];
  if (!last) return null;
  const painted = tasks.find((t) => t.kind === 'frame' && t.paints && t.ts >= last.end);
  const end = painted ? painted.end : last.end;
  const counted = tasks.filter(
    (t) =>
      t.ts >= start - 1 &&
      t.end <= end + 1 &&
      (t.kind === 'script' ||
        t.kind === 'gc' ||
        (t.kind === 'frame' && t.ts > firstPaint) ||
        // The frame that paints Tally's highlights counts even when the page's own first paint
        // (its presentation time, in the trace) comes after it, as it can on a page loaded
        // from this machine: then that frame is the page's first paint too, and counting it
        // overstates Tally's cost rather than leaving its painting out.
        t === painted),
  );
  return { tasks: counted, start, end };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

// ---------------------------------------------------------------------------------------------
// Browser

interface Bench {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with the test build of Tally, as test/e2e/harness.ts starts it, but with CDP access. */
async function launchChromium(extensionDir: string): Promise<Bench> {
  const found = findBrowser('chromium');
  if ('missing' in found) throw new Error(found.missing);
  const profile = mkdtempSync(join(tmpdir(), 'tally-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumFlags(),
    ],
  });
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  if (!context.serviceWorkers().some((w) => isOurs(w.url())))
    await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()) });
  // tsx compiles this file with esbuild's keepNames, which wraps the functions given to
  // page.evaluate in calls to a `__name` helper that pages do not have.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function traced<T>(
  cdp: CDPSession,
  body: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => {
    for (const v of e.value) events.push(v as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  let result: T;
  try {
    result = await body();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

/**
 * Long tasks the page saw (Long Tasks API, buffered since the page started), as trace
 * timestamps, through a mark that is in both. Read after the trace ends: the observer's own
 * callback is not traced.
 */
async function longTasks(page: Page, events: TraceEvent[]): Promise<[number, number][]> {
  const seen = await page.evaluate(async () => {
    const tasks = await new Promise<[number, number][]>((resolve) => {
      try {
        const observer = new PerformanceObserver((list) => {
          observer.disconnect();
          resolve(list.getEntries().map((e) => [e.startTime, e.duration]));
        });
        observer.observe({ type: 'longtask', buffered: true });
      } catch {
        resolve([]);
      }
      setTimeout(() => resolve([]), 300);
    });
    return { tasks, sync: performance.getEntriesByName('tally-bench:sync')[0]?.startTime ?? null };
  });
  const mark = events.find((e) => e.name === 'tally-bench:sync');
  if (!mark || seen.sync === null) return [];
  const offset = mark.ts - seen.sync * 1000;
  return seen.tasks.map(([start, duration]) => [offset + start * 1000, duration]);
}

const syncMark = (page: Page) =>
  page.evaluate(() => {
    performance.mark('tally-bench:sync');
  });

/** Sizes of Tally's highlights, by name. */
const highlightSizes = (page: Page) =>
  page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) out[name] = (h as unknown as Set<unknown>).size;
    return out;
  });

/**
 * Polls from outside the page (each evaluate call is a DevTools task, left out of the counts);
 * page.waitForFunction would poll with the page's own timers.
 */
async function until(page: Page, fn: () => boolean): Promise<void> {
  const started = Date.now();
  while (!(await page.evaluate(fn))) {
    if (Date.now() - started > TIMEOUT_MS) throw new Error('timed out waiting for the page');
    await page.waitForTimeout(100);
  }
}

/**
 * Waits for Tally's `tally:painted` mark (all highlights set, see entrypoints/content/page.ts),
 * then until the highlights have not changed for SETTLE_MS. Polls from outside the page.
 */
async function settle(page: Page): Promise<Record<string, number>> {
  await until(page, () => performance.getEntriesByName('tally:painted').length > 0);
  const started = Date.now();
  let last = '';
  let since = Date.now();
  let sizes: Record<string, number> = {};
  while (Date.now() - started < TIMEOUT_MS) {
    sizes = await highlightSizes(page);
    const key = JSON.stringify(sizes);
    if (key !== last) {
      last = key;
      since = Date.now();
    } else if (Date.now() - since >= SETTLE_MS) return sizes;
    await page.waitForTimeout(100);
  }
  throw new Error(`Tally's highlights did not settle within ${TIMEOUT_MS / 1000} s`);
}

// ---------------------------------------------------------------------------------------------
// One run of Tally, one of mark.js, one of the probe

interface Run {
  /** Main-thread CPU time of the counted tasks. */
  cpu: number;
  /** Their wall time (stretched when the machine is busy). */
  wall: number;
  longestCpu: number;
  longestWall: number;
  tasks: number;
  /** Counted tasks of more than 50 ms, wall time (what a reader feels). */
  over50: number;
  longTasks: { count: number; longest: number };
  /** CPU time of the breakdown events (EvaluateScript, PrePaint, Paint…) in the counted tasks. */
  inside: Record<string, number>;
  /** CPU time by kind of task. */
  byKind: { script: number; frame: number; gc: number; message: number };
  /** From the first counted task to the end of the painting frame. */
  span: number;
  /** Chrome's own work in the window, not counted (BROWSER_OWN). */
  browserOwn: number;
  sizes: Record<string, number>;
  cardLoaded: boolean;
}

function summarise(win: Work, long: [number, number][]): Omit<Run, 'sizes' | 'cardLoaded'> {
  const inside: Record<string, number> = {};
  for (const t of win.tasks)
    for (const [k, v] of Object.entries(t.inside)) inside[k] = (inside[k] ?? 0) + v;
  const cpuOf = (pred: (t: Task) => boolean) => sum(win.tasks.filter(pred).map((t) => t.cpu));
  const inWindow = long.filter(([start]) => start >= win.start - 1000 && start <= win.end);
  return {
    cpu: sum(win.tasks.map((t) => t.cpu)),
    wall: sum(win.tasks.map((t) => t.ms)),
    longestCpu: Math.max(0, ...win.tasks.map((t) => t.cpu)),
    longestWall: Math.max(0, ...win.tasks.map((t) => t.ms)),
    tasks: win.tasks.length,
    over50: win.tasks.filter((t) => t.ms > LONG_TASK_MS).length,
    longTasks: { count: inWindow.length, longest: Math.max(0, ...inWindow.map(([, d]) => d)) },
    inside,
    byKind: {
      script: cpuOf((t) => t.kind === 'script' && !t.message),
      message: cpuOf((t) => t.kind === 'script' && t.message),
      frame: cpuOf((t) => t.kind === 'frame'),
      gc: cpuOf((t) => t.kind === 'gc'),
    },
    span: (win.end - win.start) / 1000,
    browserOwn: sum(win.tasks.map((t) => t.browserOwn)),
  };
}

/** TALLY_BENCH_TASKS=1: every counted task up to the paint, to see where the time goes. */
function printTasks(url: string, win: Work): void {
  console.log(`  tasks counted on ${new URL(url).pathname} (CPU ms, kind, what ran inside):`);
  for (const t of win.tasks) {
    const inside = Object.entries(t.inside)
      .map(([name, cpu]) => `${name} ${ms(cpu)}`)
      .join(', ');
    const at = ms((t.ts - win.start) / 1000);
    console.log(
      `    +${at} ms  ${ms(t.cpu)}  ${t.kind}${t.message ? ' (message)' : ''}  ${inside}`,
    );
  }
}

async function runTally(
  bench: Bench,
  url: string,
): Promise<Run & { page: Page; whole: Omit<Run, 'sizes' | 'cardLoaded'> }> {
  const origin = new URL(url).origin;
  const page = await bench.context.newPage();
  const cdp = await bench.context.newCDPSession(page);
  const { result: sizes, events } = await traced(cdp, async () => {
    await page.goto(url);
    const sizes = await settle(page);
    await until(page, () => performance.getEntriesByName('tally:read').length > 0);
    await page.waitForTimeout(300); // the frame after the last task
    await syncMark(page);
    return sizes;
  });
  await cdp.detach();
  const isContentScript = (e: TraceEvent) =>
    e.name === 'EvaluateScript' && !!e.args?.data?.url?.endsWith('/content-scripts/content.js');
  const thread = mainThread(events, isContentScript);
  if (!thread) throw new Error('the trace has no evaluation of content-scripts/content.js');
  const evaluated = events.find(isContentScript) as TraceEvent;
  const tasks = tasksOf(events, thread.pid, thread.tid, tallyOn(origin));
  const fcp = events.find(
    (e) =>
      (e.name === 'firstContentfulPaint' || e.name === 'firstPaint') &&
      e.pid === thread.pid &&
      e.ts > 0,
  );
  const evalTask = tasks.find((t) => t.ts <= evaluated.ts && t.end >= evaluated.ts);
  const painted = events.find((e) => e.name === 'tally:painted');
  const start = evalTask?.ts ?? evaluated.ts;
  const win = windowOf(tasks, start, fcp?.ts ?? 0, painted?.ts);
  const read = events.find((e) => e.name === 'tally:read');
  const whole = windowOf(tasks, start, fcp?.ts ?? 0, read?.ts);
  if (!win || !whole) throw new Error('no task of Tally in the trace');
  if (process.env.TALLY_BENCH_TASKS === '1') printTasks(url, win);
  const long = await longTasks(page, events);
  const cardLoaded = events.some(
    (e) => e.name === 'EvaluateScript' && !!e.args?.data?.url?.endsWith('/card.js'),
  );
  return {
    ...summarise(win, long),
    whole: summarise(whole, long),
    sizes,
    cardLoaded,
    page,
  };
}

async function runMark(
  bench: Bench,
  url: string,
  markJs: string,
  groups: MarkGroup[],
): Promise<Run & { marked: number }> {
  const page = await bench.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: markJs });
  // Untimed set-up: the context element of each group, found before any <mark> is inserted.
  await page.evaluate((g) => {
    const all = document.body.querySelectorAll('*');
    const w = window as unknown as { tallyBenchMark: [Element, unknown][] };
    w.tallyBenchMark = g.map((x) => [
      x.element < 0 ? document.body : (all[x.element] as Element),
      x.ranges,
    ]);
  }, groups);
  const cdp = await bench.context.newCDPSession(page);
  const { result: marked, events } = await traced(cdp, async () => {
    await syncMark(page);
    // Run from a timer, in a task of its own: the evaluate call itself is not mark.js's.
    await page.evaluate(() => {
      setTimeout(() => {
        const w = window as unknown as {
          tallyBenchMark: [Element, { start: number; length: number }[]][];
          tallyBenchMarked?: number;
          Mark: new (
            ctx: Element,
          ) => { markRanges(r: unknown, o: { done(n: number): void }): void };
        };
        let n = 0;
        for (const [el, ranges] of w.tallyBenchMark)
          new w.Mark(el).markRanges(ranges, {
            done: (k: number) => {
              n += k;
            },
          });
        w.tallyBenchMarked = n;
      }, 20);
    });
    await until(
      page,
      () => (window as unknown as { tallyBenchMarked?: number }).tallyBenchMarked !== undefined,
    );
    await page.waitForTimeout(500); // the frame that paints the <mark>s
    return page.evaluate(
      () => (window as unknown as { tallyBenchMarked: number }).tallyBenchMarked,
    );
  });
  await cdp.detach();
  const sync = events.find((e) => e.name === 'tally-bench:sync');
  if (!sync) throw new Error('the mark.js trace lost its sync mark');
  const tasks = tasksOf(events, sync.pid, sync.tid, anyScript);
  const win = windowOf(tasks, sync.ts, 0);
  if (!win) throw new Error('no mark.js task in the trace');
  const result = {
    ...summarise(win, await longTasks(page, events)),
    sizes: {},
    cardLoaded: false,
    marked,
  };
  await page.close();
  return result;
}

async function runProbe(
  bench: Bench,
  url: string,
  probeJs: string,
): Promise<Phases & { frame: number; prePaint: number; paint: number }> {
  const page = await bench.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  await page.addScriptTag({ content: probeJs });
  const cdp = await bench.context.newCDPSession(page);
  const { result: phases, events } = await traced(cdp, async () => {
    await syncMark(page);
    await page.evaluate(() => {
      setTimeout(() => {
        const w = window as unknown as { tallyBenchPhases?: Phases };
        w.tallyBenchPhases = window.tallyProbe.phases();
      }, 20);
    });
    await until(
      page,
      () => (window as unknown as { tallyBenchPhases?: Phases }).tallyBenchPhases !== undefined,
    );
    await page.waitForTimeout(500);
    return page.evaluate(
      () => (window as unknown as { tallyBenchPhases: Phases }).tallyBenchPhases,
    );
  });
  await cdp.detach();
  const sync = events.find((e) => e.name === 'tally-bench:sync') as TraceEvent;
  const tasks = tasksOf(events, sync.pid, sync.tid, anyScript);
  const probe = tasks.find((t) => t.ts > sync.ts && t.kind !== 'devtools' && t.kind !== 'other');
  const frame = tasks.find((t) => probe && t.ts >= probe.end && t.kind === 'frame' && t.paints);
  await page.close();
  return {
    ...phases,
    frame: frame?.cpu ?? 0,
    prePaint: frame?.inside.PrePaint ?? 0,
    paint: frame?.inside.Paint ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Sizes

function sizes(storeDir: string) {
  const read = (f: string) => readFileSync(join(storeDir, 'content-scripts', f));
  const content = read('content.js');
  const card = read('card.js');
  // React 19's element symbols and internals, and react-dom's root API.
  const react =
    /react\.(transitional\.)?element|__CLIENT_INTERNALS_DO_NOT_USE|__SECRET_INTERNALS|createRoot/;
  const kb = (b: Buffer) => `${(b.length / 1024).toFixed(1)} KB`;
  const gz = (b: Buffer) => `${(gzipSync(b, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
  return {
    contentGzip: gzipSync(content, { level: 9 }).length,
    line: `always-injected script: content.js ${kb(content)}, ${gz(content)} (goal ≤ 30 KB) · React in it: ${react.test(content.toString('latin1')) ? 'YES' : 'no'} · card.js (the hover card, injected on first hover) ${kb(card)}, ${gz(card)} · React in it: ${react.test(card.toString('latin1')) ? 'yes' : 'NO'}`,
  };
}

// ---------------------------------------------------------------------------------------------

export async function run(): Promise<void> {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`machine: ${cpus().length} cores, load average ${load()} at start`);

  // Builds: the test build runs on 127.0.0.1; the store build is what readers install. Each is
  // copied at once, so that another build started meanwhile (tests, dev) cannot change it.
  const work = mkdtempSync(join(tmpdir(), 'tally-bench-'));
  const extDir = join(work, 'extension');
  const given = process.env.TALLY_BENCH_EXTENSION;
  cpSync(given ?? (await buildExtension('chromium', 'test')), extDir, { recursive: true });
  const storeDir = join(work, 'store');
  if (!QUICK) cpSync(await buildExtension('chromium', 'store'), storeDir, { recursive: true });

  // The pages: the demo article as it is in test/fixtures/, and the generated 1 MB page.
  const site = join(work, 'site');
  mkdirSync(site);
  cpSync(join(FIXTURES_DIR, 'demo-article.html'), join(site, 'demo-article.html'));
  const news = newsPage(1_000_000);
  writeFileSync(join(site, 'news-1mb.html'), news);
  // 127.0.0.1 is where the test build runs; 127.0.0.2 serves the same files without Tally.
  const withTally = await startServer({ root: site });
  const without = await startServer({ root: site, host: '127.0.0.2' });

  const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  // Scripts for the page, bundled from test/bench/: the probe, and the floors' content.js.
  const bundle = (file: string, options: { define?: Record<string, string> } = {}) =>
    build({
      entryPoints: [join(ROOT, 'test/bench', file)],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      target: 'chrome120',
      logLevel: 'silent',
      ...options,
    }).then((out) => out.outputFiles[0]?.text ?? '');
  const probeJs = await bundle('page-probe.ts');

  // The floors: Tally's test build with content.js replaced by the simplest first paint
  // (test/bench/page-floor.ts), with and without the extension APIs, measured the same way.
  const floors: { label: string; cpu: Map<string, number> }[] = [];
  const floorKinds = [
    { alone: true, label: 'no extension API, no analysis' },
    { alone: false, label: 'settings read, background analysis' },
  ];
  for (const { alone, label } of QUICK ? [] : floorKinds) {
    const dir = join(work, `floor-${floors.length}`);
    cpSync(extDir, dir, { recursive: true });
    writeFileSync(
      join(dir, 'content-scripts/content.js'),
      await bundle('page-floor.ts', { define: { FLOOR_ALONE: String(alone) } }),
    );
    // Median CPU by page file, after a warm-up load, as for Tally.
    const cpu = new Map<string, number>();
    const browser = await launchChromium(dir);
    try {
      for (const { file } of PAGES) {
        const runs: number[] = [];
        for (let i = 0; i <= RUNS; i++) {
          const r = await runTally(browser, withTally.url(file));
          await r.page.close();
          if (i > 0) runs.push(r.cpu);
        }
        cpu.set(file, median(runs));
      }
    } finally {
      await browser.close();
    }
    floors.push({ label, cpu });
  }

  const bench = await launchChromium(extDir);
  const lines: string[] = [];
  const where: string[] = [];
  try {
    for (const { file, label } of PAGES) {
      const url = withTally.url(file);
      // Warm-up: the browser's first page pays one-off costs (fonts, extension start-up).
      const warm = await runTally(bench, url);
      const groups = await (async () => {
        // Every span of the page for mark.js: Tally paints a block when the reader comes near.
        await warm.page.evaluate(async () => {
          // A frame, or 200 ms when none comes: a page Chrome stops rendering (a tab it counts
          // as hidden) runs no animation frames, and the bench would wait for ever (it once did).
          const frame = () =>
            new Promise((r) => {
              requestAnimationFrame(() => r(null));
              setTimeout(() => r(null), 200);
            });
          for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 2) {
            scrollTo(0, y);
            await frame();
            await frame();
          }
          await new Promise((r) => setTimeout(r, 300));
        });
        await warm.page.addScriptTag({ content: probeJs });
        return warm.page.evaluate(() => window.tallyProbe.markRanges());
      })();
      await warm.page.close();

      const tally: (Run & { whole: Omit<Run, 'sizes' | 'cardLoaded'> })[] = [];
      for (let i = 0; i < RUNS; i++) {
        const r = await runTally(bench, url);
        await r.page.close();
        tally.push(r);
      }
      const marks: (Run & { marked: number })[] = [];
      for (let i = 0; i < (QUICK ? 0 : RUNS); i++)
        marks.push(await runMark(bench, without.url(file), markJs, groups));
      const probes: Awaited<ReturnType<typeof runProbe>>[] = [];
      for (let i = 0; i < (QUICK ? 0 : 3); i++)
        probes.push(await runProbe(bench, without.url(file), probeJs));

      const med = (runs: Run[], f: (r: Run) => number) => median(runs.map(f));
      const max = (runs: Run[], f: (r: Run) => number) => Math.max(...runs.map(f));
      const k = (f: (r: Run) => number) => ms(med(tally, f));
      const spans = sum(groups.map((g) => g.ranges.length));
      const size =
        file === 'news-1mb.html' ? ` (${(Buffer.byteLength(news) / 1e6).toFixed(2)} MB)` : '';
      const tCpu = med(tally, (r) => r.cpu);
      const mCpu = marks.length > 0 ? med(marks, (r) => r.cpu) : Number.NaN;
      lines.push(
        `${label}${size}: Tally ${ms(tCpu)} ms main thread (median of ${RUNS}, max ${ms(max(tally, (r) => r.cpu))}), longest task ${k((r) => r.longestCpu)} ms (max ${ms(max(tally, (r) => r.longestCpu))})${marks.length > 0 ? ` · mark.js ${ms(mCpu)} ms, longest task ${ms(med(marks, (r) => r.longestCpu))} ms · ratio ${(mCpu / tCpu).toFixed(1)}×` : ''}`,
      );
      const counts = Object.entries((tally[tally.length - 1] as Run).sizes)
        .sort()
        .map(([name, n]) => `${name.replace('tally-', '')} ${n}`)
        .join(', ');
      lines.push(
        `  Tally: ${counts} · ${k((r) => r.tasks)} tasks · wall time ${k((r) => r.wall)} ms, longest ${k((r) => r.longestWall)} ms, ${k((r) => r.over50)} over 50 ms (Long Tasks API: ${k((r) => r.longTasks.count)}, longest ${k((r) => r.longTasks.longest)} ms) · script start to painted ${k((r) => r.span)} ms · card.js (React) evaluated: ${tally.some((r) => r.cardLoaded) ? 'YES' : 'no'}`,
      );
      const w = (f: (r: Omit<Run, 'sizes' | 'cardLoaded'>) => number) =>
        ms(median(tally.map((r) => f(r.whole))));
      const wCpu = median(tally.map((r) => r.whole.cpu));
      lines.push(
        `  whole page read (every figure known to the keyboard and the popup, the rest read in idle time): ${ms(wCpu)} ms main thread, longest task ${w((r) => r.longestCpu)} ms CPU, ${w((r) => r.longestWall)} ms wall, ${w((r) => r.over50)} over 50 ms${marks.length > 0 ? ` · mark.js ratio ${(mCpu / wCpu).toFixed(1)}×` : ''}`,
      );
      if (marks.length > 0)
        lines.push(
          `  mark.js: ${marks[0]?.marked ?? 0} <mark>s for ${spans} spans, ${groups.length} contexts · wall time ${ms(med(marks, (r) => r.wall))} ms, longest ${ms(med(marks, (r) => r.longestWall))} ms (Long Tasks API: ${ms(med(marks, (r) => r.longTasks.count))}, longest ${ms(med(marks, (r) => r.longTasks.longest))} ms)`,
        );
      if (floors.length > 0)
        lines.push(
          `  the least any content script pays here (floors, same run, median of ${RUNS}, see test/bench/page-floor.ts): ${floors.map((f) => `${f.label} ${ms(f.cpu.get(file) ?? Number.NaN)} ms`).join(' · ')} · Tally ${ms(tCpu)} ms`,
        );
      const inside = (key: string) => ms(med(tally, (r) => r.inside[key] ?? 0));
      where.push(
        `${label}, Tally’s tasks (CPU, median): script evaluation ${inside('EvaluateScript')} ms (compile ${inside('v8.compile')}) · script tasks ${k((r) => r.byKind.script)} ms (the evaluation, then scanning, ranges, painting) · tasks started by extension messages ${k((r) => r.byKind.message)} ms (settings reply → start of the scan, analysis replies → ranges and painting) · frames ${k((r) => r.byKind.frame)} ms (pre-paint ${inside('PrePaint')}, paint ${inside('Paint')}) · GC ${ms(med(tally, (r) => (r.inside.MinorGC ?? 0) + (r.inside.MajorGC ?? 0)))} ms · not counted: Chrome's own reading of the page's text for Translate ${k((r) => r.browserOwn)} ms`,
      );
      const p = (f: (x: (typeof probes)[number]) => number) => ms(median(probes.map(f)));
      const first = probes[0];
      if (first)
        where.push(
          `${label}, Tally’s steps one after the other in a page without Tally (wall, median of 3): collect text, cold (the code’s first run) ${p((x) => x.collectCold)} ms, warm ${p((x) => x.collect)} ms (visibility checks ${p((x) => x.collect - x.collectNoStyle)}) · StaticRanges ${p((x) => x.ranges)} ms · Highlight.add ${p((x) => x.add)} ms · the frame that paints them ${p((x) => x.frame)} ms CPU (pre-paint ${p((x) => x.prePaint)}, paint ${p((x) => x.paint)}) — ${first.blocks} blocks, ${first.chars} characters, ${first.mentions} figures; the extractor, which runs in the background now, would take ${p((x) => x.extract)} ms here, cold`,
        );
    }
  } finally {
    await bench.close();
    await withTally.stop();
    await without.stop();
  }

  console.log(METHOD);
  for (const l of lines) console.log(l);
  console.log('where the time goes:');
  for (const l of where) console.log(`  ${l}`);
  if (!QUICK) console.log(sizes(storeDir).line);
  console.log(`machine: load average ${load()} at end`);
  rmSync(work, { recursive: true, force: true });
}
