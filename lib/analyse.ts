/**
 * The one call the content script, the CLI and the scorer make: figures, companies and whose
 * each figure is. Pure: no DOM, no extension API, no clock.
 */
import {
  type AttributeOptions,
  attribute,
  type Discourse,
  type TableContext,
} from './attribute/index.ts';
import type { Attribution, Metric } from './attribute/types.ts';
import { type CompanyList, findCompanies } from './entities/index.ts';
import type { CompanyMention } from './entities/types.ts';
import { extract } from './extract/index.ts';
import type { Lang, Mention } from './extract/types.ts';

/** A figure with whose it is, what it measures and when. */
export interface AnalysedMention extends Mention {
  company: string | null;
  companyId: string | null;
  metric: Metric;
  period: string | null;
  attribution: Attribution;
}

export interface Analysis {
  mentions: AnalysedMention[];
  /** Every company named in the text, with products and projects (`via: 'product'`). */
  companies: CompanyMention[];
}

export interface AnalyseOptions {
  lang: Lang;
  /** Publication date (ISO) the periods are resolved against; null when the page gives none. */
  publishedAt: string | null;
  /** Headers of the table cell the text comes from. */
  context?: TableContext;
  /** The company list; default the bundled one. */
  list?: CompanyList;
  /** Pass the same object for consecutive blocks of a page ("l'entreprise" across paragraphs). */
  discourse?: Discourse;
}

/** Extracts the figures of `text`, finds its companies and attributes each figure. */
export function analyseText(text: string, options: AnalyseOptions): Analysis {
  const { lang } = options;
  const mentions = extract(text, { lang });
  const companies = findCompanies(text, { lang, list: options.list, products: true });
  const attributeOptions: AttributeOptions = {
    lang,
    publishedAt: options.publishedAt,
    context: options.context,
    list: options.list,
    discourse: options.discourse,
  };
  const attributions = attribute(text, mentions, companies, attributeOptions);
  return {
    mentions: mentions.map((m, i) => {
      const a = attributions[i] as Attribution;
      return {
        ...m,
        company: a.company,
        companyId: a.companyId,
        metric: a.metric,
        period: a.period,
        attribution: a,
      };
    }),
    companies,
  };
}
