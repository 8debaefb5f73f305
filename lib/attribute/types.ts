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
  /**
   * Canonical company name, or null when the figure belongs to no company Tally knows. For a
   * joint project, the project's name ("Stargate", with `project: true`).
   */
  company: string | null;
  /** Company id; for a joint project, the project's id in the company list's products. */
  companyId: string | null;
  /**
   * The companies the figure is theirs: `[company]` for one company, every owner for a joint
   * project (Stargate: OpenAI, SoftBank, Oracle); empty when `company` is null.
   */
  owners: string[];
  /** True when `company` is a joint project rather than a company. */
  project?: boolean;
  companyRule: string;
  metric: Metric;
  metricRule: string;
  /** "2025", "2025-Q2", "FY2025", or null when the text gives no period. */
  period: string | null;
  periodRule: string;
}
