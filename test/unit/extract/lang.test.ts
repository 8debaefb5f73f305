/** The language of a text, when the page does not say it. */
import { describe, expect, it } from 'vitest';
import { detectLang, extract } from '../../../lib/extract/index.ts';

describe('detectLang', () => {
  it.each([
    [
      'fr',
      'Le groupe a annoncé mardi une hausse de ses ventes, portée par la demande des centres de données.',
    ],
    ['en', 'The company said on Tuesday that its sales rose, driven by demand from data centres.'],
    [
      'es',
      'La compañía anunció el martes que sus ventas subieron por la demanda de los centros de datos.',
    ],
    [
      'de',
      'Das Unternehmen teilte am Dienstag mit, dass der Umsatz wegen der Nachfrage gestiegen ist.',
    ],
  ] as const)('%s', (lang, text) => {
    expect(detectLang(text)).toBe(lang);
  });
  it('falls back when no common word appears', () => {
    expect(detectLang('42 · 17 · 9', 'de')).toBe('de');
    expect(detectLang('')).toBe('en');
  });
  it('extract uses the detected language when none is given', () => {
    // "1,5" is a decimal in French, not part of an English number
    const fr = extract('Le groupe a levé 1,5 milliard d’euros pour la construction des usines.');
    expect(fr.map((m) => m.value)).toEqual([1.5e9]);
    const en = extract('The firm paid $1,500 for the licence and the support.');
    expect(en.map((m) => m.value)).toEqual([1500]);
  });
  it('the given language wins over the text', () => {
    const text = 'Le prix est de 1.500 € pour la licence.';
    expect(extract(text, { lang: 'fr' })[0]?.value).toBe(1500);
    expect(extract(text, { lang: 'en' })[0]?.value).toBe(1.5);
  });
});
