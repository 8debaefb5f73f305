/**
 * Scores companies and attribution on a saved page against its .gold.json (the seed page:
 * ../shared/fixtures/purebreak-zuckerberg-ia.*). The page is read as the CLI reads it
 * (`readPage`: visible blocks through happy-dom, joined by a blank line), its publication date
 * comes from its metadata (lib/dom/meta.ts), and `analyseBlocks` does the rest, block by block
 * with one discourse, exactly as the CLI and the content script do.
 *
 * It reports: every gold company found and nothing from `not_companies`; for each gold figure,
 * the company (always), and the metric and period where the gold gives them. The gold's metric
 * names are looser than Tally's vocabulary ("spending", "data-center capacity"): `goldMetric`
 * maps them.
 */
import type { AnalysedMention } from '../../lib/analyse.ts';
import { METRICS, type Metric } from '../../lib/attribute/types.ts';
import { analyseBlocks, readPage } from '../../lib/cli/extract.ts';
import type { Lang } from '../../lib/extract/types.ts';

export interface GoldFigure {
  text: string;
  kind: string;
  attribution?: string | null;
  metric?: string;
  period?: string;
  required: boolean;
}

export interface GoldJson {
  fixture?: string;
  figures: GoldFigure[];
  companies: { name: string; aliases_on_page?: string[] }[];
  not_companies: { text: string; why?: string }[];
}

/** How one gold figure fared. */
export interface FigureScore {
  text: string;
  required: boolean;
  found: boolean;
  expected: { company: string | null; metric: Metric | null; period: string | null };
  got: { company: string | null; metric: Metric; period: string | null } | null;
  companyOk: boolean;
  /** Null when the gold gives no metric (or one we cannot map). */
  metricOk: boolean | null;
  /** Null when the gold gives no period. */
  periodOk: boolean | null;
  why: string | null;
}

export interface SeedAttributionScore {
  publishedAt: string | null;
  companiesExpected: string[];
  companiesFound: string[];
  companiesMissed: string[];
  /** Texts of `not_companies` that were taken for a company. */
  notCompaniesFound: string[];
  figures: FigureScore[];
  required: { total: number; found: number; company: number; metric: number; period: number };
  /** All companies, none of the not-companies, every required figure's company right. */
  ok: boolean;
  /** A printable report. */
  lines: string[];
}

// Same length as the input, so offsets in the normalised page text are offsets in the page text.
const norm = (s: string) => s.replace(/[\u00a0\u202f\t\n\r]/g, ' ');
const METRIC_SET = new Set<string>(METRICS);

/** The gold's free metric names in Tally's vocabulary ("spending" → capex), or null. */
export function goldMetric(name: string | undefined): Metric | null {
  if (!name) return null;
  const n = name.toLowerCase().replace(/[_-]/g, ' ').trim();
  if (METRIC_SET.has(n)) return n as Metric;
  if (n === 'share price change') return 'share-price change';
  if (/share|stock/.test(n) && /change|move|price/.test(n)) return 'share-price change';
  if (/growth|increase|change/.test(n)) return 'growth';
  if (/capacity|power|gigawatt|megawatt/.test(n)) return 'power capacity';
  if (/market cap|market value|capitali[sz]ation/.test(n)) return 'market value';
  if (/valuation/.test(n)) return 'valuation';
  if (/capex|spending|capital expenditure|expenses/.test(n)) return 'capex';
  if (/invest/.test(n)) return 'investment';
  if (/loss/.test(n)) return 'loss';
  if (/revenue|sales|turnover/.test(n)) return 'revenue';
  if (/profit|income|earnings/.test(n)) return 'profit';
  if (/fund|raise/.test(n)) return 'funding raised';
  if (/buyback|repurchase/.test(n)) return 'buyback';
  if (/debt/.test(n)) return 'debt';
  if (/price|cost/.test(n)) return 'price';
  if (/subscriber/.test(n)) return 'subscribers';
  if (/user/.test(n)) return 'users';
  if (/employee|staff|headcount/.test(n)) return 'employees';
  if (/job/.test(n)) return 'jobs';
  if (/gpu/.test(n)) return 'GPUs';
  return null;
}

/** The company as the gold writes it: "Stargate (OpenAI, SoftBank, Oracle)" for a project. */
export function companyLabel(m: Pick<AnalysedMention, 'attribution'>): string | null {
  const a = m.attribution;
  if (!a.company) return null;
  return a.owners.length > 1 ? `${a.company} (${a.owners.join(', ')})` : a.company;
}

/** Scores companies and attribution of the seed page against its gold. */
export async function scoreSeedAttribution(
  html: string,
  gold: GoldJson,
  options: { lang?: Lang; publishedAt?: string | null } = {},
): Promise<SeedAttributionScore> {
  const page = await readPage(html);
  const lang: Lang = options.lang ?? (page.lang as Lang | null) ?? 'fr';
  const publishedAt = options.publishedAt !== undefined ? options.publishedAt : page.publishedAt;
  const analysis = analyseBlocks(page.blocks, page.starts, lang, publishedAt);
  const text = norm(page.text);

  const companyNames = new Set(
    analysis.companies.filter((c) => c.via !== 'product').map((c) => c.name),
  );
  const expected = gold.companies.map((c) => c.name);
  const missed = expected.filter((n) => !companyNames.has(n));
  const notCompaniesFound: string[] = [];
  for (const nc of gold.not_companies)
    for (const item of nc.text.split(/,\s*/)) {
      const hit = analysis.companies.find(
        (c) =>
          c.via !== 'product' &&
          (norm(c.text).toLowerCase() === item.toLowerCase() ||
            c.name.toLowerCase() === item.toLowerCase()),
      );
      if (hit) notCompaniesFound.push(`${item} (as ${hit.name})`);
    }

  const figures: FigureScore[] = gold.figures.map((g) => {
    const want = {
      company: g.attribution ?? null,
      metric: goldMetric(g.metric),
      period: g.period ?? null,
    };
    const at = locate(text, norm(g.text));
    const m =
      at < 0
        ? undefined
        : analysis.mentions.find((x) => x.start < at + g.text.length && at < x.end);
    if (!m)
      return {
        text: g.text,
        required: g.required,
        found: false,
        expected: want,
        got: null,
        companyOk: false,
        metricOk: want.metric ? false : null,
        periodOk: want.period ? false : null,
        why: null,
      };
    const got = { company: companyLabel(m), metric: m.metric, period: m.period };
    return {
      text: g.text,
      required: g.required,
      found: true,
      expected: want,
      got,
      companyOk: got.company === want.company,
      metricOk: want.metric ? got.metric === want.metric : null,
      periodOk: want.period ? got.period === want.period : null,
      why: `${m.attribution.companyRule} | ${m.attribution.metricRule} | ${m.attribution.periodRule}`,
    };
  });

  const req = figures.filter((f) => f.required);
  const required = {
    total: req.length,
    found: req.filter((f) => f.found).length,
    company: req.filter((f) => f.companyOk).length,
    metric: req.filter((f) => f.metricOk !== false).length,
    period: req.filter((f) => f.periodOk !== false).length,
  };
  const ok =
    missed.length === 0 && notCompaniesFound.length === 0 && required.company === required.total;

  const lines = [
    `attribution on ${gold.fixture ?? 'the page'} (published ${publishedAt ?? 'unknown'}):`,
    `  companies: ${expected.length - missed.length}/${expected.length} found${missed.length ? ` (missed ${missed.join(', ')})` : ''}; not-companies taken: ${notCompaniesFound.length ? notCompaniesFound.join(', ') : 'none'}`,
    `  required figures: company ${required.company}/${required.total}, metric ${required.metric}/${required.total}, period ${required.period}/${required.total}`,
  ];
  for (const f of figures) {
    const mark = (b: boolean | null) => (b === null ? '·' : b ? '✓' : '✗');
    const want = `${f.expected.company} | ${f.expected.metric ?? '–'} | ${f.expected.period ?? '–'}`;
    const got = f.got ? `${f.got.company} | ${f.got.metric} | ${f.got.period ?? '–'}` : 'not found';
    lines.push(
      `  ${f.required ? ' ' : '?'} ${mark(f.companyOk)}${mark(f.metricOk)}${mark(f.periodOk)} ${norm(f.text)}: want ${want}; got ${got}`,
    );
  }
  return {
    publishedAt,
    companiesExpected: expected,
    companiesFound: [...companyNames],
    companiesMissed: missed,
    notCompaniesFound,
    figures,
    required,
    ok,
    lines,
  };
}

/** First place `needle` starts in `haystack` that is not in the middle of a number or word. */
function locate(haystack: string, needle: string): number {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1] as string)) return at;
  return -1;
}
