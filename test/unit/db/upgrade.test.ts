import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  claimsForMetric,
  factsToCompare,
  metricsInLibrary,
  periodsOf,
  saveClaim,
} from '@/lib/db/claims';
import { factOf } from '@/lib/db/facts';
import { type Claim, TallyDB } from '@/lib/db/schema';
import { claim } from './helpers';

/**
 * Every schema version before the current one, exactly as it was declared. A test opens the
 * database at each, writes claims, closes it, and checks that TallyDB opens it with the
 * claims intact and the new indexes answering.
 */
const EARLIER_VERSIONS: Record<number, Record<string, string>[]> = {
  1: [{ claims: 'id, [companyId+metric], metric, canonicalUrl, savedAt' }],
  2: [
    {
      claims:
        'id, [companyId+metric], [metric+period], metric, companyName, canonicalUrl, site, savedAt',
    },
  ],
};

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Opens a raw Dexie at `version` with the schemas declared up to it, writes claims, closes. */
async function seedAt(version: number, claims: Claim[]): Promise<string> {
  const name = `upgrade-${process.pid}-${n++}`;
  names.push(name);
  const old = new Dexie(name);
  const history = Object.entries(EARLIER_VERSIONS)
    .map(([v, stores]) => [Number(v), stores] as const)
    .filter(([v]) => v <= version);
  for (const [v, stores] of history) for (const s of stores) old.version(v).stores(s);
  await old.open();
  await old.table('claims').bulkAdd(claims);
  expect(old.verno).toBe(version);
  old.close();
  return name;
}

const seeded = () => [
  claim({ id: 'a', tags: ['ai', 'capex'] }),
  claim({
    id: 'b',
    companyId: 'meta',
    companyName: 'Meta',
    value: 60e9,
    valueMax: 65e9,
    qualifier: null,
    site: 'other.example',
    url: 'https://other.example/meta',
    canonicalUrl: 'https://other.example/meta',
  }),
  // The fields that are often null: null keys are left out of indexes, never refused.
  claim({
    id: 'c',
    companyId: null,
    companyName: null,
    metric: null,
    period: null,
    value: null,
    qualifier: 'vague',
    publishedAt: null,
  }),
];

describe('schema upgrades', () => {
  it('lists every earlier version in this test', () => {
    // A new version must come with its upgrade test: this fails until it is added above.
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(
      Array.from({ length: TallyDB.SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it.each(Object.keys(EARLIER_VERSIONS).map(Number))(
    'keeps every claim written at version %i, and answers the new indexes and facts',
    async (version) => {
      const claims = seeded();
      const name = await seedAt(version, claims);
      const db = new TallyDB(name);
      await db.open();
      expect(db.verno).toBe(TallyDB.SCHEMA_VERSION);
      const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
      expect((await db.claims.toArray()).sort(byId)).toEqual(claims.sort(byId));

      // Version 2's indexes, built from the claims the old version stored.
      expect(await db.claims.where('site').equals('other.example').primaryKeys()).toEqual(['b']);
      expect(await db.claims.where('companyName').equals('Meta').primaryKeys()).toEqual(['b']);
      expect((await db.claims.orderBy('companyName').uniqueKeys()).sort()).toEqual([
        'Meta',
        'Microsoft',
      ]);
      // Version 3's: [metric+savedAt] in place of metric, and the facts Compare reads, filed
      // from the stored claims (not 'c', which has no metric).
      expect(
        await db.claims
          .where('[metric+savedAt]')
          .between(['capex', Dexie.minKey], ['capex', Dexie.maxKey])
          .primaryKeys(),
      ).toEqual(['a', 'b']);
      expect(await metricsInLibrary(db)).toEqual(['capex']);
      expect(await periodsOf(db, 'capex')).toEqual(['2025']);
      expect(await factsToCompare(db, 'capex', '2025')).toEqual(
        claims.filter((c) => c.metric).map(factOf),
      );
      expect((await claimsForMetric(db, 'capex')).map((c) => c.id)).toEqual(['b', 'a']);
      // And the version 1 indexes that stay still answer.
      expect(
        await db.claims.where('[companyId+metric]').equals(['meta', 'capex']).primaryKeys(),
      ).toEqual(['b']);
      expect(
        await db.claims.where('canonicalUrl').equals('https://other.example/meta').primaryKeys(),
      ).toEqual(['b']);
      db.close();
    },
  );

  it('opens a new database at the current version', async () => {
    const name = `upgrade-${process.pid}-${n++}`;
    names.push(name);
    const db = new TallyDB(name);
    await saveClaim(db, claim({ id: 'x' }));
    expect(db.verno).toBe(TallyDB.SCHEMA_VERSION);
    expect(await db.claims.where('site').equals('news.example').count()).toBe(1);
    db.close();
  });
});
