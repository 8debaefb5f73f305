/**
 * A peer for `npm run bench -- page`: Tally's first paint done the simplest way a content
 * script can do it, to show how much of Tally's time any design pays on this machine. Built
 * by esbuild in place of content.js in a copy of Tally's test build, so that it talks to
 * Tally's own background. It reads the settings, walks the text nodes down to the bottom of
 * the view (no blocks, no inline joining, no whitespace rules, no visibility checks, no
 * tables), sends each node's text to the background for analysis, as Tally does, and paints
 * the figures and companies of the reply. It is not correct (a figure split across elements
 * is missed, hidden text is read), only cheap. With FLOOR_ALONE it touches no extension API at
 * all: it paints the first digit of each text node in view, with no settings and no analysis.
 */

interface FloorChrome {
  storage: { local: { get(key: string): Promise<unknown> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

interface Analysis {
  blocks?: {
    id: number;
    figures: { mention: { start: number; end: number; kind: string } }[];
    companies: { start: number; end: number; via?: string }[];
  }[];
}

declare const FLOOR_ALONE: boolean;

/** The text nodes from the top of the page to the bottom of the view, script and SVG left out. */
function textInView(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n as Text;
    const parent = text.parentElement;
    if (!parent || !text.data.trim() || parent.closest('script, style, svg')) continue;
    if (parent.getBoundingClientRect().top > innerHeight) break;
    nodes.push(text);
  }
  return nodes;
}

function range(node: Text, start: number, end: number): StaticRange {
  return new StaticRange({
    startContainer: node,
    startOffset: start,
    endContainer: node,
    endOffset: end,
  });
}

function painted(highlights: Record<string, StaticRange[]>): void {
  for (const [name, ranges] of Object.entries(highlights))
    CSS.highlights.set(`tally-${name}`, new Highlight(...ranges));
  // The marks the bench waits for: the view is painted, and nothing more will be read.
  performance.mark('tally:painted');
  performance.mark('tally:read');
}

async function withAnalysis(chrome: FloorChrome): Promise<void> {
  await chrome.storage.local.get('settings');
  const nodes = textInView();
  const lang = document.documentElement.lang.slice(0, 2).toLowerCase();
  const reply = (await chrome.runtime.sendMessage({
    type: 'analyse-blocks',
    lang: ['fr', 'en', 'es', 'de'].includes(lang) ? lang : 'en',
    publishedAt: null,
    blocks: nodes.map((node, id) => ({ id, text: node.data })),
  })) as Analysis;
  const out: Record<string, StaticRange[]> = { money: [], figure: [], company: [] };
  for (const block of reply.blocks ?? []) {
    const node = nodes[block.id] as Text;
    for (const { mention: m } of block.figures)
      out[m.kind === 'money' ? 'money' : 'figure']?.push(range(node, m.start, m.end));
    for (const c of block.companies)
      if (c.via !== 'product') out.company?.push(range(node, c.start, c.end));
  }
  painted(out);
}

function alone(): void {
  const figure: StaticRange[] = [];
  for (const node of textInView()) {
    const at = node.data.search(/\d/);
    if (at >= 0) figure.push(range(node, at, at + 1));
  }
  painted({ figure });
}

if (FLOOR_ALONE) alone();
else void withAnalysis((globalThis as unknown as { chrome: FloorChrome }).chrome);
