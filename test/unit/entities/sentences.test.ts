import { describe, expect, it } from 'vitest';
import { METRICS as METRIC_LIST } from '../../../lib/attribute/types.ts';
import { findCompanies } from '../../../lib/entities/index.ts';
import { SENTENCES } from './sentences.ts';

const METRICS = new Set<string>(METRIC_LIST);

describe('labelled news sentences', () => {
  it('has at least 100 sentences in the four languages, with well-formed figures', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(100);
    for (const lang of ['fr', 'en', 'es', 'de'])
      expect(SENTENCES.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(20);
    for (const s of SENTENCES) {
      expect(s.figures.length, s.text).toBeGreaterThan(0);
      for (const f of s.figures) {
        expect(s.text, f.text).toContain(f.text);
        expect(METRICS.has(f.metric), f.metric).toBe(true);
        if (f.period) expect(f.period).toMatch(/^(FY)?\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/);
      }
    }
  });

  it('finds their companies with precision and recall of at least 0.95', () => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    const misses: string[] = [];
    for (const s of SENTENCES) {
      const found = new Set(findCompanies(s.text, { lang: s.lang }).map((m) => m.name));
      const wanted = new Set(s.companies);
      for (const name of found) {
        if (wanted.has(name)) truePositives++;
        else {
          falsePositives++;
          misses.push(`extra ${name}: ${s.text}`);
        }
      }
      for (const name of wanted)
        if (!found.has(name)) {
          falseNegatives++;
          misses.push(`missed ${name}: ${s.text}`);
        }
    }
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / (truePositives + falseNegatives);
    console.log(
      `entities: ${SENTENCES.length} sentences, ${truePositives + falseNegatives} companies expected: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    for (const m of misses) console.log(`  ${m}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
