import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyKey } from '@/lib/compare/rows';
import {
  allClaims,
  claimsByIds,
  claimsForMetric,
  claimsForUrl,
  countClaims,
  deleteClaims,
  restoreClaims,
  saveClaim,
  saveClaims,
  searchClaims,
  updateClaim,
} from '@/lib/db/claims';
import type { Claim, TallyDB } from '@/lib/db/schema';
import { newestFirst, SHEET_SIZE, sheetOf } from '@/lib/db/sheets';
import { importClaims } from '@/lib/db/transfer';
import { claim, freshDb } from './helpers';

/** Every claim in exactly one sheet, and each sheet's keys those of its claims. */
async function expectWellFiled(db: TallyDB): Promise<void> {
  const sheets = await db.sheets.toArray();
  const ids = sheets.flatMap((sheet) => sheet.ids);
  expect(new Set(ids).size).toBe(ids.length);
  for (const sheet of sheets) {
    expect(sheet.claims.length).toBeGreaterThan(0);
    expect(sheet).toEqual(sheetOf(sheet.claims, sheet.n));
  }
  expect(await countClaims(db)).toBe(ids.length);
}

describe('claims in sheets', () => {
  it('packs an import a hundred to a sheet, oldest first, and finds each claim by id', async () => {
    const db = freshDb();
    const claims = Array.from({ length: SHEET_SIZE + 30 }, (_, i) =>
      claim({ id: `i${i}`, savedAt: 1_000 - i }),
    );
    await importClaims(db, claims);
    const sheets = await db.sheets.toArray();
    expect(sheets.map((s) => s.claims.length)).toEqual([SHEET_SIZE, 30]);
    expect(sheets[0]?.claims[0]?.id).toBe(`i${SHEET_SIZE + 29}`);
    expect((await claimsByIds(db, ['i5', 'nope', 'i120'])).map((c) => c.id)).toEqual([
      'i5',
      'i120',
    ]);
    await expectWellFiled(db);
  });

  it('edits and deletes a claim inside an imported sheet without touching its neighbours', async () => {
    const db = freshDb();
    const claims = Array.from({ length: 10 }, (_, i) => claim({ id: `n${i}`, savedAt: i }));
    await importClaims(db, claims);
    expect(await updateClaim(db, 'n3', { note: 'checked', metric: 'revenue' })).toBe(true);
    expect(await deleteClaims(db, ['n7', 'n7', 'missing'])).toEqual([claims[7]]);
    const stored = (await allClaims(db)).sort((a, b) => a.savedAt - b.savedAt);
    expect(stored.map((c) => c.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n8', 'n9']);
    expect(stored[3]).toEqual({ ...claims[3], note: 'checked', metric: 'revenue' });
    expect(stored.filter((c) => c.id !== 'n3')).toEqual(
      claims.filter((c) => c.id !== 'n3' && c.id !== 'n7'),
    );
    await restoreClaims(db, [claims[7] as Claim]);
    expect(await countClaims(db)).toBe(10);
    await expectWellFiled(db);
  });

  it('finds the stored claims among hundreds asked, new and stored mixed', async () => {
    const db = freshDb();
    const stored = Array.from({ length: 250 }, (_, i) => claim({ id: `s${i}`, savedAt: i }));
    await importClaims(db, stored);
    await saveClaim(db, claim({ id: 'alone', savedAt: 5 }));
    // Every stored claim again, edited, with new ones between them.
    const incoming = [
      ...stored.map((c) => ({ ...c, note: 'again' })),
      ...Array.from({ length: 120 }, (_, i) => claim({ id: `new${i}`, savedAt: i * 2 })),
    ];
    expect(await importClaims(db, incoming)).toEqual({ added: 120, replaced: 250 });
    expect(await countClaims(db)).toBe(371);
    expect((await allClaims(db)).filter((c) => c.note === 'again')).toHaveLength(250);
    const gone = [...incoming.map((c) => c.id).filter((_, i) => i % 3 === 0), 'alone', 'never'];
    expect((await deleteClaims(db, gone)).map((c) => c.id)).toEqual(gone.slice(0, -1));
    expect(await countClaims(db)).toBe(371 - (gone.length - 1));
    await expectWellFiled(db);
  });

  it('answers every read as the claims themselves would (property)', async () => {
    const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
    const someClaim = fc
      .record({
        id: fc.constantFrom(...ids),
        metric: fc.constantFrom('capex', 'revenue', null),
        company: fc.constantFrom('meta', 'microsoft', 'amazon', null),
        url: fc.constantFrom('https://a.example/1', 'https://b.example/2'),
        // Few distinct times, so that claims saved at the same moment are common.
        savedAt: fc.integer({ min: 1, max: 6 }),
        position: fc.integer({ min: 0, max: 500 }),
      })
      .map((r) =>
        claim({
          id: r.id,
          metric: r.metric,
          companyId: r.company,
          companyName: r.company,
          canonicalUrl: r.url,
          savedAt: r.savedAt,
          position: r.position,
        }),
      );
    const operation = fc.oneof(
      someClaim.map((c) => ({ kind: 'save' as const, claims: [c] })),
      fc
        .array(someClaim, { maxLength: 5 })
        .map((claims) => ({ kind: 'saveMany' as const, claims })),
      fc
        .record({
          claims: fc.uniqueArray(someClaim, { selector: (c) => c.id, maxLength: 8 }),
          size: fc.integer({ min: 1, max: 4 }),
        })
        .map(({ claims, size }) => ({ kind: 'import' as const, claims, size })),
      fc
        .record({ id: fc.constantFrom(...ids), metric: fc.constantFrom('capex', 'users', null) })
        .map((edit) => ({ kind: 'update' as const, edit })),
      fc.subarray(ids).map((gone) => ({ kind: 'delete' as const, ids: gone })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 10 }), async (operations) => {
        const db = freshDb();
        const model = new Map<string, Claim>();
        for (const op of operations) {
          if (op.kind === 'save') await saveClaim(db, op.claims[0] as Claim);
          else if (op.kind === 'saveMany') await saveClaims(db, op.claims);
          else if (op.kind === 'import') await importClaims(db, op.claims, { sheetSize: op.size });
          else if (op.kind === 'update') {
            const { id, ...edit } = op.edit;
            await updateClaim(db, id, edit);
            const before = model.get(id);
            if (before) model.set(id, { ...before, ...edit });
            continue;
          } else {
            await deleteClaims(db, op.ids);
            for (const id of op.ids) model.delete(id);
            continue;
          }
          for (const c of op.claims) model.set(c.id, c);
        }
        await expectWellFiled(db);
        const all = [...model.values()];
        const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
        expect((await allClaims(db)).sort(byId)).toEqual([...all].sort(byId));

        const newest = [...all].sort(newestFirst);
        expect((await searchClaims(db, {}, 3)).claims).toEqual(newest.slice(0, 3));
        const capex = newest.filter((c) => c.metric === 'capex');
        expect((await searchClaims(db, { metric: 'capex' }, 2)).claims).toEqual(capex.slice(0, 2));
        // The card's comparisons: each company's latest among the metric's newest 2 × 20.
        const latest: Claim[] = [];
        for (const c of capex.slice(0, 40)) {
          const key = companyKey(c);
          if (key && latest.length < 2 && !latest.some((l) => companyKey(l) === key))
            latest.push(c);
        }
        expect(await claimsForMetric(db, 'capex', 2)).toEqual(latest);
        const url = 'https://a.example/1';
        expect((await claimsForUrl(db, url)).map((c) => c.position)).toEqual(
          all
            .filter((c) => c.canonicalUrl === url)
            .map((c) => c.position)
            .sort((a, b) => a - b),
        );
        await db.delete();
      }),
      { numRuns: 60 },
    );
  });
});
