/**
 * The library in and out: a lossless JSON export (with a format version), a CSV export for
 * spreadsheets, and a JSON import that checks the whole file before writing anything, then
 * writes it in one transaction: all of it, or nothing.
 */
import * as v from 'valibot';
import { writing } from './claims';
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
  const claims = await db.claims.orderBy('savedAt').toArray();
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

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, 'out-of-range'));
const amount = v.pipe(
  v.number(),
  v.finite('out-of-range'),
  v.check((n) => Math.abs(n) <= MAX_ABS_VALUE, 'out-of-range'),
);
const url = v.pipe(
  v.string(),
  v.maxLength(8192, 'out-of-range'),
  v.check(isHttpUrl, 'invalid-url'),
);

/** A claim as an import file must give it: every field, each of the right type and in range. */
export const ClaimSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1, 'out-of-range'), v.maxLength(128, 'out-of-range')),
    kind: v.picklist(KINDS),
    value: v.nullable(amount),
    valueMax: v.nullable(amount),
    currency: v.nullable(v.pipe(v.string(), v.check(isCurrency, 'invalid-currency'))),
    unit: v.nullable(text(64)),
    qualifier: v.nullable(v.picklist(QUALIFIERS)),
    companyId: v.nullable(text(128)),
    companyName: v.nullable(text(256)),
    metric: v.nullable(text(64)),
    period: v.nullable(v.pipe(v.string(), v.regex(/^(FY)?\d{4}(-Q[1-4]|-H[12])?$/, 'bad-value'))),
    quote: v.pipe(v.string(), v.minLength(1, 'out-of-range'), v.maxLength(1000, 'out-of-range')),
    prefix: text(1000),
    suffix: text(1000),
    position: v.pipe(
      v.number(),
      v.integer('out-of-range'),
      v.minValue(0, 'out-of-range'),
      v.maxValue(1e9, 'out-of-range'),
    ),
    url,
    canonicalUrl: url,
    title: text(1000),
    site: text(256),
    publishedAt: v.nullable(v.pipe(v.string(), v.check(isIsoDate, 'invalid-date'))),
    savedAt: v.pipe(
      v.number(),
      v.check((n) => Number.isInteger(n) && n >= FIRST_SAVE && n <= LAST_SAVE, 'invalid-date'),
    ),
    note: text(10_000),
    tags: v.pipe(v.array(text(64)), v.maxLength(50, 'out-of-range')),
  }),
  v.check(
    (c) => c.valueMax === null || (c.value !== null && c.valueMax >= c.value),
    'out-of-range',
  ),
);

// If Claim gains a field, this line stops compiling until the import schema knows it too:
// otherwise an export → import round trip would silently drop it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaCoversClaim: Same<v.InferOutput<typeof ClaimSchema>, Claim> = true;
void schemaCoversClaim;

function problemOf(issue: v.BaseIssue<unknown>, index: number): ImportProblem {
  const path = issue.path ?? [];
  const field = path.map((p) => String(p.key)).join('.') || undefined;
  const claim = index + 1;
  if (issue.kind === 'schema') {
    // A missing key is reported as the key's schema receiving undefined.
    if (issue.received === 'undefined') return { code: 'missing-field', claim, field };
    if (issue.type === 'picklist') return { code: 'bad-value', claim, field };
    return { code: 'wrong-type', claim, field, detail: issue.expected ?? undefined };
  }
  const code = issue.message as ImportProblemCode;
  // A check on the whole claim (valueMax below value) has no path: name the field it is about.
  return { code, claim, field: field ?? (code === 'out-of-range' ? 'valueMax' : undefined) };
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
      const result = v.safeParse(ClaimSchema, items[i], { abortPipeEarly: true });
      if (!result.success) {
        // One problem per claim: the first says enough to find the claim and fix it.
        const first = result.issues[0];
        note(
          typeof items[i] !== 'object' || items[i] === null || Array.isArray(items[i])
            ? { code: 'wrong-type', claim: i + 1 }
            : problemOf(first, i),
        );
        continue;
      }
      const claim = result.output as Claim;
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
 * nothing is written. A claim whose id is already in the library replaces it.
 */
export async function importClaims(
  db: TallyDB,
  claims: readonly Claim[],
  options: { onProgress?: (progress: ImportProgress) => void; sliceSize?: number } = {},
): Promise<{ added: number; replaced: number }> {
  const slice = options.sliceSize ?? 2000;
  return writing(() =>
    db.transaction('rw', db.claims, async () => {
      // Counting before and after is cheaper than looking up 10,000 ids one by one.
      const before = await db.claims.count();
      for (let start = 0; start < claims.length; start += slice) {
        const end = Math.min(start + slice, claims.length);
        await db.claims.bulkPut(claims.slice(start, end));
        options.onProgress?.({ step: 'writing', done: end, total: claims.length });
      }
      const added = (await db.claims.count()) - before;
      return { added, replaced: claims.length - added };
    }),
  );
}
