/**
 * One way to drive Tally in a real browser, whichever the browser. Chromium runs through
 * playwright-core (a persistent context that loads the unpacked extension), Firefox ESR
 * through puppeteer-core over WebDriver BiDi (the extension installed as a temporary add-on,
 * with a pinned UUID so its pages have a known address). Tests use only the small interface
 * below, so each test is written once and runs in both.
 *
 * No vitest import here: `npm run demo` uses this module too.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BrowserContext,
  chromium,
  type Page as PlaywrightPage,
  type ConsoleMessage as PwConsoleMessage,
} from 'playwright-core';
import puppeteer, {
  type KeyInput,
  type Browser as PuppeteerBrowser,
  type Page as PuppeteerPage,
} from 'puppeteer-core';
import { type BrowserName, chromiumFlags, findBrowser } from '../support/browsers';

export type { BrowserName };

export interface LaunchOptions {
  /** The unpacked extension to load: a WXT output folder (see test/support/build.ts). */
  extensionDir: string;
  /** Where test/fixtures/ is served, e.g. `http://127.0.0.1:41234`. */
  baseUrl: string;
  /** The browser binary; by default the one findBrowser() finds. */
  executablePath?: string;
  /** Size of every new page; 1280×800 by default. */
  viewport?: Viewport;
  /** The colour scheme pages see (`prefers-color-scheme`); light by default. */
  colorScheme?: 'light' | 'dark';
  /**
   * The browser's own interface language, which Tally's interface follows: `'fr'` for French.
   * By default the system's (English on a machine set to C.UTF-8, as CI is). French needs
   * Debian's chromium-l10n and firefox-esr-l10n-fr packages (test/e2e/ui-language.test.ts).
   */
  uiLocale?: string;
}

export interface Viewport {
  width: number;
  height: number;
}

/** A tab, in either browser. Selectors are CSS selectors; waits time out after 10 s by default. */
export interface TestPage {
  url(): string;
  /** Runs `fn` in the page (for an extension page: with the extension's APIs) and returns its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script's source text in the page, as the browser's devtools would: the page's
   * Content-Security-Policy (an extension page forbids eval) does not apply. For injecting a
   * library such as axe-core.
   */
  evaluateScript(source: string): Promise<void>;
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<void>;
  /** Waits until `fn` returns something truthy. Polls on a timer, so it also works in a background tab. */
  waitForFunction<A = undefined>(
    fn: (arg: A) => unknown,
    arg?: A,
    options?: { timeout?: number },
  ): Promise<void>;
  /** The textContent of the first element matching `selector` ('' when there is none). */
  text(selector: string): Promise<string>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** Chooses an option of a <select> by value, as a user would (input and change events). */
  select(selector: string, value: string): Promise<void>;
  /** Presses a key or a chord written as Playwright writes it: `Enter`, `Alt+Shift+ArrowDown`. */
  keyboard: { press(key: string): Promise<void> };
  /** Moves the pointer to a point of the viewport (CSS pixels), as a real mouse would. */
  mouse: { move(x: number, y: number): Promise<void> };
  setViewport(viewport: Viewport): Promise<void>;
  /** A PNG of the viewport, the full page, or one element (`selector`). */
  screenshot(options?: {
    path?: string;
    fullPage?: boolean;
    selector?: string;
  }): Promise<Uint8Array>;
  /** Reloads and waits for the new document to be complete. */
  reload(): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  /**
   * Console errors and uncaught exceptions seen in this page so far. In Firefox, Tally's own
   * pages report nothing over BiDi, so there they are recorded from inside the page, from the
   * moment it finished loading.
   */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, without a trailing slash. */
  extensionOrigin: string;
  /**
   * Opens a page served from test/fixtures/, e.g. `openPage('demo-article.html')`, or any
   * http(s) address given whole.
   */
  openPage(fixturePath: string): Promise<TestPage>;
  /** Opens one of Tally's own pages in a tab, e.g. `openExtensionPage('options.html')`. */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Opens the popup as it would appear over `page`. A script cannot click the toolbar button
   * of a headless browser, so the popup is opened in a tab of the same window, `page` is made
   * the active tab, and the popup is reloaded: it then asks about `page`, exactly as the real
   * popup asks about the tab it opens over.
   */
  openPopupFor(page: TestPage): Promise<TestPage>;
  close(): Promise<void>;
}

// The two libraries type page functions differently; both serialise the function and its argument.
type PageFn<R> = (arg: unknown) => R | Promise<R>;

const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };
const WAIT_MS = 10_000;
// Timer polling, not requestAnimationFrame: a background tab never paints.
const POLL_MS = 50;

/** Starts a browser with Tally loaded, in a fresh profile. */
export async function launch(name: BrowserName, options: LaunchOptions): Promise<TestBrowser> {
  const executablePath = options.executablePath ?? binaryOf(name);
  return name === 'chromium'
    ? launchChromium({ ...options, executablePath })
    : launchFirefox({ ...options, executablePath });
}

function binaryOf(name: BrowserName): string {
  const found = findBrowser(name);
  if ('missing' in found) throw new Error(found.missing);
  return found.path;
}

function fixtureUrl(baseUrl: string, fixturePath: string): string {
  if (/^https?:\/\//.test(fixturePath)) return fixturePath;
  return `${baseUrl.replace(/\/+$/, '')}/${fixturePath.replace(/^\/+/, '')}`;
}

// ---------------------------------------------------------------------------------------------
// Chromium (playwright-core)

async function launchChromium(
  options: LaunchOptions & { executablePath: string },
): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tally-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.executablePath,
      headless: true,
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      colorScheme: options.colorScheme ?? 'light',
      // On Linux, Chromium takes its interface language from LANGUAGE, and only if it has that
      // language's .pak file (chromium-l10n). --lang alone switches extensions' messages but
      // not i18n.getUILanguage() (Chromium 156, headless): the words and the numbers would
      // disagree.
      ...(options.uiLocale ? { env: { ...process.env, LANGUAGE: options.uiLocale } } : {}),
      args: [
        // Playwright passes --disable-extensions itself; this re-enables ours only.
        `--disable-extensions-except=${options.extensionDir}`,
        `--load-extension=${options.extensionDir}`,
        ...(options.uiLocale ? [`--lang=${options.uiLocale}`] : []),
        ...chromiumFlags(),
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  try {
    const isOurs = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => isOurs(w.url()),
        timeout: WAIT_MS,
      }));
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    // The blank tab the browser starts with is used for the first page, so tabs stay few.
    let spare: PlaywrightPage | undefined = context.pages()[0];
    const newPage = async () => {
      const page = spare ?? (await context.newPage());
      spare = undefined;
      return wrapPlaywright(page);
    };
    return {
      name: 'chromium',
      extensionOrigin,
      async openPage(fixturePath) {
        const page = await newPage();
        await page.goto(fixtureUrl(options.baseUrl, fixturePath));
        return page;
      },
      async openExtensionPage(path) {
        const page = await newPage();
        await page.goto(`${extensionOrigin}/${path.replace(/^\/+/, '')}`);
        return page;
      },
      openPopupFor(page) {
        return openPopupFor(page, (path) => this.openExtensionPage(path));
      },
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    } satisfies TestBrowser;
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

function wrapPlaywright(page: PlaywrightPage) {
  const errors: string[] = [];
  page.on('console', (message: PwConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const wrapped = {
    url: () => page.url(),
    async goto(url: string) {
      await page.goto(url);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as PageFn<R>, arg) as Promise<R>,
    async evaluateScript(source: string) {
      // A string is evaluated as is over the DevTools protocol, outside the page's CSP.
      await page.evaluate(`${source}\n;undefined`);
    },
    async waitForSelector(selector: string, options?: { timeout?: number }) {
      await page.waitForSelector(selector, { timeout: options?.timeout ?? WAIT_MS });
    },
    async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }) {
      await page.waitForFunction(fn as PageFn<unknown>, arg, {
        polling: POLL_MS,
        timeout: options?.timeout ?? WAIT_MS,
      });
    },
    text: (selector: string) =>
      page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    click: (selector: string) => page.click(selector, { timeout: WAIT_MS }),
    hover: (selector: string) => page.hover(selector, { timeout: WAIT_MS }),
    type: (selector: string, text: string) =>
      page.locator(selector).first().pressSequentially(text, { timeout: WAIT_MS }),
    async select(selector: string, value: string) {
      await page.selectOption(selector, value, { timeout: WAIT_MS });
    },
    keyboard: { press: (key: string) => page.keyboard.press(key) },
    mouse: { move: (x: number, y: number) => page.mouse.move(x, y, { steps: 4 }) },
    setViewport: (viewport: Viewport) => page.setViewportSize(viewport),
    screenshot: (options: { path?: string; fullPage?: boolean; selector?: string } = {}) =>
      options.selector
        ? page.locator(options.selector).first().screenshot({ path: options.path })
        : page.screenshot({ path: options.path, fullPage: options.fullPage }),
    async reload() {
      await page.reload();
    },
    bringToFront: () => page.bringToFront(),
    consoleErrors: async () => [...errors],
    close: () => page.close(),
  };
  return wrapped satisfies TestPage;
}

// ---------------------------------------------------------------------------------------------
// Firefox ESR (puppeteer-core over WebDriver BiDi)

/** Tally's moz-extension:// UUID in tests: pinned so its pages have an address known in advance. */
export const FIREFOX_EXTENSION_UUID = '5a11e7d0-7a11-4e57-9c3a-000000000e2e';

async function launchFirefox(
  options: LaunchOptions & { executablePath: string },
): Promise<TestBrowser> {
  const manifest = JSON.parse(
    readFileSync(join(options.extensionDir, 'manifest.json'), 'utf8'),
  ) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${options.extensionDir}/manifest.json has no gecko id`);
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    defaultViewport: options.viewport ?? DEFAULT_VIEWPORT,
    // Without it, Firefox refuses to navigate a tab to a moz-extension:// page over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // prefers-color-scheme for every page, extension pages included (0 dark, 1 light).
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      // The interface language; Firefox keeps en-US unless it has that language pack
      // (firefox-esr-l10n-fr on Debian).
      ...(options.uiLocale ? { 'intl.locale.requested': options.uiLocale } : {}),
      // Optional permissions granted without the prompt a script cannot answer (the popup's
      // "Enable on this site").
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(options.extensionDir);
    const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
    let spare: PuppeteerPage | undefined = (await browser.pages())[0];
    const newPage = async () => {
      const page = spare ?? (await browser.newPage());
      spare = undefined;
      return wrapPuppeteer(page);
    };
    return {
      name: 'firefox',
      extensionOrigin,
      async openPage(fixturePath) {
        const page = await newPage();
        await page.goto(fixtureUrl(options.baseUrl, fixturePath));
        return page;
      },
      async openExtensionPage(path) {
        const page = await newPage();
        await page.goto(`${extensionOrigin}/${path.replace(/^\/+/, '')}`);
        return page;
      },
      openPopupFor(page) {
        return openPopupFor(page, (path) => this.openExtensionPage(path));
      },
      async close() {
        await browser.close();
      },
    } satisfies TestBrowser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function wrapPuppeteer(page: PuppeteerPage) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error: unknown) =>
    errors.push(`uncaught: ${(error as { message?: string }).message ?? String(error)}`),
  );
  const waitForFunction = async <A>(
    fn: (arg: A) => unknown,
    arg?: A,
    options?: { timeout?: number },
  ) => {
    await page.waitForFunction(
      fn as PageFn<unknown>,
      { polling: POLL_MS, timeout: options?.timeout ?? WAIT_MS },
      arg,
    );
  };
  // Over BiDi, Firefox reports no navigation to a moz-extension:// page: page.url() stays
  // about:blank, goto() and reload() never resolve. This wrapper keeps the address itself.
  let extensionUrl: string | undefined;
  const isExtensionPage = () => extensionUrl !== undefined;
  const wrapped = {
    url: () => extensionUrl ?? page.url(),
    async goto(url: string) {
      if (!url.startsWith('moz-extension:')) {
        extensionUrl = undefined;
        await page.goto(url);
        return;
      }
      extensionUrl = url;
      // Start the navigation, then wait for the document itself. No timeout: the promise is
      // left pending, and rejected (and ignored) when the page closes.
      page.goto(url, { timeout: 0 }).catch(() => {});
      await pollAcrossNavigation(
        page,
        (target) => location.href === target && document.readyState === 'complete',
        url,
      );
      await recordErrorsInPage(page);
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
      page.evaluate(fn as PageFn<R>, arg) as Promise<R>,
    async evaluateScript(source: string) {
      // A string is evaluated as is over WebDriver BiDi, outside the page's CSP.
      await page.evaluate(`${source}\n;undefined`);
    },
    async waitForSelector(selector: string, options?: { timeout?: number }) {
      await page.waitForSelector(selector, { timeout: options?.timeout ?? WAIT_MS });
    },
    waitForFunction,
    text: (selector: string) =>
      page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    async click(selector: string) {
      await (await page.waitForSelector(selector, { timeout: WAIT_MS }))?.click();
    },
    async hover(selector: string) {
      await (await page.waitForSelector(selector, { timeout: WAIT_MS }))?.hover();
    },
    async type(selector: string, text: string) {
      await (await page.waitForSelector(selector, { timeout: WAIT_MS }))?.type(text);
    },
    async select(selector: string, value: string) {
      await page.waitForSelector(selector, { timeout: WAIT_MS });
      await page.select(selector, value);
    },
    keyboard: {
      // Chords as Playwright writes them ("Alt+Shift+ArrowDown"): modifiers held around the key.
      async press(key: string) {
        const parts = key.length > 1 ? key.split(/\+(?!$)/) : [key];
        const last = parts.pop() as string;
        for (const modifier of parts) await page.keyboard.down(modifier as KeyInput);
        await page.keyboard.press(last as KeyInput);
        for (const modifier of parts.reverse()) await page.keyboard.up(modifier as KeyInput);
      },
    },
    mouse: { move: (x: number, y: number) => page.mouse.move(x, y, { steps: 4 }) },
    setViewport: (viewport: Viewport) => page.setViewport(viewport),
    async screenshot(options: { path?: string; fullPage?: boolean; selector?: string } = {}) {
      const path = options.path as `${string}.png` | undefined;
      if (options.selector) {
        const element = await page.waitForSelector(options.selector, { timeout: WAIT_MS });
        if (!element) throw new Error(`No element matches ${options.selector}`);
        return element.screenshot({ path });
      }
      return page.screenshot({ path, fullPage: options.fullPage });
    },
    async reload() {
      if (!isExtensionPage()) {
        await page.reload();
        return;
      }
      // Reload from inside, then wait for a new document.
      await page.evaluate(() => {
        (globalThis as { __tallyOldDocument?: boolean }).__tallyOldDocument = true;
        setTimeout(() => location.reload(), 0);
      });
      await pollAcrossNavigation(
        page,
        () =>
          !(globalThis as { __tallyOldDocument?: boolean }).__tallyOldDocument &&
          document.readyState === 'complete',
        undefined,
      );
      await recordErrorsInPage(page);
    },
    bringToFront: () => page.bringToFront(),
    async consoleErrors() {
      if (!isExtensionPage()) return [...errors];
      const recorded = await page.evaluate(
        () => (globalThis as { __tallyErrors?: string[] }).__tallyErrors ?? [],
      );
      return [...errors, ...recorded];
    },
    async close() {
      await page.close();
    },
  };
  return wrapped satisfies TestPage;
}

/** Records the page's console errors and uncaught exceptions in `__tallyErrors`. */
async function recordErrorsInPage(page: PuppeteerPage): Promise<void> {
  await page.evaluate(() => {
    const scope = globalThis as { __tallyErrors?: string[] };
    if (scope.__tallyErrors) return;
    const errors: string[] = [];
    scope.__tallyErrors = errors;
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
    addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
    addEventListener('unhandledrejection', (event) =>
      errors.push(`uncaught: ${String(event.reason)}`),
    );
  });
}

/**
 * Polls `check` until it returns true while the page navigates. page.waitForFunction() can
 * fail outright when the document it runs in goes away (Firefox answers with an internal
 * error), so each try is a separate evaluate and errors mean "not yet".
 */
async function pollAcrossNavigation<A>(
  page: PuppeteerPage,
  check: (arg: A) => boolean,
  arg: A,
  timeout = WAIT_MS,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check as PageFn<boolean>, arg)) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(
    `The page did not load within ${timeout} ms (${String(lastError ?? 'no error')})`,
  );
}

// ---------------------------------------------------------------------------------------------

async function openPopupFor(
  page: TestPage,
  openExtensionPage: (path: string) => Promise<TestPage>,
): Promise<TestPage> {
  const popup = await openExtensionPage('popup.html');
  await page.bringToFront();
  await popup.reload();
  return popup;
}
