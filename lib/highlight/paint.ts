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
  private readonly byKey = new Map<string, PaintedRange[]>();
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

  /** Replaces the ranges painted under a key. */
  set(key: string, ranges: PaintedRange[]): void {
    if (!this.supported) return;
    this.remove(key);
    if (ranges.length === 0) return;
    for (const r of ranges) this.highlight(r.category).add(r.range);
    this.byKey.set(key, ranges);
  }

  /** Removes the ranges painted under a key. */
  remove(key: string): void {
    const old = this.byKey.get(key);
    if (!old) return;
    for (const r of old) this.highlights.get(r.category)?.delete(r.range);
    this.byKey.delete(key);
  }

  /** Every range painted now, for hit-testing and keyboard navigation. */
  all(): PaintedRange[] {
    return [...this.byKey.values()].flat();
  }

  /** Removes every highlight Tally registered. */
  clear(): void {
    for (const c of this.highlights.keys()) this.win.CSS.highlights.delete(highlightName(c));
    this.highlights.clear();
    this.byKey.clear();
  }
}
