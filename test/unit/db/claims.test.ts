import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  claimsForMetric,
  claimsForUrl,
  isQuotaError,
  StorageFullError,
  saveClaim,
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
    expect(await db.claims.get(c.id)).toEqual(c);
  });

  it('lists a page’s claims in page order and a metric’s claims newest first', async () => {
    const db = freshDb();
    await saveClaim(db, claim({ id: 'b', position: 300, savedAt: 2 }));
    await saveClaim(db, claim({ id: 'a', position: 10, savedAt: 3 }));
    await saveClaim(
      db,
      claim({ id: 'c', canonicalUrl: 'https://other.example/', metric: 'revenue' }),
    );
    expect((await claimsForUrl(db, 'https://news.example/a')).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await claimsForMetric(db, 'capex')).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('turns a full disk into a clear error and keeps what was stored', async () => {
    const db = freshDb();
    const kept = claim({ id: 'kept' });
    await saveClaim(db, kept);
    const quota = new DOMException('quota', 'QuotaExceededError');
    const spy = vi
      .spyOn(db.claims, 'put')
      .mockRejectedValueOnce(new Dexie.AbortError('Transaction aborted', quota));
    await expect(saveClaim(db, claim({ id: 'new' }))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();
    expect(await db.claims.toArray()).toEqual([kept]);
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
