/**
 * `npm run rates`: turns the Federal Reserve H.10 monthly rates (via datasets/exchange-rates,
 * PDDL) in ../shared/data into the compact table Tally ships, `lib/compare/data/rates.generated.json`.
 * The output is committed; builds and tests never need the raw file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RateTable } from '../rates';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '../../../../shared/data/exchange-rates/monthly.csv');
const out = join(here, '../data/rates.generated.json');

// The CSV names countries; the euro replaced the national currencies of its members in 1999.
const ISO_BY_COUNTRY: Record<string, string> = {
  Australia: 'AUD',
  Brazil: 'BRL',
  Canada: 'CAD',
  China: 'CNY',
  Denmark: 'DKK',
  Euro: 'EUR',
  'Hong Kong': 'HKD',
  India: 'INR',
  Japan: 'JPY',
  Malaysia: 'MYR',
  Mexico: 'MXN',
  'New Zealand': 'NZD',
  Norway: 'NOK',
  Singapore: 'SGD',
  'South Africa': 'ZAR',
  'South Korea': 'KRW',
  'Sri Lanka': 'LKR',
  Sweden: 'SEK',
  Switzerland: 'CHF',
  Taiwan: 'TWD',
  Thailand: 'THB',
  'United Kingdom': 'GBP',
};
// News Tally reads is recent; rates before the euro would double the table for little use.
const FIRST_MONTH = '1999-01';

if (!existsSync(source)) {
  console.error(`rates: ${source} not found. This script needs ../shared/data beside the project.`);
  process.exit(1);
}

const series = new Map<string, Map<string, number>>();
for (const line of readFileSync(source, 'utf8').trim().split('\n').slice(1)) {
  const [date, country, value] = line.split(',');
  const iso = country && ISO_BY_COUNTRY[country];
  if (!iso || !date || !value) continue;
  const month = date.slice(0, 7);
  if (month < FIRST_MONTH) continue;
  if (!series.has(iso)) series.set(iso, new Map());
  series.get(iso)?.set(month, Number(value));
}

const table: RateTable = {
  source: 'Federal Reserve H.10 via datasets/exchange-rates (PDDL 1.0)',
  unit: 'per USD',
  currencies: {},
};
for (const [iso, months] of [...series].sort(([a], [b]) => a.localeCompare(b))) {
  const keys = [...months.keys()].sort();
  const first = keys[0] as string;
  const values: number[] = [];
  // Months are contiguous in the source; a gap would shift every later rate, so refuse it.
  for (let m = first, i = 0; i < keys.length; i++, m = nextMonth(m)) {
    const v = months.get(m);
    if (v === undefined) throw new Error(`rates: ${iso} has no rate for ${m}`);
    values.push(v);
  }
  table.currencies[iso] = { first, values };
}
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`rates: ${Object.keys(table.currencies).length} currencies → ${out}`);

function nextMonth(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
