/**
 * A page's visible text, block by block, as the reader sees it: what the content script scans
 * and what `npm run extract` reads from an .html file (through happy-dom). DOM only, no
 * extension API. Each block maps its string offsets back to (Text node, offset) so a figure
 * found in the string can be highlighted with a StaticRange.
 */

/** Elements whose content is never page text for a reader. */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'PRE',
  'CODE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new block of text; the others (em, strong, a, span…) flow inside one. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** A run of block text that comes from one Text node: text[start, start+length) = node.data[offset, …). */
export interface Segment {
  start: number;
  node: Text;
  offset: number;
  length: number;
}

/** The visible text of one block-level element, with its way back to the DOM. */
export interface TextBlock {
  /** Whitespace collapsed as a browser renders it; no-break spaces kept. */
  text: string;
  /** The block-level element the text belongs to. */
  element: Element;
  /** Sorted by start; together they cover every character of `text`. */
  segments: Segment[];
  /** For a table cell: the text of its row header and column header. */
  rowHeader?: string;
  columnHeader?: string;
}

/** A DOM position: what a StaticRange needs at either end. */
export interface DomPoint {
  node: Text;
  offset: number;
}

type Win = Pick<Window, 'getComputedStyle'> & { NodeFilter: typeof NodeFilter };

/** True when an element and everything in it is hidden from the reader or not page text. */
export function isSkipped(el: Element, win?: Pick<Window, 'getComputedStyle'>): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-tally-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'textbox')
    return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (win) {
    const style = win.getComputedStyle(el);
    if (
      style.display === 'none' ||
      style.visibility === 'hidden' ||
      style.visibility === 'collapse'
    )
      return true;
  }
  return false;
}

/** Whitespace a browser collapses; the no-break spaces of French typography stay. */
const isCollapsible = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12;

/**
 * Collects the visible text under `root`, one block per block-level element. Inline elements
 * are joined: `près de <em>80 milliards</em> d’euros` is one string. Hidden subtrees (by tag,
 * `hidden`, `aria-hidden`, `display:none`, `visibility:hidden`), editable fields and Tally's own
 * UI (`[data-tally-ui]`) are skipped whole.
 */
export function collectTextBlocks(
  root: Node,
  win: Win | undefined = globalThis.window as unknown as Win | undefined,
): TextBlock[] {
  return Array.from(iterateTextBlocks(root, win));
}

/**
 * The same blocks as `collectTextBlocks`, one at a time, so that the content script can stop
 * between two blocks and give the page's main thread back.
 */
export function* iterateTextBlocks(
  root: Node,
  win: Win | undefined = globalThis.window as unknown as Win | undefined,
): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const NF =
    win?.NodeFilter ?? (globalThis as unknown as { NodeFilter: typeof NodeFilter }).NodeFilter;
  const style = win && typeof win.getComputedStyle === 'function' ? win : undefined;
  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;

  /** Ends the block being built; returns it when it has text. */
  const finish = (): TextBlock | null => {
    const done = current;
    current = null;
    currentBlock = null;
    if (!done) return null;
    trimEnd(done);
    return done.text ? done : null;
  };

  const walker = doc.createTreeWalker(root, NF.SHOW_ELEMENT | NF.SHOW_TEXT, {
    acceptNode(node: Node) {
      if (node.nodeType !== 1) return NF.FILTER_ACCEPT;
      return isSkipped(node as Element, style) ? NF.FILTER_REJECT : NF.FILTER_ACCEPT;
    },
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
        const done = finish();
        if (done) yield done;
      }
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (!data) continue;
    const block = blockOf(text, root);
    if (block !== currentBlock) {
      const done = finish();
      if (done) yield done;
      currentBlock = block;
    }
    if (!current) current = newBlock(block);
    append(current, text, data);
  }
  const done = finish();
  if (done) yield done;
}

function newBlock(element: Element): TextBlock {
  const block: TextBlock = { text: '', element, segments: [] };
  const cell = element.closest('td, th');
  if (cell) Object.assign(block, tableHeaders(cell));
  return block;
}

/** The block-level element a node's text belongs to: what must be read again when it changes. */
export function enclosingBlock(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/** The nearest block-level ancestor of a node (or the root's element). */
function blockOf(node: Node, root: Node): Element {
  let el = node.parentElement as Element;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) {
    el = el.parentElement as Element;
  }
  return el ?? (root as Element);
}

/** Appends a Text node's data, collapsing runs of whitespace to one space. */
function append(block: TextBlock, node: Text, data: string): void {
  let i = 0;
  while (i < data.length) {
    if (isCollapsible(data.charCodeAt(i))) {
      const first = i;
      while (i < data.length && isCollapsible(data.charCodeAt(i))) i++;
      if (block.text && !block.text.endsWith(' ')) addSegment(block, node, first, ' ');
      continue;
    }
    const from = i;
    while (i < data.length && !isCollapsible(data.charCodeAt(i))) i++;
    addSegment(block, node, from, data.slice(from, i));
  }
}

function addSegment(block: TextBlock, node: Text, offset: number, s: string): void {
  const last = block.segments[block.segments.length - 1];
  if (last && last.node === node && last.offset + last.length === offset) last.length += s.length;
  else block.segments.push({ start: block.text.length, node, offset, length: s.length });
  block.text += s;
}

function trimEnd(block: TextBlock): void {
  if (!block.text.endsWith(' ')) return;
  block.text = block.text.slice(0, -1);
  const last = block.segments[block.segments.length - 1] as Segment;
  if (--last.length === 0) block.segments.pop();
}

/** The row header and column header of a table cell, when the table has them. */
function tableHeaders(cell: Element): { rowHeader?: string; columnHeader?: string } {
  const out: { rowHeader?: string; columnHeader?: string } = {};
  const row = cell.closest('tr');
  const table = cell.closest('table');
  if (!row || !table) return out;
  const cells = Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
  const rowHead = cells.find((c) => c.tagName === 'TH' || c.getAttribute('scope') === 'row');
  if (rowHead && rowHead !== cell) out.rowHeader = clean(rowHead.textContent);
  let col = 0;
  for (const c of cells) {
    if (c === cell) break;
    col += Number(c.getAttribute('colspan') ?? 1) || 1;
  }
  const headRow =
    table.querySelector('thead tr') ??
    Array.from(table.querySelectorAll('tr')).find((r) => r.querySelector('th') && r !== row);
  if (headRow && headRow !== row) {
    let k = 0;
    for (const h of Array.from(headRow.children)) {
      const span = Number(h.getAttribute('colspan') ?? 1) || 1;
      if (col >= k && col < k + span) {
        if (h !== rowHead || k > 0) out.columnHeader = clean(h.textContent);
        break;
      }
      k += span;
    }
  }
  return out;
}

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The DOM point of a block offset; `end` picks the end of the previous character (for range ends). */
export function pointAt(block: TextBlock, offset: number, end = false): DomPoint | null {
  const segs = block.segments;
  const target = end ? offset - 1 : offset;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (target < s.start) hi = mid - 1;
    else if (target >= s.start + s.length) lo = mid + 1;
    else return { node: s.node, offset: s.offset + (target - s.start) + (end ? 1 : 0) };
  }
  return null;
}

/** The DOM ends of block text [start, end): what a StaticRange is built from. */
export function rangeAt(
  block: TextBlock,
  start: number,
  end: number,
): { start: DomPoint; end: DomPoint } | null {
  const a = pointAt(block, start);
  const b = pointAt(block, end, true);
  return a && b ? { start: a, end: b } : null;
}

/** The separator between blocks when a page's text is read as one string (CLI offsets). */
export const BLOCK_SEPARATOR = '\n\n';

/** The blocks joined by a blank line, with where each block starts in the joined string. */
export function joinBlocks(blocks: TextBlock[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const b of blocks) {
    if (text) text += BLOCK_SEPARATOR;
    starts.push(text.length);
    text += b.text;
  }
  return { text, starts };
}

/** The page's language from `<html lang>` (primary subtag, lowercase), or null. */
export function pageLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang');
  return lang ? (lang.split('-')[0] as string).toLowerCase() : null;
}
