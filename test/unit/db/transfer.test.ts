import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { allClaims, claimById, StorageFullError, saveClaim, saveClaims } from '@/lib/db/claims';
import type { Claim } from '@/lib/db/schema';
import {
  CLAIM_FIELDS,
  checkImport,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportCsv,
  exportJson,
  exportLibrary,
  type ImportProblem,
  type ImportProgress,
  importClaims,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CLAIMS,
} from '@/lib/db/transfer';
import { claim, freshDb } from './helpers';

const NOW = new Date('2025-03-01T12:00:00Z');

/** A library with the awkward cases: ranges, nulls, accents, quotes, newlines, tags. */
function library(): Claim[] {
  return [
    claim({ id: 'ms', savedAt: Date.UTC(2025, 0, 26) }),
    claim({
      id: 'meta',
      companyId: 'meta',
      companyName: 'Meta',
      value: 60e9,
      valueMax: 65e9,
      qualifier: null,
      quote: 'entre 60 et 65 milliards de dollars',
      note: 'Line one\nline "two", with a comma',
      tags: ['ai', 'capex', 'été'],
      savedAt: Date.UTC(2025, 0, 30),
    }),
    claim({
      id: 'vague',
      kind: 'count',
      value: null,
      currency: null,
      unit: 'GPU',
      qualifier: 'vague',
      companyId: null,
      companyName: null,
      metric: null,
      period: null,
      publishedAt: null,
      quote: '=des milliers de GPU',
      savedAt: Date.UTC(2025, 1, 2),
    }),
    claim({ id: 'tiny', value: 0.1 + 0.2, currency: 'EUR', savedAt: Date.UTC(2025, 1, 3) }),
  ];
}

async function exported(claims: Claim[]): Promise<string> {
  const db = freshDb();
  await saveClaims(db, claims);
  return exportJson(await exportLibrary(db, NOW));
}

/** An export file's text with its claims replaced, or the whole object changed. */
function file(claims: unknown, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: 2,
    exportedAt: NOW.toISOString(),
    claims,
    ...over,
  });
}

describe('export', () => {
  it('writes every field of every claim, with the format and its version', async () => {
    const text = await exported(library());
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'tally-claims', version: 1, schema: 4 });
    expect(parsed.exportedAt).toBe('2025-03-01T12:00:00.000Z');
    expect(parsed.claims).toHaveLength(4);
    for (const c of parsed.claims) expect(Object.keys(c)).toEqual([...CLAIM_FIELDS]);
  });

  it('round-trips: export → import into an empty library → export gives the same file', async () => {
    const first = await exported(library());
    const check = await checkImport(first);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const target = freshDb();
    expect(await importClaims(target, check.claims)).toEqual({ added: 4, replaced: 0 });
    const second = exportJson(await exportLibrary(target, NOW));
    expect(second).toBe(first);
    const byId = (a: Claim, b: Claim) => a.id.localeCompare(b.id);
    expect((await allClaims(target)).sort(byId)).toEqual(library().sort(byId));
    // 0.1 + 0.2 is not 0.3: the exact double survives.
    expect((await claimById(target, 'tiny'))?.value).toBe(0.1 + 0.2);
  });

  it('writes an empty library as a valid, importable file', async () => {
    const text = await exported([]);
    expect(await checkImport(text)).toEqual({ ok: true, claims: [] });
  });

  it('writes CSV a spreadsheet reads: header, quoting, no formulas, ISO dates', () => {
    const csv = exportCsv(library());
    expect(csv.startsWith('\uFEFFid,kind,value,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]?.split(',')).toEqual([...CLAIM_FIELDS]);
    expect(csv).toContain('"Line one\nline ""two"", with a comma"');
    expect(csv).toContain('ai; capex; été');
    expect(csv).toContain(",'=des milliers de GPU,");
    expect(csv).toContain('2025-01-26T00:00:00.000Z');
    expect(csv).toContain(',60000000000,65000000000,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('import: bad files change nothing and say what is wrong', () => {
  const good = () => JSON.parse(file([claim({ id: 'one' })])).claims[0] as Record<string, unknown>;
  const withClaim = (over: Record<string, unknown>) => file([{ ...good(), ...over }]);
  const without = (field: string) => {
    const c = good();
    delete c[field];
    return file([c]);
  };

  const cases: [string, string, Partial<ImportProblem>][] = [
    ['an empty file', '', { code: 'empty' }],
    ['only spaces', '  \n ', { code: 'empty' }],
    ['text that is not JSON', 'id,kind,value\n1,money,3', { code: 'not-json' }],
    ['truncated JSON', file([claim()]).slice(0, -20), { code: 'not-json' }],
    ['a JSON array (not an export file)', '[1, 2]', { code: 'not-tally', detail: 'array' }],
    ['JSON from elsewhere', '{"hello": "world"}', { code: 'not-tally' }],
    ['a newer format version', file([], { version: 2 }), { code: 'wrong-version', detail: '2' }],
    ['no version', file([], { version: undefined }), { code: 'wrong-version' }],
    ['claims that are not an array', file({ a: 1 }), { code: 'not-array' }],
    ['a claim that is not an object', file([42]), { code: 'wrong-type', claim: 1 }],
    ['a missing field', without('quote'), { code: 'missing-field', claim: 1, field: 'quote' }],
    ['a number as text', withClaim({ value: '80' }), { code: 'wrong-type', field: 'value' }],
    ['tags that are not a list', withClaim({ tags: 'ai' }), { code: 'wrong-type', field: 'tags' }],
    ['an unknown kind', withClaim({ kind: 'dollars' }), { code: 'bad-value', field: 'kind' }],
    ['a malformed period', withClaim({ period: 'last year' }), { code: 'bad-value' }],
    ['a negative position', withClaim({ position: -1 }), { code: 'out-of-range' }],
    ['an absurd value', withClaim({ value: 1e300 }), { code: 'out-of-range', field: 'value' }],
    [
      'a range upside down',
      withClaim({ value: 70e9, valueMax: 60e9 }),
      { code: 'out-of-range', field: 'valueMax' },
    ],
    ['an empty quote', withClaim({ quote: '' }), { code: 'out-of-range', field: 'quote' }],
    [
      'an invalid publication date',
      withClaim({ publishedAt: '2025-13-45' }),
      { code: 'invalid-date', field: 'publishedAt' },
    ],
    [
      'a saved-at date from 1970',
      withClaim({ savedAt: 5 }),
      { code: 'invalid-date', field: 'savedAt' },
    ],
    [
      'a currency that does not exist',
      withClaim({ currency: 'XYZ' }),
      { code: 'invalid-currency', field: 'currency' },
    ],
    ['a currency in words', withClaim({ currency: 'euro' }), { code: 'invalid-currency' }],
    [
      'an address that is not a web page',
      withClaim({ url: 'javascript:alert(1)' }),
      { code: 'invalid-url', field: 'url' },
    ],
    [
      'a tag that is not text',
      withClaim({ tags: ['ai', 3] }),
      { code: 'wrong-type', field: 'tags.1' },
    ],
    [
      'more than 50 tags',
      withClaim({ tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }),
      { code: 'out-of-range', field: 'tags' },
    ],
    [
      'the top of a range without its bottom',
      withClaim({ value: null, valueMax: 60e9 }),
      { code: 'out-of-range', field: 'valueMax' },
    ],
    [
      'two problems (the first field is named)',
      without('quote').replace('"value":80000000000', '"value":"80"'),
      { code: 'wrong-type', field: 'value' },
    ],
    [
      'the same id twice',
      file([claim({ id: 'twice' }), claim({ id: 'other' }), claim({ id: 'twice' })]),
      { code: 'duplicate-id', claim: 3, detail: '1' },
    ],
  ];

  it.each(cases)('refuses %s', async (_name, text, expected) => {
    const db = freshDb();
    const before = claim({ id: 'before' });
    await saveClaim(db, before);
    const check = await checkImport(text);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems[0]).toMatchObject(expected);
    // Nothing was written (the import is never reached), and the library is as it was.
    expect(await allClaims(db)).toEqual([before]);
  });

  it('refuses a huge file before reading it', async () => {
    const read = vi.fn(async () => '{}');
    const check = await checkImport({ size: MAX_IMPORT_BYTES + 1, text: read });
    expect(check).toMatchObject({ ok: false, problems: [{ code: 'too-large' }] });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a file with too many claims', async () => {
    const text = file(Array.from({ length: MAX_IMPORT_CLAIMS + 1 }, () => 0));
    expect(await checkImport(text)).toMatchObject({ ok: false, problems: [{ code: 'too-many' }] });
  });

  it('lists problems across the whole file, up to a limit', async () => {
    const bad = Array.from({ length: 30 }, (_, i) => ({ ...good(), id: `b${i}`, position: -1 }));
    const check = await checkImport(file([good(), ...bad]), { maxProblems: 5 });
    expect(check).toMatchObject({ ok: false, more: true });
    if (check.ok) return;
    expect(check.problems.map((p) => p.claim)).toEqual([2, 3, 4, 5, 6]);
  });
});

describe('import: what is kept', () => {
  it('keeps exactly the fields of a claim, in export order', async () => {
    const { id, quote, ...rest } = claim({ id: 'shuffled' });
    const text = file([{ extra: 'dropped', quote, ...rest, id }, claim({ id: 'plain' })]);
    const check = await checkImport(text);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    for (const c of check.claims) expect(Object.keys(c)).toEqual([...CLAIM_FIELDS]);
    expect(check.claims[0]).toEqual(claim({ id: 'shuffled', quote, ...rest }));
  });
});

describe('import: writing', () => {
  it('counts added and replaced claims across sheets, and replaces the old ones', async () => {
    const db = freshDb();
    await saveClaims(
      db,
      [1, 4, 5, 9].map((i) => claim({ id: `c${i}`, note: 'old' })),
    );
    const incoming = Array.from({ length: 10 }, (_, i) => claim({ id: `c${i}`, note: 'new' }));
    expect(await importClaims(db, incoming, { sheetSize: 3 })).toEqual({ added: 6, replaced: 4 });
    const stored = await allClaims(db);
    expect(stored).toHaveLength(10);
    expect(stored.every((c) => c.note === 'new')).toBe(true);
  });

  it('replaces claims with the same id and adds the others', async () => {
    const db = freshDb();
    await saveClaim(db, claim({ id: 'same', note: 'old' }));
    const result = await importClaims(db, [
      claim({ id: 'same', note: 'new' }),
      claim({ id: 'other' }),
    ]);
    expect(result).toEqual({ added: 1, replaced: 1 });
    expect((await claimById(db, 'same'))?.note).toBe('new');
  });

  it('writes all or nothing: a full disk half-way leaves the library as it was', async () => {
    const db = freshDb();
    // Under Dexie's calls, whatever they are: the import's second write (its first is the
    // fourth here, after the claim's and its fact's) finds the disk full.
    let writes = 0;
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (req) =>
              ++writes === 4
                ? Promise.reject(
                    new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
                  )
                : table.mutate(req),
          };
        },
      }),
    });
    const before = claim({ id: 'before' });
    await saveClaim(db, before);
    const incoming = Array.from({ length: 50 }, (_, i) => claim({ id: `in-${i}` }));
    await expect(importClaims(db, incoming, { sheetSize: 2 })).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect(writes).toBeGreaterThanOrEqual(4);
    expect(await allClaims(db)).toEqual([before]);
  });

  it('reports progress while checking and while writing', async () => {
    const claims = Array.from({ length: 25 }, (_, i) => claim({ id: `p-${i}` }));
    const steps: ImportProgress[] = [];
    const check = await checkImport(file(claims), {
      sliceSize: 10,
      onProgress: (p) => steps.push(p),
    });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    // Ten sheets a write: sheets of one claim make slices of ten.
    await importClaims(freshDb(), check.claims, {
      sheetSize: 1,
      onProgress: (p) => steps.push(p),
    });
    expect(steps).toEqual([
      { step: 'checking', done: 10, total: 25 },
      { step: 'checking', done: 20, total: 25 },
      { step: 'checking', done: 25, total: 25 },
      { step: 'writing', done: 10, total: 25 },
      { step: 'writing', done: 20, total: 25 },
      { step: 'writing', done: 25, total: 25 },
    ]);
  });
});
