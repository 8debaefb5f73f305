/** The languages Tally reads. */
export type Lang = 'fr' | 'en' | 'es' | 'de';

export type MentionKind = 'money' | 'percent' | 'power' | 'energy' | 'count' | 'multiple';

export type Qualifier =
  | 'approximately'
  | 'more-than'
  | 'less-than'
  | 'up-to'
  | 'at-least'
  | 'vague';

/** A figure found in text: a span and what it means. */
export interface Mention {
  /** The figure as written: `text === input.slice(start, end)`. */
  text: string;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  kind: MentionKind;
  /**
   * Money in currency units, power in W, energy in Wh, percent as written (0.6 for "0,6 %"),
   * counts as numbers, multiples as the factor; null for vague amounts.
   */
  value: number | null;
  /** Upper bound of a range ("$66-72 billion"), else null. */
  valueMax: number | null;
  /** ISO 4217 code for money, else null. */
  currency: string | null;
  /** `W`, `Wh`, `%`, `pp`, `bp` (basis points), `x`, or the normalised count noun (`GPU`, `user`…); null for money. */
  unit: string | null;
  qualifier: Qualifier | null;
  /** Name of the rule that found it, so the hover card and tests can say why. */
  rule: string;
}
