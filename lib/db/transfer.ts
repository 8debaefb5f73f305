/**
 * The library in and out: a lossless JSON export (with a format version), a CSV export for
 * spreadsheets, and a JSON import that checks the whole file before writing anything, then
 * writes it in one transaction: all of it, or nothing.
 */
import { allClaims, storeClaims, writing } from './claims';
import { fileFacts } from './facts';
import { type Claim, TallyDB } from './schema';

/** The `format` field of Tally's export files. */
export const EXPORT_FORMAT = 'tally-claims';
/** Version of the export file's shape (not the database's): bump when the shape changes. */
export const EXPORT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
/** Claims per file at most: twice the 100,000 Tally is measured with. */
export const MAX_IMPORT_CLAIMS = 200_000;

/** What an export file holds. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The database schema version the claims were read from. */
  schema: number;
  exportedAt: string;
  claims: Claim[];
}

/** Every field of a claim, in the order exports write them. */
export const CLAIM_FIELDS = [
  'id',
  'kind',
  'value',
  'valueMax',
  'currency',
  'unit',
  'qualifier',
  'companyId',
  'companyName',
  'metric',
  'period',
  'quote',
  'prefix',
  'suffix',
  'position',
  'url',
  'canonicalUrl',
  'title',
  'site',
  'publishedAt',
  'savedAt',
  'note',
  'tags',
] as const satisfies readonly (keyof Claim)[];

/** The whole library, oldest saved first, as an export file. */
export async function exportLibrary(db: TallyDB, now: Date): Promise<ExportFile> {
  const claims = (await allClaims(db)).sort((a, b) => a.savedAt - b.savedAt);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schema: TallyDB.SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    claims: claims.map(inFieldOrder),
  };
}

function inFieldOrder(claim: Claim): Claim {
  const out: Record<string, unknown> = {};
  for (const field of CLAIM_FIELDS) out[field] = claim[field];
  return out as unknown as Claim;
}

/** The export file as JSON text: one claim per line, so a diff of two exports reads well. */
export function exportJson(file: ExportFile): string {
  const { claims, ...head } = file;
  const header = JSON.stringify(head).slice(0, -1);
  if (claims.length === 0) return `${header},"claims":[]}\n`;
  return `${header},"claims":[\n${claims.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
}

// A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: unknown, isText: boolean): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.join('; ') : String(value);
  if (isText && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The library as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents),
 * one claim per row, saved-at as an ISO date. For reading, not for importing back: text that
 * looks like a formula is prefixed with an apostrophe. The JSON export is the lossless one.
 */
export function exportCsv(claims: readonly Claim[]): string {
  const numeric = new Set(['value', 'valueMax', 'position']);
  const rows = [CLAIM_FIELDS.join(',')];
  for (const claim of claims) {
    rows.push(
      CLAIM_FIELDS.map((field) =>
        field === 'savedAt'
          ? new Date(claim.savedAt).toISOString()
          : csvCell(claim[field], !numeric.has(field)),
      ).join(','),
    );
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Import

/** The kinds of bad file, each with its own message in the interface. */
export type ImportProblemCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-tally'
  | 'wrong-version'
  | 'not-array'
  | 'too-many'
  | 'missing-field'
  | 'wrong-type'
  | 'bad-value'
  | 'out-of-range'
  | 'invalid-date'
  | 'invalid-currency'
  | 'invalid-url'
  | 'duplicate-id';

/** One thing wrong with a file: what, and where (claim number from 1, field). */
export interface ImportProblem {
  code: ImportProblemCode;
  /** 1-based position of the claim in the file. */
  claim?: number;
  field?: string;
  /** A detail for the message: the version found, the size, the duplicate id… */
  detail?: string;
}

export type ImportCheck =
  | { ok: true; claims: Claim[] }
  | { ok: false; problems: ImportProblem[]; more: boolean };

/** Progress of a long import: which step, and how many claims of how many. */
export interface ImportProgress {
  step: 'checking' | 'writing';
  done: number;
  total: number;
}

const KINDS = ['money', 'percent', 'power', 'energy', 'count', 'multiple'] as const;
const QUALIFIERS = [
  'approximately',
  'more-than',
  'less-than',
  'up-to',
  'at-least',
  'vague',
] as const;
// Saved-at dates Tally can have made: from its first year to far enough ahead for any clock.
const FIRST_SAVE = Date.UTC(2024, 0, 1);
const LAST_SAVE = Date.UTC(2100, 0, 1);
const MAX_ABS_VALUE = 1e18;

const known = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);
const isCurrency = (code: string) =>
  /^[A-Z]{3}$/.test(code) && (known.size === 0 || known.has(code));
const isIsoDate = (text: string) =>
  /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) &&
  Number.isFinite(Date.parse(text));
const isHttpUrl = (text: string) => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

// The rules a claim in an import file must meet, field by field, in CLAIM_FIELDS order. Each
// rule gives the problem's code, or null when the value is fine. Written as plain functions
// rather than a schema library: a 10,000-claim file is checked in tens of milliseconds
// instead of hundreds (`npm run bench -- claims`), and the messages are Tally's own anyway.
type Rule = (value: unknown) => Exclude<ImportProblemCode, 'missing-field'> | null;

const string =
  (min: number, max: number, valid?: (text: string) => boolean, invalid?: ImportProblemCode) =>
  (x: unknown) =>
    typeof x !== 'string'
      ? 'wrong-type'
      : x.length < min || x.length > max
        ? 'out-of-range'
        : valid && !valid(x)
          ? (invalid as Exclude<ImportProblemCode, 'missing-field'>)
          : null;
const text = (max: number): Rule => string(0, max);
const nullable =
  (rule: Rule): Rule =>
  (x) =>
    x === null ? null : rule(x);
const oneOf = (values: readonly string[]): Rule => {
  const allowed = new Set(values);
  return (x) => (typeof x === 'string' && allowed.has(x) ? null : 'bad-value');
};
const number =
  (valid: (n: number) => boolean, invalid: 'out-of-range' | 'invalid-date'): Rule =>
  (x) =>
    typeof x !== 'number' || Number.isNaN(x) ? 'wrong-type' : valid(x) ? null : invalid;
const amount = number((n) => Number.isFinite(n) && Math.abs(n) <= MAX_ABS_VALUE, 'out-of-range');
const url = string(0, 8192, isHttpUrl, 'invalid-url');
const PERIOD = /^(FY)?\d{4}(-Q[1-4]|-H[12])?$/;

/** A claim as an import file must give it: every field, each of the right type and in range. */
const RULES: { readonly [F in keyof Claim]-?: Rule } = {
  id: string(1, 128),
  kind: oneOf(KINDS),
  value: nullable(amount),
  valueMax: nullable(amount),
  currency: nullable(string(0, Infinity, isCurrency, 'invalid-currency')),
  unit: nullable(text(64)),
  qualifier: nullable(oneOf(QUALIFIERS)),
  companyId: nullable(text(128)),
  companyName: nullable(text(256)),
  metric: nullable(text(64)),
  period: nullable(string(0, Infinity, (p) => PERIOD.test(p), 'bad-value')),
  quote: string(1, 1000),
  prefix: text(1000),
  suffix: text(1000),
  position: number((n) => Number.isInteger(n) && n >= 0 && n <= 1e9, 'out-of-range'),
  url,
  canonicalUrl: url,
  title: text(1000),
  site: text(256),
  publishedAt: nullable(string(0, Infinity, isIsoDate, 'invalid-date')),
  savedAt: number((n) => Number.isInteger(n) && n >= FIRST_SAVE && n <= LAST_SAVE, 'invalid-date'),
  note: text(10_000),
  // The list itself; its items are checked in checkClaim, each named by its position.
  tags: (x) => (Array.isArray(x) ? null : 'wrong-type'),
};
const TAG = text(64);
const MAX_TAGS = 50;

// If Claim gains a field, these lines stop compiling until CLAIM_FIELDS (and so RULES, the
// export and the import) know it: otherwise an export → import round trip would drop it.
type Missing = Exclude<keyof Claim, (typeof CLAIM_FIELDS)[number]>;
const fieldsCoverClaim: [Missing] extends [never] ? true : false = true;
void fieldsCoverClaim;

/**
 * One claim of an import file: the claim (a new object with exactly Claim's fields, anything
 * else dropped), or the first thing wrong with it, in field order.
 */
export function checkClaim(item: unknown, index: number): Claim | ImportProblem {
  const claim = index + 1;
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return { code: 'wrong-type', claim };
  const input = item as Record<string, unknown>;
  for (const field of CLAIM_FIELDS) {
    if (!(field in input)) return { code: 'missing-field', claim, field };
    const code = RULES[field](input[field]);
    if (code) return { code, claim, field };
  }
  const tags = input.tags as unknown[];
  for (let i = 0; i < tags.length; i++) {
    const code = TAG(tags[i]);
    if (code) return { code, claim, field: `tags.${i}` };
  }
  if (tags.length > MAX_TAGS) return { code: 'out-of-range', claim, field: 'tags' };
  const { value, valueMax } = input as unknown as Claim;
  // A range's top below its bottom (or a top without a bottom).
  if (valueMax !== null && (value === null || valueMax < value))
    return { code: 'out-of-range', claim, field: 'valueMax' };
  return exactly(input);
}

/**
 * The claim with exactly Claim's fields, in export order: the object itself when it has them
 * already (a Tally export does: no copy of 10,000 claims), else a copy without the others.
 */
function exactly(input: Record<string, unknown>): Claim {
  let i = 0;
  let same = true;
  for (const key in input) {
    if (key !== CLAIM_FIELDS[i++]) {
      same = false;
      break;
    }
  }
  if (same && i === CLAIM_FIELDS.length) return input as unknown as Claim;
  const out: Record<string, unknown> = {};
  for (const field of CLAIM_FIELDS) out[field] = input[field];
  return out as unknown as Claim;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Checks an import file completely, writing nothing. Reports up to `maxProblems` problems
 * (`more` says whether there were others). Yields between slices of claims so a page stays
 * responsive, and reports progress.
 */
export async function checkImport(
  content: string | { size: number; text: () => Promise<string> },
  options: {
    onProgress?: (progress: ImportProgress) => void;
    maxProblems?: number;
    sliceSize?: number;
  } = {},
): Promise<ImportCheck> {
  const fail = (problem: ImportProblem): ImportCheck => ({
    ok: false,
    problems: [problem],
    more: false,
  });
  const size = typeof content === 'string' ? content.length : content.size;
  if (size > MAX_IMPORT_BYTES) return fail({ code: 'too-large', detail: String(size) });
  const raw = typeof content === 'string' ? content : await content.text();
  if (raw.trim() === '') return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail({ code: 'not-json', detail: (error as Error).message });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ code: 'not-tally', detail: Array.isArray(data) ? 'array' : typeof data });
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) return fail({ code: 'not-tally' });
  if (file.version !== EXPORT_VERSION)
    return fail({ code: 'wrong-version', detail: JSON.stringify(file.version) ?? 'none' });
  if (!Array.isArray(file.claims)) return fail({ code: 'not-array', field: 'claims' });
  const items = file.claims as unknown[];
  if (items.length > MAX_IMPORT_CLAIMS)
    return fail({ code: 'too-many', detail: String(items.length) });

  const maxProblems = options.maxProblems ?? 20;
  const slice = options.sliceSize ?? 2000;
  const problems: ImportProblem[] = [];
  let count = 0;
  const note = (problem: ImportProblem) => {
    count++;
    if (problems.length < maxProblems) problems.push(problem);
  };
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  for (let start = 0; start < items.length; start += slice) {
    const end = Math.min(start + slice, items.length);
    for (let i = start; i < end; i++) {
      const claim = checkClaim(items[i], i);
      // One problem per claim: the first says enough to find the claim and fix it.
      if ('code' in claim) {
        note(claim);
        continue;
      }
      const earlier = seen.get(claim.id);
      if (earlier !== undefined) {
        note({ code: 'duplicate-id', claim: i + 1, field: 'id', detail: `${earlier + 1}` });
        continue;
      }
      seen.set(claim.id, i);
      claims.push(claim);
    }
    options.onProgress?.({ step: 'checking', done: end, total: items.length });
    if (end < items.length) await nextTask();
  }
  if (count > 0) return { ok: false, problems, more: count > problems.length };
  return { ok: true, claims };
}

/**
 * Writes checked claims in one transaction: if anything fails (a full disk among others),
 * nothing is written. A claim whose id is already in the library replaces it. The claims go
 * into sheets of a hundred (storeClaims, sheets.ts), their facts (what Compare reads) are filed
 * last, in the same transaction, a few hundred records for all of them (facts.ts).
 */
export async function importClaims(
  db: TallyDB,
  claims: readonly Claim[],
  options: { onProgress?: (progress: ImportProgress) => void; sheetSize?: number } = {},
): Promise<{ added: number; replaced: number }> {
  return writing(() =>
    db.transaction('rw', db.sheets, db.facts, async () => {
      const changes = await storeClaims(db, claims, {
        sheetSize: options.sheetSize,
        onWritten: (done, total) => options.onProgress?.({ step: 'writing', done, total }),
      });
      await fileFacts(db, changes);
      const replaced = changes.filter((change) => change.before).length;
      return { added: changes.length - replaced, replaced };
    }),
  );
}
