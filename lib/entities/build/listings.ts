/**
 * Reading and cleaning the exchange listings in ../shared/data: which rows are a company's
 * shares (not ETFs, funds, warrants, units, preferred shares or notes), and what the company
 * is called once "Inc. - Class A Common Stock" is taken off. Used only by `npm run companies`.
 */

/** Parses RFC 4180 CSV (quoted fields, doubled quotes) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** CSV rows as objects keyed by the header row; blank rows and footers dropped. */
export function readCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows
    .filter((r) => r.length === header.length && r.some((c) => c.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

// Security descriptions that are not a company's ordinary shares.
const NOT_SHARES =
  /\b(warrants?|rights?|preferred|preference|notes?|debentures?|bonds?|subordinated|senior|perpetual|ETNs?|ETFs?|fund|trust preferred|when[- ]issued|contingent value|tangible equity units|cumulative|redeemable|fixed-to-floating|callable|exchangeable|convertible|due \d{4})\b|\d%|%/i;
// Units are only shares when they are an MLP's common units.
const UNITS = /\bunits?\b/i;
const COMMON_UNITS = /\bcommon units?\b|\bunits? representing limited partner/i;
// Names of blank-cheque companies, funds and trusts, which news does not write about as companies.
const NOT_A_COMPANY =
  /\b(acquisition|fund|funds|municipal|income trust|closed[- ]end|portfolio|ETF|ETN|index|SPAC|blank check|merger corp|capital trust|opportunities trust|dividend|bond)\b/i;

/** True when a listing row is a company's shares (common, ordinary, ADS, capital stock, class shares). */
export function isCompanyShare(securityName: string, companyName: string): boolean {
  if (NOT_A_COMPANY.test(companyName)) return false;
  if (UNITS.test(securityName) && !COMMON_UNITS.test(securityName)) return false;
  // "Depositary Shares each representing 1/1000th of a Preferred Share" fails here too.
  return !NOT_SHARES.test(securityName);
}

// What follows the company's name in a security description, longest first.
const SHARE_DESCRIPTIONS = [
  /\s+[-–]\s+.*$/,
  /\s+(American Depositary Shares?|American Depository Shares?|ADSs?|ADRs?)\b.*$/i,
  /\s+(Class [A-Z]\s+)?(Non-Voting\s+)?(Common|Ordinary|Capital|Subordinate Voting|Voting)\s+(Stock|Shares?|Units?)\b.*$/i,
  /\s+Class [A-Z]\s+(Shares?|Stock)\b.*$/i,
  /\s+Series [A-Z]\s+Common Stock\b.*$/i,
  /\s+Common Shares of Beneficial Interest\b.*$/i,
  /\s+Shares of Beneficial Interest\b.*$/i,
  /\s+(Common\s+)?Shares\b.*$/i,
  /\s+Common\s*$/i,
];

// Legal forms taken off the end of a name ("Apple Inc." → "Apple"), longest first.
const LEGAL_SUFFIX =
  /(,?\s+(&\s*Company|&\s*Co\.?|and Company|(GmbH|AG|SE) & Co\.? KGaA|Incorporated|Inc\.?|Corporation|Corp\.?|Company|Co\.|Limited|Ltd\.?|plc|PLC|P\.L\.C\.|LLC|L\.L\.C\.|L\.P\.|LP|N\.V\.|NV|S\.A\.|SA|S\.E\.|SE|AG|A\/S|ASA|AB|Oyj|GmbH|KGaA|S\.p\.A\.|SpA|S\.A\.B\. de C\.V\.|Holdings? Corp\.?)\.?)+\s*$/i;
const THE = /\s*\((The)\)\s*$|^The\s+/;
// Notes in brackets: "(Class A)", "(The)", "(corporation)", "(Lotterie)".
const CLASS_NOTE = /\s*\([^)]*\)\s*/g;

/** Strips the legal form from a company name: "Agilent Technologies, Inc." → "Agilent Technologies". */
export function stripLegalForm(name: string): string {
  let out = name.replace(CLASS_NOTE, ' ').replace(THE, '').trim();
  for (let i = 0; i < 3; i++) {
    const next = out
      .replace(LEGAL_SUFFIX, '')
      .replace(/\s+(&|and)$/, '')
      .replace(/[,\s]+$/, '');
    if (next === out || next === '') break;
    out = next;
  }
  return out;
}

/**
 * The company name in a security description: "Alcoa Corporation Common Stock " → "Alcoa",
 * "Apple Inc. - Common Stock" → "Apple", "ASML Holding N.V. - New York Registry Shares" → "ASML Holding".
 */
export function cleanListingName(securityOrCompanyName: string): string {
  let out = securityOrCompanyName.replace(/\s+/g, ' ').trim();
  for (const description of SHARE_DESCRIPTIONS) {
    const next = out.replace(description, '').trim();
    if (next !== '') out = next;
  }
  return titleCaseShouting(stripLegalForm(out));
}

/** "QIAGEN" → "Qiagen", "ENCAVIS" → "Encavis": words of five letters or more written in capitals. */
export function titleCaseShouting(name: string): string {
  return name.replace(/\p{Lu}{5,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** Lower case, no accents, no punctuation, no legal form: the key two spellings of one company share. */
export function normaliseName(name: string): string {
  return stripLegalForm(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(the|group|groupe|holdings?|company)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
