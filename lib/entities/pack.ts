/**
 * The compact encoding of the company list shipped in the content script. One string per
 * company instead of a JSON object keeps the bundle small (field names are not repeated and
 * empty fields cost one character) while each record stays on its own line in the committed
 * file, so a change shows as a readable diff. The generator (build/companies.ts) writes it;
 * list.ts reads it.
 */
import type { Company, Lang, NameHint, Product } from './types.ts';

/** The committed file `data/companies.generated.json`. */
export interface PackedCompanyList {
  about?: string;
  format?: Record<string, string>;
  counts?: Record<string, number>;
  /** `name|tickers|aliases|country|sector|parent|id|flags`; lists joined by `;`. */
  companies: string[];
  /** `name|owner ids|id`. */
  products: string[];
  /** `name|ordinary langs|always langs|next phrases|prev phrases|flags`. */
  hints: string[];
  /** Full names of people and places that contain a company name (Harrison Ford). */
  people: string[];
  places: string[];
  /** A first name right before a one-word company name makes it a person (Michael Dell). */
  firstNames: string[];
}

export const FIELD = '|';
export const LIST = ';';

/** Company flags: `c` curated; `l` listing name that is a common word, matched only with its legal form. */
export interface CompanyRecord extends Company {
  legalFormOnly: boolean;
}

/** "Hermès International" → "hermes-international": the id of a company known only by its name. */
export function slugify(name: string): string {
  // Most names are plain ASCII: skip the Unicode work for them (the list decodes on page load).
  if (!NON_ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const NON_ASCII = /[^ -~]/;

const list = (field: string | undefined): string[] => (field ? field.split(LIST) : []);

/** Drops empty fields at the end of a record so listing-only companies stay short. */
function joinFields(fields: string[]): string {
  let end = fields.length;
  while (end > 1 && fields[end - 1] === '') end--;
  return fields.slice(0, end).join(FIELD);
}

export function encodeCompany(c: CompanyRecord): string {
  const flags = (c.curated ? 'c' : '') + (c.legalFormOnly ? 'l' : '');
  return joinFields([
    c.name,
    c.tickers.join(LIST),
    c.aliases.join(LIST),
    c.country ?? '',
    c.sector ?? '',
    c.parent ?? '',
    c.id === slugify(c.name) ? '' : c.id,
    flags,
  ]);
}

export function decodeCompany(record: string): CompanyRecord {
  const [name = '', tickers, aliases, country, sector, parent, id, flags = ''] =
    record.split(FIELD);
  return {
    id: id || slugify(name),
    name,
    aliases: list(aliases),
    tickers: list(tickers),
    country: country || null,
    sector: sector || null,
    parent: parent || null,
    curated: flags.includes('c'),
    legalFormOnly: flags.includes('l'),
  };
}

export function encodeProduct(p: Product): string {
  return joinFields([p.name, p.owners.join(LIST), p.id === slugify(p.name) ? '' : p.id]);
}

export function decodeProduct(record: string): Product {
  const [name = '', owners, id] = record.split(FIELD);
  return { id: id || slugify(name), name, owners: list(owners) };
}

/** A hint as the curated JSON writes it: phrases as plain strings. */
export interface CuratedHint {
  ordinary?: Lang[];
  always?: Lang[];
  next?: string[];
  prev?: string[];
  exact?: boolean;
}

export function encodeHint(name: string, h: CuratedHint): string {
  return joinFields([
    name,
    (h.ordinary ?? []).join(','),
    (h.always ?? []).join(','),
    (h.next ?? []).join(LIST),
    (h.prev ?? []).join(LIST),
    h.exact ? 'x' : '',
  ]);
}

/** Decodes a hint; `phrase` splits a phrase into the tokens the matcher compares. */
export function decodeHint(
  record: string,
  phrase: (text: string) => string[],
): { name: string; hint: NameHint } {
  const [name = '', ordinary, always, next, prev, flags = ''] = record.split(FIELD);
  const langs = (field: string | undefined) => (field ? (field.split(',') as Lang[]) : []);
  return {
    name,
    hint: {
      ordinary: langs(ordinary),
      always: langs(always),
      next: list(next).map(phrase),
      prev: list(prev).map(phrase),
      exact: flags.includes('x'),
    },
  };
}
