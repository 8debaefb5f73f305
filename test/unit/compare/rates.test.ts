import { describe, expect, it } from 'vitest';
import shipped from '@/lib/compare/data/rates.generated.json';
import { convert, type RateTable } from '@/lib/compare/rates';

// A small table written for the test: EUR and GBP per USD over three months.
const table: RateTable = {
  source: 'test',
  unit: 'per USD',
  currencies: {
    EUR: { first: '2025-01', values: [0.8, 0.9, 1.0] },
    GBP: { first: '2025-02', values: [0.75, 0.5] },
  },
};

describe('convert', () => {
  it.each([
    // amount, from, to, month, expected value, expected rate
    [100, 'USD', 'EUR', '2025-01', 80, 0.8],
    [90, 'EUR', 'USD', '2025-02', 100, 1 / 0.9],
    [100, 'EUR', 'GBP', '2025-03', 50, 0.5],
    [100, 'EUR', 'EUR', '2025-02', 100, 1],
  ])('%d %s → %s in %s', (amount, from, to, month, value, rate) => {
    const c = convert(amount, from, to, month, table);
    expect(c?.value).toBeCloseTo(value, 9);
    expect(c?.rate).toBeCloseTo(rate, 9);
    expect(c?.month).toBe(month);
    expect(c?.nearest).toBe(false);
  });

  it('uses the nearest month the table has, and says so', () => {
    const later = convert(100, 'USD', 'EUR', '2026-07', table);
    expect(later).toMatchObject({ value: 100, month: '2025-03', nearest: true });
    const earlier = convert(100, 'GBP', 'USD', '2025-01', table);
    expect(earlier).toMatchObject({ month: '2025-02', nearest: true });
    expect(earlier?.value).toBeCloseTo(100 / 0.75, 9);
  });

  it('returns null for an unknown currency or a malformed month', () => {
    expect(convert(1, 'XXX', 'EUR', '2025-01', table)).toBeNull();
    expect(convert(1, 'USD', 'EUR', 'January', table)).toBeNull();
  });

  it('ships rates that put the euro near its real January 2025 level', () => {
    // The euro traded between 1.01 and 1.06 dollars in January 2025 (ECB reference rates).
    const c = convert(1, 'EUR', 'USD', '2025-01', shipped as RateTable);
    expect(c?.value).toBeGreaterThan(1.01);
    expect(c?.value).toBeLessThan(1.06);
  });
});
