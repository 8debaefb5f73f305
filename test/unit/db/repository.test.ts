import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  allClaims,
  claimById,
  claimsOfMetric,
  claimsWithPeriod,
  companyChoices,
  deleteClaims,
  factsToCompare,
  filterChoices,
  folded,
  metricsInLibrary,
  periodsOf,
  restoreClaims,
  StorageFullError,
  saveClaim,
  saveClaims,
  searchClaims,
  updateClaim,
} from '@/lib/db/claims';
import { claim, freshDb } from './helpers';

const quota = () =>
  new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));

describe('editing and deleting', () => {
  it('applies the reader’s corrections and nothing else', async () => {
    const db = freshDb();
    const c = claim({ id: 'c1' });
    await saveClaim(db, c);
    expect(
      await updateClaim(db, 'c1', {
        companyId: null,
        companyName: 'Microsoft Azure',
        metric: 'investment',
        period: '2026',
        note: 'checked with the 10-K',
      }),
    ).toBe(true);
    expect(await claimById(db, 'c1')).toEqual({
      ...c,
      companyId: null,
      companyName: 'Microsoft Azure',
      metric: 'investment',
      period: '2026',
      note: 'checked with the 10-K',
    });
    expect(await updateClaim(db, 'nope', { note: 'x' })).toBe(false);
  });

  it('deletes claims, returns them, and puts them back on undo', async () => {
    const db = freshDb();
    const kept = claim({ id: 'kept' });
    const gone = [claim({ id: 'g1' }), claim({ id: 'g2', tags: ['x'] })];
    await saveClaims(db, [kept, ...gone]);
    const removed = await deleteClaims(db, ['g1', 'g2', 'missing']);
    expect(removed).toEqual(gone);
    expect(await allClaims(db)).toEqual([kept]);
    await restoreClaims(db, removed);
    expect((await allClaims(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...gone, kept].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('reports a full disk on edit and undo, and loses nothing', async () => {
    const db = freshDb();
    const c = claim({ id: 'c1' });
    await saveClaim(db, c);
    const update = vi.spyOn(db.sheets, 'put').mockRejectedValueOnce(quota());
    await expect(updateClaim(db, 'c1', { note: 'x' })).rejects.toBeInstanceOf(StorageFullError);
    update.mockRestore();
    const put = vi.spyOn(db.sheets, 'bulkAdd').mockRejectedValueOnce(quota());
    await expect(restoreClaims(db, [claim({ id: 'c2' })])).rejects.toBeInstanceOf(StorageFullError);
    put.mockRestore();
    expect(await allClaims(db)).toEqual([c]);
  });
});

describe('what Compare reads', () => {
  it('lists metrics and a metric’s periods from the facts’ keys, and reads one period', async () => {
    const db = freshDb();
    await saveClaims(db, [
      claim({ id: '1', metric: 'capex', period: '2025' }),
      claim({ id: '2', metric: 'capex', period: '2024' }),
      claim({ id: '3', metric: 'capex', period: null }),
      claim({ id: '4', metric: 'revenue', period: '2025' }),
      claim({ id: '5', metric: null, period: '2025' }),
    ]);
    expect(await metricsInLibrary(db)).toEqual(['capex', 'revenue']);
    expect(await periodsOf(db, 'capex')).toEqual(['2024', '2025']);
    expect((await factsToCompare(db, 'capex', '2025')).map((c) => c.id)).toEqual(['1']);
    expect((await factsToCompare(db, 'capex', null)).map((c) => c.id)).toEqual(['1', '2', '3']);
    expect((await claimsOfMetric(db, 'capex')).map((c) => c.id)).toEqual(['1', '2', '3']);
    expect((await claimsWithPeriod(db)).map((c) => c.id).sort()).toEqual(['1', '2', '4']);
  });

  it('lists each metric and period once, however many claims share it, in key order', async () => {
    const db = freshDb();
    const metrics = ['', 'capex', 'capex ', 'capex2', 'Capex', 'zèbre'];
    await saveClaims(db, [
      // Ten claims of each metric, spread over four periods.
      ...Array.from({ length: 60 }, (_, i) =>
        claim({
          id: `c${i}`,
          metric: metrics[i % 6] as string,
          period: ['2024', '2025', 'FY2025', '2025-Q1'][Math.floor(i / 6) % 4] as string,
        }),
      ),
      claim({ id: 'other', metric: 'capex2', period: '2031' }),
      // Not a string (no claim Tally writes): still listed once, numbers first.
      claim({ id: 'n1', metric: 7 as unknown as string }),
      claim({ id: 'n2', metric: 7 as unknown as string }),
    ]);
    // IndexedDB orders strings by code unit, as a plain sort does.
    expect(await metricsInLibrary(db)).toEqual([7, ...[...metrics].sort()]);
    expect(await periodsOf(db, 'capex')).toEqual(['2024', '2025', '2025-Q1', 'FY2025']);
    // A metric that is a prefix of another keeps to its own periods.
    expect(await periodsOf(db, 'capex2')).toEqual(['2024', '2025', '2025-Q1', '2031', 'FY2025']);
    expect(await periodsOf(db, 'nothing')).toEqual([]);
    expect(await metricsInLibrary(freshDb())).toEqual([]);
  });

  it('tells a live query of the metrics and periods when a claim brings a new one', async () => {
    const db = freshDb();
    await saveClaim(db, claim({ id: 'a', metric: 'capex', period: '2025' }));
    const seen: string[][] = [];
    const subscription = liveQuery(async () => [
      ...(await metricsInLibrary(db)),
      ...(await periodsOf(db, 'capex')),
    ]).subscribe((value) => seen.push(value));
    await vi.waitFor(() => expect(seen).toEqual([['capex', '2025']]));
    await saveClaim(db, claim({ id: 'b', metric: 'revenue', period: '2025' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['capex', 'revenue', '2025']));
    await saveClaim(db, claim({ id: 'c', metric: 'capex', period: '2024' }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['capex', 'revenue', '2024', '2025']));
    subscription.unsubscribe();
  });
});

describe('searching the library', () => {
  async function library() {
    const db = freshDb();
    await saveClaims(db, [
      claim({ id: 'ms', savedAt: 3, companyName: 'Microsoft', site: 'lemonde.fr' }),
      claim({
        id: 'meta',
        savedAt: 2,
        companyId: 'meta',
        companyName: 'Meta',
        quote: '62 Md€',
        site: 'lesechos.fr',
        note: 'chiffre de la société',
      }),
      claim({
        id: 'amzn',
        savedAt: 1,
        companyId: 'amazon',
        companyName: 'Amazon',
        metric: 'revenue',
        site: 'lemonde.fr',
        tags: ['résultats'],
      }),
    ]);
    return db;
  }
  const ids = async (p: ReturnType<typeof searchClaims>) => (await p).claims.map((c) => c.id);

  it('finds words in any field, without accents or case, newest first', async () => {
    const db = await library();
    expect(await ids(searchClaims(db, {}))).toEqual(['ms', 'meta', 'amzn']);
    expect(await ids(searchClaims(db, { query: 'SOCIETE' }))).toEqual(['meta']);
    expect(await ids(searchClaims(db, { query: 'resultats amazon' }))).toEqual(['amzn']);
    expect(await ids(searchClaims(db, { query: 'milliards' }))).toEqual(['ms', 'amzn']);
    expect(await ids(searchClaims(db, { query: 'nowhere' }))).toEqual([]);
  });

  it('filters by company, metric and site, together', async () => {
    const db = await library();
    expect(await ids(searchClaims(db, { company: 'Meta' }))).toEqual(['meta']);
    expect(await ids(searchClaims(db, { site: 'lemonde.fr' }))).toEqual(['ms', 'amzn']);
    expect(await ids(searchClaims(db, { metric: 'capex' }))).toEqual(['ms', 'meta']);
    expect(await ids(searchClaims(db, { metric: 'capex', site: 'lemonde.fr' }))).toEqual(['ms']);
    expect(await ids(searchClaims(db, { company: 'Amazon', metric: 'capex', query: '' }))).toEqual(
      [],
    );
  });

  it('stops at the limit and says there is more', async () => {
    const db = await library();
    expect(await searchClaims(db, {}, 2)).toMatchObject({ more: true });
    expect((await searchClaims(db, {}, 2)).claims).toHaveLength(2);
    expect(await searchClaims(db, { site: 'lemonde.fr' }, 2)).toMatchObject({ more: false });
  });

  it('offers the library’s companies, metrics and sites as filters', async () => {
    const db = await library();
    expect(await filterChoices(db)).toEqual({
      companies: ['Amazon', 'Meta', 'Microsoft'],
      metrics: ['capex', 'revenue'],
      sites: ['lemonde.fr', 'lesechos.fr'],
    });
  });

  it('folds accents and case', () => {
    expect(folded('Société Générale ÉTÉ')).toBe('societe generale ete');
  });
});

describe('companyChoices', () => {
  it('names each company once, with its id, and the names readers typed', async () => {
    const db = freshDb();
    await saveClaims(db, [
      claim({ id: '1', companyId: 'meta', companyName: 'Meta', metric: 'capex' }),
      claim({ id: '2', companyId: 'meta', companyName: 'Meta', metric: 'revenue' }),
      claim({ id: '3', companyId: 'microsoft', companyName: 'Microsoft' }),
      claim({ id: '4', companyId: null, companyName: 'Mistral AI' }),
      claim({ id: '5', companyId: null, companyName: null }),
      // An id that begins as another does, with claims about several metrics.
      claim({ id: '6', companyId: 'meta2', companyName: 'Meta Two', metric: 'capex' }),
      claim({ id: '7', companyId: 'meta2', companyName: 'Meta Two', metric: 'users' }),
    ]);
    expect(await companyChoices(db)).toEqual([
      { id: 'meta', name: 'Meta' },
      { id: 'meta2', name: 'Meta Two' },
      { id: 'microsoft', name: 'Microsoft' },
      { id: null, name: 'Mistral AI' },
    ]);
  });
});
