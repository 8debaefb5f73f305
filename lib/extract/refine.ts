/**
 * Refiners run after the scan, over all the mentions of a text (after wanasit/chrono), and
 * settle what depends on the figures around them. The scan already emits mentions sorted and
 * apart (it never pushes one that starts before the end of the last), so none has to sort or
 * drop overlaps.
 */
import type { Mention } from './types';

/**
 * True when a sentence ends between a and b (the start of a mention): a line break, or . ! ? then
 * a space and, after a dot, a capital or a digit (which may be the one at b).
 */
const sentenceBreak = (t: string, a: number, b: number) =>
  /\n(?!$)|[!?][ \xa0\u202f\u2009\u2007\t\n\f\r]|\.[ \xa0\u202f\u2009\u2007\t\n\f\r]+[A-ZÀ-ÖØ-Þ\d]/.test(
    t.slice(a, b + 1),
  );

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
