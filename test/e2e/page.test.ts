/**
 * Tally on the demo article, in real Chromium and Firefox ESR: what it paints (read back
 * through `CSS.highlights`), the hover card from the pointer and from the keyboard, saving a
 * claim into the background's database, text added after load, and that the page's DOM is left
 * alone (a MutationObserver installed by the page itself, `?observe`). Each browser is started
 * once for the whole block.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/db/schema';
import { BROWSER_NAMES } from '../support/browsers';
import { FIXTURES_DIR } from '../support/server';
import { readClaims } from './claims-support';
import type { TestBrowser, TestPage } from './harness';
import { launchForTest } from './launch';
import {
  ALL_HIGHLIGHTS,
  counts,
  FIGURE_HIGHLIGHTS,
  figurePoint,
  hoverFigure,
  inCard,
  plain,
  readCard,
  readPainted,
  scrollThrough,
  sleep,
  waitForCard,
  waitForFigures,
  waitForNoCard,
  waitUntil,
} from './page-helpers';

interface ExpectedFigure {
  text: string;
  kind: string;
  required: boolean;
}
const expected = JSON.parse(readFileSync(`${FIXTURES_DIR}/demo-article.expected.json`, 'utf8')) as {
  figures: ExpectedFigure[];
  companies: { name: string; aliases_on_page: string[] }[];
};
const required = expected.figures.filter((f) => f.required);

/** The headline capex figure the hover tests use: Microsoft's, split by an <em> on the page. */
const CAPEX = 'près de 80 milliards de dollars';
const CANONICAL =
  'https://www.lereleve.example/economie/tech/ia-geants-tech-investissements-2025-4512.html';

/** Fails with the page's errors listed, if it logged any. */
async function expectNoErrors(...pages: TestPage[]): Promise<void> {
  for (const page of pages) expect(await page.consoleErrors(), page.url()).toEqual([]);
}

/** A record of the page's own MutationObserver (see the script in demo-article.html). */
interface PageMutation {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
  tally: boolean;
}
const pageMutations = (page: TestPage) =>
  page.evaluate(
    () => (globalThis as unknown as { __pageMutations?: PageMutation[] }).__pageMutations ?? [],
  );

/** The text of the range painted `tally-focus`, or null. */
const focusText = (page: TestPage) =>
  readPainted(page, ['tally-focus']).then((p) => (p.length === 1 ? (p[0]?.text ?? null) : null));

describe.each(BROWSER_NAMES)('%s: the demo article', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchForTest(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('paints every expected figure and company, and nothing in fields, code or hidden text', async () => {
    const page = await browser.openPage('demo-article.html');
    const painted = await waitForFigures(
      page,
      required.map((f) => f.text),
    );
    const figures = painted.filter((p) =>
      (FIGURE_HIGHLIGHTS as readonly string[]).includes(p.name),
    );
    const money = counts(figures.filter((p) => p.name !== 'tally-figure').map((p) => p.text));
    const other = counts(figures.filter((p) => p.name !== 'tally-money').map((p) => p.text));
    // Each required figure, as many times as the page has it, under its category's highlight.
    const missing = Object.entries(
      counts(required.map((f) => `${f.kind === 'money' ? 'money' : 'other'}: ${plain(f.text)}`)),
    ).filter(([key, n]) => {
      const [kind, text] = key.split(/: (.*)/) as [string, string];
      return ((kind === 'money' ? money : other)[text] ?? 0) < n;
    });
    expect(missing).toEqual([]);
    const all = new Set(figures.map((p) => p.text));
    const optional = expected.figures.filter((f) => !f.required).map((f) => plain(f.text));
    const found = optional.filter((t) => all.has(t)).join(', ') || 'none';
    const missed = optional.filter((t) => !all.has(t)).join(', ') || 'none';
    console.log(
      `${name}: ${figures.length} figures painted (${required.length} required expected); ` +
        `optional found: ${found}; optional missed: ${missed}`,
    );
    // Nothing painted that the expected figures do not list (dates, years, times, form text…).
    const listed = new Set(expected.figures.map((f) => plain(f.text)));
    expect([...all].filter((t) => !listed.has(t))).toEqual([]);

    // Every company of the article is underlined under one of its names on the page (the
    // background finds them block by block, a moment after the figures).
    const unpainted = async () => {
      const companies = new Set((await readPainted(page, ['tally-company'])).map((p) => p.text));
      return expected.companies
        .filter((c) => !c.aliases_on_page.some((alias) => companies.has(alias.replace(/\*$/, ''))))
        .map((c) => c.name);
    };
    await waitUntil(
      async () => (await unpainted()).length === 0,
      'companies not all painted',
    ).catch(() => {});
    expect(await unpainted()).toEqual([]);

    // Nothing inside textarea, input, contenteditable, pre, noscript, script or svg: every
    // range of every highlight, its start's ancestors checked.
    const everything = await readPainted(page, ALL_HIGHLIGHTS);
    expect(everything.filter((p) => p.forbidden)).toEqual([]);
    expect(everything.filter((p) => !p.connected || p.inShadow)).toEqual([]);
    await expectNoErrors(page);
    await page.close();
  });

  describe('on one page observed by its own MutationObserver', () => {
    let page: TestPage;
    beforeAll(async () => {
      page = await browser.openPage('demo-article.html?observe');
      await waitForFigures(
        page,
        required.map((f) => f.text),
      );
    });
    afterAll(async () => {
      await page?.close();
    });

    it('opens the card on hover over the headline capex figure, keeps it, and closes it on Esc', async () => {
      await hoverFigure(page, CAPEX);
      const card = await waitForCard(page, CAPEX);
      expect(card.hostParent).toBe('html');
      expect(card.value).toMatch(/80 (billion|milliards)/);
      expect(card.value).toMatch(/dollars|\$/);
      expect(card.company).toMatch(/^Microsoft \(MSFT\)/);
      expect(card.metric).toMatch(/^capex/);
      expect(card.period).toMatch(/^FY2025/);
      // Placed next to the figure, inside the viewport.
      const figure = await figurePoint(page, CAPEX);
      const viewport = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      expect(card.rect.left).toBeGreaterThanOrEqual(0);
      expect(card.rect.right).toBeLessThanOrEqual(viewport.w);
      expect(card.rect.top).toBeGreaterThanOrEqual(0);
      expect(card.rect.bottom).toBeLessThanOrEqual(viewport.h);
      // Under the figure's last line, or over its first, and close to it.
      const below = card.rect.top >= figure.bottom && card.rect.top - figure.bottom < 24;
      const above = card.rect.bottom <= figure.top && figure.top - card.rect.bottom < 24;
      expect(below || above, JSON.stringify({ card: card.rect, figure })).toBe(true);

      // It stays while the pointer moves onto it, and does not time out (WCAG 1.4.13).
      await page.mouse.move(card.rect.left + 40, card.rect.top + 30);
      await sleep(1200);
      expect((await readCard(page))?.quote).toBe(plain(CAPEX));

      await page.keyboard.press('Escape');
      await waitForNoCard(page);

      // Another figure opens its own card; leaving both figure and card closes it.
      await hoverFigure(page, 'entre 60 et 65 milliards de dollars');
      const meta = await waitForCard(page, 'entre 60 et 65 milliards de dollars');
      expect(meta.company).toMatch(/^Meta/);
      expect(meta.metric).toMatch(/^capex/);
      expect(meta.period).toMatch(/^2025/);
      await page.mouse.move(2, (await page.evaluate(() => innerHeight)) - 120);
      await waitForNoCard(page);

      expect((await pageMutations(page)).filter((m) => !m.tally)).toEqual([]);
      await expectNoErrors(page);
    });

    it('reaches every figure in reading order with Alt+Shift+ArrowDown; Enter opens, Esc closes', async () => {
      await page.mouse.move(2, 2);
      const order = (await readPainted(page)).map((p) => p.text);
      expect(order.length).toBeGreaterThanOrEqual(required.length);
      const reached: (string | null)[] = [];
      for (let i = 0; i < order.length; i++) {
        await page.keyboard.press('Alt+Shift+ArrowDown');
        reached.push(await focusText(page));
      }
      expect(reached).toEqual(order);
      // It wraps around, and goes back with Alt+Shift+ArrowUp.
      await page.keyboard.press('Alt+Shift+ArrowDown');
      expect(await focusText(page)).toBe(order[0]);
      await page.keyboard.press('Alt+Shift+ArrowUp');
      expect(await focusText(page)).toBe(order[order.length - 1]);
      await page.keyboard.press('Alt+Shift+ArrowUp');
      expect(await focusText(page)).toBe(order[order.length - 2]);

      // Enter opens the card on the focused figure, with focus inside it; Esc closes it.
      const target = order.indexOf(plain(CAPEX));
      for (let i = 0; i < order.length && (await focusText(page)) !== plain(CAPEX); i++) {
        await page.keyboard.press('Alt+Shift+ArrowDown');
      }
      expect(target).toBeGreaterThanOrEqual(0);
      expect(await focusText(page)).toBe(plain(CAPEX));
      await page.keyboard.press('Enter');
      const card = await waitForCard(page, CAPEX);
      expect(card.focused).toMatch(/^button/);
      await page.keyboard.press('Escape');
      await waitForNoCard(page);
      // A second Esc leaves the figures.
      expect(await focusText(page)).toBe(plain(CAPEX));
      await page.keyboard.press('Escape');
      expect(await focusText(page)).toBeNull();

      const mutations = await pageMutations(page);
      expect(mutations.filter((m) => !m.tally)).toEqual([]);
      // The observer does see Tally's host come and go.
      expect(mutations.some((m) => m.added.includes('tally-card'))).toBe(true);
      expect(mutations.some((m) => m.removed.includes('tally-card'))).toBe(true);
      await expectNoErrors(page);
    });
  });

  it('saves a claim into the background database, and paints it saved after a reload', async () => {
    const page = await browser.openPage('demo-article.html');
    await waitForFigures(page, [CAPEX]);
    await hoverFigure(page, CAPEX);
    const card = await waitForCard(page, CAPEX);
    expect(card.save).toMatch(/^(Save claim|Enregistrer)$/);
    await page.click(inCard(name, 'button.save'));
    await waitUntil(
      async () => /^(Saved|Enregistré)$/.test((await readCard(page))?.save ?? ''),
      'the card never said the claim was saved',
    );
    // Painted as saved on the spot.
    await waitUntil(
      async () => (await readPainted(page, ['tally-saved'])).some((p) => p.text === plain(CAPEX)),
      'the saved figure is not painted tally-saved',
    );

    const options = await browser.openExtensionPage('options.html');
    const claims = await readClaims(options);
    expect(claims).toHaveLength(1);
    const claim = claims[0] as Claim;
    expect(claim).toMatchObject({
      kind: 'money',
      value: 80_000_000_000,
      currency: 'USD',
      qualifier: 'approximately',
      companyId: expect.any(String),
      companyName: 'Microsoft',
      metric: 'capex',
      period: 'FY2025',
      canonicalUrl: CANONICAL,
      site: 'Le Relevé',
      publishedAt: expect.stringMatching(/^2025-02-11/),
    });
    expect(plain(claim.quote)).toBe(plain(CAPEX));
    expect(plain(claim.prefix)).toMatch(/consacrer $/);
    expect(plain(claim.suffix)).toMatch(/^ à des centres/);
    expect(claim.url).toBe(page.url());
    expect(claim.title).toMatch(/^IA : les géants de la tech/);
    await expectNoErrors(options);
    await options.close();

    await page.reload();
    await waitUntil(async () => {
      const saved = await readPainted(page, ['tally-saved']);
      return saved.length === 1 && saved[0]?.text === plain(CAPEX);
    }, 'after a reload, the saved claim is not painted tally-saved');
    // Only that figure: its other mention (the table's "≈ 80 Md$") is a different quote.
    expect((await readPainted(page, ['tally-money'])).map((p) => p.text)).not.toContain(
      plain(CAPEX),
    );
    await expectNoErrors(page);
    await page.close();
  });

  it('on the dark theme: every figure painted, and the card dark like the page', async () => {
    const page = await browser.openPage('demo-article.html?theme=dark');
    await waitForFigures(
      page,
      required.map((f) => f.text),
    );
    await hoverFigure(page, CAPEX);
    await waitForCard(page, CAPEX);
    const look = await page.evaluate(() => {
      const host = document.querySelector('tally-card') as HTMLElement;
      const frame = host.shadowRoot?.querySelector('.frame') as HTMLElement;
      return {
        dark: document.documentElement.classList.contains('dark'),
        scheme: host.getAttribute('data-scheme'),
        background: getComputedStyle(frame).backgroundColor,
      };
    });
    expect(look).toEqual({ dark: true, scheme: 'dark', background: 'rgb(27, 31, 38)' });
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    // And light on the light page, whatever the system's theme.
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await hoverFigure(page, CAPEX);
    await waitForCard(page, CAPEX);
    expect(
      await page.evaluate(() => document.querySelector('tally-card')?.getAttribute('data-scheme')),
    ).toBe('light');
    await expectNoErrors(page);
    await page.close();
  });

  it('paints text the page adds after load', async () => {
    const page = await browser.openPage('demo-article.html');
    const before = await waitForFigures(page, [CAPEX]);
    const moneyBefore = before.filter((p) => p.name === 'tally-money').length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Dernière minute : Apple prévoit 12,5 milliards de dollars d’investissements.';
      document.querySelector('article .credit')?.before(p);
    });
    // The paragraph is at the end of the article: painted when the reader gets near it.
    await waitUntil(async () => {
      await scrollThrough(page);
      const money = await readPainted(page, ['tally-money']);
      return (
        money.length > moneyBefore && money.some((p) => p.text === '12,5 milliards de dollars')
      );
    }, 'the added figure was not painted');
    await expectNoErrors(page);
    await page.close();
  });
});
