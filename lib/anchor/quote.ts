/**
 * Finds a saved claim's quote again in a page's text: exactly where it can, approximately where
 * the page was edited, never on text that only looks a little like it. Pure: text in, offsets out.
 */

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
  /** Offset of the quote in the page's text (blocks joined) when it was saved. */
  position: number;
}

export interface Anchor {
  /** Index of the block the quote was found in, and its offsets in that block. */
  block: number;
  start: number;
  end: number;
  /** 0–1: how sure the match is; below `MIN_SCORE` nothing is returned. */
  score: number;
  exact: boolean;
}

/** Below this a match is not trusted: the claim is reported orphaned rather than misplaced. */
export const MIN_SCORE = 0.75;

/**
 * Spaces, no-break spaces and apostrophes vary between a page's versions; compare without them.
 * One character for one, so offsets stay those of the original text.
 */
function normalise(s: string): string {
  return s.replace(/[\s\u00a0\u202f]/g, ' ').replace(/[’ʼ`]/g, "'");
}

/** Levenshtein similarity of two short strings, 0–1. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const row = [i];
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
    }
    prev = row;
  }
  return 1 - (prev[m] as number) / Math.max(n, m);
}

/**
 * Best approximate occurrence of `quote` in `text` (Sellers' algorithm: edit distance of the
 * quote against any substring), or null when more than a fifth of it differs.
 */
function approximate(
  text: string,
  quote: string,
): { start: number; end: number; similarity: number } | null {
  const m = quote.length;
  if (m === 0 || m > 200) return null;
  const maxEdits = Math.floor(m / 5);
  // col[i]: edits to match quote[0..i) ending at the current text position; start tracks where.
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  let starts = Array.from({ length: m + 1 }, () => 0);
  let best: { start: number; end: number; edits: number } | null = null;
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    const nextStarts = [j];
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = (col[i - 1] as number) + (quote.charCodeAt(i - 1) === c ? 0 : 1);
      const del = (col[i] as number) + 1;
      const ins = (next[i - 1] as number) + 1;
      if (sub <= del && sub <= ins) {
        next[i] = sub;
        nextStarts[i] = i === 1 ? j - 1 : (starts[i - 1] as number);
      } else if (del <= ins) {
        next[i] = del;
        nextStarts[i] = starts[i] as number;
      } else {
        next[i] = ins;
        nextStarts[i] = nextStarts[i - 1] as number;
      }
    }
    col = next;
    starts = nextStarts;
    const edits = col[m] as number;
    if (edits <= maxEdits && (!best || edits < best.edits))
      best = { start: starts[m] as number, end: j, edits };
  }
  return best ? { start: best.start, end: best.end, similarity: 1 - best.edits / m } : null;
}

/** How well the text around a match agrees with the saved prefix and suffix, 0–1. */
function contextScore(text: string, start: number, end: number, sel: QuoteSelector): number {
  const before = normalise(text.slice(Math.max(0, start - sel.prefix.length - 8), start));
  const after = normalise(text.slice(end, end + sel.suffix.length + 8));
  const p = normalise(sel.prefix);
  const s = normalise(sel.suffix);
  const pre = p ? similarity(before.slice(-p.length), p) : 1;
  const post = s ? similarity(after.slice(0, s.length), s) : 1;
  return (pre + post) / 2;
}

/**
 * Finds the quote in the page's blocks. Exact occurrences are scored by their context and by
 * how near they are to the saved position; when the quote is nowhere exactly, an approximate
 * match must look like the quote and sit in the same context.
 */
export function anchorQuote(blocks: readonly string[], sel: QuoteSelector): Anchor | null {
  const quote = normalise(sel.quote);
  if (!quote.trim()) return null;
  const total = blocks.reduce((n, b) => n + b.length + 2, 0) || 1;
  let best: Anchor | null = null;
  let offset = 0;
  const consider = (a: Anchor) => {
    if (a.score >= MIN_SCORE && (!best || a.score > best.score)) best = a;
  };
  const texts = blocks.map(normalise);
  texts.forEach((text, block) => {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      const context = contextScore(text, at, at + quote.length, sel);
      const nearness = 1 - Math.min(1, Math.abs(offset + at - sel.position) / total);
      // The same words elsewhere on the page are not the claim: context weighs most.
      consider({
        block,
        start: at,
        end: at + quote.length,
        exact: true,
        score: 0.5 + 0.4 * context + 0.1 * nearness,
      });
    }
    offset += text.length + 2;
  });
  if (best) return best;
  texts.forEach((text, block) => {
    const found = approximate(text, quote);
    if (!found) return;
    const context = contextScore(text, found.start, found.end, sel);
    // A changed figure in an unchanged sentence is the same claim edited; without context it is not.
    consider({
      block,
      start: found.start,
      end: found.end,
      exact: false,
      score: found.similarity * 0.5 + context * 0.5,
    });
  });
  return best;
}
