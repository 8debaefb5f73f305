import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import rates from '@/lib/compare/data/rates.generated.json';
import type { RateTable } from '@/lib/compare/rates';
import { type Comparison, compareRows } from '@/lib/compare/rows';
import {
  allClaims,
  deleteClaims,
  factsToCompare,
  metricsInLibrary,
  periodsOf,
  restoreClaims,
  saveClaim,
  saveClaims,
  updateClaim,
} from '@/lib/db/claims';
import {
  buildFacts,
  CHUNK_SIZE,
  type FactChunk,
  factOf,
  NO_PERIOD,
  OPEN_CHUNK,
  pairOf,
  SINGLES_MAX,
} from '@/lib/db/facts';
import type { Claim, TallyDB } from '@/lib/db/schema';
import { importClaims } from '@/lib/db/transfer';
import { claim, freshDb } from './helpers';

const table = rates as RateTable;

/** What the facts table must hold for these claims: each fact once, under its claim's pair. */
function expectedFacts(claims: Claim[]): string[] {
  return claims
    .flatMap((c) => {
      const pair = pairOf(c);
      return pair ? [JSON.stringify([pair, factOf(c)])] : [];
    })
    .sort();
}

async function storedFacts(db: TallyDB): Promise<{ facts: string[]; chunks: FactChunk[] }> {
  const chunks = await db.facts.toArray();
  const facts = chunks
    .flatMap((c) => c.facts.map((f) => JSON.stringify([[c.metric, c.period], f])))
    .sort();
  return { facts, chunks };
}

/** The facts match the claims exactly, and every chunk holds between 1 and CHUNK_SIZE. */
async function expectConsistent(db: TallyDB): Promise<void> {
  const { facts, chunks } = await storedFacts(db);
  expect(facts).toEqual(expectedFacts(await allClaims(db)));
  for (const chunk of chunks) {
    expect(chunk.facts.length).toBeGreaterThan(0);
    expect(chunk.facts.length).toBeLessThanOrEqual(CHUNK_SIZE);
  }
}

const chunkSizes = async (db: TallyDB, metric: string, period: string) =>
  (
    await db.facts
      .where('[metric+period+chunk]')
      .between([metric, period, -Infinity], [metric, period, Infinity])
      .toArray()
  ).map((c) => [c.chunk, c.facts.length]);

describe('the facts Compare reads', () => {
  it('files each claim with a metric under its metric and period, none without', async () => {
    const db = freshDb();
    await saveClaims(db, [
      claim({ id: 'a' }),
      claim({ id: 'b', period: null }),
      claim({ id: 'c', metric: null }),
      claim({ id: 'd', metric: 'revenue', period: '2024' }),
    ]);
    const chunks = await db.facts.toArray();
    expect(chunks.map((c) => [c.metric, c.period, c.chunk, c.facts.map((f) => f.id)])).toEqual([
      ['capex', NO_PERIOD, OPEN_CHUNK, ['b']],
      ['capex', '2025', OPEN_CHUNK, ['a']],
      ['revenue', '2024', OPEN_CHUNK, ['d']],
    ]);
    // A fact has what Compare reads, not the claim's note, tags or context.
    expect(Object.keys(chunks[1]?.facts[0] ?? {})).not.toContain('note');
    expect(await metricsInLibrary(db)).toEqual(['capex', 'revenue']);
    expect(await periodsOf(db, 'capex')).toEqual(['2025']);
    expect((await factsToCompare(db, 'capex', null)).map((f) => f.id)).toEqual(['a', 'b']);
  });

  it('writes a saved claim’s fact on its own, and packs them into the open chunk', async () => {
    const db = freshDb();
    const records = async () =>
      (await db.facts.toArray()).map((c) => [c.chunk, c.facts.map((f) => f.id)]);
    await saveClaim(db, claim({ id: 's0' }));
    expect(await records()).toEqual([['s0', ['s0']]]);
    for (let i = 1; i < SINGLES_MAX; i++) await saveClaim(db, claim({ id: `s${i}` }));
    // The save that brings a pair's single facts to SINGLES_MAX packs them.
    expect(await records()).toEqual([
      [OPEN_CHUNK, Array.from({ length: SINGLES_MAX }, (_, i) => `s${i}`).sort()],
    ]);
    await expectConsistent(db);
  });

  it('moves a full open chunk to a numbered one, the oldest facts first', async () => {
    const db = freshDb();
    const saves = CHUNK_SIZE * 2 + 2;
    for (let i = 0; i < saves; i++)
      await saveClaim(db, claim({ id: `s${String(i).padStart(3, '0')}` }));
    const sizes = async () => (await db.facts.toArray()).map((c) => [c.chunk, c.facts.length]);
    // 64 and 32 to a record: the open chunk was packed at 32, 64, 96 and 128 saves.
    expect(await sizes()).toEqual([
      [OPEN_CHUNK, CHUNK_SIZE],
      [1, CHUNK_SIZE],
      ['s128', 1],
      ['s129', 1],
    ]);
    expect((await db.facts.get(['capex', '2025', 1]))?.facts.map((f) => f.id).at(0)).toBe('s000');
    // A small import adds to the open chunk the same way.
    await importClaims(
      db,
      Array.from({ length: CHUNK_SIZE }, (_, i) => claim({ id: `i${i}` })),
    );
    expect(await sizes()).toEqual([
      [OPEN_CHUNK, CHUNK_SIZE],
      [1, CHUNK_SIZE],
      [2, CHUNK_SIZE],
      ['s128', 1],
      ['s129', 1],
    ]);
    await expectConsistent(db);
  });

  it('takes a replaced claim’s fact out wherever it was, keeping the new one', async () => {
    const db = freshDb();
    await saveClaims(db, [claim({ id: 'a', value: 1e9 }), claim({ id: 'b' })]);
    await saveClaim(db, claim({ id: 'a', value: 2e9 }));
    await saveClaim(db, claim({ id: 'a', value: 3e9 }));
    await saveClaim(db, claim({ id: 'b', metric: 'revenue' }));
    expect((await factsToCompare(db, 'capex', '2025')).map((f) => [f.id, f.value])).toEqual([
      ['a', 3e9],
    ]);
    expect((await factsToCompare(db, 'revenue', '2025')).map((f) => f.id)).toEqual(['b']);
    await expectConsistent(db);
  });

  it('adds new chunks for an import of many metrics and periods, reading none', async () => {
    const db = freshDb();
    await saveClaims(db, [claim({ id: 'old-1' }), claim({ id: 'old-2' })]);
    const incoming = Array.from({ length: 40 }, (_, i) =>
      claim({ id: `new-${i}`, metric: `metric-${i % 20}`, period: '2025' }),
    );
    incoming.push(claim({ id: 'new-capex' }));
    expect(await importClaims(db, incoming)).toEqual({ added: 41, replaced: 0 });
    // capex 2025 had an open chunk with room; the import's fact goes into a chunk of its own,
    // under a number of its own.
    const capex = await chunkSizes(db, 'capex', '2025');
    expect(capex.map(([, size]) => size)).toEqual([2, 1]);
    expect(capex[0]?.[0]).toBe(OPEN_CHUNK);
    expect(capex[1]?.[0]).toBeGreaterThan(OPEN_CHUNK);
    const [[number, size] = []] = await chunkSizes(db, 'metric-3', '2025');
    expect(size).toBe(2);
    // Saves start an open chunk there; when it is full, it moves after the import's chunk.
    for (let i = 0; i < CHUNK_SIZE + SINGLES_MAX; i++)
      await saveClaim(db, claim({ id: `saved-${i}`, metric: 'metric-3' }));
    expect(await chunkSizes(db, 'metric-3', '2025')).toEqual([
      [OPEN_CHUNK, SINGLES_MAX],
      [number, 2],
      [(number as number) + 1, CHUNK_SIZE],
    ]);
    await expectConsistent(db);
  });

  it('draws a chunk number again when an import’s is taken', async () => {
    const db = freshDb();
    await importClaims(
      db,
      Array.from({ length: 20 }, (_, i) => claim({ id: `a-${i}`, metric: `m-${i}` })),
    );
    const taken = (await db.facts.toArray())[0] as FactChunk;
    // The first number drawn is the one taken; the next ones are free.
    const draws = [
      ((taken.chunk as number) - 0.5) / (2 ** 48 - 1),
      ...Array.from({ length: 20 }, (_, i) => i / 20),
    ];
    const random = vi.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.99);
    await importClaims(db, [
      claim({ id: 'b-0', metric: taken.metric as string }),
      ...Array.from({ length: 19 }, (_, i) => claim({ id: `b-${i + 1}`, metric: `n-${i}` })),
    ]);
    // 20 chunks, one of them twice.
    expect(random).toHaveBeenCalledTimes(21);
    random.mockRestore();
    await expectConsistent(db);
    const [lower, upper] = [
      [taken.metric, Dexie.minKey],
      [taken.metric, Dexie.maxKey],
    ];
    expect(await db.facts.where('[metric+period+chunk]').between(lower, upper).count()).toBe(2);
  });

  it('moves, changes and removes facts as claims are edited, replaced and deleted', async () => {
    const db = freshDb();
    await saveClaims(
      db,
      Array.from({ length: CHUNK_SIZE + 5 }, (_, i) => claim({ id: `c${i}` })),
    );
    expect(await updateClaim(db, 'c0', { period: '2026' })).toBe(true);
    expect(await updateClaim(db, 'c1', { companyName: 'Microsoft Azure', companyId: null })).toBe(
      true,
    );
    expect(await updateClaim(db, 'c2', { note: 'only the note' })).toBe(true);
    expect(await updateClaim(db, 'c3', { metric: null })).toBe(true);
    await saveClaim(db, claim({ id: 'c4', value: 1e9 }));
    await importClaims(db, [claim({ id: 'c5', metric: 'revenue' }), claim({ id: 'n1' })]);
    const removed = await deleteClaims(
      db,
      Array.from({ length: CHUNK_SIZE + 5 }, (_, i) => `c${i}`).slice(6),
    );
    await expectConsistent(db);
    expect((await factsToCompare(db, 'capex', '2025')).map((f) => [f.id, f.companyName])).toEqual([
      ['c1', 'Microsoft Azure'],
      ['c2', 'Microsoft'],
      ['c4', 'Microsoft'],
      ['n1', 'Microsoft'],
    ]);
    expect((await factsToCompare(db, 'capex', '2025')).find((f) => f.id === 'c4')?.value).toBe(1e9);
    // A chunk left empty is deleted.
    expect((await db.facts.toArray()).every((c) => c.facts.length > 0)).toBe(true);
    await restoreClaims(db, removed);
    await expectConsistent(db);
  });

  it('builds the facts of a library that had none (the upgrade to version 3)', async () => {
    const db = freshDb();
    await saveClaims(db, [
      ...Array.from({ length: CHUNK_SIZE * 2 + 2 }, (_, i) => claim({ id: `c${i}` })),
      claim({ id: 'r', metric: 'revenue', period: null }),
      claim({ id: 'none', metric: null }),
    ]);
    // The claims as a version 3 table would hand them to the upgrade, one by one.
    const claims = await allClaims(db);
    const table = {
      each: async (f: (c: Claim) => void) => {
        for (const c of claims) f(c);
      },
    };
    await db.transaction('rw', db.facts, async () => {
      await db.facts.clear();
      await buildFacts(table as unknown as Parameters<typeof buildFacts>[0], db.facts);
    });
    expect(await chunkSizes(db, 'capex', '2025')).toEqual([
      [OPEN_CHUNK, 2],
      [1, CHUNK_SIZE],
      [2, CHUNK_SIZE],
    ]);
    await expectConsistent(db);
  });

  it('stays equal to the claims whatever the reader and imports do (property)', async () => {
    const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
    const someClaim = fc
      .record({
        id: fc.constantFrom(...ids),
        metric: fc.constantFrom('capex', 'revenue', null),
        period: fc.constantFrom('2024', '2025', null),
        company: fc.constantFrom('meta', 'microsoft', null),
        value: fc.constantFrom(1e9, 2e9, null),
        note: fc.constantFrom('', 'n'),
      })
      .map((r) =>
        claim({
          id: r.id,
          metric: r.metric,
          period: r.period,
          companyId: r.company,
          companyName: r.company,
          value: r.value,
          note: r.note,
        }),
      );
    const uniqueClaims = fc.uniqueArray(someClaim, { selector: (c) => c.id, maxLength: 6 });
    const operation = fc.oneof(
      someClaim.map((c) => ({ kind: 'save' as const, claims: [c] })),
      fc
        .array(someClaim, { maxLength: 4 })
        .map((claims) => ({ kind: 'saveMany' as const, claims })),
      uniqueClaims.map((claims) => ({ kind: 'import' as const, claims })),
      fc
        .record({
          id: fc.constantFrom(...ids),
          period: fc.constantFrom('2025', '2026', null),
          metric: fc.constantFrom('capex', 'users', null),
        })
        .map((edit) => ({ kind: 'update' as const, edit })),
      fc.subarray(ids).map((gone) => ({ kind: 'delete' as const, ids: gone })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        const db = freshDb();
        for (const op of operations) {
          if (op.kind === 'save') await saveClaim(db, op.claims[0] as Claim);
          else if (op.kind === 'saveMany') await saveClaims(db, op.claims);
          else if (op.kind === 'import') await importClaims(db, op.claims, { sheetSize: 2 });
          else if (op.kind === 'update') {
            const { id, ...edit } = op.edit;
            await updateClaim(db, id, edit);
          } else await deleteClaims(db, op.ids);
        }
        await expectConsistent(db);
        await db.delete();
      }),
      { numRuns: 60 },
    );
  });

  it('gives Compare the rows it would get from the claims themselves', async () => {
    const db = freshDb();
    const claims = [
      claim({ id: 'ms', value: 80e9, currency: 'USD' }),
      claim({ id: 'ms-old', value: 50e9, publishedAt: '2024-06-01', savedAt: 1 }),
      claim({ id: 'meta', companyId: 'meta', companyName: 'Meta', value: 62e9, currency: 'EUR' }),
      claim({ id: 'meta-range', companyId: 'meta', companyName: 'Meta', valueMax: 90e9 }),
      claim({ id: 'typed', companyId: null, companyName: 'Mistral AI', currency: 'GBP' }),
      claim({ id: 'typed-2', companyId: null, companyName: ' mistral ai', qualifier: null }),
      claim({ id: 'gpus', kind: 'count', unit: 'GPU', value: 1e5, currency: null }),
      claim({ id: 'vague', value: null, qualifier: 'vague' }),
      claim({ id: 'nobody', companyId: null, companyName: null }),
      claim({ id: 'no-period', period: null, companyId: 'amazon', companyName: 'Amazon' }),
      claim({ id: 'other-metric', metric: 'revenue' }),
    ];
    await saveClaims(db, claims);
    const summary = (c: Comparison) => ({
      unitKey: c.unitKey,
      rows: c.rows.map((r) => ({
        ...r,
        latest: r.latest.id,
        claims: r.claims.map((x) => x.id),
      })),
      left: c.left.map((l) => [l.claim.id, l.reason]),
    });
    const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : 1);
    for (const period of ['2025', null]) {
      const direct = claims
        .filter((c) => c.metric === 'capex' && (period === null || c.period === period))
        .sort(byId);
      for (const base of ['EUR', 'USD']) {
        const fromFacts = compareRows(await factsToCompare(db, 'capex', period), base, table);
        expect(summary(fromFacts)).toEqual(summary(compareRows(direct, base, table)));
        expect(fromFacts.rows.length).toBeGreaterThan(1);
      }
    }
  });
});
