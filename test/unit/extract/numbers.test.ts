/** Number formats: thousands and decimal marks by language, signs. */
import { describe, it } from 'vitest';
import { expectFigure, expectNothing, type Row } from './helpers.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const formats: Row[] = [
  // French typography: space, no-break space or narrow no-break space between thousands
  [
    'fr',
    'La console se vend 1 234,5 € en édition collector.',
    { text: '1 234,5 €', value: 1234.5, currency: 'EUR' },
  ],
  [
    'fr',
    `Le forfait coûte 2${NBSP}499${NBSP}€ par an.`,
    { text: `2${NBSP}499${NBSP}€`, value: 2499 },
  ],
  [
    'fr',
    `Airbus a livré 766${NNBSP}000 sièges, soit 12${NNBSP}345,67 € par appareil.`,
    { text: `12${NNBSP}345,67 €`, value: 12345.67 },
  ],
  ['fr', 'La prime atteint 1 000 000 € pour le lauréat.', { text: '1 000 000 €', value: 1e6 }],
  ['fr', 'Le fonds pèse 1,3 milliard d’euros.', { text: '1,3 milliard d’euros', value: 1.3e9 }],
  ['fr', 'Le billet est passé à 1,300 € hier.', { text: '1,300 €', value: 1.3 }],
  ['fr', 'Elle a payé 94.000 € pour la licence.', { text: '94.000 €', value: 94000 }],
  [
    'fr',
    'Un chiffre en style anglais : 1,234.5 € seulement.',
    { text: '1,234.5 €', value: 1234.5 },
  ],
  // Spanish and German: dot for thousands, comma for decimals
  [
    'es',
    'Iberdrola invertirá 1.234,5 millones de euros.',
    { text: '1.234,5 millones de euros', value: 1.2345e9 },
  ],
  ['es', 'El abono anual cuesta 12.500 euros.', { text: '12.500 euros', value: 12500 }],
  ['es', 'La acción cerró en 3,75 euros.', { text: '3,75 euros', value: 3.75 }],
  ['es', 'El préstamo fue de $5.00 en efectivo.', { text: '$5.00', value: 5 }],
  [
    'de',
    'SAP meldete einen Umsatz von 1.234,5 Mio. Euro.',
    { text: '1.234,5 Mio. Euro', value: 1.2345e9 },
  ],
  ['de', 'Die Kaufprämie beträgt 12.345,67 € pro Auto.', { text: '12.345,67 €', value: 12345.67 }],
  ['de', 'Der Haushalt umfasst 12 500 EUR für Reisen.', { text: '12 500 EUR', value: 12500 }],
  ['de', 'Die Aktie kostete zuletzt 2,5 Euro.', { text: '2,5 Euro', value: 2.5 }],
  // English: comma for thousands, dot for decimals
  [
    'en',
    'Netflix added 1,234.5 million dollars of revenue.',
    { text: '1,234.5 million dollars', value: 1.2345e9 },
  ],
  ['en', 'The headset costs $3,499 in the US.', { text: '$3,499', value: 3499 }],
  ['en', 'The firm paid $1,300 per seat.', { text: '$1,300', value: 1300 }],
  ['en', 'Revenue reached $12,345,678 last quarter.', { text: '$12,345,678', value: 12345678 }],
  ['en', 'Its shares rose to $0.6 before the bell.', { text: '$0.6', value: 0.6 }],
  // 1,3 in English text is a decimal only before a scale
  ['en', 'A French rival raised 1,3 billion euros.', { text: '1,3 billion euros', value: 1.3e9 }],
  [
    'en',
    'The Indian unit earned 12,34,567.89 rupees.',
    { text: '12,34,567.89 rupees', value: 1234567.89 },
  ],
];

const signs: Row[] = [
  ['fr', 'Le titre a fini à +3,2 % vendredi.', { text: '+3,2 %', kind: 'percent', value: 3.2 }],
  ['fr', 'Le titre a fini à -1,5 % lundi.', { text: '-1,5 %', kind: 'percent', value: -1.5 }],
  ['fr', 'Le titre a fini à −0,6 % mardi.', { text: '−0,6 %', kind: 'percent', value: -0.6 }],
  ['en', 'Shares closed −2.4% in New York.', { text: '−2.4%', value: -2.4 }],
  ['en', 'The index gained +0.8% on Monday.', { text: '+0.8%', value: 0.8 }],
  ['es', 'El Ibex cerró con un -1,2% el jueves.', { text: '-1,2%', value: -1.2 }],
  ['de', 'Der DAX schloss mit −0,7 Prozent.', { text: '−0,7 Prozent', value: -0.7 }],
];

describe('number formats', () => {
  it.each(formats)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('signs', () => {
  it.each(signs)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
  it('a hyphen between numbers is no sign', () => {
    expectFigure('en', 'Analysts see $66-72 billion.', {
      text: '$66-72 billion',
      value: 66e9,
      valueMax: 72e9,
    });
  });
  it('a malformed run of separators is no figure', () => {
    expectNothing('en', 'Build 1,2,3,4 € was pulled.', '1,2,3,4');
  });
});
