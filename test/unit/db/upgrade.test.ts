import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type Claim, TallyDB } from '@/lib/db/schema';
import { claim } from './helpers';

/**
 * Every schema version before the current one, exactly as it was declared. A test opens the
 * database at each, writes claims, closes it, and checks that TallyDB opens it with the
 * claims intact and the new indexes answering.
 */
const EARLIER_VERSIONS: Record<number, Record<string, string>[]> = {
  1: [{ claims: 'id, [companyId+metric], metric, canonicalUrl, savedAt' }],
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
    'keeps every claim written at version %i, and answers the new indexes',
    async (version) => {
      const claims = seeded();
      const name = await seedAt(version, claims);
      const db = new TallyDB(name);
      await db.open();
      expect(db.verno).toBe(TallyDB.SCHEMA_VERSION);
      const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
      expect((await db.claims.toArray()).sort(byId)).toEqual(claims.sort(byId));

      // Version 2's indexes, built from the claims the old version stored.
      expect(
        (await db.claims.where('[metric+period]').equals(['capex', '2025']).primaryKeys()).sort(),
      ).toEqual(['a', 'b']);
      expect(await db.claims.where('site').equals('other.example').primaryKeys()).toEqual(['b']);
      expect(await db.claims.where('companyName').equals('Meta').primaryKeys()).toEqual(['b']);
      expect((await db.claims.orderBy('companyName').uniqueKeys()).sort()).toEqual([
        'Meta',
        'Microsoft',
      ]);
      // And the old ones still answer.
      expect(
        (await db.claims.where('[companyId+metric]').equals(['meta', 'capex']).toArray()).map(
          (c) => c.id,
        ),
      ).toEqual(['b']);
      db.close();
    },
  );

  it('opens a new database at the current version', async () => {
    const name = `upgrade-${process.pid}-${n++}`;
    names.push(name);
    const db = new TallyDB(name);
    await db.claims.add(claim({ id: 'x' }));
    expect(db.verno).toBe(TallyDB.SCHEMA_VERSION);
    expect(await db.claims.where('site').equals('news.example').count()).toBe(1);
    db.close();
  });
});
