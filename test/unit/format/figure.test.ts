import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/extract/types';
import { describeValue, valueInFull, valueInWords } from '@/lib/format/figure';

type Fig = Pick<Mention, 'kind' | 'currency' | 'unit' | 'value' | 'valueMax'>;
const money = (value: number, currency: string, valueMax: number | null = null): Fig => ({
  kind: 'money',
  currency,
  unit: null,
  value,
  valueMax,
});
// Intl writes French thousands with U+202F; compare with plain spaces.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ');

describe('valueInWords', () => {
  it.each([
    [money(62e9, 'EUR'), 'fr', '62 milliards d’euros'],
    [money(62e9, 'EUR'), 'en', '62 billion euros'],
    [money(1.5e9, 'USD'), 'fr', '1,5 milliard de dollars'],
    [money(80e9, 'USD'), 'en', '80 billion US dollars'],
    [money(1e6, 'GBP'), 'fr', '1 million de livres sterling'],
    [money(1599, 'EUR'), 'fr', '1 599 euros'],
    [money(1, 'USD'), 'en', '1 US dollar'],
    [money(1.5, 'EUR'), 'fr', '1,5 euro'],
  ] as const)('%o in %s', (fig, lang, expected) => {
    expect(plain(valueInWords(fig.value as number, fig, lang))).toBe(expected);
  });

  it.each([
    [{ kind: 'power', currency: null, unit: 'W' }, 2e9, 'fr', '2 GW'],
    [{ kind: 'energy', currency: null, unit: 'Wh' }, 4.5e12, 'en', '4.5 TWh'],
    [{ kind: 'percent', currency: null, unit: '%' }, 0.6, 'fr', '0,6 %'],
    [{ kind: 'percent', currency: null, unit: 'pp' }, 2, 'en', '2 percentage points'],
    [{ kind: 'count', currency: null, unit: 'GPU' }, 1.3e6, 'fr', '1,3 million de GPU'],
    [{ kind: 'count', currency: null, unit: 'user' }, 6e8, 'fr', '600 millions d’utilisateurs'],
    [{ kind: 'count', currency: null, unit: 'employee' }, 1, 'en', '1 employee'],
  ] as const)('%o %d in %s', (fig, value, lang, expected) => {
    expect(plain(valueInWords(value, fig, lang))).toBe(expected);
  });
});

describe('valueInFull and describeValue', () => {
  it('writes every digit of an amount', () => {
    expect(plain(valueInFull(62e9, money(62e9, 'EUR'), 'fr'))).toBe('62 000 000 000 €');
    expect(valueInFull(80e9, money(80e9, 'USD'), 'en')).toBe('$80,000,000,000');
    expect(valueInFull(2e9, { kind: 'power', currency: null }, 'en')).toBeNull();
  });

  it('writes ranges and says nothing of vague amounts', () => {
    expect(plain(describeValue(money(66e9, 'USD', 72e9), 'fr'))).toBe(
      'entre 66 milliards de dollars et 72 milliards de dollars',
    );
    expect(describeValue({ ...money(0, 'USD'), value: null }, 'en')).toBeNull();
  });
});
