/**
 * `npm run dev [-- --browser firefox]`: WXT's dev mode on a test build of Tally, with the
 * browser opening the demo article served from test/fixtures/.
 *
 * - The test build (TALLY_LOCAL_HOSTS=1, see wxt.config.ts) runs on 127.0.0.1, where the
 *   article is served; WXT rebuilds and reloads the extension on every change.
 * - The start page is given to WXT as inline config (`webExt.startUrls`), so wxt.config.ts
 *   needs no dev-only setting.
 * - A gitignored `web-ext.config.ts`, if you have one, chooses binaries and flags (see
 *   TOOLCHAIN.md). Without one, this script picks the system's Chromium / Firefox ESR and, on
 *   a machine without a display ($DISPLAY and $WAYLAND_DISPLAY unset), runs it headless: WXT
 *   still rebuilds on every change, but there is nothing to see; `npm run demo` takes
 *   screenshots instead.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer, type InlineConfig } from 'wxt';
import { type BrowserName, chromiumFlags, findBrowser } from '../support/browsers';
import { ROOT } from '../support/build';
import { startServer } from '../support/server';

const { values } = parseArgs({
  options: {
    browser: { type: 'string', short: 'b', default: 'chrome' },
    page: { type: 'string', default: 'demo-article.html' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    [
      'Usage: npm run dev [-- --browser chrome|firefox] [-- --page FILE]',
      '  --browser, -b  chrome (default) or firefox',
      '  --page         the page of test/fixtures/ to open (default demo-article.html)',
    ].join('\n'),
  );
  process.exit(0);
}

const wxtBrowser = values.browser === 'chromium' ? 'chrome' : values.browser;
if (wxtBrowser !== 'chrome' && wxtBrowser !== 'firefox') {
  console.error(`Unknown browser "${values.browser}": use chrome or firefox.`);
  process.exit(2);
}
const browser: BrowserName = wxtBrowser === 'firefox' ? 'firefox' : 'chromium';

const fixtures = await startServer();
const startUrl = fixtures.url(values.page);

const webExt: NonNullable<InlineConfig['webExt']> = { startUrls: [startUrl] };
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (existsSync(join(ROOT, 'web-ext.config.ts'))) {
  console.log('Using your web-ext.config.ts for the browser binary and flags.');
} else {
  const found = findBrowser(browser);
  if ('path' in found) webExt.binaries = { [wxtBrowser]: found.path };
  webExt.chromiumArgs = [...(hasDisplay ? [] : ['--headless=new']), ...chromiumFlags()];
  if (!hasDisplay) {
    webExt.firefoxArgs = ['--headless'];
    console.log(
      [
        'No display ($DISPLAY and $WAYLAND_DISPLAY are unset): the browser runs headless.',
        'WXT still rebuilds and reloads Tally on every change, but there is nothing to see.',
        'For screenshots of the demo article, the popup and the options page: npm run demo',
      ].join('\n'),
    );
  }
}

// wxt.config.ts reads it when WXT loads the config, below.
process.env.TALLY_LOCAL_HOSTS = '1';
console.log(`Serving test/fixtures/ at ${fixtures.baseUrl}; opening ${startUrl}`);

const server = await createServer({ root: ROOT, browser: wxtBrowser, webExt });
await server.start();

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  await fixtures.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
