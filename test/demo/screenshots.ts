/**
 * `npm run screenshots [-- --out DIR] [-- --browser firefox]`: builds the test build of Tally,
 * opens the demo article in a headless browser, light (`demo-article.html`) and dark
 * (`?theme=dark`), and saves viewport crops of the highlights and of the hover card:
 * page-light.png, page-dark.png, card-light.png, card-dark.png (test/screenshots/ by default,
 * the images the README shows).
 */
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type TestPage } from '../e2e/harness';
import {
  hoverFigure,
  readPainted,
  scrollThrough,
  waitForCard,
  waitUntil,
} from '../e2e/page-helpers';
import { type BrowserName, requireBrowsers } from '../support/browsers';
import { buildExtension, ROOT } from '../support/build';
import { startServer } from '../support/server';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'test/screenshots' },
    browser: { type: 'string', short: 'b', default: 'chromium' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    [
      'Usage: npm run screenshots [-- --out DIR] [-- --browser chromium|firefox]',
      '  --out          where to write the images (default test/screenshots)',
      '  --browser, -b  chromium (default) or firefox',
    ].join('\n'),
  );
  process.exit(0);
}

const name = (values.browser === 'chrome' ? 'chromium' : values.browser) as BrowserName;
if (name !== 'chromium' && name !== 'firefox') {
  console.error(`Unknown browser "${values.browser}": use chromium or firefox.`);
  process.exit(2);
}

/** Small enough for the README, wide enough for the article's column and its sidebar. */
const VIEWPORT = { width: 1100, height: 640 };
/** The figure the card screenshots open: Microsoft's capex, split by an <em> on the page. */
const CARD_FIGURE = 'près de 80 milliards de dollars';

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const executablePath = requireBrowsers([name])[name];

console.log(`Building Tally for ${name} (test build)…`);
const extensionDir = await buildExtension(name, 'test');
const server = await startServer();
const browser = await launch(name, {
  extensionDir,
  baseUrl: server.baseUrl,
  executablePath,
  viewport: VIEWPORT,
});
const files: string[] = [];

/** Opens the article as a reader would see it: banner closed, every figure and company painted. */
async function openArticle(theme: 'light' | 'dark'): Promise<TestPage> {
  const page = await browser.openPage(`demo-article.html${theme === 'dark' ? '?theme=dark' : ''}`);
  await page.click('#consent button');
  await waitUntil(async () => {
    await scrollThrough(page);
    const painted = await readPainted(page, ['tally-money', 'tally-figure', 'tally-company']);
    return painted.length > 60 && painted.some((p) => p.name === 'tally-company');
  }, 'the article was not painted');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Scrolls so that `selector`'s top is `offset` pixels below the top of the viewport. */
async function scrollTo(page: TestPage, selector: string, offset: number): Promise<void> {
  await page.evaluate(
    ({ selector, offset }) => {
      const el = document.querySelector(selector);
      if (el)
        window.scrollBy({ top: el.getBoundingClientRect().top - offset, behavior: 'instant' });
    },
    { selector, offset },
  );
}

try {
  for (const theme of ['light', 'dark'] as const) {
    const page = await openArticle(theme);
    // Meta's paragraph, Amazon's and Microsoft's: money, percentages, gigawatts, GPUs, companies.
    await scrollTo(page, 'article h1', 16);
    await scrollTo(page, 'article > p:nth-of-type(3)', 24);
    const pagePath = resolve(out, `page-${theme}.png`);
    await page.mouse.move(2, 2);
    await page.screenshot({ path: pagePath });
    files.push(pagePath);

    // Hovered once more if the card is slow to come (seen once in Firefox on a loaded machine).
    await hoverFigure(page, CARD_FIGURE);
    await waitForCard(page, CARD_FIGURE, 5000).catch(async () => {
      await hoverFigure(page, CARD_FIGURE);
      await waitForCard(page, CARD_FIGURE);
    });
    // The card has its fonts and place once React has rendered twice (StrictMode).
    await new Promise((r) => setTimeout(r, 300));
    const cardPath = resolve(out, `card-${theme}.png`);
    await page.screenshot({ path: cardPath });
    files.push(cardPath);

    const errors = await page.consoleErrors();
    if (errors.length > 0)
      console.log(`Errors logged by the ${theme} page:\n  ${errors.join('\n  ')}`);
    await page.close();
  }
  const shown = relative(ROOT, out);
  console.log(`\n${name}: screenshots in ${shown && !shown.startsWith('..') ? `${shown}/` : out}:`);
  for (const file of files) console.log(`  ${relative(out, file)}`);
} finally {
  await browser.close();
  await server.stop();
}
