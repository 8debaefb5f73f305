/**
 * Refiners run after the scan, over all the mentions of a text (after wanasit/chrono): each
 * returns the mentions it was given, changed or filtered.
 */
import { isDigit, isSpace } from './numbers';
import type { Mention } from './types';

/** True when a sentence ends between a and b: a line break, or . ! ? then a capital or a digit. */
function sentenceBreak(t: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) return true;
    if ((c === 46 || c === 33 || c === 63) && isSpace(t.charCodeAt(i + 1))) {
      if (c !== 46) return true;
      let j = i + 1;
      while (j < b && isSpace(t.charCodeAt(j))) j++;
      const d = t.charCodeAt(j);
      if ((d >= 65 && d <= 90) || (d >= 0xc0 && d <= 0xde && d !== 0xd7) || isDigit(d)) return true;
    }
  }
  return false;
}

/**
 * inherit-currency: a bare scaled number takes the currency of the money figure before it in
 * the same sentence: "85 milliards de dollars, contre 75 milliards l'an dernier".
 */
export function inheritCurrency(mentions: Mention[], text: string): Mention[] {
  let currency: string | null = null;
  let from = 0;
  for (const m of mentions) {
    if (m.kind === 'money' && m.currency) {
      currency = m.currency;
      from = m.end;
    } else if (m.rule === 'scaled' && currency) {
      // Only now look for a sentence end, so a text with no bare scaled number costs nothing.
      if (sentenceBreak(text, from, m.start)) currency = null;
      else {
        m.kind = 'money';
        m.currency = currency;
        m.rule = 'money.inherited';
        from = m.end;
      }
    }
  }
  return mentions;
}

/**
 * drop-overlaps: keeps mentions sorted and apart; of two that overlap, the longer (then the
 * first) stays. The scan already emits them in order, so this sorts only when it finds them out
 * of order.
 */
export function dropOverlaps(mentions: Mention[]): Mention[] {
  const sorted = mentions.some((m, i) => i && m.start < (mentions[i - 1] as Mention).start)
    ? mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end)
    : mentions;
  const out: Mention[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (!prev || m.start >= prev.end) out.push(m);
    else if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
  }
  return out;
}
