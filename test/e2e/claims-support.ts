/**
 * Helpers for the claims library's real-browser tests: put claims straight into Tally's
 * database from one of its own pages, read them back, run axe-core in a page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readPage } from '../../lib/cli/extract';
import type { Claim } from '../../lib/db/schema';
import { FIXTURES_DIR } from '../support/server';
import type { TestPage } from './harness';

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

/** Writes claims into the extension's IndexedDB, as the background's save would. */
export function putClaims(page: TestPage, claims: Claim[]): Promise<void> {
  return page.evaluate(async (list: Claim[]) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('tally');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('claims', 'readwrite');
      for (const claim of list) tx.objectStore('claims').put(claim);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, claims);
}

/** Every claim in the extension's IndexedDB, by id. */
export function readClaims(page: TestPage): Promise<Claim[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('tally');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = await new Promise<Claim[]>((ok, fail) => {
      const request = db.transaction('claims').objectStore('claims').getAll();
      request.onsuccess = () => ok(request.result as Claim[]);
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

/** Characters of context the content script keeps on each side of a saved figure. */
const CONTEXT_CHARS = 32;

/**
 * Where a figure is in a fixture page, as the content script records it when the reader
 * saves it: the quote exactly as in the page (no-break spaces included), the text around it
 * in its block, and its offset in the page's text. `quote` is written with plain spaces.
 */
export async function placeInFixture(
  fixture: string,
  quote: string,
): Promise<Pick<Claim, 'quote' | 'prefix' | 'suffix' | 'position'>> {
  const page = await readPage(readFileSync(`${FIXTURES_DIR}/${fixture}`, 'utf8'));
  const pattern = new RegExp(
    quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\u00a0\u202f]'),
  );
  for (const [i, block] of page.blocks.entries()) {
    const match = pattern.exec(block.text);
    if (!match) continue;
    const start = match.index;
    const end = start + match[0].length;
    return {
      quote: match[0],
      prefix: block.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: block.text.slice(end, end + CONTEXT_CHARS),
      position: (page.starts[i] ?? 0) + start,
    };
  }
  throw new Error(`"${quote}" is not in ${fixture}`);
}
