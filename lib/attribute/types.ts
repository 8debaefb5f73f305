/** What a figure measures: Tally's fixed vocabulary. */
export const METRICS = [
  'capex',
  'investment',
  'revenue',
  'profit',
  'loss',
  'market value',
  'valuation',
  'funding raised',
  'buyback',
  'debt',
  'price',
  'users',
  'subscribers',
  'employees',
  'jobs',
  'GPUs',
  'power capacity',
  'share-price change',
  'growth',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Whose a figure is, what it measures and when, each with the rule that decided it. */
export interface Attribution {
  /** Canonical company name, or null when the figure belongs to no company Tally knows. */
  company: string | null;
  companyId: string | null;
  /** Every owner when the figure is a joint project's (Stargate: OpenAI, SoftBank, Oracle). */
  owners: string[];
  companyRule: string;
  metric: Metric;
  metricRule: string;
  /** "2025", "2025-Q2", "FY2025", or null when the text gives no period. */
  period: string | null;
  periodRule: string;
}
