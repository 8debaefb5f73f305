/**
 * Smoke tests of the built extension in real Chromium and Firefox ESR: the content script
 * starts on a news page, the popup and the options page render, settings persist, and
 * nothing logs an error. Each browser is started once for the whole block.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import { FIXTURES_DIR } from '../support/server';
import type { TestBrowser, TestPage } from './harness';
import { launchForTest } from './launch';

/** The slice of the WebExtension API these tests call from Tally's own pages. */
interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}
interface ExtensionApi {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

const STATUS = '[data-testid="page-status"]';

/** The pages the background knows Tally runs on, asked from an extension page as the popup asks. */
function pagesTallyRunsOn(extensionPage: TestPage): Promise<string[]> {
  return extensionPage.evaluate(async () => {
    const globals = globalThis as unknown as ExtensionGlobals;
    const api = (globals.browser ?? globals.chrome) as ExtensionApi;
    const tabs = await api.tabs.query({});
    const statuses = await Promise.all(
      tabs.map((tab) => api.runtime.sendMessage({ type: 'tab-status', tabId: tab.id })),
    );
    return statuses.flatMap((s) =>
      s && typeof s === 'object' && 'url' in s ? [String(s.url)] : [],
    );
  });
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchForTest(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts on the demo article, and the popup over it says so', async () => {
    const article = await browser.openPage('demo-article.html');
    const options = await browser.openExtensionPage('options.html');
    // The content script reports in at document_idle, a moment after the load event.
    await options.waitForFunction(async () => {
      const globals = globalThis as unknown as ExtensionGlobals;
      const api = (globals.browser ?? globals.chrome) as ExtensionApi;
      for (const tab of await api.tabs.query({})) {
        const status = await api.runtime.sendMessage({ type: 'tab-status', tabId: tab.id });
        if (status && typeof status === 'object' && 'url' in status) return true;
      }
      return false;
    });
    expect(await pagesTallyRunsOn(options)).toEqual([article.url()]);

    const popup = await browser.openPopupFor(article);
    await popup.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent !== 'Looking…',
      STATUS,
    );
    expect(await popup.text(STATUS)).toBe('Tally is reading this page.');

    for (const page of [article, options, popup]) expect(await page.consoleErrors()).toEqual([]);
    await Promise.all([options.close(), popup.close()]);
  });

  it('says when it is not running on the tab the popup opens over', async () => {
    const settings = await browser.openExtensionPage('options.html');
    const popup = await browser.openPopupFor(settings);
    await popup.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent !== 'Looking…',
      STATUS,
    );
    expect(await popup.text(STATUS)).toBe('Tally is not running on this page.');
    expect(await popup.text('h1')).toBe('Tally');
    expect(await popup.consoleErrors()).toEqual([]);
    await Promise.all([settings.close(), popup.close()]);
  });

  it('keeps the base currency chosen in the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('select');
    expect(await options.text('h1')).toBe('Tally settings');
    expect(await options.text('label')).toContain('Base currency');
    expect(await options.evaluate(() => document.querySelector('select')?.value)).toBe('EUR');

    await options.select('select', 'USD');
    await options.waitForFunction(async () => {
      const globals = globalThis as unknown as ExtensionGlobals;
      const api = (globals.browser ?? globals.chrome) as ExtensionApi;
      const { settings } = await api.storage.local.get('settings');
      return (settings as { baseCurrency?: string } | undefined)?.baseCurrency === 'USD';
    });
    await options.reload();
    await options.waitForSelector('select');
    expect(await options.evaluate(() => document.querySelector('select')?.value)).toBe('USD');
    expect(await options.consoleErrors()).toEqual([]);
    await options.close();
  });

  it.each(['demo-article', 'plain-en'])(
    'renders %s.html as its expected figures say',
    async (fixture) => {
      const expected = JSON.parse(
        readFileSync(`${FIXTURES_DIR}/${fixture}.expected.json`, 'utf8'),
      ) as { figures: { text: string }[] };
      const page = await browser.openPage(`${fixture}.html`);
      // What a reader sees: hidden blocks, <noscript>, scripts and form fields are not in innerText.
      const seen = await page.evaluate(() =>
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
        document.body.innerText.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' '),
      );
      const missing = expected.figures.map((f) => f.text).filter((text) => !seen.includes(text));
      expect(missing).toEqual([]);
      for (const hidden of ['render 48 ms', '24 commentaires', 'Lectrice 75', 'Justice']) {
        expect(seen).not.toContain(hidden);
      }
      expect(await page.consoleErrors()).toEqual([]);
      await page.close();
    },
  );
});
