import { afterEach } from 'vitest';
import { type Claim, TallyDB } from '@/lib/db/schema';

let n = 0;
const opened: TallyDB[] = [];

/** A new, empty database with a unique name, deleted after the test. */
export function freshDb(): TallyDB {
  const db = new TallyDB(`test-${process.pid}-${n++}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

let serial = 0;

/** A realistic claim (Microsoft's capex from a French article), with any field overridden. */
export function claim(over: Partial<Claim> = {}): Claim {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    kind: 'money',
    value: 80e9,
    valueMax: null,
    currency: 'USD',
    unit: null,
    qualifier: 'approximately',
    companyId: 'microsoft',
    companyName: 'Microsoft',
    metric: 'capex',
    period: '2025',
    quote: 'près de 80 milliards de dollars',
    prefix: 'qui prévoit de dépenser ',
    suffix: ' cette année',
    position: 120,
    url: 'https://news.example/a?utm=x',
    canonicalUrl: 'https://news.example/a',
    title: 'La course aux centres de données',
    site: 'news.example',
    publishedAt: '2025-01-25T10:30:00+01:00',
    savedAt: Date.UTC(2025, 0, 26, 9, 0),
    note: '',
    tags: [],
    ...over,
  };
}
