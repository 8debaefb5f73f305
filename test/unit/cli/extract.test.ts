/** The CLI contract: one JSON line per file, errors on stderr, the other files still processed. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/extract.ts';

let dir = '';
const PAGE = `<!doctype html><html lang="fr"><head><title>1 000 € de titre</title>
<style>.off { display: none }</style><script>var x = "62 milliards d'euros";</script></head>
<body><h1>Le plan à 5 milliards</h1>
<p>Le groupe investira près de <em>80 milliards</em> d’euros et embauchera 2 000 salariés.</p>
<p class="off">Caché : 70 milliards d'euros.</p>
<textarea>100 euros</textarea><pre>12 ms</pre><noscript>12 articles</noscript>
<div data-tally-ui>Tally : 3 %</div>
<footer>© 2025</footer></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
  writeFileSync(join(dir, 'a.txt'), 'Apple spent about $1 billion in 2024.\n');
  writeFileSync(join(dir, 'page.html'), PAGE);
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x35, 0x20, 0x80]),
  );
});

/** Runs main() and collects its output. */
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out, err, json: out.map((l) => JSON.parse(l)) };
}

describe('extract CLI', () => {
  it('prints one JSON line for a .txt file, offsets into its text', async () => {
    const r = await run(join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toHaveLength(1);
    const line = r.json[0];
    expect(Object.keys(line)).toEqual(['file', 'lang', 'mentions', 'companies']);
    expect(line.file).toBe(join(dir, 'a.txt'));
    expect(line.lang).toBe('en');
    expect(line.companies).toEqual([
      { text: 'Apple', start: 0, end: 5, name: 'Apple', id: 'apple' },
    ]);
    expect(line.mentions).toEqual([
      {
        text: 'about $1 billion',
        start: 12,
        end: 28,
        kind: 'money',
        value: 1e9,
        valueMax: null,
        currency: 'USD',
        unit: null,
        qualifier: 'approximately',
        rule: 'money',
        company: 'Apple',
        metric: 'capex',
        period: '2024',
      },
    ]);
  });

  it('reads an .html file as the content script reads a page', async () => {
    const r = await run(join(dir, 'page.html'));
    expect(r.code).toBe(0);
    const { lang, mentions } = r.json[0];
    expect(lang).toBe('fr');
    expect(mentions.map((m: { text: string }) => m.text)).toEqual([
      '5 milliards',
      'près de 80 milliards d’euros',
      '2 000 salariés',
    ]);
    // The offsets are into the visible blocks joined by a blank line.
    const text =
      'Le plan à 5 milliards\n\nLe groupe investira près de 80 milliards d’euros et embauchera 2 000 salariés.\n\n© 2025';
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('--lang overrides the page and the text', async () => {
    const r = await run('--lang', 'en', join(dir, 'page.html'));
    expect(r.json[0].lang).toBe('en');
    const r2 = await run('--lang=de', join(dir, 'a.txt'));
    expect(r2.json[0].lang).toBe('de');
  });

  it('resolves periods against --date, else the page’s publication date', async () => {
    writeFileSync(join(dir, 'year.txt'), 'Meta will spend $65 billion this year.');
    const r = await run('--date', '2025-01-25', join(dir, 'year.txt'));
    expect(r.code).toBe(0);
    expect(r.json[0].mentions[0]).toMatchObject({
      company: 'Meta',
      metric: 'capex',
      period: '2025',
    });
    const later = await run('--date', '2026-03-01', join(dir, 'year.txt'));
    expect(later.json[0].mentions[0].period).toBe('2026');
    const dated = PAGE.replace(
      '<head>',
      '<head><meta property="article:published_time" content="2024-06-02T08:00:00Z">',
    );
    writeFileSync(
      join(dir, 'dated.html'),
      dated.replace('</p>', ' Meta will spend $65 billion this year.</p>'),
    );
    const fromPage = await run('--lang', 'en', join(dir, 'dated.html'));
    const meta = fromPage.json[0].mentions.find((m: { text: string }) => m.text === '$65 billion');
    expect(meta?.period).toBe('2024');
  });

  it.each([
    [['missing.txt'], /missing\.txt: no such file/, 1],
    [['bin.txt'], /bin\.txt: binary file/, 1],
    [['latin1.txt'], /latin1\.txt: binary file, not UTF-8/, 1],
    [['--frobnicate', 'a.txt'], /unknown option --frobnicate/, 2],
    [['--lang', 'it', 'a.txt'], /--lang must be one of fr, en, es, de/, 2],
    [['--date', '2025-02-30', 'a.txt'], /--date must be a real date/, 2],
  ] as const)(
    'bad input %j: a clear message, a non-zero exit, the other files processed',
    async (args, message, code) => {
      const files = args.map((a) => (a.endsWith('.txt') ? join(dir, a) : a));
      const r = await run(...files, join(dir, 'a.txt'));
      expect(r.code).toBe(code);
      expect(r.err.join('\n')).toMatch(message);
      expect(r.json.map((l) => l.file)).toContain(join(dir, 'a.txt'));
    },
  );

  it('an option with no value, at the end', async () => {
    const r = await run(join(dir, 'a.txt'), '--date');
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--date needs a value/);
    expect(r.out).toHaveLength(1);
  });

  it('no file at all is a usage error', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/no file given/);
  });

  it('runs as `npm run --silent extract`', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'extract', '--', join(dir, 'a.txt')],
      {
        cwd: join(import.meta.dirname, '../../..'),
      },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).mentions[0].text).toBe('about $1 billion');
  }, 30_000);
});
