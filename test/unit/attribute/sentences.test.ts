import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../lib/analyse.ts';
import { SENTENCES } from '../entities/sentences.ts';

/** The expected figure's place in its sentence: not in the middle of a number ("1,7" in "11,7"). */
function locate(text: string, figure: string): number {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] as string)) return at;
  return -1;
}

describe('attribution of the labelled news sentences', () => {
  it('has at least 100 sentences with figures, in all four languages', () => {
    const withFigures = SENTENCES.filter((s) => s.figures.length > 0);
    expect(withFigures.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['fr', 'en', 'es', 'de'])
      expect(withFigures.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(25);
  });

  it('attributes at least 90% of the figures found to the right company, metric and period', () => {
    let expected = 0;
    let found = 0;
    let company = 0;
    let metric = 0;
    let period = 0;
    let all = 0;
    const misses: string[] = [];
    for (const s of SENTENCES) {
      const { mentions } = analyseText(s.text, { lang: s.lang, publishedAt: s.date });
      for (const f of s.figures) {
        expected++;
        const at = locate(s.text, f.text);
        const m = mentions.find((x) => x.start < at + f.text.length && at < x.end);
        if (!m) {
          misses.push(`not extracted: [${f.text}] ${s.text}`);
          continue;
        }
        found++;
        const a = m.attribution;
        const who = a.owners.length > 1 ? `${a.company} (${a.owners.join(', ')})` : a.company;
        const ok = [who === f.company, a.metric === f.metric, a.period === f.period];
        company += Number(ok[0]);
        metric += Number(ok[1]);
        period += Number(ok[2]);
        if (ok.every(Boolean)) all++;
        else
          misses.push(
            `[${m.text}] want ${f.company} | ${f.metric} | ${f.period}; got ${who} | ${a.metric} | ${a.period} (${a.companyRule} | ${a.metricRule} | ${a.periodRule}): ${s.text}`,
          );
      }
    }
    const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
    console.log(
      `attribution: ${SENTENCES.length} sentences, ${expected} figures, ${found} extracted; ` +
        `correct ${pct(all, found)} of those extracted (company ${pct(company, found)}, ` +
        `metric ${pct(metric, found)}, period ${pct(period, found)}); end to end ${pct(all, expected)}`,
    );
    for (const line of misses) console.log(`  ${line}`);
    // Attribution is judged on the figures the extractor hands it; what the extractor misses
    // is the extractor's score (test/unit/extract, npm run score).
    expect(all / found).toBeGreaterThanOrEqual(0.9);
  });
});
