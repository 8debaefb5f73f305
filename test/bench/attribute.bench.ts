/**
 * `npm run bench -- attribute`: how fast `analyseText` (extraction, companies and attribution)
 * and attribution alone run on a corpus of more than 1 MB made from the labelled sentences,
 * in characters per second, as paragraphs (the way pages are read) and as one string. The
 * ratio between a 1 MB and a 2 MB corpus shows the cost stays linear in the text.
 */
import { analyseText } from '../../lib/analyse.ts';
import { attribute } from '../../lib/attribute/index.ts';
import { findCompanies } from '../../lib/entities/index.ts';
import { extract } from '../../lib/extract/index.ts';
import type { Lang } from '../../lib/extract/types.ts';
import { SENTENCES } from '../unit/entities/sentences.ts';

/** Paragraphs of five sentences of one language, repeated until the corpus reaches `size`. */
function corpus(lang: Lang, size: number): string[] {
  const own = SENTENCES.filter((s) => s.lang === lang).map((s) => s.text);
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < size; i += 5) {
    const p = Array.from({ length: 5 }, (_, k) => own[(i + k) % own.length]).join(' ');
    paragraphs.push(p);
    total += p.length + 2;
  }
  return paragraphs;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function time(fn: () => void, runs = 3): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

const MB = 1 << 20;
const rate = (chars: number, ms: number) => `${(((chars / ms) * 1000) / MB).toFixed(2)} M chars/s`;

export async function run(): Promise<void> {
  // Warm up: the company list is decoded and the regular expressions compiled on first use.
  analyseText(SENTENCES.map((s) => s.text).join(' '), { lang: 'en', publishedAt: '2025-01-25' });
  for (const lang of ['fr', 'en', 'es', 'de'] as Lang[]) {
    const paragraphs = corpus(lang, MB);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    const opts = { lang, publishedAt: '2025-01-25' };
    const perBlock = time(() => {
      for (const p of paragraphs) analyseText(p, opts);
    });
    // Attribution alone, on the figures and companies found beforehand.
    const inputs = paragraphs.map((p) => ({
      p,
      m: extract(p, { lang }),
      c: findCompanies(p, { lang, products: true }),
    }));
    const attributeOnly = time(() => {
      for (const x of inputs) attribute(x.p, x.m, x.c, opts);
    });
    const whole = paragraphs.join('\n\n');
    const oneString = time(() => analyseText(whole, opts), 2);
    const double = `${whole}\n\n${whole}`;
    const twice = time(() => analyseText(double, opts), 2);
    console.log(
      `${lang}: ${(chars / MB).toFixed(2)} MB in ${paragraphs.length} paragraphs — analyseText ${rate(chars, perBlock)} (${perBlock.toFixed(0)} ms); attribute alone ${rate(chars, attributeOnly)} (${attributeOnly.toFixed(0)} ms); one string ${rate(whole.length, oneString)}, 2 MB/1 MB time ×${(twice / oneString).toFixed(2)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
