/**
 * Helpers for the claims library's real-browser tests: put claims straight into Tally's
 * database from one of its own pages, read them back, run axe-core in a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Claim } from '../../lib/db/schema';
import type { BrowserName } from '../support/browsers';
import type { TestPage } from './harness';
import {
  hoverFigure,
  inCard,
  readCard,
  waitForCard,
  waitForFigures,
  waitForNoCard,
  waitUntil,
} from './page-helpers';

/** What the reader corrects in the card before saving. */
export interface Correction {
  companyId: string;
  metric: string;
  period: string;
}

/**
 * Saves the figure `quote` of an open page as a reader does: hovers it, corrects company,
 * metric and period in its card when asked, clicks Save, and closes the card with Esc.
 */
export async function saveThroughCard(
  page: TestPage,
  browser: BrowserName,
  quote: string,
  correction?: Correction,
): Promise<void> {
  await waitForFigures(page, [quote]);
  await hoverFigure(page, quote);
  await waitForCard(page, quote);
  if (correction) {
    await page.click(inCard(browser, 'footer button.link'));
    await page.select(inCard(browser, '.edits label:nth-of-type(1) select'), correction.companyId);
    await page.select(inCard(browser, '.edits label:nth-of-type(2) select'), correction.metric);
    await page.type(inCard(browser, '.edits input'), correction.period);
  }
  await page.click(inCard(browser, 'button.save'));
  await waitUntil(
    async () => /^(Saved|Enregistré)$/.test((await readCard(page))?.save ?? ''),
    `the card never said "${quote}" was saved`,
  );
  await page.keyboard.press('Escape');
  await waitForNoCard(page);
}

/**
 * Waits for the settings page to have opened the database (it counts the claims), so that
 * the database exists at its current version before claims are written into it.
 */
export async function waitForLibrary(options: TestPage): Promise<string> {
  await options.waitForFunction(() =>
    /claim/.test(document.querySelector('[data-testid="library-count"]')?.textContent ?? ''),
  );
  return options.text('[data-testid="library-count"]');
}

/** Every claim in the extension's IndexedDB (in its sheets: lib/db/sheets.ts), by id. */
export function readClaims(page: TestPage): Promise<Claim[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('tally');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<Claim[]>((ok, fail) => {
      const request = db.transaction('sheets').objectStore('sheets').getAll();
      request.onsuccess = () =>
        ok((request.result as { claims: Claim[] }[]).flatMap((s) => s.claims));
      request.onerror = () => fail(request.error);
    });
    db.close();
    return all.sort((a, b) => (a.id < b.id ? -1 : 1));
  });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: TestPage): Promise<AxeFinding[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // axe works through many short timers, which Firefox slows to a crawl in a background tab.
  await page.bringToFront();
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.evaluateScript(axeSource);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
}

/** Makes the page keep the text of every file it offers for download (blob links). */
export function captureDownloads(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { __tallyDownloads?: Promise<string>[] };
    scope.__tallyDownloads = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) scope.__tallyDownloads?.push(blob.text());
      return original(blob);
    };
    // The download itself is not needed: keep the browser from saving files.
    HTMLAnchorElement.prototype.click = () => {};
  });
}

/** The texts of the files the page offered for download since captureDownloads(). */
export function downloads(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    Promise.all(
      (globalThis as unknown as { __tallyDownloads: Promise<string>[] }).__tallyDownloads,
    ),
  );
}

/** Chooses a file for a file input from inside the page, as a drop would. */
export function chooseFile(page: TestPage, selector: string, name: string, text: string) {
  return page.evaluate(
    ({ selector, name, text }) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, name, text },
  );
}
