/**
 * Tally's switches and a single-page app, in real Chromium and Firefox ESR: the popup's global
 * pause and per-site switch clear the open page's highlights and bring them back without a
 * reload, and a history.pushState navigation restarts Tally on the new story cleanly (the new
 * figures painted once, the old ones gone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { startServer } from '../support/server';
import type { TestBrowser, TestPage } from './harness';
import { launchForTest } from './launch';
import {
  FIGURE_HIGHLIGHTS,
  highlightSizes,
  readPainted,
  scrollThrough,
  sleep,
  waitForFigures,
  waitUntil,
} from './page-helpers';

const CAPEX = 'près de 80 milliards de dollars';

/** The number of ranges Tally paints, all highlights together. */
async function paintedCount(page: TestPage): Promise<number> {
  const sizes = await highlightSizes(page);
  return Object.entries(sizes)
    .filter(([name]) => name.startsWith('tally-'))
    .reduce((n, [, size]) => n + size, 0);
}

/**
 * Once Tally has read the page for the `nth` time (its `tally:read` mark), scrolls through it
 * (blocks are painted near the viewport) and counts what is painted.
 */
async function paintedOnceRead(page: TestPage, nth: number): Promise<number> {
  await waitUntil(
    () => page.evaluate((n) => performance.getEntriesByName('tally:read').length >= n, nth),
    `the page was not read ${nth} times`,
  );
  await scrollThrough(page);
  return paintedCount(page);
}

async function expectNoErrors(page: TestPage): Promise<void> {
  expect(await page.consoleErrors(), page.url()).toEqual([]);
}

describe.each(BROWSER_NAMES)('%s: switches and navigation', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchForTest(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the popup’s pause and site switches clear the page and paint it again, without a reload', async () => {
    const article = await browser.openPage('demo-article.html');
    await waitForFigures(article, [CAPEX]);
    const painted = await paintedOnceRead(article, 1);
    expect(painted).toBeGreaterThan(60);
    const popup = await browser.openPopupFor(article);
    // The switches are the popup's checkboxes: this site first, then the global pause.
    const siteSwitch = '.switches label.switch:first-child input';
    const pause = '.switches label.switch:last-child input';
    await popup.waitForSelector(pause, { timeout: 15_000 });

    await popup.click(pause);
    await waitUntil(async () => (await paintedCount(article)) === 0, 'paused, still painted');
    await popup.click(pause);
    expect(await paintedOnceRead(article, 2)).toBe(painted);

    await popup.click(siteSwitch);
    await waitUntil(async () => (await paintedCount(article)) === 0, 'site off, still painted');
    await popup.click(siteSwitch);
    expect(await paintedOnceRead(article, 3)).toBe(painted);
    await expectNoErrors(article);
    await popup.close();
    await article.close();
  });

  // Chromium asks the reader in a prompt that a script cannot answer; Firefox grants optional
  // permissions without it under the harness's extensions.webextOptionalPermissionPrompts.
  // Only registered for Firefox, so nothing is reported skipped.
  if (name === 'firefox')
    it('enables Tally on a site that is not on its list, from the popup, and remembers it', async () => {
      const elsewhere = await startServer({ host: '127.0.0.2' });
      try {
        const page = await browser.openPage(elsewhere.url('demo-article.html'));
        await sleep(1500);
        expect(await paintedCount(page)).toBe(0);
        const popup = await browser.openPopupFor(page);
        const enable = '.switches .enable button';
        await popup.waitForSelector(enable, { timeout: 15_000 });
        await popup.click(enable);
        // Injected into the open tab at once, and registered for the site's next pages.
        await waitForFigures(page, [CAPEX]);
        const again = await browser.openPage(elsewhere.url('claims-second-source.html'));
        await waitForFigures(again, ['about €100 billion']);
        await expectNoErrors(page);
        await Promise.all([page.close(), again.close(), popup.close()]);
      } finally {
        await elsewhere.stop();
      }
    });

  it('a single-page-app navigation restarts on the new story: its figures once, none of the old', async () => {
    const page = await browser.openPage('spa-article.html');
    await waitForFigures(page, ['$39.3 billion', '78%']);
    await page.click('#next');
    const figures = async () =>
      (await readPainted(page, [...FIGURE_HIGHLIGHTS])).map((p) => p.text).sort();
    // WXT reports a location change within a second; the new story is then read again.
    await waitUntil(
      async () => (await figures()).join('|') === 'about $25 billion',
      'the new story is not painted alone',
    );
    expect(page.url()).toMatch(/\?story=2$/);
    const companies = await waitUntil(async () => {
      const names = (await readPainted(page, ['tally-company'])).map((p) => p.text);
      return names.length > 0 ? names : null;
    }, 'no company painted on the new story');
    // Its title and its text name Oracle: each painted once.
    expect(companies).toEqual(['Oracle', 'Oracle']);
    await expectNoErrors(page);
    await page.close();
  });
});
