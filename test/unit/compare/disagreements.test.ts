import { describe, expect, it } from 'vitest';
import shipped from '@/lib/compare/data/rates.generated.json';
import {
  compareClaims,
  findDisagreements,
  gapBetween,
  writtenPrecision,
} from '@/lib/compare/disagreements';
import type { RateTable } from '@/lib/compare/rates';
import { facts, TABLE } from './helpers';

const RATES = shipped as RateTable;

describe('writtenPrecision', () => {
  it.each([
    [62e9, 0.5e9],
    [39.2e9, 0.05e9],
    [1.3e6, 0.05e6],
    [500e9, 0.5e9],
    [66, 0.5],
    [0.25, 0.005],
    [1234, 0.5],
    [0, 0],
  ])('%d is written to ± %d', (value, precision) => {
    expect(writtenPrecision(value)).toBeCloseTo(precision, 6);
  });
});

describe('gapBetween', () => {
  it('is 0 for overlapping intervals and relative to the lower one otherwise', () => {
    expect(gapBetween({ low: 1, high: 3 }, { low: 2, high: 4 })).toBe(0);
    expect(gapBetween({ low: 11, high: 12 }, { low: 9, high: 10 })).toBeCloseTo(0.1, 9);
    expect(gapBetween({ low: 0, high: 0 }, { low: 1, high: 1 })).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('compareClaims, with the shipped rates', () => {
  const options = { base: 'EUR', table: RATES };
  const euros = (value: number, over = {}) =>
    facts({ value, currency: 'EUR', publishedAt: '2025-01-28', ...over });
  const dollars = (value: number, over = {}) =>
    facts({ value, currency: 'USD', publishedAt: '2025-01-28', ...over });

  it('62 Md€ and $65 billion agree', () => {
    expect(compareClaims(euros(62e9), dollars(65e9), options).kind).toBe('agree');
    // Whatever the base currency.
    expect(compareClaims(euros(62e9), dollars(65e9), { ...options, base: 'USD' }).kind).toBe(
      'agree',
    );
  });

  it('"500 milliards d’euros" and "$500 billion" are a likely currency slip', () => {
    const verdict = compareClaims(euros(500e9), dollars(500e9), options);
    expect(verdict.kind).toBe('currency-slip');
    // Even though the converted amounts are within the 5% tolerance of each other.
    expect(verdict.kind !== 'not-comparable' && verdict.gap).toBeLessThan(0.05);
  });

  it('the same digits in one currency are not a slip', () => {
    expect(compareClaims(dollars(500e9), dollars(500e9), options).kind).toBe('agree');
  });

  it('different digits in different currencies, far apart, simply differ', () => {
    const verdict = compareClaims(euros(40e9), dollars(80e9), options);
    expect(verdict.kind).toBe('differ');
    expect(verdict.kind !== 'not-comparable' && verdict.gap).toBeGreaterThan(0.5);
  });

  it('$80 billion and $60 billion differ; $80 billion and $83 billion agree (tolerance 5%)', () => {
    expect(compareClaims(dollars(80e9), dollars(60e9), options).kind).toBe('differ');
    expect(compareClaims(dollars(80e9), dollars(83e9), options).kind).toBe('agree');
    expect(compareClaims(dollars(80e9), dollars(83e9), { ...options, tolerance: 0.01 }).kind).toBe(
      'differ',
    );
  });

  it('reads qualifiers: "more than $70 billion" agrees with $80 billion, not with $60 billion', () => {
    const moreThan70 = dollars(70e9, { qualifier: 'more-than' });
    expect(compareClaims(moreThan70, dollars(80e9), options).kind).toBe('agree');
    expect(compareClaims(moreThan70, dollars(60e9), options).kind).toBe('differ');
    const upTo = dollars(50e9, { qualifier: 'up-to' });
    expect(compareClaims(upTo, dollars(10e9), options).kind).toBe('agree');
    const about80 = dollars(80e9, { qualifier: 'approximately' });
    expect(compareClaims(about80, dollars(87e9), options).kind).toBe('agree');
    expect(compareClaims(about80, dollars(100e9), options).kind).toBe('differ');
  });

  it('reads ranges as intervals', () => {
    const range = dollars(60e9, { valueMax: 65e9 });
    expect(compareClaims(range, dollars(64e9), options).kind).toBe('agree');
    expect(compareClaims(range, euros(62e9), options).kind).toBe('agree');
    expect(compareClaims(range, dollars(75e9), options).kind).toBe('differ');
  });

  it('converts at each article’s month', () => {
    // 100 in EUR and 120 in USD: 1.2 $/€ is far from January’s 1.036, close to March’s 1.25.
    const jan = facts({ value: 100e9, currency: 'EUR', publishedAt: '2025-01-10' });
    const mar = facts({ value: 100e9, currency: 'EUR', publishedAt: '2025-03-10' });
    const usd = facts({ value: 120e9, currency: 'USD', publishedAt: '2025-03-10' });
    expect(compareClaims(jan, usd, { base: 'USD', table: TABLE }).kind).toBe('differ');
    expect(compareClaims(mar, usd, { base: 'USD', table: TABLE }).kind).toBe('agree');
  });

  it('does not compare vague figures, other units, or currencies it cannot convert', () => {
    expect(compareClaims(dollars(1e9, { qualifier: 'vague' }), dollars(9e9), options).kind).toBe(
      'not-comparable',
    );
    const gpus = facts({ kind: 'count', unit: 'GPU', currency: null, value: 1e6 });
    expect(compareClaims(gpus, dollars(1e6), options).kind).toBe('not-comparable');
    expect(compareClaims(facts({ currency: 'XAU' }), dollars(1e6), options).kind).toBe(
      'not-comparable',
    );
  });
});

describe('findDisagreements', () => {
  const options = { base: 'EUR', table: RATES };

  it('pairs claims about the same company, metric and period from different pages', () => {
    const slipA = facts({ id: 'slip-eur', value: 500e9, currency: 'EUR', companyId: 'stargate' });
    const slipB = facts({ id: 'slip-usd', value: 500e9, currency: 'USD', companyId: 'stargate' });
    const msA = facts({
      id: 'ms-80',
      companyId: 'microsoft',
      companyName: 'Microsoft',
      value: 80e9,
    });
    const msB = facts({
      id: 'ms-50',
      companyId: 'microsoft',
      companyName: 'Microsoft',
      value: 50e9,
    });
    const metaA = facts({
      id: 'meta-eur',
      value: 62e9,
      currency: 'EUR',
      publishedAt: '2025-01-28',
    });
    const metaB = facts({ id: 'meta-usd', value: 65e9, publishedAt: '2025-01-28' });
    // Same company and metric but another period: never compared.
    const ms2024 = facts({ companyId: 'microsoft', value: 10e9, period: '2024' });
    // Same page twice (saved twice): not two sources.
    const samePage = facts({ id: 'ms-again', companyId: 'microsoft', value: 20e9 });
    samePage.canonicalUrl = msA.canonicalUrl;

    const found = findDisagreements(
      [slipA, slipB, msA, msB, metaA, metaB, ms2024, samePage],
      options,
    );
    expect(found.map((d) => [d.kind, d.a.claim.id, d.b.claim.id].sort().join(' '))).toEqual([
      ['currency-slip', 'slip-eur', 'slip-usd'].sort().join(' '),
      ['differ', 'ms-again', 'ms-50'].sort().join(' '),
      ['differ', 'ms-80', 'ms-50'].sort().join(' '),
    ]);
    expect(found[0]).toMatchObject({ metric: 'capex', period: '2025', kind: 'currency-slip' });
    expect(found[2]?.gap).toBeGreaterThan(0.4);
    expect(found[1]?.gap).toBeGreaterThan(found[2]?.gap ?? 0);
  });

  it('finds nothing in claims without a company, a period or a value', () => {
    expect(
      findDisagreements(
        [
          facts({ companyId: null, companyName: null, value: 1e9 }),
          facts({ companyId: null, companyName: null, value: 9e9 }),
          facts({ period: null, value: 1e9 }),
          facts({ period: null, value: 9e9 }),
        ],
        options,
      ),
    ).toEqual([]);
  });

  it('looks at the newest claims of a group only, so pairs stay few', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      facts({ value: (i % 2 ? 10 : 90) * 1e9, savedAt: i, publishedAt: null }),
    );
    const found = findDisagreements(many, { ...options, maxPerGroup: 10 });
    // 10 claims, 5 of each value: 25 disagreeing pairs.
    expect(found).toHaveLength(25);
    for (const d of found) expect(d.a.claim.savedAt).toBeGreaterThanOrEqual(190);
  });
});
