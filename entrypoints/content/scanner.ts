import { enclosingBlock, isSkipped, iterateTextBlocks, type TextBlock } from '@/lib/dom/text';

/** A slice of work never runs longer than this, so the page stays responsive (no long task). */
const SLICE_MS = 8;
/**
 * `scheduler.yield` resumes the scan ahead of the page's timers (its continuations are given
 * priority), so a long first pass would freeze a page's clocks, carousels and polling: at
 * least this often, the scan waits behind them instead.
 */
const TIMERS_TURN_MS = 50;
/** Page changes are gathered this long before the changed blocks are read again. */
const MUTATION_DELAY_MS = 300;
/**
 * Blocks are handed over at least this often, so that reading them (extraction, ranges) counts
 * in the slice that collected them: a slice then stays near SLICE_MS instead of collecting for
 * SLICE_MS and reading for as long again.
 */
const BATCH_BLOCKS = 16;
/** In idle mode, the longest wait for the page to be idle before the next slice. */
const IDLE_TIMEOUT_MS = 500;

export interface ScannerEvents {
  /** New or changed blocks, in page order within one call. */
  onBlocks: (blocks: TextBlock[]) => void;
  /** Blocks under these elements are gone or about to be read again: forget their figures. */
  onForget: (elements: Element[]) => void;
  /** Called once the first full pass over the page is done. */
  onFirstPass?: () => void;
  /**
   * True once what the reader sees is read: the rest of the page is then read in the page's
   * idle time, behind its own work, instead of right after each yield.
   */
  idle?: () => boolean;
  /**
   * Idle reading waits for this first (what the reader sees painted): a slice run while the
   * background analyses the view would delay the paint by as much, for text nobody sees yet.
   */
  idleAfter?: Promise<void>;
}

/**
 * Gives the main thread back to the page: `scheduler.yield` where it exists (input and
 * rendering go first, the scan resumes right after), except that every TIMERS_TURN_MS the
 * scan queues behind the page's due timers (a zero-delay timeout fires after them).
 */
async function yieldToPage(
  win: Window & typeof globalThis,
  turn: { last: number },
  idle: boolean,
  idleAfter?: Promise<void>,
): Promise<void> {
  if (idle) await idleAfter;
  if (idle && typeof win.requestIdleCallback === 'function') {
    // A busy page still gets read: at the latest IDLE_TIMEOUT_MS after each slice.
    return new Promise((resolve) =>
      win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }),
    );
  }
  const now = win.performance.now();
  if (now - turn.last >= TIMERS_TURN_MS) {
    turn.last = now;
    return new Promise((resolve) => win.setTimeout(resolve, 0));
  }
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new win.MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Reads a page's text block by block in short slices, then follows the page's changes with
 * one throttled MutationObserver and reads again only the blocks that changed. Stops when the
 * signal aborts. Mutations inside Tally's own UI (`[data-tally-ui]`) are ignored, so showing
 * the hover card never triggers a rescan.
 */
export function initScanner(
  root: Element,
  signal: AbortSignal,
  events: ScannerEvents,
  win: Window & typeof globalThis = window,
): void {
  const now = () => win.performance.now();
  const timersTurn = { last: now() };

  async function scan(roots: Element[]): Promise<void> {
    let batch: TextBlock[] = [];
    let sliceStart = now();
    let idle = events.idle?.() ?? false;
    for (const r of roots) {
      for (const block of iterateTextBlocks(r, win)) {
        if (signal.aborted) return;
        batch.push(block);
        if (batch.length >= BATCH_BLOCKS || now() - sliceStart >= SLICE_MS) {
          events.onBlocks(batch);
          batch = [];
          // The view is read (idle from now on): the page gets the main thread back at once.
          const idleNow = events.idle?.() ?? false;
          if (idleNow !== idle || now() - sliceStart >= SLICE_MS) {
            idle = idleNow;
            await yieldToPage(win, timersTurn, idle, events.idleAfter);
            sliceStart = now();
          }
        }
      }
    }
    if (batch.length > 0 && !signal.aborted) events.onBlocks(batch);
  }

  const dirty = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isOurs = (node: Node | null): boolean => {
    const el = node?.nodeType === 1 ? (node as Element) : node?.parentElement;
    return !!el?.closest('[data-tally-ui]');
  };

  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      if (isOurs(record.target)) continue;
      const addedOnlyTally =
        record.type === 'childList' &&
        record.removedNodes.length === 0 &&
        Array.from(record.addedNodes).every(isOurs);
      if (addedOnlyTally) continue;
      // A change inside a paragraph changes the whole paragraph's text: read its block again.
      const block = enclosingBlock(record.target);
      if (block) dirty.add(block);
    }
    if (dirty.size > 0 && timer === undefined) timer = setTimeout(flush, MUTATION_DELAY_MS);
  });

  function flush() {
    timer = undefined;
    if (signal.aborted) return;
    // Read again the outermost changed elements only, each once.
    const roots = [...dirty].filter(
      (el) => el.isConnected && ![...dirty].some((other) => other !== el && other.contains(el)),
    );
    dirty.clear();
    events.onForget(roots);
    // A change inside an editor, a hidden subtree or Tally's UI: its text is not read (the
    // first pass skipped it as a descendant; as a root it must be skipped here).
    void scan(roots.filter((el) => !insideSkipped(el, win)));
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });

  // Observe from the start, so changes made while the first pass runs are read again too.
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  void scan([root]).then(() => {
    if (!signal.aborted) events.onFirstPass?.();
  });
}

/** True when an element or one of its ancestors is not page text (lib/dom/text `isSkipped`). */
function insideSkipped(el: Element, win: Window & typeof globalThis): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isSkipped(e, win)) return true;
  return false;
}
