/**
 * `npm run score [-- --verbose]`: scores the extractor against the outside material in
 * ../shared when it is there (not part of `npm test`, which must pass without it).
 *
 * (a) The seed page and its .gold.json: every gold figure found with the right value,
 *     currency or unit, and qualifier; nothing found on a `not_figures` text.
 * (b) Microsoft Recognizers-Text's CurrencyModel specs (EN, FR, ES, DE). A case passes when
 *     each expected currency result is overlapped by one of our money mentions with an equal
 *     value (±0.5%) and, where the spec gives one, the same isoCurrency, and we produce no other
 *     money mention. Every case counts, including those the peer marks NotSupported.
 *     `@microsoft/recognizers-text-number-with-unit` is scored by the same rule beside us.
 *
 * Two readings of the peer's data, stated here because they decide cases:
 * - A value written with a comma and no dot ("12,345", "2,75" in French) is a decimal.
 * - A value in a minor unit (Cent, Pence, Centavo, Satoshi…) is converted to its major unit
 *   (50 cents = 0.50), because our mentions carry money in currency units. The peer's own output
 *   goes through the same conversion.
 * - An expected result with no value (a bare "dollar") is matched by a money mention whose value
 *   is null (a vague amount).
 * The table also gives both extractors' rates with the values taken as written, for comparison
 * with the figures quoted in the issue (Recognizers-Text about 79% fr, 81% en).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Recognizers from '@microsoft/recognizers-text-number-with-unit';
import { analyseBlocks, readPage } from '../../lib/cli/extract.ts';
import { extract } from '../../lib/extract/index.ts';
import type { Lang, Mention } from '../../lib/extract/types.ts';
import { type GoldJson, scoreSeedAttribution } from './attribution.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(process.env.TALLY_SHARED ?? join(here, '../../../shared'));
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

if (!existsSync(shared)) {
  console.log(`score: ${shared} is absent; nothing to score.`);
  process.exit(0);
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.abs(b) + 1e-12;

// -------------------------------------------------------------------------------------------
// (a) The seed page

interface GoldFigure {
  text: string;
  kind: string;
  value: number | null;
  currency?: string;
  unit?: string;
  qualifier: string | null;
  required: boolean;
}
interface GoldNot {
  text: string;
  why: string;
}

/** Units compared in the singular, lowercase; the gold's "times" is our "x", "relative" our "multiple". */
const unitKey = (u: string | null | undefined) =>
  (u ?? '')
    .toLowerCase()
    .replace(/^times$/, 'x')
    .replace(/s$/, '');
const kindKey = (k: string) => (k === 'relative' ? 'multiple' : k);
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

async function scoreSeed(): Promise<boolean> {
  const dir = join(shared, 'fixtures');
  const htmlFile = join(dir, 'purebreak-zuckerberg-ia.html');
  const goldFile = join(dir, 'purebreak-zuckerberg-ia.gold.json');
  if (!existsSync(htmlFile) || !existsSync(goldFile)) {
    console.log('seed page: absent');
    return true;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {
    figures: GoldFigure[];
    not_figures: GoldNot[];
  };
  const page = await readPage(readFileSync(htmlFile, 'utf8'));
  const lang = (page.lang ?? 'fr') as Lang;
  const mentions = analyseBlocks(page.blocks, page.starts, lang, page.publishedAt).mentions;
  const text = norm(page.text);
  const used = new Set<Mention>();
  const spans: [number, number][] = [];
  let requiredOk = 0;
  let required = 0;
  let optionalOk = 0;
  let optional = 0;
  const lines: string[] = [];
  for (const g of gold.figures) {
    const at = text.indexOf(norm(g.text));
    const span: [number, number] = [at, at + g.text.length];
    if (at >= 0) spans.push(span);
    const m = at < 0 ? undefined : mentions.find((x) => x.start < span[1] && x.end > span[0]);
    const problems: string[] = [];
    if (at < 0) problems.push('text not on the page');
    else if (!m) problems.push('not found');
    else {
      used.add(m);
      if (kindKey(g.kind) !== m.kind) problems.push(`kind ${m.kind}`);
      if (g.value === null ? m.value !== null : m.value === null || !near(m.value, g.value))
        problems.push(`value ${m.value}`);
      if (g.currency && g.currency !== m.currency) problems.push(`currency ${m.currency}`);
      if (g.unit && unitKey(g.unit) !== unitKey(m.unit)) problems.push(`unit ${m.unit}`);
      if ((g.qualifier ?? null) !== m.qualifier) problems.push(`qualifier ${m.qualifier}`);
    }
    const ok = problems.length === 0;
    if (g.required) {
      required++;
      if (ok) requiredOk++;
    } else {
      optional++;
      if (ok) optionalOk++;
    }
    lines.push(
      `  ${ok ? 'ok  ' : 'FAIL'} ${g.required ? 'required' : 'optional'}  ${g.text}${ok ? '' : `  — ${problems.join(', ')}`}`,
    );
  }
  // not_figures: none of their texts may be found outside a gold figure; hidden ones may not
  // even be in the visible text.
  let notOk = 0;
  for (const nf of gold.not_figures) {
    const hidden = /textarea|input|<pre>|pre> block|noscript|script|attribute|never touched/i.test(
      nf.why,
    );
    const snippets = nf.text
      .replace(/\([^)]*\)/g, '')
      .split(/\s*(?:\/|,(?= ))\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
    const problems: string[] = [];
    for (const sn of snippets) {
      for (let at = text.indexOf(sn); at >= 0; at = text.indexOf(sn, at + 1)) {
        const end = at + sn.length;
        if (spans.some(([a, b]) => at < b && end > a)) continue;
        if (hidden) problems.push(`"${sn}" is in the visible text`);
        const m = mentions.find((x) => x.start < end && x.end > at);
        if (m) problems.push(`"${m.text}" found`);
      }
    }
    if (problems.length === 0) notOk++;
    lines.push(
      `  ${problems.length ? 'FAIL' : 'ok  '} not a figure  ${nf.text}${problems.length ? `  — ${problems.join(', ')}` : ''}`,
    );
  }
  const extra = mentions.filter((m) => !used.has(m));
  console.log('\n## seed page (purebreak-zuckerberg-ia.html)');
  console.log(
    `required figures right: ${requiredOk}/${required} · optional: ${optionalOk}/${optional} · not_figures clean: ${notOk}/${gold.not_figures.length} · other mentions: ${extra.length}`,
  );
  for (const l of lines) if (verbose || l.includes('FAIL')) console.log(l);
  for (const m of extra)
    console.log(`  other mention: ${JSON.stringify(m.text)} (${m.kind}, ${m.rule})`);
  const attribution = await scoreSeedAttribution(
    readFileSync(htmlFile, 'utf8'),
    JSON.parse(readFileSync(goldFile, 'utf8')) as GoldJson,
  );
  for (const l of attribution.lines)
    if (verbose || !l.startsWith('   ') || l.includes('✗')) console.log(l);
  return requiredOk === required && notOk === gold.not_figures.length && attribution.ok;
}

// -------------------------------------------------------------------------------------------
// (b) The peer's specs

interface PeerCase {
  Input: string;
  Results: {
    Text: string;
    Start?: number;
    End?: number;
    Resolution?: { value?: string | null; unit?: string; isoCurrency?: string };
  }[];
  NotSupported?: string;
}
/** A money figure from either extractor, reduced to what the rule compares. */
interface Money {
  start: number;
  end: number;
  value: number | null;
  currency: string | null;
  text: string;
}

const MINOR: Record<string, number> = {
  cent: 100,
  cents: 100,
  centime: 100,
  centimes: 100,
  centavo: 100,
  céntimo: 100,
  pence: 100,
  penny: 100,
  penique: 100,
  pesewa: 100,
  satoshi: 1e8,
};

/**
 * A peer value string as a number. `read`: a comma-only value is a decimal and a minor unit is
 * converted to its major unit; otherwise the string is taken as written (the stricter reading,
 * under which "12,345" is no number and 50 cents is 50).
 */
function peerValue(
  value: string | null | undefined,
  unit: string | undefined,
  read: boolean,
): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (!read) return Number(value);
  const v = Number(value.includes(',') && !value.includes('.') ? value.replace(',', '.') : value);
  return v / (MINOR[(unit ?? '').toLowerCase()] ?? 1);
}

function passes(c: PeerCase, found: Money[], read: boolean): boolean {
  const used = new Set<Money>();
  for (const r of c.Results) {
    let start = r.Start;
    let end = r.End === undefined ? undefined : r.End + 1;
    if (start === undefined || end === undefined) {
      start = c.Input.toLowerCase().indexOf(r.Text.toLowerCase());
      end = start + r.Text.length;
    }
    const v = peerValue(r.Resolution?.value, r.Resolution?.unit, read);
    const iso = r.Resolution?.isoCurrency;
    const m = found.find(
      (f) =>
        f.start < (end as number) &&
        f.end > (start as number) &&
        (v === null ? f.value === null : f.value !== null && near(f.value, v)) &&
        (!iso || f.currency === iso),
    );
    if (!m) return false;
    used.add(m);
  }
  return found.every((f) => used.has(f));
}

const CULTURES: Partial<Record<Lang, string>> = { en: 'en-us', fr: 'fr-fr', es: 'es-es' };

function peerMoney(input: string, lang: Lang, read: boolean): Money[] {
  const culture = CULTURES[lang];
  if (!culture) return [];
  return Recognizers.recognizeCurrency(input, culture).map((r) => {
    const res = r.resolution as { value?: string; unit?: string; isoCurrency?: string };
    return {
      start: r.start,
      end: r.end + 1,
      value: peerValue(res.value, res.unit, read),
      currency: res.isoCurrency ?? null,
      text: r.text,
    };
  });
}

function scorePeer(): boolean {
  const root = join(shared, 'peer-specs', 'recognizers-text');
  const langs: [string, Lang, number][] = [
    ['English', 'en', 0.9],
    ['French', 'fr', 0.9],
    ['Spanish', 'es', 0.85],
    ['German', 'de', 0.85],
  ];
  console.log('\n## peer specs: Recognizers-Text CurrencyModel (all cases, NotSupported included)');
  console.log(
    'lang  cases  tally          recognizers-text   goal      | values as written: tally · recognizers-text',
  );
  let allOk = true;
  const failures: string[] = [];
  for (const [dir, lang, goal] of langs) {
    const file = join(root, dir, 'CurrencyModel.json');
    if (!existsSync(file)) {
      console.log(`${lang}    absent`);
      continue;
    }
    const cases = JSON.parse(readFileSync(file, 'utf8')) as PeerCase[];
    const n = cases.length;
    let ours = 0;
    let theirs = 0;
    let oursStrict = 0;
    let theirsStrict = 0;
    for (const c of cases) {
      const money: Money[] = extract(c.Input, { lang })
        .filter((m) => m.kind === 'money')
        .map((m) => ({
          start: m.start,
          end: m.end,
          value: m.value,
          currency: m.currency,
          text: m.text,
        }));
      if (passes(c, money, true)) ours++;
      else {
        const expected = c.Results.map(
          (r) =>
            `${JSON.stringify(r.Text)}=${r.Resolution?.value ?? 'null'}${r.Resolution?.isoCurrency ? ` ${r.Resolution.isoCurrency}` : ''}`,
        );
        const got = money.map((m) => `${JSON.stringify(m.text)}=${m.value} ${m.currency}`);
        failures.push(
          `[${lang}] ${JSON.stringify(c.Input)}\n    expected: ${expected.join('; ') || 'nothing'}\n    got:      ${got.join('; ') || 'nothing'}`,
        );
      }
      if (passes(c, money, false)) oursStrict++;
      if (passes(c, peerMoney(c.Input, lang, true), true)) theirs++;
      if (passes(c, peerMoney(c.Input, lang, false), false)) theirsStrict++;
    }
    const ok = ours / n >= goal;
    allOk &&= ok;
    const peer = CULTURES[lang] ? `${theirs} (${pct(theirs, n)})` : 'no German model';
    const peerStrict = CULTURES[lang]
      ? `${theirsStrict} (${pct(theirsStrict, n)})`
      : 'no German model';
    console.log(
      `${lang.padEnd(6)}${String(n).padEnd(7)}${`${ours} (${pct(ours, n)})`.padEnd(15)}${peer.padEnd(19)}${`≥ ${goal * 100}% ${ok ? 'ok' : 'MISSED'}`.padEnd(10)}| ${oursStrict} (${pct(oursStrict, n)}) · ${peerStrict}`,
    );
  }
  if (verbose) for (const f of failures) console.log(f);
  else if (failures.length)
    console.log(
      `(${failures.length} failing cases: --verbose lists them; test/score/peer-disagreements.md says why)`,
    );
  return allOk;
}

const seedOk = await scoreSeed();
const peerOk = scorePeer();
console.log(
  `\nscore: seed page ${seedOk ? 'all right' : 'NOT all right'} · peer goals ${peerOk ? 'met' : 'NOT met'}`,
);
