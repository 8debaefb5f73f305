import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  allClaims,
  claimById,
  claimsForMetric,
  claimsForUrl,
  isQuotaError,
  StorageFullError,
  saveClaim,
  saveClaims,
} from '@/lib/db/claims';
import { TallyDB } from '@/lib/db/schema';
import { claim } from './helpers';

let n = 0;
const dbs: TallyDB[] = [];
function freshDb() {
  const db = new TallyDB(`test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('claims repository', () => {
  it('saves and reads back a claim unchanged', async () => {
    const db = freshDb();
    const c = claim({});
    await saveClaim(db, c);
    expect(await claimById(db, c.id)).toEqual(c);
  });

  it('lists a page’s claims in page order', async () => {
    const db = freshDb();
    await saveClaim(db, claim({ id: 'b', position: 300, savedAt: 2 }));
    await saveClaim(db, claim({ id: 'a', position: 10, savedAt: 3 }));
    await saveClaim(
      db,
      claim({ id: 'c', canonicalUrl: 'https://other.example/', metric: 'revenue' }),
    );
    expect((await claimsForUrl(db, 'https://news.example/a')).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('gives the hover card each company’s latest claim about a metric, newest first', async () => {
    const db = freshDb();
    await saveClaims(db, [
      claim({ id: 'ms-old', savedAt: 1 }),
      claim({ id: 'ms-new', savedAt: 5 }),
      claim({ id: 'meta', companyId: 'meta', companyName: 'Meta', savedAt: 3 }),
      // Grouped by name when there is no company id, whatever the case.
      claim({ id: 'typed-old', companyId: null, companyName: 'mistral ai', savedAt: 2 }),
      claim({ id: 'typed', companyId: null, companyName: 'Mistral AI', savedAt: 4 }),
      claim({ id: 'nobody', companyId: null, companyName: null, savedAt: 6 }),
      claim({ id: 'revenue', metric: 'revenue', savedAt: 7 }),
    ]);
    const ids = async (limit?: number) =>
      (await claimsForMetric(db, 'capex', limit)).map((c) => c.id);
    expect(await ids()).toEqual(['ms-new', 'typed', 'meta']);
    expect(await ids(2)).toEqual(['ms-new', 'typed']);
    expect(await ids(1)).toEqual(['ms-new']);
    expect(await claimsForMetric(db, 'users')).toEqual([]);
  });

  it('reads a bounded number of claims for the hover card, however large the library', async () => {
    const db = freshDb();
    // 40 newer claims of one company hide an older claim of another from a 2-company look-up
    // (it reads 20 claims per company asked for), but not from a 3-company one.
    await saveClaims(db, [
      claim({ id: 'meta', companyId: 'meta', companyName: 'Meta', savedAt: 1 }),
      ...Array.from({ length: 40 }, (_, i) => claim({ id: `ms-${i}`, savedAt: 10 + i })),
    ]);
    expect((await claimsForMetric(db, 'capex', 2)).map((c) => c.id)).toEqual(['ms-39']);
    expect((await claimsForMetric(db, 'capex', 3)).map((c) => c.id)).toEqual(['ms-39', 'meta']);
  });

  it('turns a full disk into a clear error and keeps what was stored', async () => {
    const db = freshDb();
    const kept = claim({ id: 'kept' });
    await saveClaim(db, kept);
    const quota = new DOMException('quota', 'QuotaExceededError');
    const spy = vi
      .spyOn(db.sheets, 'bulkAdd')
      .mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', quota));
    await expect(saveClaim(db, claim({ id: 'new' }))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await allClaims(db)).toEqual([kept]);
  });

  it('recognises quota errors however they are wrapped, and nothing else', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quota }))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});
