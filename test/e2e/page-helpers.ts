/**
 * What the page tests read back from a page Tally painted: the ranges of its highlights (through
 * `CSS.highlights`, as the browser paints them), the hover card in its shadow root, and the
 * points to move the pointer to. Every function works in both browsers through the harness.
 * No vitest import here: `npm run screenshots` uses this module too.
 */
import type { BrowserName, TestPage } from './harness';

/** Tally's highlight names (lib/highlight/paint.ts). */
export const FIGURE_HIGHLIGHTS = ['tally-money', 'tally-figure', 'tally-saved'] as const;
export const ALL_HIGHLIGHTS = [...FIGURE_HIGHLIGHTS, 'tally-company', 'tally-focus'] as const;

/** One range of a highlight, read back from the page. */
export interface Painted {
  /** The highlight it belongs to, e.g. `tally-money`. */
  name: string;
  /** The text it covers, no-break spaces (U+00A0, U+202F) made plain spaces. */
  text: string;
  /** The first ancestor whose content Tally must never paint (textarea, pre…), or null. */
  forbidden: string | null;
  /** True when the range starts inside a shadow tree. */
  inShadow: boolean;
  /** False when the page removed the range's text since it was painted. */
  connected: boolean;
  /** The id of the nearest ancestor that has one (`#before`), or ''. */
  within: string;
}

/** NBSP and narrow NBSP as plain spaces, as the expected figures are written. */
export const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Every range of the named highlights, in document order (ranges in shadow trees or detached
 * text last). Each StaticRange is read through a live Range made from its ends.
 */
export function readPainted(
  page: TestPage,
  names: readonly string[] = FIGURE_HIGHLIGHTS,
): Promise<Painted[]> {
  return page.evaluate((highlightNames: readonly string[]) => {
    const FORBIDDEN = ['textarea', 'input', 'pre', 'noscript', 'script', 'style', 'svg', 'select'];
    const found: { painted: Painted; range: Range | null }[] = [];
    for (const name of highlightNames) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const r of highlight as unknown as Iterable<AbstractRange>) {
        let range: Range | null = document.createRange();
        let text = '';
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          text = range.toString();
        } catch {
          range = null;
        }
        let forbidden: string | null = null;
        let inShadow = false;
        let within = '';
        for (let n: Node | null = r.startContainer; n; ) {
          if (n.nodeType === 1) {
            const el = n as Element;
            if (!within && el.id) within = `#${el.id}`;
            const tag = el.localName.toLowerCase();
            const editable = el.getAttribute('contenteditable');
            if (!forbidden && FORBIDDEN.includes(tag)) forbidden = tag;
            if (!forbidden && editable !== null && editable !== 'false')
              forbidden = `${tag}[contenteditable]`;
            if (!forbidden && el.getAttribute('role') === 'textbox')
              forbidden = `${tag}[role=textbox]`;
          }
          if (n.nodeType === 11 && (n as ShadowRoot).host) {
            inShadow = true;
            n = (n as ShadowRoot).host;
          } else n = n.parentNode;
        }
        found.push({
          painted: {
            name,
            text: text.replace(/[\u00a0\u202f]/g, ' '),
            forbidden,
            inShadow,
            connected: r.startContainer.isConnected,
            within,
          },
          range: range && r.startContainer.isConnected && !inShadow ? range : null,
        });
      }
    }
    const placed = found.filter((f) => f.range);
    placed.sort((a, b) =>
      (a.range as Range).compareBoundaryPoints(Range.START_TO_START, b.range as Range),
    );
    return [...placed, ...found.filter((f) => !f.range)].map((f) => f.painted);
  }, names);
}

/** Polls `check` until it returns something truthy; fails with `message` and the last value. */
export async function waitUntil<T>(
  check: () => Promise<T>,
  message: string,
  timeout = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await check();
    if (last) return last as NonNullable<T>;
    await sleep(100);
  }
  throw new Error(`${message} (waited ${timeout} ms; last: ${JSON.stringify(last)})`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Scrolls the page to the bottom a screen at a time, then back to the top, as a reader going
 * through it: Tally paints a block when the reader comes near it.
 */
export async function scrollThrough(page: TestPage): Promise<void> {
  await page.evaluate(async () => {
    // No helper function here: tsx (npm run screenshots) would wrap it in a __name() call the
    // page does not have. Each step waits two frames, for the IntersectionObserver to answer,
    // or 100 ms where frames are throttled.
    const root = document.scrollingElement ?? document.documentElement;
    const stops: number[] = [];
    for (let y = 0; y < root.scrollHeight; y += innerHeight) stops.push(y);
    stops.push(0);
    for (const top of stops) {
      scrollTo({ top, behavior: 'instant' });
      await new Promise((resolve) => {
        setTimeout(resolve, 100);
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      });
    }
  });
}

/**
 * Waits until every text of `texts` is painted as a figure, and the companies are in, the page
 * scrolled through first.
 */
export async function waitForFigures(
  page: TestPage,
  texts: readonly string[],
  timeout = 10_000,
): Promise<Painted[]> {
  return waitUntil(
    async () => {
      await scrollThrough(page);
      const painted = await readPainted(page, [...FIGURE_HIGHLIGHTS, 'tally-company']);
      const seen = new Set(painted.map((p) => p.text));
      const companies = painted.some((p) => p.name === 'tally-company');
      return texts.every((t) => seen.has(plain(t))) && companies ? painted : null;
    },
    `figures not all painted: ${texts.join(' | ')}`,
    timeout,
  );
}

/**
 * Scrolls the `nth` painted figure whose text is `text` to a third of the viewport's height and
 * returns the middle of its first line box, and the top and bottom of all its line boxes
 * (viewport coordinates).
 */
export async function figurePoint(
  page: TestPage,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number; top: number; bottom: number }> {
  const point = await page.evaluate(
    ({ text, nth, names }) => {
      let i = 0;
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const r of highlight as unknown as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString().replace(/[\u00a0\u202f]/g, ' ') !== text || i++ < nth) continue;
          const before = range.getClientRects()[0] as DOMRect;
          window.scrollBy({ top: before.top - innerHeight / 3, behavior: 'instant' });
          const rect = range.getClientRects()[0] as DOMRect;
          const box = range.getBoundingClientRect();
          return {
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
            top: box.top,
            bottom: box.bottom,
          };
        }
      }
      return null;
    },
    { text, nth, names: FIGURE_HIGHLIGHTS as readonly string[] },
  );
  if (!point) throw new Error(`"${text}" is not painted`);
  return point;
}

/** What the hover card shows, read from its shadow root; null while it is not shown. */
export interface CardView {
  quote: string;
  value: string;
  company: string;
  metric: string;
  period: string;
  save: string;
  /** The card's box and the host's parent, to check where it went. */
  rect: { left: number; top: number; right: number; bottom: number };
  hostParent: string;
  /** The element focused inside the card's shadow root, if any. */
  focused: string | null;
}

export function readCard(page: TestPage): Promise<CardView | null> {
  return page.evaluate(() => {
    const host = document.querySelector('tally-card');
    const card = host?.shadowRoot?.querySelector('[data-testid="tally-card"]');
    if (!host || !card) return null;
    // No helper function here: tsx would wrap it in a __name() call the page does not have.
    const fields: Record<string, string> = {};
    for (const [key, selector] of Object.entries({
      quote: '.quote',
      value: '[data-testid="card-value"]',
      company: '[data-testid="card-company"]',
      metric: '[data-testid="card-metric"]',
      period: '[data-testid="card-period"]',
    })) {
      fields[key] = (card.querySelector(selector)?.textContent ?? '').replace(
        /[\u00a0\u202f]/g,
        ' ',
      );
    }
    const r = card.getBoundingClientRect();
    const focused = host.shadowRoot?.activeElement;
    return {
      quote: fields.quote ?? '',
      value: fields.value ?? '',
      company: fields.company ?? '',
      metric: fields.metric ?? '',
      period: fields.period ?? '',
      save: card.querySelector('button.save')?.textContent ?? '',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      hostParent: host.parentElement?.localName ?? '',
      focused: focused ? `${focused.localName}.${focused.className}` : null,
    };
  });
}

/** A selector for an element in the open shadow root of `host`, in each driver's own syntax. */
export function inShadow(browser: BrowserName, host: string, selector: string): string {
  // Playwright's CSS engine goes through open shadow roots; Puppeteer needs its >>> combinator.
  return browser === 'chromium' ? `${host} ${selector}` : `${host} >>> ${selector}`;
}

/** A selector for an element in the card's shadow root. */
export const inCard = (browser: BrowserName, selector: string) =>
  inShadow(browser, 'tally-card', selector);

/** How many ranges each highlight holds now (cheap: no text is read). */
export function highlightSizes(page: TestPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Highlight>) {
      sizes[name] = highlight.size;
    }
    return sizes;
  });
}

/** Moves the pointer off every figure (the top-left corner), then onto the figure `text`. */
export async function hoverFigure(page: TestPage, text: string, nth = 0): Promise<void> {
  await page.mouse.move(2, 2);
  const { x, y } = await figurePoint(page, text, nth);
  await page.mouse.move(x, y);
}

/** Waits for the card to show the figure `quote`. */
export function waitForCard(page: TestPage, quote: string, timeout = 10_000): Promise<CardView> {
  return waitUntil(
    async () => {
      const card = await readCard(page);
      return card && card.quote === plain(quote) ? card : null;
    },
    `the card for "${quote}" did not open`,
    timeout,
  );
}

/** Waits for the card to be gone (its host removed from the page). */
export async function waitForNoCard(page: TestPage): Promise<void> {
  await waitUntil(
    () => page.evaluate(() => document.querySelector('tally-card') === null),
    'the card did not close',
  );
}

/** The texts of a list, each counted: `{ "17 %": 2, … }`. */
export function counts(texts: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of texts) out[t] = (out[t] ?? 0) + 1;
  return out;
}
