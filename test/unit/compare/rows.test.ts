import { describe, expect, it } from 'vitest';
import {
  articleMonth,
  claimValue,
  companyKey,
  compareRows,
  orderMetrics,
  orderPeriods,
} from '@/lib/compare/rows';
import { facts, TABLE } from './helpers';

describe('articleMonth', () => {
  it.each([
    ['2025-02-01T00:30:00+01:00', 0, '2025-02'],
    ['2025-01-31', 0, '2025-01'],
    [null, Date.UTC(2024, 11, 31, 23, 0), '2024-12'],
    ['not a date', Date.UTC(2025, 2, 5), '2025-03'],
    ['Tue, 11 Feb 2025 07:30:00 GMT', 0, '2025-02'],
  ] as const)('%s (saved %i) → %s', (publishedAt, savedAt, month) => {
    expect(articleMonth({ publishedAt, savedAt })).toBe(month);
  });
});

describe('claimValue: money at the rates of the article month', () => {
  it('converts each claim at its own month', () => {
    const jan = claimValue(facts({ publishedAt: '2025-01-10' }), 'EUR', TABLE);
    const mar = claimValue(facts({ publishedAt: '2025-03-10' }), 'EUR', TABLE);
    expect(jan?.low).toBeCloseTo(65e9 * 0.9656, -3);
    expect(mar?.low).toBeCloseTo(65e9 * 0.8, -3);
    expect(jan?.conversion).toMatchObject({ month: '2025-01', nearest: false });
    expect(jan?.unitKey).toBe('money:EUR');
  });

  it('gives the same values when it keeps conversions for the next claims', () => {
    const conversions = new Map();
    const claims = [
      facts({ publishedAt: '2025-01-10' }),
      facts({ publishedAt: '2025-01-28', value: 10e9 }),
      facts({ publishedAt: '2025-03-10' }),
      facts({ publishedAt: '2025-01-10', currency: 'XXX' }),
      facts({ publishedAt: '2025-01-12', currency: 'XXX' }),
    ];
    for (const claim of claims)
      expect(claimValue(claim, 'EUR', TABLE, conversions)).toEqual(claimValue(claim, 'EUR', TABLE));
    // One per currency and month, a missing rate included.
    expect(conversions.size).toBe(3);
  });

  it('uses the saved-at month when the article has no date', () => {
    const v = claimValue(facts({ publishedAt: null, savedAt: Date.UTC(2025, 2, 1) }), 'EUR', TABLE);
    expect(v?.conversion?.month).toBe('2025-03');
    expect(v?.low).toBeCloseTo(65e9 * 0.8, -3);
  });

  it('says when the nearest month was used', () => {
    const v = claimValue(facts({ publishedAt: '2026-06-01' }), 'EUR', TABLE);
    expect(v?.conversion).toMatchObject({ month: '2025-03', nearest: true });
  });

  it('converts both ends of a range, and crosses currencies through the dollar', () => {
    const v = claimValue(
      facts({ value: 60e9, valueMax: 65e9, currency: 'GBP', publishedAt: '2025-02-01' }),
      'EUR',
      TABLE,
    );
    expect(v?.low).toBeCloseTo((60e9 / 0.8) * 0.9603, -3);
    expect(v?.high).toBeCloseTo((65e9 / 0.8) * 0.9603, -3);
  });

  it('keeps the base currency and non-money figures as they are', () => {
    expect(claimValue(facts({ currency: 'EUR', value: 62e9 }), 'EUR', TABLE)).toEqual({
      low: 62e9,
      high: 62e9,
      unitKey: 'money:EUR',
      conversion: null,
    });
    expect(
      claimValue(facts({ kind: 'count', currency: null, unit: 'GPU', value: 1.3e6 }), 'EUR', TABLE),
    ).toMatchObject({ low: 1.3e6, unitKey: 'count:GPU', conversion: null });
  });

  it('has no value for vague figures or currencies without rates', () => {
    expect(claimValue(facts({ value: null, qualifier: 'vague' }), 'EUR', TABLE)).toBeNull();
    expect(claimValue(facts({ currency: 'BRL' }), 'EUR', TABLE)).toBeNull();
  });
});

describe('compareRows', () => {
  it('shows each company’s latest claim in the base currency, biggest first', () => {
    const { rows, unitKey, left } = compareRows(
      [
        facts({ id: 'meta-old', value: 60e9, publishedAt: '2025-01-05' }),
        facts({ id: 'meta-new', value: 62e9, currency: 'EUR', publishedAt: '2025-02-11' }),
        facts({
          id: 'ms',
          companyId: 'microsoft',
          companyName: 'Microsoft',
          value: 80e9,
          qualifier: 'approximately',
        }),
        facts({
          id: 'amzn',
          companyId: 'amazon',
          companyName: 'Amazon',
          value: 70e9,
          qualifier: 'more-than',
        }),
      ],
      'EUR',
      TABLE,
    );
    expect(unitKey).toBe('money:EUR');
    expect(rows.map((r) => [r.company, r.latest.id])).toEqual([
      ['Microsoft', 'ms'],
      ['Amazon', 'amzn'],
      ['Meta', 'meta-new'],
    ]);
    expect(rows[0]?.value.low).toBeCloseTo(80e9 * 0.9656, -3);
    expect(rows[2]?.value.low).toBe(62e9);
    expect(rows[2]?.claims.map((c) => c.id)).toEqual(['meta-new', 'meta-old']);
    expect(rows[2]?.sources).toBe(2);
    expect(left).toEqual([]);
  });

  it('breaks ties on the article date with the saved-at time', () => {
    const { rows } = compareRows(
      [
        facts({ id: 'first', publishedAt: null, savedAt: 1_000 }),
        facts({ id: 'second', publishedAt: null, savedAt: 2_000 }),
      ],
      'USD',
      TABLE,
    );
    expect(rows[0]?.latest.id).toBe('second');
  });

  it('skips a vague latest claim for the latest one with a value, and says why', () => {
    const { rows, left } = compareRows(
      [
        facts({ id: 'vague', value: null, qualifier: 'vague', publishedAt: '2025-03-01' }),
        facts({ id: 'real', publishedAt: '2025-01-01' }),
        facts({ id: 'nobody', companyId: null, companyName: '  ' }),
      ],
      'USD',
      TABLE,
    );
    expect(rows.map((r) => r.latest.id)).toEqual(['real']);
    expect(left.map((l) => [l.claim.id, l.reason]).sort()).toEqual([
      ['nobody', 'no-company'],
      ['vague', 'no-value'],
    ]);
  });

  it('keeps to the unit most companies use', () => {
    const { rows, unitKey, left } = compareRows(
      [
        facts({ id: 'a', companyId: 'a', kind: 'count', currency: null, unit: 'GPU', value: 1e6 }),
        facts({ id: 'b', companyId: 'b', kind: 'count', currency: null, unit: 'GPU', value: 2e6 }),
        facts({ id: 'c', companyId: 'c' }),
      ],
      'USD',
      TABLE,
    );
    expect(unitKey).toBe('count:GPU');
    expect(rows.map((r) => r.latest.id)).toEqual(['b', 'a']);
    expect(left).toEqual([{ claim: expect.objectContaining({ id: 'c' }), reason: 'other-unit' }]);
  });

  it('groups companies without an id by name, ignoring case', () => {
    expect(companyKey({ companyId: null, companyName: 'Mistral AI' })).toBe('name:mistral ai');
    const { rows } = compareRows(
      [
        facts({ companyId: null, companyName: 'Mistral AI' }),
        facts({ companyId: null, companyName: 'mistral ai' }),
      ],
      'USD',
      TABLE,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.claims).toHaveLength(2);
  });

  it('returns nothing for no claims', () => {
    expect(compareRows([], 'EUR', TABLE)).toEqual({ rows: [], unitKey: null, left: [] });
  });
});

describe('ordering', () => {
  it('puts capex first when present, then the vocabulary order, then the rest', () => {
    expect(orderMetrics(['users', 'zeta', 'revenue', 'capex', 'alpha', 'capex'])).toEqual([
      'capex',
      'revenue',
      'users',
      'alpha',
      'zeta',
    ]);
    expect(orderMetrics(['users', 'revenue'])).toEqual(['revenue', 'users']);
  });

  it('lists periods newest first, whole years before their parts', () => {
    expect(
      orderPeriods(['2024', '2025-Q1', 'FY2025', '2025', '2025-H2', '2025-Q4', 'odd', '2026']),
    ).toEqual(['2026', '2025', 'FY2025', '2025-H2', '2025-Q4', '2025-Q1', '2024', 'odd']);
  });
});
