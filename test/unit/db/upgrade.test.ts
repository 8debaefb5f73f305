import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allClaims,
  claimsForMetric,
  claimsForUrl,
  claimsOfMetric,
  companyChoices,
  countClaims,
  factsToCompare,
  filterChoices,
  metricsInLibrary,
  periodsOf,
  saveClaim,
  searchClaims,
} from '@/lib/db/claims';
import { factOf } from '@/lib/db/facts';
import { type Claim, TallyDB } from '@/lib/db/schema';
import { SHEET_SIZE } from '@/lib/db/sheets';
import { EARLIER_VERSIONS, seedEarlier } from '../../support/schema-history';
import { claim } from './helpers';

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database at an earlier `version` holding `claims` (see seedEarlier). */
async function seedAt(version: number, claims: Claim[]): Promise<string> {
  const name = `upgrade-${process.pid}-${n++}`;
  names.push(name);
  await seedEarlier(name, version, claims);
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
      expect((await allClaims(db)).sort(byId)).toEqual(claims.sort(byId));
      expect(await countClaims(db)).toBe(claims.length);
      expect(db.tables.map((t) => t.name).sort()).toEqual(['facts', 'sheets']);

      // Each way the library is read, from the sheets the upgrade packed.
      const ids = (cs: Claim[]) => cs.map((c) => c.id);
      expect(ids((await searchClaims(db, { site: 'other.example' })).claims)).toEqual(['b']);
      expect(ids((await searchClaims(db, { company: 'Meta' })).claims)).toEqual(['b']);
      expect((await filterChoices(db)).companies).toEqual(['Meta', 'Microsoft']);
      expect(ids(await claimsForUrl(db, 'https://other.example/meta'))).toEqual(['b']);
      expect(ids(await claimsOfMetric(db, 'capex'))).toEqual(['a', 'b']);
      expect(await companyChoices(db)).toEqual([
        { id: 'meta', name: 'Meta' },
        { id: 'microsoft', name: 'Microsoft' },
      ]);
      // The facts Compare reads, filed from the stored claims (not 'c', which has no metric).
      expect(await metricsInLibrary(db)).toEqual(['capex']);
      expect(await periodsOf(db, 'capex')).toEqual(['2025']);
      expect(await factsToCompare(db, 'capex', '2025')).toEqual(
        claims.filter((c) => c.metric).map(factOf),
      );
      expect(ids(await claimsForMetric(db, 'capex'))).toEqual(['b', 'a']);
      db.close();
    },
  );

  it('packs a version 3 library into sheets by saved-at, so the newest are read first', async () => {
    // Saved in an order unlike their ids', as a library saved over months is.
    const claims = Array.from({ length: SHEET_SIZE * 2 + 50 }, (_, i) =>
      claim({
        id: `k${String(i).padStart(3, '0')}`,
        savedAt: Date.UTC(2025, 0, 1) + ((i * 7919) % 250) * 3600e3,
      }),
    );
    const name = await seedAt(3, claims);
    const db = new TallyDB(name);
    await db.open();
    const sheets = await db.sheets.toArray();
    expect(sheets.map((sheet) => sheet.claims.length)).toEqual([SHEET_SIZE, SHEET_SIZE, 50]);
    const newest = sheets.map((sheet) => sheet.newest);
    expect(newest).toEqual([...newest].sort((a, b) => a - b));
    const bySaved = [...claims].sort((a, b) => b.savedAt - a.savedAt);
    expect((await searchClaims(db, {}, 10)).claims).toEqual(bySaved.slice(0, 10));
    expect(await countClaims(db)).toBe(claims.length);
    db.close();
  });

  it('packs claims saved at the same moment across pages, and those without a saved-at', async () => {
    // Seven claims a moment, so that pages of the saved-at index end inside a moment.
    const claims = Array.from({ length: 2_300 }, (_, i) =>
      claim({ id: `t${String(i).padStart(4, '0')}`, savedAt: Math.floor(i / 7) }),
    );
    const odd = claim({ id: 'no-time', savedAt: Number.NaN });
    const name = await seedAt(3, [...claims, odd]);
    const db = new TallyDB(name);
    await db.open();
    const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
    expect(await countClaims(db)).toBe(claims.length + 1);
    expect((await allClaims(db)).sort(byId)).toEqual([odd, ...claims].sort(byId));
    db.close();
  });

  it('opens a new database at the current version', async () => {
    const name = `upgrade-${process.pid}-${n++}`;
    names.push(name);
    const db = new TallyDB(name);
    await saveClaim(db, claim({ id: 'x' }));
    expect(db.verno).toBe(TallyDB.SCHEMA_VERSION);
    expect((await searchClaims(db, { site: 'news.example' })).claims).toHaveLength(1);
    db.close();
  });
});
