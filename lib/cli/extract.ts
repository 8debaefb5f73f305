/**
 * `npm run --silent extract -- [--lang fr|en|es|de] [--date YYYY-MM-DD] FILE...`
 *
 * Prints one line of JSON per file: `{"file","lang","mentions":[…],"companies":[]}`. A `.txt`
 * file is read as is and offsets are into its text. An `.html` file is read the way the content
 * script reads a page — its visible blocks, by lib/dom/text.ts, in happy-dom — and offsets are
 * into those blocks joined by a blank line ("\n\n"). Each mention has the fields of `Mention`
 * plus `company`, `metric` and `period`; `companies` lists each mention of a company. Periods
 * are resolved against `--date`, else the page's publication date (`article:published_time`,
 * JSON-LD `datePublished`, `<time datetime>`). Errors go to stderr; the other files are still
 * processed and the exit code is 1 (2 for a bad command line).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { type Analysis, analyseText } from '../analyse.ts';
import type { Discourse } from '../attribute/index.ts';
import { pageMeta } from '../dom/meta.ts';
import { collectTextBlocks, joinBlocks } from '../dom/text.ts';
import { defaultCompanyList } from '../entities/default-list.ts';
import { detectLang } from '../extract/index.ts';
import type { Lang, Mention } from '../extract/types.ts';

const LANGS: readonly Lang[] = ['fr', 'en', 'es', 'de'];
const isLang = (s: string | null | undefined): s is Lang => !!s && (LANGS as string[]).includes(s);

const USAGE = 'usage: npm run --silent extract -- [--lang fr|en|es|de] [--date YYYY-MM-DD] FILE...';

/** A mention as the CLI prints it. */
export interface OutputMention extends Mention {
  company: string | null;
  metric: string | null;
  period: string | null;
}

/** A company named in the text, as the CLI prints it. */
export interface OutputCompany {
  text: string;
  start: number;
  end: number;
  name: string;
  id: string;
}

/** One line of output. */
export interface FileResult {
  file: string;
  lang: Lang;
  mentions: OutputMention[];
  companies: OutputCompany[];
}

/** A block of page text with the headers of its table cell, if any. */
export interface PageBlock {
  text: string;
  rowHeader?: string;
  columnHeader?: string;
}

/** A page's visible text as the content script sees it: its blocks, joined, and its metadata. */
export async function readPage(html: string): Promise<{
  text: string;
  starts: number[];
  blocks: PageBlock[];
  lang: string | null;
  publishedAt: string | null;
}> {
  const win = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  try {
    win.document.write(html);
    const doc = win.document as unknown as Document;
    const blocks = collectTextBlocks(
      doc.body ?? doc.documentElement,
      win as unknown as Parameters<typeof collectTextBlocks>[1],
    );
    const { text, starts } = joinBlocks(blocks);
    const meta = pageMeta(doc);
    return {
      text,
      starts,
      blocks: blocks.map((b) => ({
        text: b.text,
        rowHeader: b.rowHeader,
        columnHeader: b.columnHeader,
      })),
      lang: meta.lang,
      publishedAt: meta.publishedAt,
    };
  } finally {
    await win.happyDOM.close();
  }
}

/**
 * Figures, companies (and products) and attribution of blocks of text, block by block as the
 * content script does (one discourse for the page), with offsets into the blocks joined at
 * `starts`.
 */
export function analyseBlocks(
  blocks: PageBlock[],
  starts: number[],
  lang: Lang,
  publishedAt: string | null,
): Analysis {
  const list = defaultCompanyList();
  const discourse: Discourse = { subject: null };
  const out: Analysis = { mentions: [], companies: [] };
  blocks.forEach((block, i) => {
    const offset = starts[i] as number;
    const context = { rowHeader: block.rowHeader, columnHeader: block.columnHeader };
    const analysis = analyseText(block.text, { lang, publishedAt, context, list, discourse });
    for (const m of analysis.mentions)
      out.mentions.push({ ...m, start: m.start + offset, end: m.end + offset });
    for (const c of analysis.companies)
      out.companies.push({ ...c, start: c.start + offset, end: c.end + offset });
  });
  return out;
}

/** The CLI's line for a file: mentions with company, metric and period; companies only. */
function toOutput(file: string, lang: Lang, analysis: Analysis): FileResult {
  return {
    file,
    lang,
    mentions: analysis.mentions.map(({ attribution: _a, companyId: _c, ...m }) => m),
    companies: analysis.companies
      .filter((c) => c.via !== 'product')
      .map((c) => ({ text: c.text, start: c.start, end: c.end, name: c.name, id: c.id })),
  };
}

/** Reads one file and returns its line of output; throws an Error with a message for the reader. */
export async function extractFile(
  file: string,
  lang: Lang | null,
  date: string | null = null,
): Promise<FileResult> {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `${file}: no such file`
        : code === 'EISDIR'
          ? `${file}: is a directory`
          : `${file}: cannot read (${code ?? String(e)})`,
    );
  }
  let source: string;
  try {
    if (buf.subarray(0, 8192).includes(0)) throw new Error('NUL byte');
    source = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new Error(`${file}: binary file, not UTF-8 text; skipped`);
  }
  if (/\.x?html?$/i.test(file)) {
    const page = await readPage(source);
    const pl = page.lang;
    const l = lang ?? (isLang(pl) ? pl : detectLang(page.text));
    return toOutput(file, l, analyseBlocks(page.blocks, page.starts, l, date ?? page.publishedAt));
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const l = lang ?? detectLang(source);
  return toOutput(file, l, analyseBlocks([{ text: source }], [0], l, date));
}

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The CLI: returns the exit code. `out` gets the JSON lines, `err` the messages. */
export async function main(
  argv: string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Promise<number> {
  let usageError = false;
  let fileError = false;
  let lang: Lang | null = null;
  let date: string | null = null;
  const files: string[] = [];
  const fail = (msg: string) => {
    err(`extract: ${msg}`);
    usageError = true;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      out(USAGE);
      return 0;
    }
    const m = /^--(lang|date)(?:=(.*))?$/.exec(arg);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || (m[2] === undefined && value.startsWith('--'))) {
        if (m[2] === undefined && value !== undefined) i--;
        fail(`--${m[1]} needs a value`);
      } else if (m[1] === 'lang') {
        if (isLang(value)) lang = value;
        else
          fail(
            `--lang must be one of ${LANGS.join(', ')} (got "${value}"); detecting the language instead`,
          );
      } else if (validDate(value)) date = value;
      else fail(`--date must be a real date as YYYY-MM-DD (got "${value}")`);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      fail(`unknown option ${arg}`);
      continue;
    }
    files.push(arg);
  }
  if (files.length === 0) {
    err(`extract: no file given\n${USAGE}`);
    return 2;
  }
  if (usageError) err(USAGE);
  for (const file of files) {
    try {
      out(JSON.stringify(await extractFile(file, lang, date)));
    } catch (e) {
      err(`extract: ${(e as Error).message}`);
      fileError = true;
    }
  }
  return usageError ? 2 : fileError ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
