import Dexie, {
  cmp,
  type DBCoreRangeType,
  type DBCoreTransaction,
  type IndexableType,
  type Table,
} from 'dexie';
import { companyKey } from '@/lib/compare/rows';
import { type Change, chunksOf, type Fact, fileFacts, fileSingle, settleSingle } from './facts';
import type { Claim, TallyDB } from './schema';
import { newestClaims, newestFirst, packSheets, SHEET_SIZE, type Sheet, sheetOf } from './sheets';

/** Raised when the browser refuses to store more: the reader is told, nothing is lost. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super(
      'Tally could not save: the browser has no storage left for it. Free some space, or delete old claims, and try again.',
    );
    this.name = 'StorageFullError';
    this.cause = cause;
  }
}

/** True for a QuotaExceededError, also when Dexie wraps it in an AbortError or its own errors. */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const name = (e as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a write; a full disk becomes a StorageFullError, any other error passes unchanged. */
export async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

// Every write to the claims goes through this file (and transfer.ts's import), in a transaction
// that files the claims' facts too (facts.ts): Compare reads those. A test checks that nothing
// else writes to either table. Claims are stored in sheets (sheets.ts).

/** Claims looked up one by one in the first round of sheetsWith: one per this many asked. */
const PROBE_EVERY = SHEET_SIZE;

/**
 * The sheets holding any of these claims, each once. Each id is looked up on its own in the
 * ids index, the lookups issued together (Dexie's anyOf() steps a cursor from key to key
 * instead, a round trip each: 17.6 s for 10,000 ids in Chromium, `npm run bench -- claims`).
 * Claims asked together were mostly saved or imported together, so a first round looks up one
 * id in every hundred, and a sheet it finds answers for all of its claims; a second round looks
 * up whatever is left.
 */
async function sheetsWith(db: TallyDB, ids: readonly string[]): Promise<Sheet[]> {
  const left = new Set(ids);
  const sheets = new Map<number, Sheet>();
  const lookUp = async (batch: string[]) => {
    const keys = await Promise.all(
      batch.map((id) => db.sheets.where('ids').equals(id).primaryKeys()),
    );
    const unread = [...new Set(keys.flat())].filter((key) => !sheets.has(key));
    for (const sheet of await db.sheets.bulkGet(unread)) {
      if (!sheet) continue;
      sheets.set(sheet.n as number, sheet);
      for (const id of sheet.ids) left.delete(id);
    }
    for (const id of batch) left.delete(id);
  };
  if (left.size > PROBE_EVERY) await lookUp([...left].filter((_, i) => i % PROBE_EVERY === 0));
  if (left.size > 0) await lookUp([...left]);
  return [...sheets.values()];
}

/** Where `storeClaims` is: how many claims of how many it has written. */
export type Written = (done: number, total: number) => void;

/** Sheets per bulkAdd in storeClaims: two are in flight at a time. */
const SHEETS_PER_WRITE = 10;

/**
 * Writes claims in the caller's read-write transaction on `sheets`, and returns what changed
 * (for the facts): a claim whose id is stored already takes the stored one's place in its
 * sheet; the others go into new sheets. The new sheets are added without reading anything
 * first: the unique index on ids refuses a sheet holding a stored id (a refused add does not
 * end the transaction), and only the refused sheets' claims are then looked up. Two writes are
 * in flight at a time, so IndexedDB writes one while the page hands it the next.
 */
export async function storeClaims(
  db: TallyDB,
  claims: readonly Claim[],
  options: { onWritten?: Written; sheetSize?: number } = {},
): Promise<Change[]> {
  const { onWritten, sheetSize } = options;
  // One claim per id, the last given.
  const unique = [...new Map(claims.map((c) => [c.id, c])).values()];
  const sheets = packSheets(unique, sheetSize);
  const changes: Change[] = [];
  const refused: Claim[] = [];
  let next = 0;
  let done = 0;
  const writeSlices = async (): Promise<void> => {
    while (next < sheets.length) {
      const part = sheets.slice(next, next + SHEETS_PER_WRITE);
      next += part.length;
      let added = part;
      try {
        await db.sheets.bulkAdd(part);
      } catch (error) {
        const failures =
          error instanceof Dexie.BulkError ? Object.entries(error.failuresByPos) : [];
        if (failures.length === 0 || failures.some(([, e]) => e.name !== 'ConstraintError'))
          throw error;
        const failed = new Set(failures.map(([pos]) => Number(pos)));
        added = part.filter((_, i) => !failed.has(i));
        for (const i of failed) refused.push(...(part[i] as Sheet).claims);
      }
      for (const sheet of added) for (const after of sheet.claims) changes.push({ after });
      done += part.reduce((sum, sheet) => sum + sheet.claims.length, 0);
      onWritten?.(done, unique.length);
    }
  };
  await Promise.all([writeSlices(), writeSlices()]);
  if (refused.length === 0) return changes;

  // The refused sheets' claims: those stored already replace the stored ones where they are,
  // the others go into new sheets (which no stored id is in any more).
  const replacing = new Map(refused.map((c) => [c.id, c]));
  const stored = await sheetsWith(db, [...replacing.keys()]);
  const rewritten = stored.map((sheet) => {
    const claimsNow = sheet.claims.map((before) => {
      const after = replacing.get(before.id);
      if (!after) return before;
      replacing.delete(before.id);
      changes.push({ before, after });
      return after;
    });
    return sheetOf(claimsNow, sheet.n);
  });
  const fresh = [...replacing.values()];
  changes.push(...fresh.map((after) => ({ after })));
  await Promise.all([
    db.sheets.bulkPut(rewritten),
    fresh.length > 0 ? db.sheets.bulkAdd(packSheets(fresh, sheetSize)) : null,
  ]);
  return changes;
}

/** Stores a claim (insert or replace by id). */
export async function saveClaim(db: TallyDB, claim: Claim): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.sheets, db.facts, async () => {
      // Issued together, so that saving waits for IndexedDB once in the usual case (a new
      // claim: one sheet added), and the claim's fact is written on its own (facts.ts).
      const [changes, singles] = await Promise.all([
        storeClaims(db, [claim]),
        fileSingle(db, claim),
      ]);
      await settleSingle(db, changes[0]?.before, claim, singles);
    }),
  );
}

/** Stores claims (insert or replace by id), in one transaction. */
export async function saveClaims(db: TallyDB, claims: readonly Claim[]): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.sheets, db.facts, async () => {
      await fileFacts(db, await storeClaims(db, claims));
    }),
  );
}

/** Every claim, in no particular order (one read of every sheet). */
export async function allClaims(db: TallyDB): Promise<Claim[]> {
  return (await db.sheets.toArray()).flatMap((sheet) => sheet.claims);
}

/** How many claims the library holds (the entries of the ids index: no sheet is read). */
export function countClaims(db: TallyDB): Promise<number> {
  return db.sheets.orderBy('ids').count();
}

/** Claims saved from a page, by canonical URL, in page order. */
export async function claimsForUrl(db: TallyDB, canonicalUrl: string): Promise<Claim[]> {
  const sheets = await db.sheets.where('urls').equals(canonicalUrl).toArray();
  return sheets
    .flatMap((sheet) => sheet.claims.filter((c) => c.canonicalUrl === canonicalUrl))
    .sort((a, b) => a.position - b.position);
}

/** The sheets with claims about a metric, by the newest such claim in each (index order). */
function sheetsAbout(db: TallyDB, metric: string) {
  return db.sheets.where('metrics').between([metric, Dexie.minKey], [metric, Dexie.maxKey]);
}

/** The newest saved-at of a sheet's claims about a metric. */
function newestAbout(metric: string) {
  return (sheet: Sheet) => sheet.metrics.find(([m]) => m === metric)?.[1] ?? -Infinity;
}

/** Claims a metric's comparisons on the hover card read at most, per company they list. */
const READ_PER_COMPANY = 20;

/**
 * The latest saved claim of each company about a metric, newest first, at most `limit`
 * companies, for comparisons on the hover card. Looks at the metric's newest `limit` × 20
 * claims at most, and stops reading as soon as it is sure of `limit` companies: the card's
 * cost does not grow with the library.
 */
export async function claimsForMetric(db: TallyDB, metric: string, limit = 50): Promise<Claim[]> {
  const latestByCompany = (claims: Claim[]): Claim[] => {
    const latest: Claim[] = [];
    const seen = new Set<string>();
    for (const claim of claims) {
      const key = companyKey(claim);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      latest.push(claim);
      if (latest.length === limit) break;
    }
    return latest;
  };
  const newest = await newestClaims(
    sheetsAbout(db, metric).reverse(),
    newestAbout(metric),
    (c) => c.metric === metric,
    limit * READ_PER_COMPANY,
    (sure) => latestByCompany(sure).length >= limit,
  );
  return latestByCompany(newest);
}

/** Claims by id, in the order asked, leaving out ids no claim has (any more). */
export async function claimsByIds(db: TallyDB, ids: readonly string[]): Promise<Claim[]> {
  const byId = new Map(
    (await sheetsWith(db, ids)).flatMap((sheet) => sheet.claims.map((c) => [c.id, c] as const)),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One claim by id, if the library has it. */
export async function claimById(db: TallyDB, id: string): Promise<Claim | undefined> {
  return (await claimsByIds(db, [id]))[0];
}

/** What the reader may correct on a saved claim. */
export type ClaimEdit = Partial<
  Pick<Claim, 'companyId' | 'companyName' | 'metric' | 'period' | 'note' | 'tags'>
>;

/** Applies the reader's corrections to a claim; false when no claim has that id. */
export async function updateClaim(db: TallyDB, id: string, edit: ClaimEdit): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.sheets, db.facts, async () => {
      const [sheet] = await sheetsWith(db, [id]);
      const before = sheet?.claims.find((c) => c.id === id);
      if (!sheet || !before) return false;
      const after = { ...before, ...edit };
      await db.sheets.put(
        sheetOf(
          sheet.claims.map((c) => (c.id === id ? after : c)),
          sheet.n,
        ),
      );
      await fileFacts(db, [{ before, after }]);
      return true;
    }),
  );
}

/** Deletes claims and returns them as they were, in the order asked, so the reader can undo. */
export async function deleteClaims(db: TallyDB, ids: readonly string[]): Promise<Claim[]> {
  return writing(() =>
    db.transaction('rw', db.sheets, db.facts, async () => {
      const gone = new Set(ids);
      const found = new Map<string, Claim>();
      const emptied: number[] = [];
      const kept: Sheet[] = [];
      for (const sheet of await sheetsWith(db, ids)) {
        const left = sheet.claims.filter((c) => {
          if (!gone.has(c.id)) return true;
          found.set(c.id, c);
          return false;
        });
        if (left.length === 0) emptied.push(sheet.n as number);
        else kept.push(sheetOf(left, sheet.n));
      }
      await Promise.all([db.sheets.bulkDelete(emptied), db.sheets.bulkPut(kept)]);
      const deleted = [...gone].flatMap((id) => found.get(id) ?? []);
      await fileFacts(
        db,
        deleted.map((before): Change => ({ before })),
      );
      return deleted;
    }),
  );
}

/** Puts deleted claims back (undo). */
export async function restoreClaims(db: TallyDB, claims: Claim[]): Promise<void> {
  await saveClaims(db, claims);
}

/**
 * The smallest key after every key that begins as `key` does (in its first `parts` parts, for
 * an array key), or undefined when that is not a string: IndexedDB orders strings by code unit,
 * and nothing sorts between a string and itself followed by U+0000.
 */
function after(key: IndexableType, parts: number): IndexableType | undefined {
  if (typeof key === 'string') return `${key}\u0000`;
  if (!Array.isArray(key)) return undefined;
  const kept = (key as unknown[]).slice(0, parts);
  const last = kept.at(-1);
  return typeof last === 'string'
    ? ([...kept.slice(0, -1), `${last}\u0000`] as IndexableType)
    : undefined;
}

/**
 * The distinct keys of a table's index (null: its primary key) between two bounds, in order
 * (for a compound key, with `parts`, the first key of each distinct beginning), read by one
 * key cursor that jumps from each key to the next: one step per key returned. Dexie's
 * uniqueKeys() lets IndexedDB step through every entry instead, and Chromium checks each one
 * against its claim: seconds with 100,000 claims on disk (`npm run bench -- claims`). The
 * cursor is Dexie's own (its DBCore layer), so a live query that calls this sees the range it
 * read and runs again when a record there changes.
 */
function distinctKeys(
  db: TallyDB,
  source: Table,
  indexName: string | null,
  lower: IndexableType = Dexie.minKey,
  upper: IndexableType = Dexie.maxKey,
  parts = Infinity,
): Promise<IndexableType[]> {
  return db.transaction('r', source, async (tx) => {
    const table = source.core;
    const index =
      indexName === null
        ? table.schema.primaryKey
        : table.schema.indexes.find((i) => i.name === indexName);
    if (!index) throw new Error(`no index ${indexName}`);
    const cursor = await table.openCursor({
      trans: tx.idbtrans as unknown as DBCoreTransaction,
      values: false,
      unique: true,
      query: { index, range: { type: 2 as DBCoreRangeType.Range, lower, upper } },
    });
    const keys: IndexableType[] = [];
    await cursor?.start(() => {
      keys.push(cursor.key);
      const next = after(cursor.key, parts);
      if (next === undefined) cursor.continue();
      else cursor.continue(next);
    });
    return keys;
  });
}

/**
 * The metrics the library has claims about, from the keys of the facts' chunks (no claim is
 * read), by a cursor jumping from metric to metric. (Reading all the chunks' keys in one
 * request instead took 200–340 ms: Chromium walks the store's records, values and all.)
 */
export async function metricsInLibrary(db: TallyDB): Promise<string[]> {
  const keys = await distinctKeys(db, db.facts, null, Dexie.minKey, Dexie.maxKey, 1);
  return keys.map((key) => (key as [string])[0]);
}

/** The periods a metric has claims for (keys of its facts' chunks only, jumping as above). */
export async function periodsOf(db: TallyDB, metric: string): Promise<string[]> {
  // From the smallest string on: claims without a period are filed under a number.
  const keys = await distinctKeys(db, db.facts, null, [metric, ''], [metric, Dexie.maxKey], 2);
  return keys.map((key) => (key as [string, string])[1]);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What Compare reads: the facts of a metric's claims in one period (every period when null),
 * by id, the order its index gave before schema version 3.
 */
export async function factsToCompare(
  db: TallyDB,
  metric: string,
  period: string | null,
): Promise<Fact[]> {
  const chunks = await chunksOf(db, metric, period ?? undefined);
  return chunks.flatMap((chunk) => chunk.facts).sort(byId);
}

/** Every claim about a metric, by id (the Disagreements view, one metric at a time). */
export async function claimsOfMetric(db: TallyDB, metric: string): Promise<Claim[]> {
  const sheets = await sheetsAbout(db, metric).toArray();
  return sheets.flatMap((sheet) => sheet.claims.filter((c) => c.metric === metric)).sort(byId);
}

/**
 * Claims that could disagree with one another: those with a metric and a period, by metric,
 * period and id.
 */
export async function claimsWithPeriod(db: TallyDB): Promise<Claim[]> {
  const claims = (await allClaims(db)).filter(
    (c) => typeof c.metric === 'string' && typeof c.period === 'string',
  );
  return claims.sort((a, b) => cmp([a.metric, a.period], [b.metric, b.period]) || byId(a, b));
}

/** The Claims view's filters; empty strings and nulls mean "any". */
export interface ClaimFilter {
  query?: string;
  company?: string | null;
  metric?: string | null;
  site?: string | null;
}

/** Lowercase without accents, so "societe" finds "Société". */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesQuery(claim: Claim, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = folded(
    [
      claim.quote,
      claim.companyName ?? '',
      claim.metric ?? '',
      claim.period ?? '',
      claim.title,
      claim.site,
      claim.note,
      claim.tags.join(' '),
    ].join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}

/**
 * The claims matching a filter, newest saved first, at most `limit`; `more` says whether
 * others match. Uses the narrowest index the filter allows; without one it walks the saved-at
 * index backwards and stops as soon as it has enough.
 */
export async function searchClaims(
  db: TallyDB,
  filter: ClaimFilter,
  limit = 50,
): Promise<{ claims: Claim[]; more: boolean }> {
  const words = folded(filter.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const keep = (c: Claim) =>
    (!filter.company || c.companyName === filter.company) &&
    (!filter.metric || c.metric === filter.metric) &&
    (!filter.site || c.site === filter.site) &&
    matchesQuery(c, words);
  const indexed = filter.company
    ? db.sheets.where('companyNames').equals(filter.company)
    : filter.site
      ? db.sheets.where('sites').equals(filter.site)
      : null;
  if (!indexed) {
    // Sheets by their newest claim (of the metric), newest first: stop as soon as there are
    // enough.
    const [sheets, bound] = filter.metric
      ? [sheetsAbout(db, filter.metric).reverse(), newestAbout(filter.metric)]
      : [db.sheets.orderBy('newest').reverse(), (sheet: Sheet) => sheet.newest];
    const found = await newestClaims(sheets, bound, keep, limit + 1);
    return { claims: found.slice(0, limit), more: found.length > limit };
  }
  const found = (await indexed.toArray())
    .flatMap((sheet) => sheet.claims.filter(keep))
    .sort(newestFirst);
  return { claims: found.slice(0, limit), more: found.length > limit };
}

/** What the Claims view's filters offer: the library's companies, metrics and sites (keys only). */
export async function filterChoices(
  db: TallyDB,
): Promise<{ companies: string[]; metrics: string[]; sites: string[] }> {
  const [companies, metrics, sites] = await Promise.all([
    distinctKeys(db, db.sheets, 'companyNames'),
    metricsInLibrary(db),
    distinctKeys(db, db.sheets, 'sites'),
  ]);
  const byName = (a: string, b: string) => a.localeCompare(b);
  return {
    companies: (companies as string[]).sort(byName),
    metrics: metrics as string[],
    sites: (sites as string[]).sort(byName),
  };
}

/**
 * The companies the library knows, by name, each with the company id Tally gave it (null for
 * a name the reader typed): the suggestions when the reader corrects a claim's company. Each
 * company id is one jump of a key cursor over the sheets' company-and-metric keys and one
 * sheet read; the typed names come from the company names' index keys.
 */
export async function companyChoices(db: TallyDB): Promise<{ id: string | null; name: string }[]> {
  const firstPairs = await distinctKeys(
    db,
    db.sheets,
    'companyMetrics',
    Dexie.minKey,
    Dexie.maxKey,
    1,
  );
  const ids = firstPairs.map((pair) => (pair as [string])[0]);
  const known = (
    await Promise.all(
      ids.map(async (id) => {
        const sheet = await db.sheets
          .where('companyMetrics')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .first();
        const claim = sheet?.claims.find((c) => c.companyId === id && c.companyName);
        return claim?.companyName ? [{ id, name: claim.companyName }] : [];
      }),
    )
  ).flat();
  const names = new Set(known.map((k) => k.name));
  const typed = ((await distinctKeys(db, db.sheets, 'companyNames')) as string[])
    .filter((name) => !names.has(name))
    .map((name) => ({ id: null, name }));
  return [...known, ...typed].sort((a, b) => a.name.localeCompare(b.name));
}
