/**
 * Finds the companies named in a text: `findCompanies(text, { lang })`. Each word is looked up
 * in a Map of first words (list.ts), so the cost does not grow with the size of the list.
 * Names that are also ordinary words (Orange, Apple, Total…) are kept only when the text shows
 * a company: not at the start of a sentence without company context, never next to the words
 * that give them away (the Amazon rainforest, Agent Orange). People and places that contain a
 * company name (Harrison Ford, Orange County) are skipped. Tickers count only in strong
 * contexts: "NASDAQ: NVDA", "$TSLA", "Apple (AAPL)".
 */
import { defaultCompanyList } from './default-list.ts';
import { type CompanyList, capitalsFit, type NameEntry } from './list.ts';
import {
  APPOSITIVE_OPENERS,
  ELISIONS,
  EXCHANGES,
  GROUP_FORMS,
  isNextCue,
  isPrevCue,
  isSentenceStart,
  LEGAL_FORMS,
  LIST_JOINERS,
  NOT_CASHTAGS,
} from './rules.ts';
import { foldKey, isCapitalised, type Token, tokenize } from './tokens.ts';
import type { CompanyMention, Lang } from './types.ts';

export { defaultCompanyList } from './default-list.ts';
export { type CompanyList, companyById, createCompanyList, ownershipChain } from './list.ts';
export type { Company, CompanyMention, Lang, MentionVia, Product } from './types.ts';

export interface FindCompaniesOptions {
  /** Language of the text; decides which names are ordinary words. Default 'en'. */
  lang?: Lang;
  /** The list to search; default the bundled one (`defaultCompanyList()`). */
  list?: CompanyList;
  /** Also return products and projects (`via: 'product'`, with their owners). Default false. */
  products?: boolean;
}

/** A name or ticker found, before ambiguous names are settled. */
interface Found {
  kind: 'company' | 'product';
  /** Index of the company (`list.company(i)`) or of the product in `list.products`. */
  target: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
  via: CompanyMention['via'];
  rule: string;
  /** An ordinary word still waiting for company context elsewhere in the text. */
  pending: boolean;
}

const HOME_COUNTRIES: Record<Lang, readonly string[]> = {
  en: ['US', 'GB'],
  fr: ['FR'],
  es: ['ES'],
  de: ['DE', 'AT', 'CH'],
};

/** The companies (and, with `products: true`, the products) named in `text`, in text order. */
export function findCompanies(text: string, options: FindCompaniesOptions = {}): CompanyMention[] {
  const lang = options.lang ?? 'en';
  const list = options.list ?? defaultCompanyList();
  const tokens = tokenize(text);
  const found: Found[] = [];

  for (let i = 0; i < tokens.length; ) {
    const ticker = readTicker(tokens, i, list, found);
    if (ticker) {
      found.push(ticker);
      i = ticker.last + 1;
      continue;
    }
    const next = readName(tokens, i, list, lang, found);
    i = next > i ? next : i + 1;
  }

  settleAmbiguous(found, tokens, list);
  const mentions: CompanyMention[] = [];
  for (const f of found) {
    if (f.pending || (f.kind === 'product' && !options.products)) continue;
    const start = (tokens[f.first] as Token).start;
    const end = (tokens[f.last] as Token).end;
    const base = { text: text.slice(start, end), start, end, via: f.via, rule: f.rule };
    if (f.kind === 'company') {
      const c = list.company(f.target);
      mentions.push({ ...base, id: c.id, name: c.name });
    } else {
      const p = list.products[f.target];
      if (!p) continue;
      const owners = p.owners.flatMap((id) => {
        const c = list.byId(id);
        return c ? [{ id: c.id, name: c.name }] : [];
      });
      mentions.push({ ...base, id: p.id, name: p.name, owners });
    }
  }
  return mentions;
}

/** Reads a name starting at token `at`; returns the index after what it consumed. */
function readName(
  tokens: Token[],
  at: number,
  list: CompanyList,
  lang: Lang,
  found: Found[],
): number {
  const token = tokens[at] as Token;
  if (!token.word) return at + 1;
  let match = longestEntry(tokens, at, list);
  let genitive = false;
  if (!match && lang === 'de') {
    match = germanGenitive(tokens, at, list);
    genitive = match !== null;
  }
  if (!match) return at + 1;
  const { entry } = match;
  let last = match.last;
  // People and places are read whole so the company inside them is not found.
  if (entry.kind === 'person' || entry.kind === 'place') return last + 1;
  if (isPartOfAddress(tokens, at, last)) return last + 1;
  if (isVetoed(entry, tokens, at, last)) return at + 1;
  if (entry.keys.length === 1 && isAfterFirstName(tokens, at, list)) return last + 1;

  const legal = readLegalForm(tokens, last + 1, entry.legalFormOnly);
  if (entry.legalFormOnly && legal < 0) return at + 1;
  if (legal >= 0) last = legal;

  const hint = entry.hint;
  const ambiguous =
    hint !== null &&
    (hint.always.includes(lang) ||
      (hint.ordinary.includes(lang) &&
        (isSentenceStart(tokens, at) || inTitleCase(tokens, at, match.last))));
  let rule: string = entry.via;
  if (legal >= 0) rule += '+legal-form';
  let pending = false;
  if (genitive) rule += '/genitive';
  else if (ambiguous && legal < 0) {
    const cue = companyCue(tokens, at, match.last, lang);
    if (cue) rule += `/${cue}`;
    else pending = true;
  }

  const kind = entry.kind;
  const target = kind === 'company' ? pickCompany(entry, list, lang) : (entry.targets[0] ?? -1);
  if (target < 0) return last + 1;
  found.push({ kind, target, first: at, last, via: entry.via, rule, pending });
  if (kind === 'product') addOwnerInProduct(found, entry, at, list);
  return last + 1;
}

/**
 * True when a capitalised word stands right before or after the name ("Bourne Shell",
 * "Orange Business", a title-case heading): the capital then says nothing about a company.
 */
function inTitleCase(tokens: Token[], first: number, last: number): boolean {
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  const prevCap =
    !!prev?.word &&
    (tokens[first] as Token).spaceBefore &&
    isCapitalised(prev.text) &&
    !isSentenceStart(tokens, first - 1);
  const nextCap = !!next?.word && next.spaceBefore && isCapitalised(next.text);
  return prevCap || nextCap;
}

/** The longest entry spelled by the tokens from `at`, with fitting capitals. */
function longestEntry(
  tokens: Token[],
  at: number,
  list: CompanyList,
): { entry: NameEntry; last: number } | null {
  const candidates = list.candidates((tokens[at] as Token).key, tokens[at + 1]?.key);
  for (const entry of candidates) {
    if (spells(entry, tokens, at) && capitalsFit(entry, tokens, at))
      return { entry, last: at + entry.keys.length - 1 };
  }
  return null;
}

function spells(entry: NameEntry, tokens: Token[], at: number): boolean {
  for (let k = 0; k < entry.keys.length; k++) {
    const t = tokens[at + k];
    if (!t) return false;
    const want = entry.keys[k] as string;
    // One way only: "Telefonica" finds "Telefónica", but "Über" does not find "Uber".
    if (t.key !== want && (entry.hint?.exact || t.key !== foldKey(want))) return false;
    if (k > 0 && t.spaceBefore !== entry.spaced[k]) return false;
  }
  return true;
}

/** German genitive without apostrophe: "Nvidias Umsatz", "Apples Chef". */
function germanGenitive(
  tokens: Token[],
  at: number,
  list: CompanyList,
): { entry: NameEntry; last: number } | null {
  const token = tokens[at] as Token;
  if (token.key.length < 4 || !token.key.endsWith('s')) return null;
  const stem: Token = { ...token, text: token.text.slice(0, -1), key: token.key.slice(0, -1) };
  // Look the stem up in place (copying the tokens would make long German texts quadratic).
  tokens[at] = stem;
  const hit = longestEntry(tokens, at, list);
  tokens[at] = token;
  return hit && hit.entry.keys.length === 1 && hit.entry.kind !== 'person' ? hit : null;
}

/** "apple.com", "www.orange.fr", "@Meta": parts of addresses are not mentions. */
function isPartOfAddress(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const afterNext = tokens[last + 2];
  if (before && !tokens[first]?.spaceBefore && ['.', '/', '@', '_'].includes(before.text))
    return true;
  return (
    !!after &&
    !after.spaceBefore &&
    after.text === '.' &&
    !!afterNext?.word &&
    !afterNext.spaceBefore
  );
}

/** True when the words around the name give it away as not the company (Amazon rainforest). */
function isVetoed(entry: NameEntry, tokens: Token[], first: number, last: number): boolean {
  const hint = entry.hint;
  if (!hint) return false;
  let from = last + 1;
  // "Meta-analysis": read the second half of a compound like a next word.
  if (tokens[from]?.text === '-' && !tokens[from]?.spaceBefore) from++;
  for (const phrase of hint.next) if (phraseAt(tokens, from, phrase)) return true;
  for (const phrase of hint.prev) if (phraseAt(tokens, first - phrase.length, phrase)) return true;
  return false;
}

function phraseAt(tokens: Token[], at: number, phrase: readonly string[]): boolean {
  if (at < 0 || phrase.length === 0) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.key !== phrase[k]) return false;
  return true;
}

/** "Michael Dell", "Harrison Ford": a known first name right before a one-word name. */
function isAfterFirstName(tokens: Token[], at: number, list: CompanyList): boolean {
  const before = tokens[at - 1];
  return (
    !!before && before.word && (tokens[at] as Token).spaceBefore && list.firstNames.has(before.text)
  );
}

/**
 * Reads a legal form after a name ("Inc.", ", Inc.", "S.A.", "AG"); with `groupsToo`, also
 * "Group" or "Company". Returns the index of its last token, or -1.
 */
function readLegalForm(tokens: Token[], at: number, groupsToo: boolean): number {
  let j = at;
  if (tokens[j]?.text === ',' && !tokens[j]?.spaceBefore) j++;
  const first = tokens[j];
  if (!first?.word || !first.spaceBefore) return -1;
  // Dotted forms arrive as several glued tokens: S . A .
  let form = first.key;
  let last = j;
  while (
    tokens[last + 1] &&
    !tokens[last + 1]?.spaceBefore &&
    /^[.\p{L}]+$/u.test(tokens[last + 1]?.text ?? '') &&
    last - j < 4
  ) {
    last++;
    form += (tokens[last] as Token).key;
  }
  const bare = form.replace(/\./g, '');
  // Short forms are words too ("AWS, sa division": French "its"): they count only in capitals.
  if (!/^\p{Lu}/u.test(first.text) && !LOWERCASE_FORMS.has(bare)) return -1;
  const ok = LEGAL_FORMS.has(bare) || (groupsToo && GROUP_FORMS.has(bare));
  if (!ok) {
    // Only "Inc" without its dot: keep the dot outside the mention.
    return LEGAL_FORMS.has(first.key) || (groupsToo && GROUP_FORMS.has(first.key)) ? j : -1;
  }
  return last;
}

/** Legal forms also written in lower case ("Barclays plc"); the others must be capitalised. */
const LOWERCASE_FORMS = new Set(['plc', 'inc', 'ltd', 'llc', 'corp']);

/** What near the name shows a company, or null: a possessive, a cue word, a compound. */
function companyCue(tokens: Token[], first: number, last: number, lang: Lang): string | null {
  const next = tokens[last + 1];
  const afterNext = tokens[last + 2];
  if (
    next &&
    !next.spaceBefore &&
    next.key === "'" &&
    afterNext?.key === 's' &&
    !afterNext.spaceBefore
  )
    return 'possessive';
  if (next && !next.spaceBefore && next.text === '-' && afterNext?.word && !afterNext.spaceBefore)
    return isNextCue(afterNext.key, lang, true) ? 'compound' : null;
  if (next?.word && isNextCue(next.key, lang, false)) return 'cue-next';
  if (next?.text === ',' && afterNext && APPOSITIVE_OPENERS.has(afterNext.key)) return 'appositive';
  const prev = previousWord(tokens, first);
  if (prev && isPrevCue(prev.key, lang)) return 'cue-prev';
  return null;
}

/** The word before a name, skipping a French elided article: "patron d'Orange" → "patron". */
function previousWord(tokens: Token[], first: number): Token | undefined {
  let j = first - 1;
  if (tokens[j]?.key === "'" && ELISIONS.has(tokens[j - 1]?.key ?? '')) j -= 2;
  const t = tokens[j];
  return t?.word ? t : undefined;
}

/** Of companies sharing a name (Merck), the one based where the text's language is spoken. */
function pickCompany(entry: NameEntry, list: CompanyList, lang: Lang): number {
  if (entry.targets.length <= 1) return entry.targets[0] ?? -1;
  const home = HOME_COUNTRIES[lang];
  const local = entry.targets.find((t) => home.includes(list.company(t).country ?? ''));
  return local ?? (entry.targets[0] as number);
}

/** "Meta AI", "Google Maps": a product named after its owner names the owner too. */
function addOwnerInProduct(found: Found[], entry: NameEntry, at: number, list: CompanyList): void {
  const product = list.products[entry.targets[0] ?? -1];
  if (!product) return;
  for (const ownerId of product.owners) {
    const owner = list.byId(ownerId);
    if (!owner) continue;
    for (const name of [owner.name, ...owner.aliases]) {
      const candidates = list.entriesFor(entry.keys[0] as string);
      const ownerEntry = candidates.find((c) => c.kind === 'company' && c.surface === name);
      if (!ownerEntry || ownerEntry.keys.length >= entry.keys.length) continue;
      if (!ownerEntry.keys.every((k, i) => k === entry.keys[i])) continue;
      const target = list.indexOf(ownerId);
      found.push({
        kind: 'company',
        target,
        first: at,
        last: at + ownerEntry.keys.length - 1,
        via: ownerEntry.via,
        rule: `${ownerEntry.via}/in-product`,
        pending: false,
      });
      return;
    }
  }
}

/** Reads a ticker in a strong context at `at`: "$TSLA", "NASDAQ: NVDA", "Apple (AAPL)". */
function readTicker(tokens: Token[], at: number, list: CompanyList, found: Found[]): Found | null {
  const t = tokens[at] as Token;
  if (t.text === '$') {
    const sym = tokens[at + 1];
    const after = tokens[at + 2];
    if (!sym || sym.spaceBefore || !/^[A-Z]{2,5}$/.test(sym.text) || NOT_CASHTAGS.has(sym.text))
      return null;
    // "$PATH/bin", "${HOME}": shell variables, not cashtags.
    if (after && !after.spaceBefore && !/^[.,;:!?)'’"]$/.test(after.text)) return null;
    return tickerFound(list.tickerIndices(sym.text), at, at + 1, 'ticker:cashtag');
  }
  if (t.word && EXCHANGES.has(t.text.toUpperCase()) && isCapitalised(t.text)) {
    let j = at + 1;
    // "Euronext Paris: ORA", "NYSE American: X"
    if (tokens[j]?.word && isCapitalised(tokens[j]?.text ?? '') && tokens[j + 1]?.text === ':') j++;
    if (tokens[j]?.text !== ':') return null;
    const sym = readSymbol(tokens, j + 1);
    if (!sym) return null;
    const suffix = EXCHANGES.get(t.text.toUpperCase()) ?? '';
    const hits = (suffix && list.tickerIndices(sym.text + suffix)) || list.tickerIndices(sym.text);
    return tickerFound(hits, j + 1, sym.last, 'ticker:exchange');
  }
  if (t.text === '(') {
    const sym = readSymbol(tokens, at + 1);
    if (!sym || !/^[A-Z]{2,5}(\.[A-Z])?$/.test(sym.text)) return null;
    const close = tokens[sym.last + 1];
    if (close?.text !== ')' || close.spaceBefore || tokens[at + 1]?.spaceBefore) return null;
    const hits = list.tickerIndices(sym.text);
    if (!hits) return null;
    // Only right after the company's own name ("Microsoft (MSFT)"): alone in brackets,
    // capitals are too often an acronym ("(TLS)", "(SAN)") to count.
    const before = found[found.length - 1];
    if (before?.kind !== 'company' || before.last !== at - 1) return null;
    if (!hits.includes(before.target)) return null;
    if (before.pending) {
      before.pending = false;
      before.rule += '/ticker';
    }
    return {
      kind: 'company',
      target: before.target,
      first: at + 1,
      last: sym.last,
      via: 'ticker',
      rule: 'ticker:parens',
      pending: false,
    };
  }
  return null;
}

function tickerFound(
  hits: readonly number[] | undefined,
  first: number,
  last: number,
  rule: string,
): Found | null {
  if (!hits || hits.length === 0) return null;
  return {
    kind: 'company',
    target: hits[0] as number,
    first,
    last,
    via: 'ticker',
    rule,
    pending: false,
  };
}

/** A ticker symbol: capitals and digits, with a class or exchange suffix ("BRK.B", "MC.PA"). */
function readSymbol(tokens: Token[], at: number): { text: string; last: number } | null {
  const t = tokens[at];
  if (!t?.word || t.text.length > 6 || t.text !== t.text.toUpperCase()) return null;
  let text = t.text;
  let last = at;
  const sep = tokens[at + 1];
  const part = tokens[at + 2];
  if (
    sep &&
    part &&
    !sep.spaceBefore &&
    !part.spaceBefore &&
    (sep.text === '.' || sep.text === '-')
  ) {
    if (part.word && /^[A-Z0-9]{1,2}$/.test(part.text)) {
      text += sep.text + part.text;
      last = at + 2;
    }
  }
  return { text, last };
}

/**
 * Settles ordinary-word names left waiting: they are companies when the text names the same
 * company plainly elsewhere, or when they sit in a list with other companies.
 */
function settleAmbiguous(found: Found[], tokens: Token[], list: CompanyList): void {
  const sure = new Set<string>();
  const note = (f: Found) => {
    if (f.kind === 'company') sure.add(list.company(f.target).id);
    else for (const o of list.products[f.target]?.owners ?? []) sure.add(o);
  };
  for (const f of found) if (!f.pending) note(f);
  const ids = (f: Found): string[] =>
    f.kind === 'company' ? [list.company(f.target).id] : (list.products[f.target]?.owners ?? []);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [n, f] of found.entries()) {
      if (!f.pending) continue;
      let how: string | null = null;
      if (ids(f).some((id) => sure.has(id))) how = 'discourse';
      else if (inListWithCompany(found, n, tokens)) how = 'coordination';
      if (how) {
        f.pending = false;
        f.rule += `/${how}`;
        note(f);
        changed = true;
      }
    }
  }
}

/** True when a settled company sits right before or after, joined by a comma, "et", "and"… */
function inListWithCompany(found: Found[], n: number, tokens: Token[]): boolean {
  const f = found[n] as Found;
  const isJoin = (t: Token | undefined) => !!t && LIST_JOINERS.has(t.key);
  const prev = found[n - 1];
  if (prev && !prev.pending && prev.kind === 'company') {
    const gap = tokens.slice(prev.last + 1, f.first);
    if (gap.length >= 1 && gap.length <= 2 && gap.every(isJoin)) return true;
  }
  const next = found[n + 1];
  if (next && !next.pending && next.kind === 'company') {
    const gap = tokens.slice(f.last + 1, next.first);
    if (gap.length >= 1 && gap.length <= 2 && gap.every(isJoin)) return true;
  }
  return false;
}
