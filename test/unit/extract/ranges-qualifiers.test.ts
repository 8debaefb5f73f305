/** Ranges and qualifiers. */
import { describe, it } from 'vitest';
import { expectFigure, expectMoney, type Row } from './helpers.ts';

const ranges: Row[] = [
  [
    'en',
    'Capex will be $66-72 billion next year.',
    { text: '$66-72 billion', value: 66e9, valueMax: 72e9, currency: 'USD' },
  ],
  ['en', 'Capex will be $66–72bn next year.', { text: '$66–72bn', value: 66e9, valueMax: 72e9 }],
  [
    'en',
    'Capex will be $70‑72 billion next year.',
    { text: '$70‑72 billion', value: 70e9, valueMax: 72e9 },
  ],
  [
    'en',
    'It sees between $5 billion and $7 billion of savings.',
    { text: 'between $5 billion and $7 billion', value: 5e9, valueMax: 7e9 },
  ],
  [
    'en',
    'Margins should reach 10 to 12 percent.',
    { text: '10 to 12 percent', kind: 'percent', value: 10, valueMax: 12 },
  ],
  [
    'en',
    'It will hire 2,000 to 3,000 employees.',
    { text: '2,000 to 3,000 employees', kind: 'count', value: 2000, valueMax: 3000 },
  ],
  [
    'en',
    'The site needs between 1 and 2 GW.',
    { text: 'between 1 and 2 GW', kind: 'power', value: 1e9, valueMax: 2e9 },
  ],
  [
    'fr',
    'Le budget ira de 66 à 72 milliards de dollars.',
    { text: '66 à 72 milliards de dollars', value: 66e9, valueMax: 72e9 },
  ],
  [
    'fr',
    'Le plan coûtera entre 66 et 72 milliards d’euros.',
    { text: 'entre 66 et 72 milliards d’euros', value: 66e9, valueMax: 72e9, currency: 'EUR' },
  ],
  [
    'fr',
    'La hausse sera comprise entre 5 % et 7 %.',
    { text: 'entre 5 % et 7 %', kind: 'percent', value: 5, valueMax: 7 },
  ],
  ['fr', 'Les prix monteront de 3 à 5 % en 2025.', { text: '3 à 5 %', value: 3, valueMax: 5 }],
  [
    'es',
    'La inversión será de entre 66 y 72 millones de euros.',
    { text: 'entre 66 y 72 millones de euros', value: 66e6, valueMax: 72e6 },
  ],
  [
    'es',
    'Los precios subirán de 3 a 5 por ciento.',
    { text: '3 a 5 por ciento', value: 3, valueMax: 5 },
  ],
  [
    'de',
    'Die Kosten liegen zwischen 66 und 72 Milliarden Euro.',
    { text: 'zwischen 66 und 72 Milliarden Euro', value: 66e9, valueMax: 72e9 },
  ],
  [
    'de',
    'Die Marge soll 5 bis 7 Prozent betragen.',
    { text: '5 bis 7 Prozent', value: 5, valueMax: 7 },
  ],
  // a bare "à" between two ends of a similar size, as in a table cell
  [
    'fr',
    'Prévision 2025 : 60 à 65 Md$',
    { text: '60 à 65 Md$', value: 60e9, valueMax: 65e9, currency: 'USD' },
  ],
];

const qualifiers: Row[] = [
  [
    'fr',
    'Le groupe a investi près de 4 milliards d’euros.',
    { text: 'près de 4 milliards d’euros', qualifier: 'approximately' },
  ],
  [
    'fr',
    'La filiale pèse environ 900 millions d’euros.',
    { text: 'environ 900 millions d’euros', qualifier: 'approximately' },
  ],
  [
    'fr',
    'Le site emploie quelque 2 000 salariés.',
    { text: 'quelque 2 000 salariés', qualifier: 'approximately' },
  ],
  [
    'fr',
    'Le chantier coûte plus de 10 milliards d’euros.',
    { text: 'plus de 10 milliards d’euros', qualifier: 'more-than' },
  ],
  [
    'fr',
    'Le réseau compte plus d’un million de clients.',
    { text: 'plus d’un million de clients', qualifier: 'more-than', value: 1e6 },
  ],
  ['fr', 'La part tombe à moins de 5 %.', { text: 'moins de 5 %', qualifier: 'less-than' }],
  [
    'fr',
    'Le plan prévoit au moins 1 000 emplois.',
    { text: 'au moins 1 000 emplois', qualifier: 'at-least' },
  ],
  [
    'fr',
    'Les amendes vont jusqu’à 4 % du chiffre d’affaires.',
    { text: 'jusqu’à 4 %', qualifier: 'up-to' },
  ],
  [
    'en',
    'Apple spent about $1 billion on it.',
    { text: 'about $1 billion', qualifier: 'approximately' },
  ],
  ['en', 'The chip uses around 700 W.', { text: 'around 700 W', qualifier: 'approximately' }],
  ['en', 'Sales rose nearly 20%.', { text: 'nearly 20%', qualifier: 'approximately' }],
  ['en', 'Almost 1,000 jobs went.', { text: 'Almost 1,000 jobs', qualifier: 'approximately' }],
  [
    'en',
    'It cost roughly $300 million.',
    { text: 'roughly $300 million', qualifier: 'approximately' },
  ],
  ['en', 'It employs some 4,000 staff.', { text: 'some 4,000 staff', qualifier: 'approximately' }],
  ['en', 'The plant cost over $2 billion.', { text: 'over $2 billion', qualifier: 'more-than' }],
  [
    'en',
    'It has more than 500 million users.',
    { text: 'more than 500 million users', qualifier: 'more-than' },
  ],
  ['en', 'It kept less than 5% of the market.', { text: 'less than 5%', qualifier: 'less-than' }],
  ['en', 'Prices start under $10.', { text: 'under $10', qualifier: 'less-than' }],
  ['en', 'Fines can reach up to 6% of revenue.', { text: 'up to 6%', qualifier: 'up-to' }],
  [
    'en',
    'The plan creates at least 2,000 jobs.',
    { text: 'at least 2,000 jobs', qualifier: 'at-least' },
  ],
  [
    'es',
    'La eléctrica invertirá unos 3.000 millones de euros.',
    { text: 'unos 3.000 millones de euros', qualifier: 'approximately' },
  ],
  ['es', 'El paro afecta a casi el 12%.', { text: 'casi el 12%', qualifier: 'approximately' }],
  [
    'es',
    'El grupo tiene cerca de 500 empleados.',
    { text: 'cerca de 500 empleados', qualifier: 'approximately' },
  ],
  [
    'es',
    'Iberia transportó más de 20 millones de personas.',
    { text: 'más de 20 millones de personas', qualifier: 'more-than', unit: 'people' },
  ],
  [
    'es',
    'Las multas llegan hasta 20 millones de euros.',
    { text: 'hasta 20 millones de euros', qualifier: 'up-to' },
  ],
  [
    'de',
    'Die Fabrik kostet rund 10 Milliarden Euro.',
    { text: 'rund 10 Milliarden Euro', qualifier: 'approximately' },
  ],
  [
    'de',
    'Der Konzern hat etwa 5.000 Mitarbeiter.',
    { text: 'etwa 5.000 Mitarbeiter', qualifier: 'approximately' },
  ],
  [
    'de',
    'Der Umsatz stieg um fast 8 Prozent.',
    { text: 'fast 8 Prozent', qualifier: 'approximately' },
  ],
  [
    'de',
    'Sie zahlte knapp 3 Milliarden Dollar.',
    { text: 'knapp 3 Milliarden Dollar', qualifier: 'approximately' },
  ],
  [
    'de',
    'Die App hat mehr als 10 Millionen Nutzer.',
    { text: 'mehr als 10 Millionen Nutzer', qualifier: 'more-than' },
  ],
  [
    'de',
    'Das Werk kostet über 1 Milliarde Euro.',
    { text: 'über 1 Milliarde Euro', qualifier: 'more-than' },
  ],
  ['de', 'Die Strafe beträgt bis zu 4 Prozent.', { text: 'bis zu 4 Prozent', qualifier: 'up-to' }],
];

describe('ranges', () => {
  it.each(ranges)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
  it('"from X to Y" with two full figures is a change: two figures', () => {
    expectMoney('en', 'Capex rose from $5 billion to $8 billion.', [
      ['$5 billion', 5e9, 'USD'],
      ['$8 billion', 8e9, 'USD'],
    ]);
    expectMoney('fr', 'Les dépenses passent de 35 milliards d’euros à 60 milliards d’euros.', [
      ['35 milliards d’euros', 35e9, 'EUR'],
      ['60 milliards d’euros', 60e9, 'EUR'],
    ]);
  });
  it('a bare "a" between numbers of very different sizes is "at", not a range', () => {
    expectFigure('es', 'La acción cotizaba el día 3 a 950 euros.', {
      text: '950 euros',
      valueMax: null,
    });
  });
  it('a year range is no range of figures', () => {
    expectFigure('en', 'In 2024-25 it spent $3 billion.', { text: '$3 billion', valueMax: null });
  });
});

describe('qualifiers are part of the mention', () => {
  it.each(qualifiers)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
  it.each([
    ['fr', 'La capitalisation dépasse 2 000 milliards de dollars.', '2 000 milliards de dollars'],
    ['en', 'Its market value topped $3 trillion.', '$3 trillion'],
    ['es', 'La deuda supera los 1.500 millones de euros.', '1.500 millones de euros'],
    ['de', 'Der Wert übersteigt 100 Milliarden Euro.', '100 Milliarden Euro'],
  ] as const)('a verb makes a lower bound outside the text: [%s] %s', (lang, sentence, text) => {
    expectFigure(lang, sentence, { text, qualifier: 'more-than' });
  });
  it.each([
    ['fr', 'Le budget affiche une hausse pouvant atteindre 12 %.', '12 %'],
    ['en', 'Sales could reach $5 billion next year.', '$5 billion'],
    ['es', 'La inversión podría alcanzar 800 millones de euros.', '800 millones de euros'],
  ] as const)(
    'a modal and "reach" make an upper bound outside the text: [%s] %s',
    (lang, sentence, text) => {
      expectFigure(lang, sentence, { text, qualifier: 'up-to' });
    },
  );
  it('"reach" alone is no qualifier', () => {
    expectFigure('en', 'Sales will reach $5 billion next year.', {
      text: '$5 billion',
      qualifier: null,
    });
  });
});
