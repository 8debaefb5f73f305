import type { RateTable } from '@/lib/compare/rates';
import type { ClaimFacts } from '@/lib/compare/rows';

/** A small rate table written for the tests: EUR and GBP per USD, three months of 2025. */
export const TABLE: RateTable = {
  source: 'test',
  unit: 'per USD',
  currencies: {
    EUR: { first: '2025-01', values: [0.9656, 0.9603, 0.8] },
    GBP: { first: '2025-01', values: [0.8, 0.8, 0.8] },
  },
};

let serial = 0;

/** A claim about Meta's 2025 capex in dollars, with any field overridden. */
export function facts(over: Partial<ClaimFacts> = {}): ClaimFacts {
  serial++;
  return {
    id: `c${serial}`,
    kind: 'money',
    value: 65e9,
    valueMax: null,
    currency: 'USD',
    unit: null,
    qualifier: null,
    companyId: 'meta',
    companyName: 'Meta',
    metric: 'capex',
    period: '2025',
    quote: '65 milliards de dollars',
    url: `https://site${serial}.example/a`,
    canonicalUrl: `https://site${serial}.example/a`,
    title: 'Article',
    site: `site${serial}.example`,
    publishedAt: '2025-01-30T08:00:00+01:00',
    savedAt: Date.UTC(2025, 1, 1),
    ...over,
  };
}
