import Dexie, { type DBCoreRangeType, type DBCoreTransaction, type IndexableType } from 'dexie';
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

/** Stores a claim (insert or replace by id). */
export async function saveClaim(db: TallyDB, claim: Claim): Promise<void> {
  await writing(() => db.claims.put(claim));
}

/** Claims saved from a page, by canonical URL, in page order. */
export async function claimsForUrl(db: TallyDB, canonicalUrl: string): Promise<Claim[]> {
  const claims = await db.claims.where('canonicalUrl').equals(canonicalUrl).toArray();
  return claims.sort((a, b) => a.position - b.position);
}

/** The reader's claims about a metric, newest first, for comparisons on the hover card. */
export async function claimsForMetric(db: TallyDB, metric: string, limit = 50): Promise<Claim[]> {
  const claims = await db.claims.where('metric').equals(metric).toArray();
  return claims.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
}

/** What the reader may correct on a saved claim. */
export type ClaimEdit = Partial<
  Pick<Claim, 'companyId' | 'companyName' | 'metric' | 'period' | 'note' | 'tags'>
>;

/** Applies the reader's corrections to a claim; false when no claim has that id. */
export async function updateClaim(db: TallyDB, id: string, edit: ClaimEdit): Promise<boolean> {
  return (await writing(() => db.claims.update(id, edit))) === 1;
}

/** Deletes claims and returns them as they were, so the reader can undo. */
export async function deleteClaims(db: TallyDB, ids: string[]): Promise<Claim[]> {
  return writing(() =>
    db.transaction('rw', db.claims, async () => {
      const found = (await db.claims.bulkGet(ids)).filter((c): c is Claim => c !== undefined);
      await db.claims.bulkDelete(found.map((c) => c.id));
      return found;
    }),
  );
}

/** Puts deleted claims back (undo). */
export async function restoreClaims(db: TallyDB, claims: Claim[]): Promise<void> {
  await writing(() => db.claims.bulkPut(claims));
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
 * The distinct keys of an index between two bounds, in order (for a compound index, with
 * `parts`, the first key of each distinct beginning), read by one key cursor that jumps from
 * each key to the next: one step per key returned. Dexie's uniqueKeys() lets IndexedDB step
 * through every entry instead, and Chromium checks each one against its claim: seconds with
 * 100,000 claims on disk (`npm run bench -- claims`). The cursor is Dexie's own (its DBCore
 * layer), so a live query that calls this sees the range it read and runs again when a claim
 * there changes.
 */
function distinctKeys(
  db: TallyDB,
  indexName: string,
  lower: IndexableType = Dexie.minKey,
  upper: IndexableType = Dexie.maxKey,
  parts = Infinity,
): Promise<IndexableType[]> {
  return db.transaction('r', db.claims, async (tx) => {
    const table = db.claims.core;
    const index = table.schema.indexes.find((i) => i.name === indexName);
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

/** The metrics the library has claims about (keys only: no claim is read). */
export async function metricsInLibrary(db: TallyDB): Promise<string[]> {
  return (await distinctKeys(db, 'metric')) as string[];
}

/** The periods a metric has claims for (keys only). */
export async function periodsOf(db: TallyDB, metric: string): Promise<string[]> {
  const pairs = await distinctKeys(
    db,
    '[metric+period]',
    [metric, Dexie.minKey],
    [metric, Dexie.maxKey],
  );
  return pairs.map((pair) => (pair as [string, string])[1]);
}

/** The claims Compare reads: one metric, one period (or every period when null). */
export function claimsToCompare(
  db: TallyDB,
  metric: string,
  period: string | null,
): Promise<Claim[]> {
  return period === null
    ? db.claims.where('metric').equals(metric).toArray()
    : db.claims.where('[metric+period]').equals([metric, period]).toArray();
}

/**
 * Claims that could disagree with one another: those with a metric and a period (IndexedDB
 * leaves claims with a null period out of the [metric+period] index).
 */
export function claimsWithPeriod(db: TallyDB): Promise<Claim[]> {
  return db.claims.orderBy('[metric+period]').toArray();
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
      : filter.metric
        ? db.claims.where('metric').equals(filter.metric)
        : null;
  if (!indexed) {
    const found = await db.claims
      .orderBy('savedAt')
      .reverse()
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
    distinctKeys(db, 'companyName'),
    distinctKeys(db, 'metric'),
    distinctKeys(db, 'site'),
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
 * a name the reader typed): the suggestions when the reader corrects a claim's company.
 */
export async function companyChoices(db: TallyDB): Promise<{ id: string | null; name: string }[]> {
  const firstPairs = await distinctKeys(db, '[companyId+metric]', Dexie.minKey, Dexie.maxKey, 1);
  const ids = [...new Set(firstPairs.map((pair) => (pair as [string, string])[0]))];
  const first = await Promise.all(
    ids.map((id) =>
      db.claims.where('[companyId+metric]').between([id, Dexie.minKey], [id, Dexie.maxKey]).first(),
    ),
  );
  const known = first.flatMap((c) =>
    c?.companyId && c.companyName ? [{ id: c.companyId, name: c.companyName }] : [],
  );
  const names = new Set(known.map((k) => k.name));
  const typed = ((await distinctKeys(db, 'companyName')) as string[])
    .filter((name) => !names.has(name))
    .map((name) => ({ id: null, name }));
  return [...known, ...typed].sort((a, b) => a.name.localeCompare(b.name));
}
