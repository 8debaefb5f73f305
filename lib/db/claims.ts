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

/** Stores a claim (insert or replace by id). */
export async function saveClaim(db: TallyDB, claim: Claim): Promise<void> {
  try {
    await db.claims.put(claim);
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
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
