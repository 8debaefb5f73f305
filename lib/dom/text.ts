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

// NodeFilter is no longer read (the walk is by hand); kept optional so callers need not change.
type Win = Pick<Window, 'getComputedStyle'> & { NodeFilter?: typeof NodeFilter };

/** True when an element and everything in it is hidden from the reader or not page text. */
export function isSkipped(el: Element, win?: Pick<Window, 'getComputedStyle'>): boolean {
  return skippedByMarkup(el) || (win !== undefined && hiddenByStyle(el, win));
}

/** Skipped for its tag or its attributes, whatever the styles. */
function skippedByMarkup(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  // Most elements of an article (p, em, li, td…) carry no attribute: one call says so.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-tally-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.getAttribute('role') === 'textbox')
    return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** `display: none`, `visibility: hidden` or `collapse`, as computed. */
function hiddenByStyle(el: Element, win: Pick<Window, 'getComputedStyle'>): boolean {
  const style = win.getComputedStyle(el);
  return (
    style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse'
  );
}

// Both names of the option: `visibilityProperty` since Chrome 121, `checkVisibilityCSS` before.
const VISIBILITY = { visibilityProperty: true, checkVisibilityCSS: true };

type CheckVisibility = (options?: object) => boolean;

/**
 * A faster `hiddenByStyle` for real browsers: one native checkVisibility() call answers for
 * most elements (it is true only for an element with a box and a visible `visibility`, so
 * never for one hiddenByStyle would skip); the few it calls invisible (no box: display none
 * or contents, content-visibility; visibility) are decided by hiddenByStyle as before. Half
 * the time of getComputedStyle on a 1 MB page. Not used where checkVisibility is not the
 * browser's own (happy-dom walks every ancestor's computed style there).
 */
function styleCheck(
  doc: Document,
  win: Pick<Window, 'getComputedStyle'>,
): (el: Element) => boolean {
  const check = (doc.documentElement as (Element & { checkVisibility?: unknown }) | null)
    ?.checkVisibility;
  const native =
    typeof check === 'function' &&
    /\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(check));
  if (!native) return (el) => hiddenByStyle(el, win);
  return (el) => !(check as CheckVisibility).call(el, VISIBILITY) && hiddenByStyle(el, win);
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
  const hidden =
    win && typeof win.getComputedStyle === 'function' ? styleCheck(doc, win) : undefined;
  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;
  // Text nodes of one parent share their block: blockOf once per parent.
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;
  const tables: TableCache = new Map();

  /** Ends the block being built; returns it when it has text. */
  const finish = (): TextBlock | null => {
    const done = current;
    current = null;
    currentBlock = null;
    if (!done) return null;
    trimEnd(done);
    return done.text ? done : null;
  };

  // A walk by hand in document order, rather than a TreeWalker with a filter: the filter is a
  // call from the browser into script for every node, ten times the cost of the walk itself.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!skippedByMarkup(el) && !hidden?.(el)) {
        descend = true;
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
          const done = finish();
          if (done) yield done;
        }
      }
    } else if (node.nodeType === 3) {
      const text = node as Text;
      const data = text.data;
      if (data) {
        const parent = text.parentNode;
        if (parent !== lastParent || !lastBlock) {
          lastParent = parent;
          lastBlock = blockOf(text, root);
        }
        const block = lastBlock;
        if (block !== currentBlock) {
          const done = finish();
          if (done) yield done;
          currentBlock = block;
        }
        if (!current) current = newBlock(block, tables);
        append(current, text, data);
      }
    }
    // Next in document order: the first child, else the next sibling of the nearest ancestor
    // (up to the root) that has one.
    let next: Node | null = descend ? node.firstChild : null;
    if (!next) {
      let up: Node | null = node;
      while (up && up !== root && !up.nextSibling) up = up.parentNode;
      next = up && up !== root ? up.nextSibling : null;
    }
    node = next;
  }
  const done = finish();
  if (done) yield done;
}

function newBlock(element: Element, tables: TableCache = new Map()): TextBlock {
  const block: TextBlock = { text: '', element, segments: [] };
  const cell = element.closest('td, th');
  if (cell) Object.assign(block, tableHeaders(cell, tables));
  return block;
}

/** The candidate header rows of each table met in one walk, looked up once per table. */
type TableCache = Map<Element, { thead: Element | null; withTh: Element[] }>;

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

// What breaks the one-to-one mapping of characters: a run of two or more collapsible
// characters, or a tab or newline alone (it becomes a space).
const SPECIAL_WHITESPACE = /[ \t\n\f\r]{2,}|[\t\n\f\r]/g;
const TAB_OR_NEWLINE = /[\t\n\f\r]/g;

/**
 * Appends a Text node's data, collapsing runs of whitespace to one space. Words and the single
 * spaces between them keep a one-to-one mapping, so they are copied in one piece, one segment;
 * a regular expression finds the runs that end a piece (no loop over characters in script:
 * page strings are external to the engine, where charCodeAt is slow).
 */
function append(block: TextBlock, node: Text, data: string): void {
  const base = block.text.length;
  const n = data.length;
  let out = '';
  let from = 0;
  // A leading run is dropped when the block is empty or already ends with a space.
  if (base === 0 || block.text.charCodeAt(base - 1) === 32) {
    while (from < n && isCollapsible(data.charCodeAt(from))) from++;
  }
  let odd = false; // the piece holds a tab or newline, to turn into a space
  const piece = (to: number) => {
    if (to <= from) return;
    const s = data.slice(from, to);
    addSegment(block, node, from, base + out.length, to - from);
    out += odd ? s.replace(TAB_OR_NEWLINE, ' ') : s;
  };
  SPECIAL_WHITESPACE.lastIndex = from;
  for (let m = SPECIAL_WHITESPACE.exec(data); m; m = SPECIAL_WHITESPACE.exec(data)) {
    const first = m.index;
    const length = m[0].length;
    if (length === 1) {
      odd = true;
      continue;
    }
    // The run's first character stands for the whole run, as one space.
    if (data.charCodeAt(first) !== 32) odd = true;
    piece(first + 1);
    from = first + length;
    odd = false;
  }
  piece(n);
  block.text += out;
}

/** Block text [start, start+length) is node.data[offset, …); joined to the last segment when both run on. */
function addSegment(
  block: TextBlock,
  node: Text,
  offset: number,
  start: number,
  length: number,
): void {
  const last = block.segments[block.segments.length - 1];
  if (last && last.node === node && last.offset + last.length === offset) last.length += length;
  else block.segments.push({ start, node, offset, length });
}

function trimEnd(block: TextBlock): void {
  if (!block.text.endsWith(' ')) return;
  block.text = block.text.slice(0, -1);
  const last = block.segments[block.segments.length - 1] as Segment;
  if (--last.length === 0) block.segments.pop();
}

/** The row header and column header of a table cell, when the table has them. */
function tableHeaders(
  cell: Element,
  tables: TableCache,
): { rowHeader?: string; columnHeader?: string } {
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
  let heads = tables.get(table);
  if (!heads) {
    // The thead's row, else the first row with a <th> other than the cell's own: the first
    // two rows with a <th> are enough, looked up once per table.
    const thead = table.querySelector('thead tr');
    const withTh = thead
      ? []
      : Array.from(table.querySelectorAll('tr'))
          .filter((r) => r.querySelector('th'))
          .slice(0, 2);
    heads = { thead, withTh };
    tables.set(table, heads);
  }
  const headRow = heads.thead ?? heads.withTh.find((r) => r !== row);
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
