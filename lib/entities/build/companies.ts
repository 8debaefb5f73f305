/**
 * `npm run companies`: builds lib/entities/data/companies.generated.json (and LICENSES.md) from
 * the hand-curated core (data/curated.json) and the raw listings in ../shared/data: S&P 500
 * constituents, Nasdaq-listed and NYSE/other-listed securities, and the pytickersymbols index
 * members. Curated entries win; listing entries are cleaned ("Apple Inc. - Common Stock" →
 * "Apple"), reduced to companies' shares, and deduplicated by ticker and normalised name.
 * The output is committed: building Tally never needs the raw files.
 *
 * Usage: npm run companies [-- --data DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  type CompanyRecord,
  type CuratedHint,
  encodeCompany,
  encodeHint,
  encodeProduct,
  FIELD,
  LIST,
  type PackedCompanyList,
  slugify,
} from '../pack.ts';
import type { Product } from '../types.ts';
import { COMMON_WORDS } from './common-words.ts';
import {
  cleanListingName,
  isCompanyShare,
  normaliseName,
  readCsvRecords,
  stripLegalForm,
  titleCaseShouting,
} from './listings.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const dataOut = join(here, '..', 'data');

interface CuratedCompany {
  id: string;
  name: string;
  aliases?: string[];
  tickers?: string[];
  country: string;
  sector: string;
  parent?: string;
  products?: string[];
}

interface CuratedFile {
  companies: CuratedCompany[];
  hints: Record<string, CuratedHint>;
  notCompanies: { people: string[]; places: string[]; firstNames: string[] };
}

export const SECTORS = new Set([
  'internet',
  'software',
  'hardware',
  'semiconductors',
  'ai',
  'cloud',
  'telecom',
  'media',
  'games',
  'news',
  'payments',
  'ecommerce',
  'bank',
  'finance',
  'investment',
  'insurance',
  'crypto',
  'auto',
  'energy',
  'utilities',
  'luxury',
  'retail',
  'consumer',
  'industrials',
  'aerospace',
  'defence',
  'pharma',
  'transport',
  'materials',
  'real-estate',
  'conglomerate',
]);

// pytickersymbols countries → ISO code and the Yahoo suffix of the home exchange.
const COUNTRIES: Record<string, [string, string]> = {
  'United States': ['US', ''],
  Germany: ['DE', '.DE'],
  'United Kingdom': ['GB', '.L'],
  France: ['FR', '.PA'],
  'Russian Federation': ['RU', '.ME'],
  Spain: ['ES', '.MC'],
  Netherlands: ['NL', '.AS'],
  Sweden: ['SE', '.ST'],
  Switzerland: ['CH', '.SW'],
  Finland: ['FI', '.HE'],
  Belgium: ['BE', '.BR'],
  Ireland: ['IE', '.IR'],
  Luxembourg: ['LU', ''],
  China: ['CN', ''],
  Italy: ['IT', '.MI'],
  Bermuda: ['BM', ''],
  Australia: ['AU', '.AX'],
  Canada: ['CA', '.TO'],
  Mexico: ['MX', '.MX'],
  'Isle of Man': ['IM', '.L'],
  Argentina: ['AR', ''],
  Togo: ['TG', ''],
  Israel: ['IL', '.TA'],
  India: ['IN', '.NS'],
  Guernsey: ['GG', '.L'],
  Denmark: ['DK', '.CO'],
  Norway: ['NO', '.OL'],
  Austria: ['AT', '.VI'],
  Portugal: ['PT', '.LS'],
};

/** GICS sector and sub-industry of the S&P list → Tally's sector codes. */
export function sectorFromGics(sector: string, subIndustry: string): string {
  const sub = subIndustry.toLowerCase();
  if (sub.includes('semiconductor')) return 'semiconductors';
  if (sub.includes('software')) return 'software';
  if (sub.includes('interactive home entertainment')) return 'games';
  if (sub.includes('interactive media')) return 'internet';
  if (sub.includes('telecommunication') || sub.includes('wireless') || sub.includes('cable'))
    return 'telecom';
  if (/movies|broadcasting|publishing|advertising/.test(sub)) return 'media';
  if (sub.includes('automobile') || sub.includes('automotive')) return 'auto';
  if (sub.includes('aerospace')) return 'aerospace';
  if (sub.includes('banks')) return 'bank';
  if (sub.includes('insurance') || sub.includes('reinsurance')) return 'insurance';
  if (sub.includes('transaction') || sub.includes('payment')) return 'payments';
  if (sub.includes('broadline retail') || sub.includes('internet')) return 'ecommerce';
  if (sub.includes('retail') || sub.includes('stores')) return 'retail';
  if (/airline|air freight|rail|trucking|marine|logistics/.test(sub)) return 'transport';
  if (
    sub.includes('technology hardware') ||
    sub.includes('electronic') ||
    sub.includes('communications equipment')
  )
    return 'hardware';
  if (sub.includes('it consulting') || sub.includes('data processing')) return 'software';
  switch (sector) {
    case 'Information Technology':
      return 'software';
    case 'Communication Services':
      return 'media';
    case 'Financials':
      return 'finance';
    case 'Energy':
      return 'energy';
    case 'Utilities':
      return 'utilities';
    case 'Health Care':
      return 'pharma';
    case 'Industrials':
      return 'industrials';
    case 'Materials':
      return 'materials';
    case 'Real Estate':
      return 'real-estate';
    default:
      return 'consumer';
  }
}

/** The company list while it is being built: entries plus the keys that find duplicates. */
class ListBuilder {
  readonly entries: CompanyRecord[] = [];
  readonly counts: Record<string, number> = {};
  private readonly byName = new Map<string, CompanyRecord>();
  private readonly byTicker = new Map<string, CompanyRecord>();
  private readonly ids = new Set<string>();

  /** The entry already holding one of these names or tickers, if any. */
  find(names: string[], tickers: string[]): CompanyRecord | undefined {
    for (const t of tickers) {
      const hit = this.byTicker.get(t.toUpperCase());
      if (hit) return hit;
    }
    for (const n of names) {
      const hit = this.byName.get(normaliseName(n));
      if (hit) return hit;
    }
    return undefined;
  }

  add(entry: CompanyRecord, source: string): void {
    if (this.ids.has(entry.id)) entry.id = uniqueId(entry, this.ids);
    this.ids.add(entry.id);
    this.entries.push(entry);
    this.counts[source] = (this.counts[source] ?? 0) + 1;
    this.index(entry);
  }

  /** Adds tickers and aliases found in a later source to a listing entry (curated entries stay as written). */
  merge(entry: CompanyRecord, aliases: string[], tickers: string[]): void {
    if (entry.curated) return;
    for (const t of tickers) if (!entry.tickers.includes(t)) entry.tickers.push(t);
    for (const a of aliases)
      if (
        a !== entry.name &&
        !entry.aliases.includes(a) &&
        normaliseName(a) !== normaliseName(entry.name)
      )
        entry.aliases.push(a);
    this.index(entry);
  }

  private index(entry: CompanyRecord): void {
    for (const n of [entry.name, ...entry.aliases]) {
      const key = normaliseName(n);
      if (key && !this.byName.has(key)) this.byName.set(key, entry);
    }
    for (const t of entry.tickers) {
      const plain = t.toUpperCase();
      if (!this.byTicker.has(plain)) this.byTicker.set(plain, entry);
    }
  }
}

function uniqueId(entry: CompanyRecord, taken: Set<string>): string {
  const base = `${slugify(entry.name)}-${slugify(entry.tickers[0] ?? entry.country ?? 'x')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

const ACRONYM = /^\p{Lu}{1,5}$/u;

/**
 * True when a listing-only name must not be matched bare: a common word, a short acronym
 * ("AES" is also a cipher), or fewer than four characters.
 */
export function needsLegalForm(name: string): boolean {
  if (/\s/.test(name)) return false;
  if (COMMON_WORDS.has(name)) return true;
  if (ACRONYM.test(name)) return true;
  return name.replace(/[^\p{L}\p{N}]/gu, '').length < 4;
}

const GROUP_SUFFIX = /\s+(Group Holdings|Group|Holdings?)$/;

/** "Credit Suisse Group" → ["Credit Suisse"]: news drops "Group" when the rest is still a name. */
export function shortAliases(name: string): string[] {
  const short = name.replace(GROUP_SUFFIX, '');
  if (short === name) return [];
  if (/\s/.test(short)) return [short];
  return !needsLegalForm(short) && short.length >= 5 ? [short] : [];
}

function listingEntry(
  name: string,
  tickers: string[],
  extra: Partial<CompanyRecord> = {},
): CompanyRecord {
  return {
    id: slugify(name),
    name,
    aliases: [],
    tickers,
    country: null,
    sector: null,
    parent: null,
    curated: false,
    legalFormOnly: needsLegalForm(name),
    ...extra,
  };
}

function checkCurated(curated: CuratedFile): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of curated.companies) {
    if (ids.has(c.id)) problems.push(`duplicate id ${c.id}`);
    ids.add(c.id);
    if (!/^[a-z0-9-]+$/.test(c.id)) problems.push(`${c.id}: id is not a slug`);
    if (!/^[A-Z]{2}$/.test(c.country)) problems.push(`${c.id}: country ${c.country}`);
    if (!SECTORS.has(c.sector)) problems.push(`${c.id}: sector ${c.sector}`);
    for (const s of [c.name, ...(c.aliases ?? []), ...(c.products ?? []), ...(c.tickers ?? [])])
      if (!s.trim() || s.includes(FIELD) || s.includes(LIST))
        problems.push(`${c.id}: bad name "${s}"`);
  }
  for (const c of curated.companies)
    if (c.parent && !ids.has(c.parent)) problems.push(`${c.id}: unknown parent ${c.parent}`);
  const surfaces = new Set(
    curated.companies.flatMap((c) => [c.name, ...(c.aliases ?? []), ...(c.products ?? [])]),
  );
  for (const name of Object.keys(curated.hints))
    if (!surfaces.has(name))
      problems.push(`hint for "${name}", which no company, alias or product uses`);
  return problems;
}

/** Builds the packed list; `dataDir` is ../shared/data. */
export function buildCompanyList(curated: CuratedFile, dataDir: string): PackedCompanyList {
  const problems = checkCurated(curated);
  if (problems.length > 0) throw new Error(`curated.json:\n  ${problems.join('\n  ')}`);
  const list = new ListBuilder();

  for (const c of curated.companies) {
    list.add(
      {
        id: c.id,
        name: c.name,
        aliases: c.aliases ?? [],
        tickers: c.tickers ?? [],
        country: c.country,
        sector: c.sector,
        parent: c.parent ?? null,
        curated: true,
        legalFormOnly: false,
      },
      'curated',
    );
  }

  // S&P 500: short display names, GICS sectors.
  const sp = readCsvRecords(read(dataDir, 's-and-p-500-companies/constituents.csv'));
  for (const row of sp) {
    const name = cleanListingName(row.Security ?? '');
    const ticker = row.Symbol ?? '';
    if (!name || !ticker) continue;
    const known = list.find([name], [ticker]);
    if (known) list.merge(known, [], [ticker]);
    else
      list.add(
        listingEntry(name, [ticker], {
          aliases: shortAliases(name),
          country: 'US',
          sector: sectorFromGics(row['GICS Sector'] ?? '', row['GICS Sub-Industry'] ?? ''),
        }),
        'sp500',
      );
  }

  // pytickersymbols: the European indices, with legal names as aliases.
  const yaml = parseYaml(read(dataDir, 'pytickersymbols/stocks.yaml')) as {
    companies: {
      name: string;
      symbol?: string;
      country?: string;
      akas?: string[] | null;
      symbols?: { yahoo?: string }[] | null;
    }[];
  };
  for (const c of yaml.companies) {
    const name = titleCaseShouting(stripLegalForm(c.name));
    const [country, suffix] = COUNTRIES[c.country ?? ''] ?? [null, ''];
    const tickers = pytickerTickers(c.symbol, suffix, c.symbols ?? []);
    const aliases = [...new Set((c.akas ?? []).map((a) => a.trim()).filter(Boolean))].filter(
      (a) => normaliseName(a) !== normaliseName(name),
    );
    const known = list.find([name, ...aliases], tickers);
    if (known) list.merge(known, aliases, tickers);
    else
      list.add(
        listingEntry(name, tickers, { aliases: [...shortAliases(name), ...aliases], country }),
        'pytickersymbols',
      );
  }

  // Nasdaq and NYSE/other listings: one entry per company, all its share classes as tickers.
  const listed = new Map<string, string[]>();
  const nasdaq = readCsvRecords(read(dataDir, 'nasdaq-listings/nasdaq-listed-symbols.csv'));
  for (const r of nasdaq) {
    if (r.ETF === 'Y' || r['Test Issue'] === 'Y' || !r.Symbol || !r['Company Name']) continue;
    // The Capital Market tier and companies behind on their filings are micro-caps news rarely
    // names: leaving them out keeps the content-script bundle lean (see the entities bench).
    if (r['Market Category'] === 'S' || (r['Financial Status'] ?? 'N') !== 'N') continue;
    if (!isCompanyShare(r['Security Name'] ?? '', r['Company Name'])) continue;
    addListed(listed, cleanListingName(r['Company Name']), r.Symbol);
  }
  const counted = list.counts;
  const nasdaqNames = new Set(listed.keys());
  const other = readCsvRecords(read(dataDir, 'nyse-other-listings/other-listed.csv'));
  for (const r of other) {
    const symbol = r['ACT Symbol'] ?? '';
    if (r.ETF === 'Y' || r['Test Issue'] === 'Y' || !symbol) continue;
    // NYSE proper only: NYSE American and Cboe BZX list mostly micro-caps and funds.
    if (r.Exchange !== 'N') continue;
    const security = r['Security Name'] ?? '';
    if (!isCompanyShare(security, r['Company Name'] ?? security)) continue;
    addListed(listed, cleanListingName(security), symbol);
  }
  for (const [name, tickers] of listed) {
    if (!/\p{L}/u.test(name)) continue;
    const known = list.find([name], tickers);
    if (known) list.merge(known, [], tickers);
    else list.add(listingEntry(name, tickers), nasdaqNames.has(name) ? 'nasdaq' : 'nyse-other');
  }

  // Products: a product listed under several owners is one product with several owners.
  const products = new Map<string, Product>();
  for (const c of curated.companies)
    for (const name of c.products ?? []) {
      const p = products.get(name) ?? { id: slugify(name), name, owners: [] };
      if (!p.owners.includes(c.id)) p.owners.push(c.id);
      products.set(name, p);
    }

  return {
    about:
      'Generated by `npm run companies` (lib/entities/build/companies.ts) from data/curated.json and ../shared/data. Do not edit: change curated.json and run it again. Sources and licences: LICENSES.md.',
    format: {
      companies:
        'name|tickers|aliases|country|sector|parent|id|flags; lists joined by ";"; id empty when it is the slug of the name; flags: c curated, l matched only with a legal form',
      products: 'name|owner ids|id',
      hints:
        'name|ordinary in langs|always ambiguous in langs|not-before phrases|not-after phrases|x = exact spelling',
    },
    counts: { ...counted, total: list.entries.length, products: products.size },
    companies: list.entries.map(encodeCompany),
    products: [...products.values()].map(encodeProduct),
    hints: Object.entries(curated.hints).map(([name, hint]) => encodeHint(name, hint)),
    people: curated.notCompanies.people,
    places: curated.notCompanies.places,
    firstNames: curated.notCompanies.firstNames,
  };
}

function addListed(listed: Map<string, string[]>, name: string, symbol: string): void {
  if (!name || name.includes(FIELD) || name.includes(LIST)) return;
  const tickers = listed.get(name) ?? [];
  if (!tickers.includes(symbol)) tickers.push(symbol);
  listed.set(name, tickers);
}

const HOME_SUFFIX = /\.(DE|PA|L|AS|MC|SW|ST|HE|BR|MI|IR|ME|CO|OL|VI|LS)$/;

function pytickerTickers(
  symbol: string | undefined,
  suffix: string,
  symbols: { yahoo?: string }[],
): string[] {
  // A US company's London or Frankfurt lines are not what news quotes.
  const home = suffix ? symbols.map((s) => s.yahoo ?? '').filter((y) => HOME_SUFFIX.test(y)) : [];
  const plain = (symbol ?? '').replace(/\.$/, '').trim();
  if (!plain) return home.slice(0, 1);
  const own = suffix ? `${plain}${suffix}` : plain;
  return [own, ...home.filter((h) => h !== own).slice(0, 1)];
}

function read(dataDir: string, file: string): string {
  return readFileSync(join(dataDir, file), 'utf8');
}

/** The licence notices of the sources, carried next to what is derived from them. */
export function licenceNotices(dataDir: string): string {
  const mit = read(dataDir, 'pytickersymbols/LICENSE-MIT.txt').trim();
  return `# Licences of the company list

\`companies.generated.json\` is derived from the sources below by \`npm run companies\`
(lib/entities/build/companies.ts), together with the hand-written \`curated.json\` (part of
Tally). The notices each source asks to carry are reproduced here.

## S&P 500 constituents — github.com/datasets/s-and-p-500-companies

Open Data Commons Public Domain Dedication and License (PDDL) 1.0
(http://opendatacommons.org/licenses/pddl/1.0/), as declared by the dataset. PDDL asks for no
notice. The dataset is scraped from Wikipedia's "List of S&P 500 companies" (CC BY-SA 4.0 text);
Tally takes only facts from it (names, tickers, sectors) and credits Wikipedia here.

## Nasdaq-listed securities — github.com/datasets/nasdaq-listings

PDDL 1.0, as declared by the dataset, built from NASDAQ Trader's symbol directory
(nasdaqlisted.txt). The maintainers point to NASDAQ's source notice, which travels with the data:

> Refer to the Copyright notice (nasdaqtrader.com/Trader.aspx?id=CopyDisclaimMain) of the source
> dataset for any specific restrictions on using these data in a public or commercial product.
> Copyright © 2010, The NASDAQ OMX Group, Inc. All rights reserved.

## NYSE and other US-listed securities — github.com/datasets/nyse-other-listings

PDDL 1.0, as declared by the dataset, built from NASDAQ Trader's symbol directory
(otherlisted.txt). The same NASDAQ notice applies:

> Refer to the Copyright notice (nasdaqtrader.com/Trader.aspx?id=CopyDisclaimMain) of the source
> dataset for any specific restrictions on using these data in a public or commercial product.
> Copyright © 2010, The NASDAQ OMX Group, Inc. All rights reserved.

## Index members with aliases — github.com/portfolioplus/pytickersymbols (stocks.yaml)

\`\`\`
${mit}
\`\`\`
`;
}

function main(argv: string[]): void {
  const flag = argv.indexOf('--data');
  const given = flag >= 0 ? argv[flag + 1] : undefined;
  const dataDir = resolve(given ?? join(repoRoot, '..', 'shared', 'data'));
  if (!existsSync(join(dataDir, 's-and-p-500-companies'))) {
    console.error(
      `companies: the raw listings are not at ${dataDir}.\n` +
        'They live outside the repository, in ../shared/data (see its README.md); pass another folder with --data DIR.\n' +
        'Nothing was written. Building Tally does not need them: it reads the committed lib/entities/data/companies.generated.json.',
    );
    process.exit(1);
  }
  const curated = JSON.parse(readFileSync(join(dataOut, 'curated.json'), 'utf8')) as CuratedFile;
  const packed = buildCompanyList(curated, dataDir);
  writeFileSync(join(dataOut, 'companies.generated.json'), formatPacked(packed));
  writeFileSync(join(dataOut, 'LICENSES.md'), licenceNotices(dataDir));
  const c = packed.counts ?? {};
  console.log(
    `companies: ${c.total} companies (${c.curated} curated, ${c.sp500 ?? 0} S&P 500, ${c.pytickersymbols ?? 0} pytickersymbols, ${c.nasdaq ?? 0} Nasdaq, ${c['nyse-other'] ?? 0} NYSE/other), ${c.products} products → ${relative(repoRoot, join(dataOut, 'companies.generated.json'))}`,
  );
}

/** One record per line, so a change to the list reads as a diff. */
function formatPacked(p: PackedCompanyList): string {
  const lines = (key: string, values: string[]) =>
    `  ${JSON.stringify(key)}: [\n${values.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
  const head = (['about', 'format', 'counts'] as const).map(
    (k) => `  ${JSON.stringify(k)}: ${JSON.stringify(p[k])}`,
  );
  const body = (['companies', 'products', 'hints', 'people', 'places', 'firstNames'] as const).map(
    (k) => lines(k, p[k]),
  );
  return `{\n${[...head, ...body].join(',\n')}\n}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
