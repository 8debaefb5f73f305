/**
 * The claims library in real Chromium and Firefox ESR: claims saved from the demo article and
 * a second source show as bars in the base currency in the popup's Compare view, follow a
 * base-currency change without a reload, survive export → import into a fresh profile, and
 * the popup and settings page pass axe-core with no serious or critical violation, in light
 * and dark. Screenshots of every view land in .output/screenshots/.
 *
 * The library is saved through the hover card on the pages, as a reader does.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type BrowserName } from '../support/browsers';
import { ROOT } from '../support/build';
import {
  captureDownloads,
  chooseFile,
  downloads,
  readClaims,
  saveThroughCard,
  seriousViolations,
  waitForLibrary,
} from './claims-support';
import type { TestBrowser, TestPage } from './harness';
import { launchForTest } from './launch';

const SHOTS = join(ROOT, '.output/screenshots');

const VIEWS = ['page', 'compare', 'claims', 'disagreements'] as const;

/** The rows of Compare's table, as text, with no-break spaces made plain. */
function compareRows(popup: TestPage): Promise<string[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid="compare-table"] tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td.num')]
        .map((cell) => (cell.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))
        .join(' | '),
    ),
  );
}

async function openView(popup: TestPage, view: (typeof VIEWS)[number]) {
  await popup.click(`#popup-tab-${view}`);
  await popup.waitForSelector(`[data-testid="panel-${view}"]`);
}

/**
 * Saves the library as a reader would, through the hover card: three companies' 2025 capex
 * from the demo article (Amazon's corrected first: Tally reads that figure as Stargate's
 * investment) and Amazon's from the second source. Returns the settings page.
 */
async function seed(browser: TestBrowser, name: BrowserName): Promise<TestPage> {
  const options = await browser.openExtensionPage('options.html');
  expect(await waitForLibrary(options)).toBe('0 saved claims.');
  const article = await browser.openPage('demo-article.html');
  await saveThroughCard(article, name, 'entre 60 et 65 milliards de dollars');
  await saveThroughCard(article, name, 'environ 75 milliards de dollars');
  await saveThroughCard(article, name, 'environ 100 milliards de dollars', {
    companyId: 'amazon',
    metric: 'capex',
    period: '2025',
  });
  const second = await browser.openPage('claims-second-source.html');
  await saveThroughCard(second, name, 'about €100 billion');
  for (const page of [article, second]) expect(await page.consoleErrors()).toEqual([]);
  await Promise.all([article.close(), second.close()]);
  await options.reload();
  expect(await waitForLibrary(options)).toBe('4 saved claims.');
  const saved = await readClaims(options);
  expect(
    saved
      .sort((a, b) => a.savedAt - b.savedAt)
      .map((c) => `${c.companyName} ${c.metric} ${c.period} ${c.value} ${c.currency}`),
  ).toEqual([
    'Meta capex 2025 60000000000 USD',
    'Alphabet capex 2025 75000000000 USD',
    'Amazon capex 2025 100000000000 USD',
    'Amazon capex 2025 100000000000 EUR',
  ]);
  return options;
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let browser: TestBrowser;
  let options: TestPage;
  beforeAll(async () => {
    browser = await launchForTest(name);
    options = await seed(browser, name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the three companies’ bars in the base currency, and follows a change of it', async () => {
    const article = await browser.openPage('demo-article.html');
    const popup = await browser.openPopupFor(article);
    // Back on the demo article, the content script finds the three claims saved from it:
    // This page lists the page's figures and no orphaned claim.
    await popup.waitForSelector('[data-testid="figure-counts"]', { timeout: 15_000 });
    expect(await popup.text('[data-testid="page-status"]')).toBe('Tally is reading this page.');
    expect(await popup.evaluate(() => !!document.querySelector('[data-testid="orphans"]'))).toBe(
      false,
    );
    await openView(popup, 'compare');
    await popup.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-chart"] text.bar-label').length === 3,
      undefined,
      { timeout: 15_000 },
    );
    // Amazon's latest claim is the second source's (14 February), in euros as written;
    // Alphabet's and Meta's dollars are converted at February 2025's rate (0.9603 €/$).
    expect(await compareRows(popup)).toEqual([
      'Amazon | ≈ €100B',
      'Alphabet | ≈ €72B',
      'Meta | €57.6B – €62.4B',
    ]);
    const labels = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="compare-chart"] text.bar-label')].map((t) =>
        (t.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '),
      ),
    );
    expect(labels).toEqual(['≈ €100B', '≈ €72B', '€57.6B – €62.4B']);
    // The bars really are drawn, longest first.
    const widths = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="compare-chart"] .bar-value path')].map((p) =>
        Math.round((p as SVGGraphicsElement).getBBox().width),
      ),
    );
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1] as number);
    expect(widths[1]).toBeGreaterThan(widths[2] as number);

    // The reader picks dollars in the settings page: the open popup follows.
    await options.select('select', 'USD');
    await popup.waitForFunction(() =>
      (document.querySelector('[data-testid="compare-table"] td.num')?.textContent ?? '').includes(
        '$',
      ),
    );
    expect(await compareRows(popup)).toEqual([
      'Amazon | ≈ $104B',
      'Alphabet | ≈ $75B',
      'Meta | $60B – $65B',
    ]);
    await options.select('select', 'EUR');

    // A click on a company lists its claims and sources.
    await popup.click('[data-testid="compare-table"] tbody tr:first-child button');
    await popup.waitForSelector('.sources-list [data-testid="claim-row"]');
    expect(
      await popup.evaluate(() =>
        [...document.querySelectorAll('.sources-list [data-testid="claim-row"] q')].map((q) =>
          (q.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '),
        ),
      ),
    ).toEqual(['about €100 billion', 'environ 100 milliards de dollars']);

    await openView(popup, 'disagreements');
    await popup.waitForSelector('[data-testid="disagreement"]');
    expect(await popup.text('[data-testid="disagreement"] h2')).toBe('Amazon · capex · 2025');
    expect(await popup.text('[data-testid="disagreement"] .flag')).toBe('Likely currency slip');

    for (const page of [article, popup, options]) expect(await page.consoleErrors()).toEqual([]);
    await Promise.all([article.close(), popup.close()]);
  });

  it('exports the library, and importing it into a fresh profile gives the same library', async () => {
    await captureDownloads(options);
    await options.click('[data-testid="export-json"]');
    await options.click('[data-testid="export-csv"]');
    await options.waitForFunction(
      () =>
        (globalThis as unknown as { __tallyDownloads: unknown[] }).__tallyDownloads.length === 2,
    );
    const [json, csv] = (await downloads(options)) as [string, string];
    expect(JSON.parse(json)).toMatchObject({ format: 'tally-claims', version: 1 });
    expect(csv.split('\r\n')).toHaveLength(6);
    const before = await readClaims(options);
    expect(before).toHaveLength(4);

    const fresh = await launchForTest(name);
    try {
      const other = await fresh.openExtensionPage('options.html');
      expect(await waitForLibrary(other)).toBe('0 saved claims.');
      await chooseFile(other, '[data-testid="import-file"]', 'tally.json', json);
      await other.waitForFunction(
        () =>
          document.querySelector('[data-testid="import-status"]')?.textContent ===
          'Imported 4 new claims, replaced 0.',
      );
      expect(await readClaims(other)).toEqual(before);

      // A broken file changes nothing and says why.
      await chooseFile(other, '[data-testid="import-file"]', 'bad.json', json.slice(0, -30));
      await other.waitForSelector('[data-testid="import-problems"]');
      expect(await other.text('[data-testid="import-problems"]')).toContain('is not JSON');
      expect(await readClaims(other)).toEqual(before);
      expect(await other.consoleErrors()).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('has no serious or critical axe violation in the popup’s views and the settings page', {
    timeout: 180_000,
  }, async () => {
    const found = await checkEveryView(browser, options, name, 'light');
    expect(found).toEqual({});
  });
});

describe.each(BROWSER_NAMES)('%s, dark', (name) => {
  let browser: TestBrowser;
  let options: TestPage;
  beforeAll(async () => {
    browser = await launchForTest(name, { colorScheme: 'dark' });
    options = await seed(browser, name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows the dark scheme and has no serious or critical axe violation', {
    timeout: 180_000,
  }, async () => {
    const found = await checkEveryView(browser, options, name, 'dark');
    expect(found).toEqual({});
    expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(20, 23, 28)',
    );
  });
});

/**
 * Opens every popup view over the demo article (Compare with a company picked), runs axe-core
 * on each and on the settings page, and saves a screenshot of each. Returns the violations by
 * page.
 */
async function checkEveryView(
  browser: TestBrowser,
  options: TestPage,
  name: string,
  scheme: 'light' | 'dark',
): Promise<Record<string, unknown>> {
  mkdirSync(SHOTS, { recursive: true });
  const article = await browser.openPage('demo-article.html');
  const popup = await browser.openPopupFor(article);
  const found: Record<string, unknown> = {};
  for (const view of VIEWS) {
    await openView(popup, view);
    if (view === 'page')
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="page-status"]')?.textContent !== 'Looking…',
      );
    if (view === 'compare') {
      await popup.waitForSelector('text.bar-label', { timeout: 15_000 });
      await popup.click('[data-testid="compare-table"] tbody tr:first-child button');
      await popup.waitForSelector('.sources-list');
    }
    if (view === 'claims') await popup.waitForSelector('[data-testid="claim-row"]');
    if (view === 'disagreements') await popup.waitForSelector('[data-testid="disagreement"]');
    const violations = await seriousViolations(popup);
    if (violations.length) found[`popup ${view}`] = violations;
    await popup.screenshot({
      selector: '.popup',
      path: join(SHOTS, `${name}-popup-${view}-${scheme}.png`),
    });
  }
  const violations = await seriousViolations(options);
  if (violations.length) found.options = violations;
  await options.screenshot({ fullPage: true, path: join(SHOTS, `${name}-options-${scheme}.png`) });
  expect(await popup.consoleErrors()).toEqual([]);
  await Promise.all([article.close(), popup.close()]);
  return found;
}
