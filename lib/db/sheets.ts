/**
 * How claims are stored: a hundred or so to a record (a "sheet"), not one record each.
 *
 * Chromium's IndexedDB pays for every record and index entry it writes, hardly for their size:
 * importing 10,000 claims as 10,000 records took 5.5–6.6 s, as 100 sheets 1.5–1.6 s
 * (`npm run bench -- claims`; a bare put of the 10,000 records alone took 1.6–2.9 s). A sheet
 * carries, besides its claims, the keys its claims are found by, each as a multi-entry index: one entry per claim for the ids (unique, so
 * that no claim is in two sheets), one per distinct URL, metric, company and site for the rest.
 * Saving one claim writes a sheet of one (as cheap as a record per claim was); an import packs
 * its claims by saved-at, so that a sheet's claims were saved close together and reading the
 * newest claims reads few sheets.
 */
import type { Collection, Table } from 'dexie';
import type { Claim } from './schema';

/** Claims per sheet an import or an upgrade writes (saving one claim writes a sheet of one). */
export const SHEET_SIZE = 100;

/** A record of the `sheets` table. Everything but `n` and `claims` is derived by sheetOf. */
export interface Sheet {
  /** Key, given by IndexedDB. */
  n?: number;
  claims: Claim[];
  /** Every claim's id (a unique multi-entry index: an id is in one sheet at most). */
  ids: string[];
  /** The claims' canonical URLs, each once. */
  urls: string[];
  /** Each metric of the claims with the newest saved-at among its claims here. */
  metrics: [metric: string, newest: number][];
  /** Each company id with each metric it has a claim about here. */
  companyMetrics: [companyId: string, metric: string][];
  companyNames: string[];
  sites: string[];
  /** The newest saved-at of the claims: no claim here was saved later. */
  newest: number;
}

/** The table's key and indexes (schema version 4 on). */
export const SHEET_INDEXES =
  '++n, &*ids, *urls, *metrics, *companyMetrics, *companyNames, *sites, newest';

const isKeyString = (x: unknown): x is string => typeof x === 'string';
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A sheet holding `claims` (under key `n` when it replaces a stored sheet). */
export function sheetOf(claims: Claim[], n?: number): Sheet {
  const urls = new Set<string>();
  const metrics = new Map<string, number>();
  const companyMetrics = new Map<string, [string, string]>();
  const companyNames = new Set<string>();
  const sites = new Set<string>();
  let newest = -Infinity;
  for (const claim of claims) {
    const saved = isTime(claim.savedAt) ? claim.savedAt : -Infinity;
    newest = Math.max(newest, saved);
    if (isKeyString(claim.canonicalUrl)) urls.add(claim.canonicalUrl);
    if (isKeyString(claim.metric)) {
      metrics.set(claim.metric, Math.max(metrics.get(claim.metric) ?? -Infinity, saved));
      if (isKeyString(claim.companyId))
        companyMetrics.set(JSON.stringify([claim.companyId, claim.metric]), [
          claim.companyId,
          claim.metric,
        ]);
    }
    if (isKeyString(claim.companyName)) companyNames.add(claim.companyName);
    if (isKeyString(claim.site)) sites.add(claim.site);
  }
  const sheet: Sheet = {
    claims,
    ids: claims.map((c) => c.id),
    urls: [...urls],
    metrics: [...metrics],
    companyMetrics: [...companyMetrics.values()],
    companyNames: [...companyNames],
    sites: [...sites],
    newest,
  };
  if (n !== undefined) sheet.n = n;
  return sheet;
}

const bySavedAt = (a: Claim, b: Claim) => a.savedAt - b.savedAt;

/** Claims packed into new sheets, oldest saved first, `size` to a sheet. */
export function packSheets(claims: readonly Claim[], size = SHEET_SIZE): Sheet[] {
  const sorted = [...claims].sort(bySavedAt);
  const sheets: Sheet[] = [];
  for (let i = 0; i < sorted.length; i += size) sheets.push(sheetOf(sorted.slice(i, i + size)));
  return sheets;
}

/** Newest saved first; between claims saved at the same time, by id, greatest first. */
export function newestFirst(a: Claim, b: Claim): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The newest `count` claims that `keep` accepts, newest first, from `sheets` read in
 * descending order of `bound` (a sheet's claims that `keep` may accept were saved at `bound`
 * or before). Stops reading once `count` claims are newer than any unread sheet's bound, or
 * earlier when `enough` says so of the claims that are already sure to be the newest.
 */
export async function newestClaims(
  sheets: Collection<Sheet, number>,
  bound: (sheet: Sheet) => number,
  keep: (claim: Claim) => boolean,
  count: number,
  enough?: (newest: Claim[]) => boolean,
): Promise<Claim[]> {
  let found: Claim[] = [];
  const done = (next: Sheet): boolean => {
    const limit = bound(next);
    if (found.length >= count && (found[count - 1] as Claim).savedAt > limit) return true;
    return enough?.(found.filter((c) => c.savedAt > limit)) ?? false;
  };
  await sheets.until(done).each((sheet) => {
    const kept = sheet.claims.filter(keep);
    if (kept.length === 0) return;
    found = [...found, ...kept].sort(newestFirst).slice(0, count);
  });
  return found;
}

/** Claims read and packed at a time by packLibrary. */
const PACK_BATCH = SHEET_SIZE * 10;

/**
 * Packs every claim of a version 3 `claims` table into sheets, oldest saved first: the
 * upgrade to schema version 4. Reads the saved-at index a thousand claims at a time (from
 * where the last page ended: claims saved at the same time follow one another by id), packs
 * and writes each page before reading the next, so that a large library is never held in
 * memory at once. (A cursor over the whole index, its steps interleaved with the sheets'
 * writes, loses Chromium's read-ahead at every write, and reading the claims one by one by id
 * costs a request each: in scratch runs on 30,000 claims, 12.6 s and 9.8 s, this way 7.3 s.)
 * A claim the index left out (no valid saved-at: none is stored so, but nothing may be lost)
 * is packed after them.
 */
export async function packLibrary(
  claims: Pick<Table<Claim, string>, 'orderBy' | 'where' | 'count' | 'filter'>,
  sheets: Pick<Table<Sheet, number>, 'bulkAdd'>,
): Promise<void> {
  const packed = new Set<string>();
  const pack = async (batch: Claim[]) => {
    for (const claim of batch) packed.add(claim.id);
    await sheets.bulkAdd(packSheets(batch));
  };
  // The page goes on from the last saved-at read, past the claims saved then already read.
  let last: Claim['savedAt'] | undefined;
  let readAtLast = 0;
  for (;;) {
    const page =
      last === undefined
        ? await claims.orderBy('savedAt').limit(PACK_BATCH).toArray()
        : await claims
            .where('savedAt')
            .aboveOrEqual(last)
            .offset(readAtLast)
            .limit(PACK_BATCH)
            .toArray();
    if (page.length === 0) break;
    await pack(page);
    const end = (page.at(-1) as Claim).savedAt;
    const atEnd = page.length - page.findIndex((c) => c.savedAt === end);
    readAtLast = end === last ? readAtLast + atEnd : atEnd;
    last = end;
    if (page.length < PACK_BATCH) break;
  }
  if (packed.size !== (await claims.count()))
    await pack(await claims.filter((c) => !packed.has(c.id)).toArray());
}
