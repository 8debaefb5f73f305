/**
 * The only code that paints on the page. It uses the CSS Custom Highlight API with
 * StaticRanges: the page's DOM is never touched (no wrapper elements, so no broken editors or
 * hydration errors), and static ranges cost the page nothing when it edits its own DOM.
 */

/** The highlight names, one per category; their colours live in entrypoints/content/style.css. */
export const CATEGORIES = ['money', 'figure', 'company', 'saved', 'focus'] as const;
export type Category = (typeof CATEGORIES)[number];
export const highlightName = (c: Category) => `tally-${c}`;

export interface PaintedRange {
  category: Category;
  range: StaticRange;
}

/**
 * Paints ranges grouped by key (a block of text, say), so that a block that changed can be
 * repainted alone. Returns false where the browser has no Custom Highlight API.
 */
export class Painter {
  /** The ranges to paint, by key. */
  private readonly byKey = new Map<string, PaintedRange[]>();
  /** The ranges the browser's highlights hold, by key: behind byKey while changes are held. */
  private readonly applied = new Map<string, PaintedRange[]>();
  /** Keys changed while held. */
  private readonly pending = new Set<string>();
  private holding = false;
  private readonly highlights = new Map<Category, Highlight>();

  constructor(private readonly win: Window & typeof globalThis = window) {}

  get supported(): boolean {
    return typeof this.win.Highlight === 'function' && 'highlights' in this.win.CSS;
  }

  private highlight(category: Category): Highlight {
    let h = this.highlights.get(category);
    if (!h) {
      h = new this.win.Highlight();
      // Saved claims and keyboard focus paint over plain figures.
      h.priority = category === 'focus' ? 3 : category === 'saved' ? 2 : 1;
      this.win.CSS.highlights.set(highlightName(category), h);
      this.highlights.set(category, h);
    }
    return h;
  }

  /**
   * Holds changes back until flush() or release(). Chromium re-reads every range of every
   * highlight in the frame after any change (it rebuilds all its highlight markers), so a long
   * page painted block by block, frame after frame, costs it seconds: on the generated 1 MB page
   * of `npm run bench -- page`, 3.4 s of frames (CPU), against 0.1 s painted in two strokes.
   */
  hold(): void {
    this.holding = true;
  }

  /** Paints the changes held so far, and goes on holding. */
  flush(): void {
    for (const key of this.pending) this.apply(key);
    this.pending.clear();
  }

  /** Paints the changes held so far, and stops holding. */
  release(): void {
    this.holding = false;
    this.flush();
  }

  /**
   * Replaces the ranges painted under a key; while held, at the next flush, unless `now` (the
   * keyboard focus never waits).
   */
  set(key: string, ranges: PaintedRange[], now = false): void {
    if (!this.supported) return;
    if (ranges.length > 0) this.byKey.set(key, ranges);
    else this.byKey.delete(key);
    this.changed(key, now);
  }

  /** Removes the ranges painted under a key. */
  remove(key: string, now = false): void {
    if (!this.byKey.has(key) && !this.applied.has(key)) return;
    this.byKey.delete(key);
    this.changed(key, now);
  }

  private changed(key: string, now: boolean): void {
    if (this.holding && !now) {
      this.pending.add(key);
      return;
    }
    this.pending.delete(key);
    this.apply(key);
  }

  /**
   * Brings the browser's highlights in line with byKey for one key. Only the difference
   * reaches the browser: a block repainted with the same ranges (once its companies are known,
   * say) costs no highlight change, which matters where each change is slow (Firefox,
   * thousands of ranges).
   */
  private apply(key: string): void {
    const old = this.applied.get(key) ?? [];
    const ranges = this.byKey.get(key) ?? [];
    const before = byRange(old);
    const after = byRange(ranges);
    for (const r of old) {
      if (!after.get(r.range)?.has(r.category)) this.highlights.get(r.category)?.delete(r.range);
    }
    for (const r of ranges) {
      if (!before.get(r.range)?.has(r.category)) this.highlight(r.category).add(r.range);
    }
    if (ranges.length > 0) this.applied.set(key, ranges);
    else this.applied.delete(key);
  }

  /** Every range painted (or about to be), for hit-testing and keyboard navigation. */
  all(): PaintedRange[] {
    return [...this.byKey.values()].flat();
  }

  /** Removes every highlight Tally registered. */
  clear(): void {
    for (const c of this.highlights.keys()) this.win.CSS.highlights.delete(highlightName(c));
    this.highlights.clear();
    this.byKey.clear();
    this.applied.clear();
    this.pending.clear();
    this.holding = false;
  }
}

/** The categories each range is painted in. */
function byRange(ranges: PaintedRange[]): Map<StaticRange, Set<Category>> {
  const map = new Map<StaticRange, Set<Category>>();
  for (const r of ranges) {
    const categories = map.get(r.range) ?? new Set<Category>();
    categories.add(r.category);
    map.set(r.range, categories);
  }
  return map;
}
