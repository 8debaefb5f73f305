/**
 * Companies whose fiscal year is not the calendar year, so that "the third quarter" in an
 * article about Nvidia in November 2024 is read as Nvidia's FY2025 Q3, as Nvidia reports it.
 * Data, not code: the month the fiscal year ends and how the year is named. Most companies
 * name a fiscal year after the calendar year it ends in (Microsoft's FY2025 ends in June
 * 2025); Japanese groups and Inditex name it after the year it starts in (Sony's fiscal 2024
 * ends in March 2025). Companies not listed report by calendar year.
 */

/** How a company's fiscal year runs. */
export interface FiscalYear {
  /** Month the fiscal year ends in, 1–12. */
  end: number;
  /** A fiscal year is named after the calendar year it ends in, or the one it starts in. */
  named: 'end' | 'start';
}

const E = (end: number): FiscalYear => ({ end, named: 'end' });
const S = (end: number): FiscalYear => ({ end, named: 'start' });

/** Company id → fiscal year, for the companies whose fiscal year is not the calendar year. */
export const FISCAL_YEARS: Readonly<Record<string, FiscalYear>> = {
  microsoft: E(6),
  apple: E(9),
  nvidia: E(1),
  visa: E(9),
  oracle: E(5),
  dell: E(1),
  cisco: E(7),
  walmart: E(1),
  salesforce: E(1),
  broadcom: E(10),
  micron: E(8),
  adobe: E(11),
  hp: E(10),
  hpe: E(10),
  qualcomm: E(9),
  disney: E(9),
  starbucks: E(9),
  intuit: E(7),
  workday: E(1),
  snowflake: E(1),
  marvell: E(1),
  'palo-alto-networks': E(7),
  accenture: E(8),
  nike: E(5),
  fedex: E(5),
  'procter-gamble': E(6),
  costco: E(8),
  siemens: E(9),
  'siemens-energy': E(9),
  'siemens-healthineers': E(9),
  infineon: E(9),
  thyssenkrupp: E(9),
  'pernod-ricard': E(6),
  alstom: E(3),
  ubisoft: E(3),
  infosys: E(3),
  sony: S(3),
  nintendo: S(3),
  softbank: S(3),
  'softbank-corp': S(3),
  toyota: S(3),
  inditex: S(1),
};

const CALENDAR: FiscalYear = { end: 12, named: 'end' };

/** The fiscal year of a company, or the calendar year when Tally knows no other. */
export function fiscalYearOf(companyId: string | null): FiscalYear {
  return (companyId !== null && FISCAL_YEARS[companyId]) || CALENDAR;
}

/** True when the company's fiscal year is not the calendar year. */
export function hasOwnFiscalYear(companyId: string | null): boolean {
  return companyId !== null && FISCAL_YEARS[companyId] !== undefined;
}

/** Absolute month index (year × 12 + month − 1) of the first month of fiscal year `fy`. */
export function fiscalYearStart(fy: number, f: FiscalYear): number {
  if (f.end === 12) return fy * 12;
  return fy * 12 + f.end - (f.named === 'end' ? 12 : 0);
}

/** The fiscal year (by its name) that contains an absolute month index. */
export function fiscalYearContaining(month: number, f: FiscalYear): number {
  const guess = Math.floor(month / 12);
  for (let fy = guess + 1; fy >= guess - 1; fy--) if (fiscalYearStart(fy, f) <= month) return fy;
  return guess - 1;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "its fiscal year ends in January", for the rule the hover card shows. */
export function describeFiscalYear(f: FiscalYear): string {
  return `fiscal year ends in ${MONTH_NAMES[f.end - 1]}${f.named === 'start' ? ', named by its first year' : ''}`;
}
