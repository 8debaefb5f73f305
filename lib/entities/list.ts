/**
 * The company list in the form the matcher reads: every name, alias, product, person and place
 * filed under the key of its first word, so finding names in text costs one Map lookup per
 * word whatever the size of the list.
 */
import {
  decodeCompany,
  decodeHint,
  decodeProduct,
  FIELD,
  LIST,
  type PackedCompanyList,
  slugify,
} from './pack.ts';
import { foldKey, isAllCaps, phraseKeys, type Token, tokenize, tokenKey } from './tokens.ts';
import type { Company, MentionVia, NameHint, Product } from './types.ts';

/** A surface form to look for: a company's name or alias, a product, or a person or place to skip. */
export interface NameEntry {
  /** The form as the list writes it ("Meta Platforms"). */
  surface: string;
  /** Its tokens as written and their comparison keys. */
  texts: string[];
  keys: string[];
  /** For each token after the first: whether white space comes before it. */
  spaced: boolean[];
  kind: 'company' | 'product' | 'person' | 'place';
  /** Indices into `companies` (several when two companies share the name: Merck) or `products`. */
  targets: number[];
  via: Exclude<MentionVia, 'ticker'>;
  hint: NameHint | null;
  /** A listing name that is a common word: matched only when a legal form follows ("Target Corp."). */
  legalFormOnly: boolean;
}

/** The company list, indexed. Make one with `createCompanyList` and reuse it. */
export interface CompanyList {
  /** How many companies the list holds. */
  size: number;
  /** The company at this index (decoded on first use). */
  company(index: number): Company;
  /** The company with this id, if any. */
  byId(id: string): Company | undefined;
  /** The index of the company with this id, or -1. */
  indexOf(id: string): number;
  /** Every company, decoded: for tests and tools rather than for page scans. */
  all(): Company[];
  products: Product[];
  productById: Map<string, Product>;
  /**
   * Entries that may start at a token with this key, longest first: those of one token, and
   * those whose second token has the key `nextKey`. Filing by the first two words keeps the
   * work per word flat even when thousands of names start with "First" or "Global".
   */
  candidates(key: string, nextKey: string | undefined): readonly NameEntry[];
  /** Every entry whose first token has this key. */
  entriesFor(key: string): readonly NameEntry[];
  /** How many first-word keys names are filed under. */
  keyCount: number;
  /** Indices of the companies with this upper-case ticker ("AAPL", "MC.PA"). */
  tickerIndices(ticker: string): readonly number[] | undefined;
  firstNames: Set<string>;
}

/** A name as filed at load time; it becomes a NameEntry the first time its key is looked up. */
interface FiledName {
  surface: string;
  kind: NameEntry['kind'];
  target: number;
  via: NameEntry['via'];
  legalFormOnly: boolean;
}

// Keys made of plain ASCII need no accent-free form.
const NON_ASCII = /[^ -~]/;
const FIRST_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/u;
const KIND_ORDER = { company: 0, product: 1, person: 2, place: 3 } as const;

/**
 * Decodes the packed list (see pack.ts) and files every name under its first word. Names are
 * cut into tokens only when text first contains that word, so loading the list stays a
 * few milliseconds of string splitting, not a long task on the page.
 */
export function createCompanyList(packed: PackedCompanyList): CompanyList {
  const records = packed.companies;
  // Companies are decoded when a mention needs them; loading only reads their names.
  const decoded: (Company | undefined)[] = new Array(records.length);
  const company = (index: number): Company => {
    let c = decoded[index];
    if (!c) {
      const { legalFormOnly: _, ...rest } = decodeCompany(records[index] ?? '');
      c = rest;
      decoded[index] = c;
    }
    return c;
  };
  // Ids of the curated companies (owners of products, parents) are known at once; the others'
  // ids are slugs of their names, worked out on the first lookup that needs them.
  const idIndex = new Map<string, number>();
  let allIdsKnown = false;
  const indexOf = (id: string): number => {
    const known = idIndex.get(id);
    if (known !== undefined || allIdsKnown) return known ?? -1;
    for (let i = 0; i < records.length; i++)
      if (!idIndex.has(company(i).id)) idIndex.set(company(i).id, i);
    allIdsKnown = true;
    return idIndex.get(id) ?? -1;
  };
  const hints = new Map(
    packed.hints.map((r) => decodeHint(r, phraseKeys)).map((h) => [h.name, h.hint]),
  );
  const filed = new Map<string, FiledName[]>();
  const built = new Map<string, Bucket>();

  const add = (
    surface: string,
    kind: NameEntry['kind'],
    target: number,
    via: NameEntry['via'],
    legalFormOnly = false,
  ) => {
    const first = FIRST_TOKEN.exec(surface)?.[0];
    if (!first) return;
    const key = tokenKey(first);
    const name: FiledName = { surface, kind, target, via, legalFormOnly };
    file(filed, key, name);
    // Accent-free spelling ("telefonica"); most names are plain ASCII and skip the work.
    if (NON_ASCII.test(key) && !hints.get(surface)?.exact) {
      const folded = foldKey(key);
      if (folded !== key) file(filed, folded, name);
    }
  };

  records.forEach((record, i) => {
    const fields = record.split(FIELD);
    const name = fields[0] ?? '';
    const flags = fields[7] ?? '';
    const legalFormOnly = flags.includes('l');
    if (flags.includes('c')) idIndex.set(fields[6] || slugify(name), i);
    add(name, 'company', i, 'name', legalFormOnly);
    if (fields[2])
      for (const alias of fields[2].split(LIST))
        add(alias, 'company', i, 'alias', legalFormOnly && !/\s/.test(alias));
  });
  const products = packed.products.map(decodeProduct);
  products.forEach((p, i) => {
    add(p.name, 'product', i, 'product');
  });
  for (const person of packed.people) add(person, 'person', -1, 'name');
  for (const place of packed.places) add(place, 'place', -1, 'name');

  const bucketFor = (key: string): Bucket | undefined => {
    const ready = built.get(key);
    if (ready) return ready;
    const names = filed.get(key);
    if (!names) return undefined;
    const bucket = buildBucket(names, hints);
    built.set(key, bucket);
    return bucket;
  };
  const none: readonly NameEntry[] = [];
  const candidates = (key: string, nextKey: string | undefined): readonly NameEntry[] => {
    const bucket = bucketFor(key);
    if (!bucket) return none;
    const longer = nextKey === undefined ? undefined : bucket.bySecond.get(nextKey);
    const folded =
      nextKey === undefined || !NON_ASCII.test(nextKey)
        ? undefined
        : bucket.bySecond.get(foldKey(nextKey));
    if (!longer && !folded) return bucket.single;
    return [...(longer ?? none), ...(folded ?? none), ...bucket.single];
  };
  const entriesFor = (key: string): readonly NameEntry[] => bucketFor(key)?.all ?? none;

  // Tickers are read only in strong contexts ("NASDAQ: NVDA"): the table is made on first use.
  let tickers: Map<string, number[]> | null = null;
  const tickerIndices = (ticker: string): readonly number[] | undefined => {
    if (!tickers) {
      tickers = new Map();
      for (let i = 0; i < records.length; i++)
        for (const t of company(i).tickers) file(tickers, t.toUpperCase(), i);
    }
    return tickers.get(ticker);
  };

  return {
    size: records.length,
    company,
    byId: (id) => {
      const i = indexOf(id);
      return i < 0 ? undefined : company(i);
    },
    indexOf,
    all: () => records.map((_, i) => company(i)),
    products,
    productById: new Map(products.map((p) => [p.id, p])),
    candidates,
    entriesFor,
    keyCount: filed.size,
    tickerIndices,
    firstNames: new Set(packed.firstNames),
  };
}

/** The entries filed under one first word, split by their second word. */
interface Bucket {
  all: NameEntry[];
  single: NameEntry[];
  bySecond: Map<string, NameEntry[]>;
}

/** Turns the names filed under one key into entries: tokens cut, shared names merged, longest first. */
function buildBucket(names: FiledName[], hints: Map<string, NameHint>): Bucket {
  const bySurface = new Map<string, NameEntry>();
  for (const n of names) {
    const id = `${n.kind}\u0000${n.surface}`;
    const known = bySurface.get(id);
    if (known) {
      // Two companies with one name (Merck): keep both, the matcher picks by language.
      if (n.target >= 0 && !known.targets.includes(n.target)) known.targets.push(n.target);
      continue;
    }
    const tokens = tokenize(n.surface);
    // One letter or a bare number is never a name in prose ("X", "3").
    if (tokens.length === 1 && !/\p{L}.*\p{L}|\p{L}\p{N}|\p{N}\p{L}/u.test(n.surface)) continue;
    bySurface.set(id, {
      surface: n.surface,
      texts: tokens.map((t) => t.text),
      keys: tokens.map((t) => t.key),
      spaced: tokens.map((t) => t.spaceBefore),
      kind: n.kind,
      targets: n.target >= 0 ? [n.target] : [],
      via: n.via,
      hint: hints.get(n.surface) ?? null,
      legalFormOnly: n.legalFormOnly,
    });
  }
  const all = [...bySurface.values()].sort(
    (a, b) => b.keys.length - a.keys.length || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
  const bucket: Bucket = { all, single: [], bySecond: new Map() };
  for (const entry of all) {
    const second = entry.keys[1];
    if (second === undefined) bucket.single.push(entry);
    else {
      file(bucket.bySecond, second, entry);
      // "Telefonica Deutschland" finds "Telefónica Deutschland" by its second word too.
      const folded = foldKey(second);
      if (folded !== second) file(bucket.bySecond, folded, entry);
    }
  }
  return bucket;
}

function file<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * True when text tokens spell the entry with acceptable capitals: ordinary-word names exactly
 * as listed; acronyms in capitals; other names with the same capital initials, so "NVIDIA"
 * and "Softbank" still match "Nvidia" and "SoftBank" but "meta" and "apple" do not.
 */
export function capitalsFit(entry: NameEntry, tokens: Token[], at: number): boolean {
  const strict =
    entry.hint !== null &&
    (entry.hint.exact || entry.hint.ordinary.length > 0 || entry.hint.always.length > 0);
  for (let k = 0; k < entry.texts.length; k++) {
    const want = entry.texts[k] as string;
    const got = (tokens[at + k] as Token).text;
    if (strict) {
      // Exactly as listed; an accent may be missing unless the hint forbids it.
      if (got !== want && (entry.hint?.exact || got !== unaccented(want))) return false;
      continue;
    }
    if (want.length < 2 || !/\p{L}/u.test(want)) continue;
    if (isAllCaps(want)) {
      if (!isAllCaps(got)) return false;
    } else if (startsUpper(want) && !startsUpper(got)) return false;
  }
  return true;
}

function unaccented(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

function startsUpper(text: string): boolean {
  const c = text[0] ?? '';
  return c !== c.toLowerCase();
}

/** The company with this id, if the list has it. */
export function companyById(list: CompanyList, id: string): Company | undefined {
  return list.byId(id);
}

/** The company and its owners, nearest first: Instagram → [Instagram, Meta]. */
export function ownershipChain(list: CompanyList, id: string): Company[] {
  const chain: Company[] = [];
  const seen = new Set<string>();
  for (
    let c = list.byId(id);
    c && !seen.has(c.id);
    c = c.parent ? list.byId(c.parent) : undefined
  ) {
    seen.add(c.id);
    chain.push(c);
  }
  return chain;
}
