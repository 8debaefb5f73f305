/**
 * Runs in the benchmark's page (bundled by esbuild, injected as a plain script, extension not
 * loaded): Tally's own steps, one after the other, each timed alone, so that the benchmark can
 * say where the content script's time goes. Also turns Tally's painted ranges into the offsets
 * mark.js takes, so that mark.js highlights exactly the same spans.
 */
import {
  enclosingBlock,
  iterateTextBlocks,
  pageLang,
  rangeAt,
  type TextBlock,
} from '../../lib/dom/text';
import { detectLang, extract } from '../../lib/extract';
import type { Lang, Mention } from '../../lib/extract/types';
import { Painter } from '../../lib/highlight/paint';

/** Milliseconds per step, and what each step produced. */
export interface Phases {
  /** iterateTextBlocks over the body, with the visibility checks (getComputedStyle). */
  collect: number;
  /**
   * The same walk the first time it runs in the page: the code's first run (lazy compilation,
   * the interpreter, cold caches) and the first touch of each node (its JS wrapper is created).
   */
  collectCold: number;
  /** The same walk without getComputedStyle: the difference is what the style checks cost. */
  collectNoStyle: number;
  /**
   * The extractor over every block, cold. Not the page's work any more (the background
   * extracts, see entrypoints/content/page.ts); timed here to say what moving it saved.
   */
  extract: number;
  /** rangeAt + new StaticRange for every mention. */
  ranges: number;
  /** Highlight.add of every range (the frame that paints them is measured by the trace). */
  add: number;
  blocks: number;
  chars: number;
  mentions: number;
}

declare global {
  interface Window {
    tallyProbe: {
      phases(lang?: Lang): Phases;
      markRanges(): MarkGroup[];
      clear(): void;
    };
  }
}

let painter: Painter | null = null;

function phases(lang?: Lang): Phases {
  const body = document.body;
  // The first walk pays the code's first run: timed apart, so that the warm walk and the
  // visibility checks are measured without it.
  let t = performance.now();
  void Array.from(iterateTextBlocks(body, window));
  const collectCold = performance.now() - t;
  t = performance.now();
  const blocks: TextBlock[] = Array.from(iterateTextBlocks(body, window));
  const collect = performance.now() - t;

  // Without getComputedStyle: a window-like object that has the NodeFilter only.
  t = performance.now();
  const plain = Array.from(
    iterateTextBlocks(body, { NodeFilter } as unknown as Window & typeof globalThis),
  );
  const collectNoStyle = performance.now() - t;
  void plain;

  // As the content script decides: the page's <html lang>, else the language of its text.
  const declared = pageLang(document) as Lang | null;
  const language =
    lang ??
    (declared && ['fr', 'en', 'es', 'de'].includes(declared)
      ? declared
      : detectLang(`${document.title} ${body.textContent?.slice(0, 5000) ?? ''}`));
  t = performance.now();
  const found: Mention[][] = blocks.map((b) => extract(b.text, { lang: language }));
  const extractMs = performance.now() - t;

  t = performance.now();
  const ranges: StaticRange[] = [];
  blocks.forEach((block, i) => {
    for (const m of found[i] ?? []) {
      const r = rangeAt(block, m.start, m.end);
      if (!r) continue;
      ranges.push(
        new StaticRange({
          startContainer: r.start.node,
          startOffset: r.start.offset,
          endContainer: r.end.node,
          endOffset: r.end.offset,
        }),
      );
    }
  });
  const rangesMs = performance.now() - t;

  t = performance.now();
  painter = new Painter(window);
  painter.set(
    'all',
    ranges.map((range) => ({ category: 'money' as const, range })),
  );
  const add = performance.now() - t;

  return {
    collect,
    collectCold,
    collectNoStyle,
    extract: extractMs,
    ranges: rangesMs,
    add,
    blocks: blocks.length,
    chars: blocks.reduce((n, b) => n + b.text.length, 0),
    mentions: ranges.length,
  };
}

/** Ranges for mark.js: relative to one block-level element, over that element's text nodes. */
export interface MarkGroup {
  /** Index of the context element among `document.body.querySelectorAll('*')`. */
  element: number;
  ranges: { start: number; length: number }[];
}

// mark.js ignores the text of these elements (its `matchesExclude`), so offsets must too.
const MARK_EXCLUDED = 'script, style, title, head, html';

/**
 * Every range of Tally's highlights (`tally-*` in CSS.highlights) as mark.js offsets, grouped by
 * the block-level element that holds the range: mark.js is then run once per block, which is
 * how one would use it on a long page (its markRanges rescans the whole context per range).
 */
function markRanges(): MarkGroup[] {
  const all = Array.from(document.body.querySelectorAll('*'));
  const index = new Map(all.map((el, i) => [el, i]));
  const byBlock = new Map<Element, AbstractRange[]>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('tally-') || name === 'tally-focus') continue;
    for (const range of highlight as unknown as Set<AbstractRange>) {
      const block = enclosingBlock(range.startContainer) ?? document.body;
      const list = byBlock.get(block) ?? [];
      list.push(range);
      byBlock.set(block, list);
    }
  }
  const groups: MarkGroup[] = [];
  for (const [block, ranges] of byBlock) {
    const offsets = new Map<Node, number>();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let total = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.parentNode as Element).matches(MARK_EXCLUDED)) continue;
      offsets.set(n, total);
      total += (n as Text).data.length;
    }
    const out: { start: number; length: number }[] = [];
    for (const r of ranges) {
      const a = offsets.get(r.startContainer);
      const b = offsets.get(r.endContainer);
      if (a === undefined || b === undefined) continue;
      const start = a + r.startOffset;
      const end = b + r.endOffset;
      if (end > start) out.push({ start, length: end - start });
    }
    // mark.js drops overlapping ranges; keep the first of any overlap, as it would.
    out.sort((x, y) => x.start - y.start);
    const kept: typeof out = [];
    for (const r of out) {
      const last = kept[kept.length - 1];
      if (!last || r.start >= last.start + last.length) kept.push(r);
    }
    const element = block === document.body ? -1 : (index.get(block) ?? -1);
    groups.push({ element, ranges: kept });
  }
  return groups;
}

window.tallyProbe = {
  phases,
  markRanges,
  clear() {
    painter?.clear();
    painter = null;
  },
};
