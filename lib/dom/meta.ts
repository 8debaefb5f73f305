/**
 * What a page says about itself: when it was published, its title, canonical address, site
 * and language. DOM only, no extension API. The publication date is what attribution resolves
 * "cette année" and "Q2" against; it is read from, in order, the `article:published_time` meta
 * (and its usual variants), the JSON-LD `datePublished` of the article (in arrays and `@graph`
 * too; broken JSON-LD is skipped), and a `<time datetime>` inside the article.
 */

/** A page's own description of itself. */
export interface PageMeta {
  /** Publication date as `YYYY-MM-DD` (the date as the page writes it, in its own time zone). */
  publishedAt: string | null;
  title: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** Primary language subtag, lower case ("fr"), or null. */
  lang: string | null;
}

const PUBLISHED_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="sailthru.date"]',
];

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|TechArticle|LiveBlogPosting|OpinionNewsArticle|WebPage)$/;

/** Reads the page's publication date, title, canonical URL, site name and language. */
export function pageMeta(doc: Document = globalThis.document): PageMeta {
  // JSON-LD is parsed only when a meta tag does not answer first: news pages carry several
  // kilobytes of it, and parsing it was a few milliseconds of every page's start.
  let parsed: Record<string, unknown>[] | null = null;
  const ld = () => {
    parsed ??= jsonLdObjects(doc);
    return parsed;
  };
  const article = () =>
    ld().find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  return {
    publishedAt: publishedAt(doc, ld),
    title:
      metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      text(article()?.headline) ??
      (doc.title.trim() || null) ??
      (doc.querySelector('h1')?.textContent?.trim() || null),
    canonicalUrl: canonical(doc),
    siteName:
      metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']) ??
      text(asObject(article()?.publisher)?.name) ??
      null,
    lang: language(doc),
  };
}

function publishedAt(doc: Document, ld: () => Record<string, unknown>[]): string | null {
  for (const selector of PUBLISHED_METAS) {
    const d = isoDate(doc.querySelector(selector)?.getAttribute('content'));
    if (d) return d;
  }
  // JSON-LD: the article's date first, then any object's.
  const objects = ld();
  const dated = [
    ...objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))),
    ...objects,
  ];
  for (const o of dated) {
    const d = isoDate(text(o.datePublished) ?? text(o.dateCreated));
    if (d) return d;
  }
  const scope = doc.querySelector('article, [itemprop="articleBody"], main') ?? doc.body;
  const times = [
    ...(scope?.querySelectorAll('time[itemprop="datePublished"], time[pubdate]') ?? []),
    ...(scope?.querySelectorAll('time[datetime]') ?? []),
  ];
  for (const t of times) {
    const d = isoDate(t.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

/** Every JSON-LD object of the page, flattened out of arrays, `@graph` and nesting. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      // Pages ship broken JSON-LD often enough; the other sources still count.
      continue;
    }
    collect(data, out, 0);
  }
  return out;
}

function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) collect(o['@graph'], out, depth + 1);
  if (o.mainEntity) collect(o.mainEntity, out, depth + 1);
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t)
    ? t.filter((x): x is string => typeof x === 'string')
    : typeof t === 'string'
      ? [t]
      : [];
}

function asObject(v: unknown): Record<string, unknown> | null {
  if (Array.isArray(v)) return asObject(v[0]);
  return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : null;
}

function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const s of selectors) {
    const v = doc.querySelector(s)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** `YYYY-MM-DD` from an ISO date or date-time (kept in the page's own time zone), or null. */
export function isoDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(v);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const ok = d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
    return ok ? `${m[1]}-${m[2]}-${m[3]}` : null;
  }
  // Other formats ("Sat, 25 Jan 2025 10:30:00 GMT", "20250125"): as the clock reads them.
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return isoDate(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function canonical(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    metaContent(doc, ['meta[property="og:url"]']);
  if (!href) return null;
  try {
    return new URL(href, doc.baseURI).href;
  } catch {
    return href;
  }
}

function language(doc: Document): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']);
  const primary = raw
    ?.trim()
    .split(/[-_,\s]/)[0]
    ?.toLowerCase();
  return primary || null;
}
