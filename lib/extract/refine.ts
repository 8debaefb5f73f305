/**
 * Refiners run after the scan, over all the mentions of a text (after wanasit/chrono): each
 * has a name and returns the mentions it was given, changed or filtered.
 */
import { isDigit, isSpace } from './numbers';
import type { Mention } from './types';

export interface Refiner {
  name: string;
  run(mentions: Mention[], text: string): Mention[];
}

const isUpperStart = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** True when a sentence ends between a and b: a line break, or . ! ? then a capital or a digit. */
export function sentenceBreak(t: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) return true;
    if ((c === 46 || c === 33 || c === 63) && isSpace(t.charCodeAt(i + 1))) {
      if (c !== 46) return true;
      let j = i + 1;
      while (j < b && isSpace(t.charCodeAt(j))) j++;
      const d = t.charCodeAt(j);
      if (isUpperStart(d) || isDigit(d)) return true;
    }
  }
  return false;
}

/**
 * A bare scaled number takes the currency of the money figure before it in the same sentence:
 * "85 milliards de dollars, contre 75 milliards l'an dernier".
 */
export const inheritCurrency: Refiner = {
  name: 'inherit-currency',
  run(mentions, text) {
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
  },
};

/**
 * Keeps mentions sorted and apart: of two that overlap, the longer (then the first) stays. The
 * scan already emits them in order, so this sorts only when it finds them out of order.
 */
export const dropOverlaps: Refiner = {
  name: 'drop-overlaps',
  run(mentions) {
    let sorted = mentions;
    for (let i = 1; i < mentions.length; i++) {
      if ((mentions[i] as Mention).start < (mentions[i - 1] as Mention).start) {
        sorted = mentions.slice().sort((a, b) => a.start - b.start || b.end - a.end);
        break;
      }
    }
    const out: Mention[] = [];
    for (const m of sorted) {
      const prev = out[out.length - 1];
      if (!prev || m.start >= prev.end) out.push(m);
      else if (m.end - m.start > prev.end - prev.start) out[out.length - 1] = m;
    }
    return out;
  },
};

/** The refiners, in the order they run. */
export const REFINERS: Refiner[] = [inheritCurrency, dropOverlaps];
