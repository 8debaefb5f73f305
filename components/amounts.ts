/**
 * Short forms of values for charts and lists: "62 Md €", "€62B", "1,3 M GPU", "≈ 77 Md €".
 * The long, plain-words forms are in lib/format/figure.ts.
 */
import type { Qualifier } from '@/lib/extract/types';
import { type UiLang, valueInWords } from '@/lib/format/figure';

/** A value in a Compare unit (`money:EUR`, `count:GPU`, `percent:%`, `power:W`…), short. */
export function shortValue(value: number, unitKey: string, lang: UiLang): string {
  const [kind, unit = ''] = unitKey.split(':');
  if (kind === 'money' && unit) {
    try {
      return new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: unit,
        notation: 'compact',
        maximumSignificantDigits: 3,
      }).format(value);
    } catch {
      // An unknown currency code: the number, then the code.
    }
  }
  if (kind === 'power' || kind === 'energy' || kind === 'percent' || kind === 'multiple') {
    return valueInWords(value, { kind, currency: null, unit: unit || null }, lang);
  }
  const number = new Intl.NumberFormat(lang, {
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** The sign a qualifier is marked with on a bar: ≈, >, ≥, <, ≤. */
export function qualifierMark(qualifier: Qualifier | null): string {
  switch (qualifier) {
    case 'approximately':
      return '≈';
    case 'more-than':
      return '>';
    case 'at-least':
      return '≥';
    case 'less-than':
      return '<';
    case 'up-to':
      return '≤';
    case 'vague':
      return '?';
    default:
      return '';
  }
}

/** A bar's label: "≈ 77 Md €", "> 67 Md €", or "58–63 Md €" for a range. */
export function barLabel(
  low: number,
  high: number,
  qualifier: Qualifier | null,
  unitKey: string,
  lang: UiLang,
): string {
  const mark = qualifierMark(qualifier);
  const text =
    high > low
      ? `${shortValue(low, unitKey, lang)} – ${shortValue(high, unitKey, lang)}`
      : shortValue(low, unitKey, lang);
  return mark ? `${mark} ${text}` : text;
}

/** The unit a Compare unit key is read in, for sentences: "EUR", "GPU", "%"… */
export function unitName(unitKey: string): string {
  const [kind, unit] = unitKey.split(':');
  if (kind === 'power') return 'W';
  if (kind === 'energy') return 'Wh';
  return unit || kind || '';
}

/** A date for lists: "11 févr. 2025", "Feb 11, 2025". */
export function shortDate(ms: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(ms);
}

/** A share as a percentage: 0.234 → "23 %" / "23%". */
export function percent(share: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A count for running text, formatted for the language: 1200 → "1 200" / "1,200". */
export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang).format(n);
}
