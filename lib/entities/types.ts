import type { Lang } from '../extract/types.ts';

export type { Lang };

/** A company Tally knows: from the curated core or from an exchange listing. */
export interface Company {
  /** Stable slug ("meta", "alphabet"); listing-only companies get the slug of their name. */
  id: string;
  /** Canonical name as news writes it ("Meta", "TSMC"). */
  name: string;
  /** Legal, short and former names ("Meta Platforms", "Facebook"). */
  aliases: string[];
  /** Plain for US listings, Yahoo-style suffix elsewhere ("MC.PA", "9984.T"). */
  tickers: string[];
  /** ISO 3166-1 alpha-2 of the headquarters, when known. */
  country: string | null;
  /** Short sector code ("semiconductors", "telecom"…), when known. */
  sector: string | null;
  /** Id of the owning company (Instagram → "meta"), or null. */
  parent: string | null;
  /** True for the hand-curated core, false for companies known only from a listing. */
  curated: boolean;
}

/** A product or project owned by one or more companies (ChatGPT → OpenAI; Stargate → three). */
export interface Product {
  id: string;
  name: string;
  /** Company ids, in the order the curated list names them. */
  owners: string[];
}

/** How a mention was recognised: its own name, an alias, a ticker, or a product of the company. */
export type MentionVia = 'name' | 'alias' | 'ticker' | 'product';

/** A company (or, when asked for, a product) named in text. */
export interface CompanyMention {
  /** The span as written: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** Company id; for `via: 'product'`, the product's id. */
  id: string;
  /** Canonical company name; for `via: 'product'`, the product's name. */
  name: string;
  via: MentionVia;
  /** For `via: 'product'`: the companies that own it. */
  owners?: { id: string; name: string }[];
  /** Which rule decided, so the hover card and tests can say why ("name", "alias/cue-next"…). */
  rule: string;
}

/**
 * What to do with a name that is also an ordinary word or a person's or place's name. Keyed by
 * the surface form in the curated list (see data/curated.json, "hints").
 */
export interface NameHint {
  /** Languages where the name is an ordinary word: at a sentence start it needs company context. */
  ordinary: Lang[];
  /** Languages where that word is capitalised anyway (German nouns): it always needs context. */
  always: Lang[];
  /** Words or phrases that, right after the name, show it is not the company. */
  next: string[][];
  /** Words or phrases that, right before the name, show it is not the company. */
  prev: string[][];
  /** No accent-free spelling ("Hermes" is not "Hermès"). */
  exact: boolean;
}
