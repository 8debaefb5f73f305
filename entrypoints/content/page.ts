import type { CardApi, CardFigure } from '@/entrypoints/card.content/api';
import { CARD_API_KEY } from '@/entrypoints/card.content/api';
import { anchorQuote, type QuoteSelector } from '@/lib/anchor/quote';
import type { Attribution } from '@/lib/attribute/types';
import type { PageMeta } from '@/lib/dom/meta';
import { rangeAt, type TextBlock } from '@/lib/dom/text';
import type { CompanyMention } from '@/lib/entities/types';
import type { Lang, Mention } from '@/lib/extract/types';
import { type Category, Painter } from '@/lib/highlight/paint';
import { isError, send } from '@/lib/messaging/client';
import type { BlockAnalysis, ClaimDraft, PageFigure } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';
import { initScanner } from './scanner';
import { schemeBehind } from './scheme';

/** A figure on the page: a mention in a block, painted by a StaticRange. */
export interface Figure {
  id: number;
  entry: BlockEntry;
  mention: Mention;
  range: StaticRange;
  attribution: Attribution;
  ticker: string | null;
  saved: boolean;
}

/** One block of page text and what Tally found in it. */
export interface BlockEntry {
  id: number;
  block: TextBlock;
  figures: Figure[];
  companies: { mention: CompanyMention; range: StaticRange }[];
}

export interface PageOptions {
  doc: Document;
  win: Window & typeof globalThis;
  lang: Lang;
  meta: PageMeta;
  settings: Settings;
  signal: AbortSignal;
}

const CONTEXT_CHARS = 32;
/**
 * After what the reader sees, blocks go to the background for analysis in batches of about
 * this many characters: a message per slice cost more on a long page than the analysis itself.
 */
const ANALYSE_BATCH_CHARS = 50_000;
/**
 * Blocks are painted when they come within a screen of the viewport: each highlight change
 * costs the browser a pass over every painted range, so a long page painted all at once costs
 * a frame of ~100 ms, and ranges far from the reader are never seen.
 */
const NEAR_MARGIN = '100% 0px 100% 0px';

function staticRange(
  doc: Document,
  block: TextBlock,
  start: number,
  end: number,
): StaticRange | null {
  const r = rangeAt(block, start, end);
  if (!r) return null;
  return new (doc.defaultView as Window & typeof globalThis).StaticRange({
    startContainer: r.start.node,
    startOffset: r.start.offset,
    endContainer: r.end.node,
    endOffset: r.end.offset,
  });
}

/**
 * One page as Tally reads it: scans its text, paints figures and companies, keeps what the
 * hover card and the popup need, and undoes everything when the signal aborts.
 */
export class PageSession {
  readonly painter: Painter;
  private readonly blocks = new Map<number, BlockEntry>();
  private readonly byElement = new Map<Element, BlockEntry[]>();
  private nextBlockId = 1;
  private nextFigureId = 1;
  private orderDirty = false;
  private ordered: Figure[] = [];
  private savedClaims: (QuoteSelector & { id: string })[] = [];
  /** Ids of saved claims found on the page, by figure id. */
  private readonly claimOfFigure = new Map<number, string>();
  firstPassDone = false;
  /**
   * Blocks not yet sent for analysis, their length, and the analyses awaited. The page only
   * reads text: the background finds figures and companies (see analyse()).
   */
  private unsent: BlockEntry[] = [];
  private unsentChars = 0;
  private analysesPending = 0;
  /** The first pass has gone past what the reader sees; the rest is read in idle time. */
  private viewRead = false;
  private read = false;
  /** Block elements near the viewport, or that have been: their blocks are painted. */
  private readonly near = new WeakSet<Element>();
  private observer: IntersectionObserver | null = null;
  private paintedNow: () => void = () => {};
  /**
   * Resolves once what the reader sees is painted (or the session stopped first): work that
   * can wait (saved claims, telling the background the tab is ready) starts then, not before
   * the reader sees anything.
   */
  readonly painted = new Promise<void>((resolve) => {
    this.paintedNow = resolve;
  });

  constructor(private readonly o: PageOptions) {
    this.painter = new Painter(o.win);
    o.signal.addEventListener('abort', () => {
      this.painter.clear();
      this.paintedNow();
    });
  }

  start(root: Element): void {
    // Saved claims are placed once the whole page is read: asked for after the first paint.
    void this.painted.then(() => {
      if (!this.o.signal.aborted) void this.loadSavedClaims();
    });
    const Observer = this.o.win.IntersectionObserver;
    if (typeof Observer === 'function') {
      this.observer = new Observer((entries) => this.reveal(entries), { rootMargin: NEAR_MARGIN });
      this.o.signal.addEventListener('abort', () => this.observer?.disconnect());
    }
    // What the reader sees is painted in one stroke when the background has answered (each
    // highlight change costs the browser a repaint; see Painter.hold).
    this.painter.hold();
    initScanner(
      root,
      this.o.signal,
      {
        onBlocks: (blocks) => this.addBlocks(blocks),
        onForget: (elements) => this.forget(elements),
        idle: () => this.viewRead,
        idleAfter: this.painted,
        onFirstPass: () => {
          this.firstPassDone = true;
          if (!this.viewRead) this.viewIsRead();
          this.sendForAnalysis();
        },
      },
      this.o.win,
    );
  }

  /**
   * The first pass has read past what the reader sees: paint it now and have it analysed
   * first; the rest of the page is read in idle time and painted when it comes within a
   * screen of the viewport (the next screen at once, the others as the reader scrolls).
   */
  private viewIsRead(): void {
    this.viewRead = true;
    const entries = this.unsent;
    this.unsent = [];
    this.unsentChars = 0;
    this.analysesPending++;
    void this.analyse(entries).finally(() => {
      this.analysesPending--;
      if (this.o.signal.aborted) return;
      this.painter.release();
      // Where the page's own tools (and npm run bench -- page) can see it: what the reader
      // sees is painted, companies included.
      this.o.win.performance.mark?.('tally:painted');
      this.paintedNow();
      this.markReadWhenDone();
    });
  }

  /** True when `el` starts below the viewport (viewport coordinates). */
  private belowView(el: Element): boolean {
    return el.getBoundingClientRect().top > this.o.win.innerHeight;
  }

  /** Paints the blocks the reader has come near (IntersectionObserver callback). */
  private reveal(entries: IntersectionObserverEntry[]): void {
    let revealed = false;
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      revealed = true;
      this.near.add(e.target);
      this.observer?.unobserve(e.target);
      for (const entry of this.byElement.get(e.target) ?? []) this.paint(entry);
    }
    if (revealed) this.painter.flush();
  }

  /** Paints a block now when it is near the viewport, else once the reader scrolls near it. */
  private watch(el: Element): void {
    if (!this.viewRead || !this.observer) this.near.add(el);
    else if (!this.near.has(el)) this.observer.observe(el);
  }

  private addBlocks(blocks: TextBlock[]): void {
    const added: BlockEntry[] = [];
    for (const block of blocks) {
      const entry: BlockEntry = { id: this.nextBlockId++, block, figures: [], companies: [] };
      this.blocks.set(entry.id, entry);
      this.watch(block.element);
      const list = this.byElement.get(block.element) ?? [];
      list.push(entry);
      this.byElement.set(block.element, list);
      added.push(entry);
    }
    this.unsent.push(...added);
    for (const e of added) this.unsentChars += e.block.text.length;
    const last = added[added.length - 1];
    if (!this.viewRead) {
      if (last && this.belowView(last.block.element)) this.viewIsRead();
    } else if (this.firstPassDone || this.unsentChars >= ANALYSE_BATCH_CHARS) {
      this.sendForAnalysis();
    }
  }

  /** Sends the blocks waiting for analysis. */
  private sendForAnalysis(): void {
    const entries = this.unsent;
    this.unsent = [];
    this.unsentChars = 0;
    if (entries.length > 0) {
      this.analysesPending++;
      void this.analyse(entries).finally(() => {
        this.analysesPending--;
        this.markReadWhenDone();
      });
    }
    this.markReadWhenDone();
  }

  /** Marks `tally:read` once the whole page is read and analysed (what the popup lists). */
  private markReadWhenDone(): void {
    if (!this.firstPassDone || this.analysesPending > 0 || this.o.signal.aborted) return;
    if (this.read) return;
    this.read = true;
    this.placeSavedClaims();
    this.o.win.performance.mark?.('tally:read');
  }

  /**
   * Figures, companies and attribution come from the background, which holds the extractor
   * and the company list: they stay compiled and warm there from page to page, where on the
   * page they would be evaluated and compiled again on every load (see README, Performance).
   */
  private async analyse(entries: BlockEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const reply = await send({
      type: 'analyse-blocks',
      lang: this.o.lang,
      publishedAt: this.o.meta.publishedAt,
      blocks: entries.map((e) => ({
        id: e.id,
        text: e.block.text.slice(0, 100_000),
        rowHeader: e.block.rowHeader?.slice(0, 1000),
        columnHeader: e.block.columnHeader?.slice(0, 1000),
      })),
    }).catch(() => null);
    if (!reply || isError(reply) || this.o.signal.aborted) return;
    for (const result of reply.blocks) {
      const entry = this.blocks.get(result.id);
      if (entry) this.place(entry, result); // else the block changed meanwhile
    }
    this.orderDirty = true;
    // Claims are placed once the whole page is analysed, so that the fuzzy fallback never
    // picks a look-alike in a block analysed earlier; after that, as blocks change.
    if (this.read) this.placeSavedClaims();
  }

  /** The figures and companies of a block's analysis, as ranges over its text, painted. */
  private place(entry: BlockEntry, result: BlockAnalysis): void {
    const { doc } = this.o;
    entry.figures = result.figures.flatMap(({ mention, attribution, ticker }) => {
      const range = staticRange(doc, entry.block, mention.start, mention.end);
      if (!range) return [];
      return [
        { id: this.nextFigureId++, entry, mention, range, attribution, ticker, saved: false },
      ];
    });
    entry.companies = result.companies.flatMap((mention) => {
      // Products are kept for attribution but painted as their owner's name only when named.
      if (mention.via === 'product') return [];
      const range = staticRange(doc, entry.block, mention.start, mention.end);
      return range ? [{ mention, range }] : [];
    });
    this.paint(entry);
  }

  private categoryOf(f: Figure): Category {
    if (f.saved) return 'saved';
    return f.mention.kind === 'money' ? 'money' : 'figure';
  }

  private paint(entry: BlockEntry): void {
    if (!this.near.has(entry.block.element)) return;
    const on = this.o.settings.highlight;
    const ranges = [
      ...entry.figures
        .filter((f) => f.saved || (f.mention.kind === 'money' ? on.money : on.figure))
        .map((f) => ({ category: this.categoryOf(f), range: f.range })),
      ...(on.company
        ? entry.companies.map((c) => ({ category: 'company' as const, range: c.range }))
        : []),
    ];
    this.painter.set(`b${entry.id}`, ranges);
  }

  /** Forgets the blocks under changed elements; the scanner reads them again. */
  private forget(elements: Element[]): void {
    for (const [id, entry] of this.blocks) {
      const el = entry.block.element;
      if (!el.isConnected || elements.some((root) => root === el || root.contains(el))) {
        this.painter.remove(`b${id}`);
        this.blocks.delete(id);
        for (const f of entry.figures) this.claimOfFigure.delete(f.id);
        if (this.focused?.entry === entry) this.clearFocus();
        const list = this.byElement.get(el)?.filter((e) => e !== entry);
        if (list?.length) this.byElement.set(el, list);
        else this.byElement.delete(el);
      }
    }
    this.orderDirty = true;
  }

  /** Every figure, in the order a reader meets them. */
  figures(): Figure[] {
    if (this.orderDirty) {
      const all = [...this.blocks.values()].flatMap((e) => e.figures);
      all.sort((a, b) => {
        if (a.entry === b.entry) return a.mention.start - b.mention.start;
        const pos = a.entry.block.element.compareDocumentPosition(b.entry.block.element);
        if (pos & 4 /* FOLLOWING */) return -1;
        if (pos & 2 /* PRECEDING */) return 1;
        return a.entry.id - b.entry.id;
      });
      this.ordered = all;
      this.orderDirty = false;
    }
    return this.ordered;
  }

  /** The figure under a point of the viewport, found through the element under it. */
  figureAt(target: Element | null, x: number, y: number): Figure | null {
    for (let el = target; el; el = el.parentElement) {
      const entries = this.byElement.get(el);
      if (!entries) continue;
      for (const entry of entries) {
        for (const f of entry.figures) if (rangeContains(this.o.doc, f.range, x, y)) return f;
      }
      return null;
    }
    return null;
  }

  /** The claim the reader would save for a figure: the figure, its context and its page. */
  draftOf(f: Figure): ClaimDraft {
    const text = f.entry.block.text;
    const m = f.mention;
    const a = f.attribution;
    const loc = this.o.win.location;
    return {
      kind: m.kind,
      value: m.value,
      valueMax: m.valueMax,
      currency: m.currency,
      unit: m.unit,
      qualifier: m.qualifier,
      companyId: a.companyId,
      companyName: a.company,
      metric: a.metric,
      period: a.period && /^(FY)?\d{4}(-Q[1-4]|-H[12])?$/.test(a.period) ? a.period : null,
      quote: m.text,
      prefix: text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start),
      suffix: text.slice(m.end, m.end + CONTEXT_CHARS),
      position: this.positionOf(f),
      url: loc.href,
      canonicalUrl: this.canonicalUrl(),
      title: (this.o.meta.title ?? this.o.doc.title).slice(0, 1000),
      site: this.o.meta.siteName?.slice(0, 256) ?? loc.hostname,
      publishedAt: this.o.meta.publishedAt,
    };
  }

  private canonicalUrl(): string {
    const href = this.o.win.location.href;
    try {
      return new URL(this.o.meta.canonicalUrl ?? href, href).href;
    } catch {
      return href;
    }
  }

  /** Offset of a figure in the page's text, blocks in reading order. */
  private positionOf(f: Figure): number {
    let offset = 0;
    for (const entry of new Set(this.figures().map((x) => x.entry))) {
      if (entry === f.entry) return offset + f.mention.start;
      offset += entry.block.text.length + 2;
    }
    return f.mention.start;
  }

  /** Companies to offer when the reader corrects a figure: those on this page. */
  companyChoices(): { id: string; name: string }[] {
    const seen = new Map<string, string>();
    for (const entry of this.blocks.values()) {
      for (const c of entry.companies) seen.set(c.mention.id, c.mention.name);
      for (const f of entry.figures) {
        if (f.attribution.companyId && f.attribution.company)
          seen.set(f.attribution.companyId, f.attribution.company);
      }
    }
    return [...seen]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  cardFigure(f: Figure, viaKeyboard: boolean): CardFigure {
    // From the figure's first line to its last: the card, placed under or over it, never
    // covers the figure it explains when the figure wraps.
    const rect = figureBox(this.o.doc, f.range);
    return {
      mention: f.mention,
      attribution: f.attribution,
      ticker: f.ticker,
      draft: this.draftOf(f),
      anchor: rect ?? { left: 8, top: 8, right: 8, bottom: 8 },
      baseCurrency: this.o.settings.baseCurrency,
      companyChoices: this.companyChoices(),
      viaKeyboard,
      scheme: schemeBehind(f.range.startContainer, this.o.win),
    };
  }

  /** The figure the keyboard is on: painted with the focus highlight and scrolled into view. */
  focused: Figure | null = null;

  focusFigure(f: Figure): void {
    this.focused = f;
    this.painter.set('focus', [{ category: 'focus', range: f.range }], true);
    const rect = firstRect(this.o.doc, f.range);
    const win = this.o.win;
    if (rect && (rect.top < 0 || rect.bottom > win.innerHeight)) {
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
    }
  }

  clearFocus(): void {
    this.focused = null;
    this.painter.remove('focus', true);
  }

  /** Marks a figure saved and paints it so. */
  markFigureSaved(f: Figure, claimId: string): void {
    f.saved = true;
    this.claimOfFigure.set(f.id, claimId);
    this.paint(f.entry);
  }

  private async loadSavedClaims(): Promise<void> {
    const reply = await send({ type: 'claims-for-url', canonicalUrl: this.canonicalUrl() }).catch(
      () => null,
    );
    if (!reply || isError(reply) || this.o.signal.aborted) return;
    this.savedClaims = reply.map((c) => ({
      position: c.position,
      id: c.id,
      quote: c.quote,
      prefix: c.prefix,
      suffix: c.suffix,
    }));
    this.placeSavedClaims();
  }

  /**
   * Paints the reader's saved claims of this page as saved: each found by its quote, context
   * and position (lib/anchor), approximately if the page was edited, and never on text that
   * only looks like it; a claim not found stays orphaned and the popup lists it.
   */
  private placeSavedClaims(): void {
    const waiting = this.savedClaims.filter((c) => !this.figureOfClaim(c.id));
    if (waiting.length === 0 || !this.read) return;
    const entries = [...new Set(this.figures().map((f) => f.entry))];
    const texts = entries.map((e) => e.block.text);
    const touched = new Set<BlockEntry>();
    for (const claim of waiting) {
      const anchor = anchorQuote(texts, claim);
      const entry = anchor && entries[anchor.block];
      const figure = entry?.figures.find(
        (f) => f.mention.start < (anchor?.end ?? 0) && f.mention.end > (anchor?.start ?? 0),
      );
      if (!entry || !figure || figure.saved) continue;
      figure.saved = true;
      this.claimOfFigure.set(figure.id, claim.id);
      touched.add(entry);
    }
    for (const entry of touched) this.paint(entry);
    this.showPendingClaim();
  }

  /** Saved claims of this page not found on it. */
  orphanedClaims(): string[] {
    const found = new Set(this.claimOfFigure.values());
    return this.savedClaims.filter((c) => !found.has(c.id)).map((c) => c.id);
  }

  /** True when the claim was saved from this page, found on it again or not. */
  knowsClaim(claimId: string): boolean {
    return this.savedClaims.some((c) => c.id === claimId);
  }

  private claimToShow: string | null = null;

  /** Scrolls to a saved claim as soon as it is found on the page (opened from the popup). */
  showClaimWhenPlaced(claimId: string): void {
    this.claimToShow = claimId;
    this.showPendingClaim();
  }

  private showPendingClaim(): void {
    const f = this.claimToShow ? this.figureOfClaim(this.claimToShow) : null;
    if (!f) return;
    this.claimToShow = null;
    this.focusFigure(f);
  }

  figureOfClaim(claimId: string): Figure | null {
    for (const [figureId, id] of this.claimOfFigure) {
      if (id === claimId) return this.figures().find((f) => f.id === figureId) ?? null;
    }
    return null;
  }

  /** What the popup lists on its "This page" tab. */
  pageFigures(): PageFigure[] {
    return this.figures().map((f) => ({
      id: f.id,
      text: f.mention.text,
      kind: f.mention.kind,
      value: f.mention.value,
      valueMax: f.mention.valueMax,
      currency: f.mention.currency,
      unit: f.mention.unit,
      company: f.attribution.company,
      metric: f.attribution.metric,
      period: f.attribution.period,
    }));
  }

  companyNames(): string[] {
    const names = new Set<string>();
    for (const e of this.blocks.values()) for (const c of e.companies) names.add(c.mention.name);
    return [...names];
  }

  /** The card script, injected by the background on first use. */
  async card(): Promise<CardApi | null> {
    const holder = globalThis as unknown as Record<string, CardApi | undefined>;
    if (!holder[CARD_API_KEY]) {
      const reply = await send({ type: 'load-card' }).catch(() => null);
      if (!reply || isError(reply)) return null;
    }
    return holder[CARD_API_KEY] ?? null;
  }
}

/** A live Range over a StaticRange's ends, for geometry; dropped right after. */
function liveRange(doc: Document, r: StaticRange): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    return null; // the page removed the text meanwhile
  }
}

function rangeContains(doc: Document, r: StaticRange, x: number, y: number): boolean {
  const range = liveRange(doc, r);
  if (!range) return false;
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Where a figure sits (viewport coordinates): left and top of its first line box, bottom of its
 * last one, right of the widest.
 */
function figureBox(
  doc: Document,
  r: StaticRange,
): { left: number; top: number; right: number; bottom: number } | null {
  const rects = Array.from(liveRange(doc, r)?.getClientRects() ?? []).filter(
    (rect) => rect.width > 0 || rect.height > 0,
  );
  const first = rects[0];
  if (!first) return firstRect(doc, r);
  return {
    left: first.left,
    top: first.top,
    right: Math.max(...rects.map((rect) => rect.right)),
    bottom: Math.max(...rects.map((rect) => rect.bottom)),
  };
}

/** The first line box of a range (viewport coordinates). */
export function firstRect(
  doc: Document,
  r: StaticRange,
): { left: number; top: number; right: number; bottom: number } | null {
  const range = liveRange(doc, r);
  const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
  return rect ? { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom } : null;
}
