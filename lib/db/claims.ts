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
// else writes to either table.

/** Stores a claim (insert or replace by id). */
export async function saveClaim(db: TallyDB, claim: Claim): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.claims, db.facts, async () => {
      // Issued together, so that saving waits for IndexedDB once in the usual case (a new
      // claim): IndexedDB answers the get before it runs the put, and the claim's fact is
      // written on its own (facts.ts).
      const [before, , singles] = await Promise.all([
        db.claims.get(claim.id),
        db.claims.put(claim),
        fileSingle(db, claim),
      ]);
      await settleSingle(db, before, claim, singles);
    }),
  );
}

/** Stores claims (insert or replace by id), in one transaction. */
export async function saveClaims(db: TallyDB, claims: readonly Claim[]): Promise<void> {
  await writing(() =>
    db.transaction('rw', db.claims, db.facts, async () => {
      const [before] = await Promise.all([
        db.claims.bulkGet(claims.map((c) => c.id)),
        db.claims.bulkPut(claims as Claim[]),
      ]);
      await fileFacts(
        db,
        claims.map((after, i) => ({ before: before[i], after })),
      );
    }),
  );
}

/** Claims saved from a page, by canonical URL, in page order. */
export async function claimsForUrl(db: TallyDB, canonicalUrl: string): Promise<Claim[]> {
  const claims = await db.claims.where('canonicalUrl').equals(canonicalUrl).toArray();
  return claims.sort((a, b) => a.position - b.position);
}

/** A metric's claims in the order they were saved, through [metric+savedAt]. */
function savedAbout(db: TallyDB, metric: string) {
  return db.claims
    .where('[metric+savedAt]')
    .between([metric, Dexie.minKey], [metric, Dexie.maxKey]);
}

/** Claims a metric's comparisons on the hover card read at most, per company they list. */
const READ_PER_COMPANY = 20;

/**
 * The latest saved claim of each company about a metric, newest first, at most `limit`
 * companies, for comparisons on the hover card. Reads the metric's claims newest first and
 * stops when it has `limit` companies, or after `limit` × 20 claims: the card's cost does not
 * grow with the library.
 */
export async function claimsForMetric(db: TallyDB, metric: string, limit = 50): Promise<Claim[]> {
  const latest: Claim[] = [];
  const seen = new Set<string>();
  await savedAbout(db, metric)
    .reverse()
    .limit(limit * READ_PER_COMPANY)
    .until(() => latest.length >= limit)
    .each((claim) => {
      const key = companyKey(claim);
      if (!key || seen.has(key) || latest.length >= limit) return;
      seen.add(key);
      latest.push(claim);
    });
  return latest;
}

/** Claims by id, in the order asked, leaving out ids no claim has (any more). */
export async function claimsByIds(db: TallyDB, ids: readonly string[]): Promise<Claim[]> {
  return (await db.claims.bulkGet([...ids])).filter((c): c is Claim => c !== undefined);
}

/** What the reader may correct on a saved claim. */
export type ClaimEdit = Partial<
  Pick<Claim, 'companyId' | 'companyName' | 'metric' | 'period' | 'note' | 'tags'>
>;

/** Applies the reader's corrections to a claim; false when no claim has that id. */
export async function updateClaim(db: TallyDB, id: string, edit: ClaimEdit): Promise<boolean> {
  return writing(() =>
    db.transaction('rw', db.claims, db.facts, async () => {
      const before = await db.claims.get(id);
      if (!before || (await db.claims.update(id, edit)) !== 1) return false;
      await fileFacts(db, [{ before, after: { ...before, ...edit } }]);
      return true;
    }),
  );
}

/** Deletes claims and returns them as they were, so the reader can undo. */
export async function deleteClaims(db: TallyDB, ids: string[]): Promise<Claim[]> {
  return writing(() =>
    db.transaction('rw', db.claims, db.facts, async () => {
      const found = (await db.claims.bulkGet(ids)).filter((c): c is Claim => c !== undefined);
      await db.claims.bulkDelete(found.map((c) => c.id));
      await fileFacts(
        db,
        found.map((before): Change => ({ before })),
      );
      return found;
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
  const claims = await savedAbout(db, metric).toArray();
  return claims.sort(byId);
}

/**
 * Claims that could disagree with one another: those with a metric and a period, by metric,
 * period and id.
 */
export async function claimsWithPeriod(db: TallyDB): Promise<Claim[]> {
  // Read whole (one request, no index to check each claim against) and filtered here.
  const claims = (await db.claims.toArray()).filter(
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
    ? db.claims.where('companyName').equals(filter.company)
    : filter.site
      ? db.claims.where('site').equals(filter.site)
      : null;
  if (!indexed) {
    // Newest first already: stop as soon as there are enough.
    const newest = filter.metric
      ? savedAbout(db, filter.metric).reverse()
      : db.claims.orderBy('savedAt').reverse();
    const found = await newest
      .filter(keep)
      .limit(limit + 1)
      .toArray();
    return { claims: found.slice(0, limit), more: found.length > limit };
  }
  const found = (await indexed.filter(keep).toArray()).sort((a, b) => b.savedAt - a.savedAt);
  return { claims: found.slice(0, limit), more: found.length > limit };
}

/** What the Claims view's filters offer: the library's companies, metrics and sites (keys only). */
export async function filterChoices(
  db: TallyDB,
): Promise<{ companies: string[]; metrics: string[]; sites: string[] }> {
  const [companies, metrics, sites] = await Promise.all([
    distinctKeys(db, db.claims, 'companyName'),
    metricsInLibrary(db),
    distinctKeys(db, db.claims, 'site'),
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
 * company id is one jump of a key cursor over [companyId+metric] and one claim read; the typed
 * names come from the companyName index's keys.
 */
export async function companyChoices(db: TallyDB): Promise<{ id: string | null; name: string }[]> {
  const firstPairs = await distinctKeys(
    db,
    db.claims,
    '[companyId+metric]',
    Dexie.minKey,
    Dexie.maxKey,
    1,
  );
  const ids = firstPairs.map((pair) => (pair as [string])[0]);
  const first = await Promise.all(
    ids.map((id) =>
      db.claims.where('[companyId+metric]').between([id, Dexie.minKey], [id, Dexie.maxKey]).first(),
    ),
  );
  const known = first.flatMap((c) =>
    c?.companyId && c.companyName ? [{ id: c.companyId, name: c.companyName }] : [],
  );
  const names = new Set(known.map((k) => k.name));
  const typed = ((await distinctKeys(db, db.claims, 'companyName')) as string[])
    .filter((name) => !names.has(name))
    .map((name) => ({ id: null, name }));
  return [...known, ...typed].sort((a, b) => a.name.localeCompare(b.name));
}
