/**
 * `npm run demo [-- --out DIR] [-- --browser firefox]`: builds the test build of Tally, opens
 * the demo article in a headless browser with it, and saves screenshots of the article (full
 * page), the popup over it and the options page. Works on a machine without a display.
 */
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from '../e2e/harness';
import { scrollThrough } from '../e2e/page-helpers';
import { type BrowserName, requireBrowsers } from '../support/browsers';
import { buildExtension, ROOT } from '../support/build';
import { startServer } from '../support/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.output/demo' },
    browser: { type: 'string', short: 'b', default: 'chromium' },
    page: { type: 'string', default: 'demo-article.html' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    [
      'Usage: npm run demo [-- --out DIR] [-- --browser chromium|firefox] [-- --page FILE]',
      '  --out          where to write the screenshots (default .output/demo)',
      '  --browser, -b  chromium (default) or firefox',
      '  --page         the page of test/fixtures/ to open (default demo-article.html)',
    ].join('\n'),
  );
  process.exit(0);
}

const name = (values.browser === 'chrome' ? 'chromium' : values.browser) as BrowserName;
if (name !== 'chromium' && name !== 'firefox') {
  console.error(`Unknown browser "${values.browser}": use chromium or firefox.`);
  process.exit(2);
}

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const executablePath = requireBrowsers([name])[name];

console.log(`Building Tally for ${name} (test build)…`);
const extensionDir = await buildExtension(name, 'test');
const server = await startServer();
const browser = await launch(name, { extensionDir, baseUrl: server.baseUrl, executablePath });
const files: string[] = [];
const shoot = (file: string) => {
  files.push(file);
  return resolve(out, file);
};

try {
  const article = await browser.openPage(values.page);
  // A reader closes the cookie banner first; it would cover the full-page screenshot.
  if (await article.evaluate(() => document.querySelector('#consent button') !== null)) {
    await article.click('#consent button');
  }

  const popup = await browser.openPopupFor(article);
  await popup.setViewport({ width: 400, height: 240 });
  await popup.waitForFunction(
    () => document.querySelector('[data-testid="page-status"]')?.textContent !== 'Looking…',
  );
  const status = await popup.text('[data-testid="page-status"]');
  await popup.screenshot({ path: shoot('popup.png'), selector: '#root' });

  const options = await browser.openExtensionPage('options.html');
  await options.setViewport({ width: 900, height: 420 });
  await options.waitForSelector('select');
  await options.screenshot({ path: shoot('options.png') });

  // Last, so whatever Tally paints on the page has had time to appear. Tally paints a block
  // when it comes within a screen of the viewport: scroll through as a reader would, so the
  // full-page screenshot shows every figure.
  await article.bringToFront();
  await article.evaluate(() => document.fonts.ready.then(() => undefined));
  await scrollThrough(article);
  await article.screenshot({ path: shoot('article.png'), fullPage: true });

  const errors = [
    ...(await article.consoleErrors()),
    ...(await popup.consoleErrors()),
    ...(await options.consoleErrors()),
  ];
  console.log(`\n${name}: the popup over ${values.page} says “${status}”`);
  if (errors.length > 0) console.log(`Errors logged by the pages:\n  ${errors.join('\n  ')}`);
  const shown = relative(ROOT, out);
  console.log(`\nScreenshots in ${shown && !shown.startsWith('..') ? `${shown}/` : out}:`);
  for (const file of files) console.log(`  ${file}`);
} finally {
  await browser.close();
  await server.stop();
}
