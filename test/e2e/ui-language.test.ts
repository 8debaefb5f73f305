/**
 * Tally's interface follows the browser's language: in a French Chromium and a French Firefox
 * ESR, the popup, the settings page and the manifest speak French, with French plurals. The
 * other tests run in English browsers.
 *
 * A French browser interface needs the browser's French resources: Debian's chromium-l10n
 * (locales/fr.pak) and firefox-esr-l10n-fr (a language pack). Without them both browsers stay
 * in en-US whatever they are asked; .ci/run installs them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from '../support/browsers';
import type { TestBrowser, TestPage } from './harness';
import { launchForTest } from './launch';

const FRENCH_PACKAGE = { chromium: 'chromium-l10n', firefox: 'firefox-esr-l10n-fr' } as const;
const STATUS = '[data-testid="page-status"]';

interface ExtensionApi {
  i18n: { getUILanguage(): string };
  runtime: { getManifest(): { name: string; description: string } };
}

/** What the browser tells Tally's own page about its language and manifest. */
function fromExtension(page: TestPage) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (scope.browser ?? scope.chrome) as ExtensionApi;
    const { name, description } = api.runtime.getManifest();
    return {
      uiLanguage: api.i18n.getUILanguage(),
      htmlLang: document.documentElement.lang,
      name,
      description,
    };
  });
}

describe.each(BROWSER_NAMES)('%s in French', (name) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchForTest(name, { uiLocale: 'fr' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the settings page and the popup in French', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('[data-testid="library-count"]');
    const seen = await fromExtension(options);
    expect(
      seen.uiLanguage,
      `the browser's interface is not French: install ${FRENCH_PACKAGE[name]}`,
    ).toMatch(/^fr\b/);
    expect(seen.htmlLang).toBe('fr');
    expect(seen.name).toBe('Tally');
    expect(seen.description).toMatch(/^Surligne les chiffres de l’actualité/);

    expect(await options.text('h1')).toBe('Réglages de Tally');
    expect(await options.evaluate(() => document.title)).toBe('Réglages de Tally');
    // French counts 0 as singular ("0 saved claims." in English).
    await options.waitForFunction(
      () => document.querySelector('[data-testid="library-count"]')?.textContent !== 'Recherche…',
    );
    expect(await options.text('[data-testid="library-count"]')).toBe('0 chiffre enregistré.');

    const popup = await browser.openPopupFor(options);
    await popup.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent !== 'Recherche…',
      STATUS,
    );
    expect(await popup.text(STATUS)).toBe('Tally ne fonctionne pas sur cette page.');
    expect(await popup.text('[role="tab"][aria-selected="true"]')).toBe('Cette page');
    expect(await popup.text('header button')).toBe('Réglages');

    for (const page of [options, popup]) expect(await page.consoleErrors()).toEqual([]);
    await Promise.all([options.close(), popup.close()]);
  });
});
