/** Percentages and percentage points; power and energy. */
import { describe, it } from 'vitest';
import { expectFigure, type Row } from './helpers.ts';

const percent: Row[] = [
  [
    'fr',
    'Le chômage recule à 7,3 % au trimestre.',
    { text: '7,3 %', kind: 'percent', value: 7.3, unit: '%' },
  ],
  [
    'fr',
    'Les ventes ont progressé de 12 pour cent.',
    { text: '12 pour cent', value: 12, unit: '%' },
  ],
  [
    'fr',
    'La marge perd 0,6 point de pourcentage.',
    { text: '0,6 point de pourcentage', value: 0.6, unit: 'pp' },
  ],
  [
    'fr',
    'Le taux baisse de 2 points de pourcentage.',
    { text: '2 points de pourcentage', value: 2, unit: 'pp' },
  ],
  ['en', 'Inflation slowed to 2.4% in March.', { text: '2.4%', value: 2.4, unit: '%' }],
  ['en', 'Margins fell 3 per cent in Britain.', { text: '3 per cent', value: 3 }],
  ['en', 'Sales grew 15 percent year on year.', { text: '15 percent', value: 15 }],
  [
    'en',
    'Margins widened by 1.5 percentage points.',
    { text: '1.5 percentage points', value: 1.5, unit: 'pp' },
  ],
  [
    'en',
    'The margin gained 120 basis points.',
    { text: '120 basis points', value: 120, unit: 'bp' },
  ],
  ['en', 'Gross margin rose 2pp in the quarter.', { text: '2pp', value: 2, unit: 'pp' }],
  ['es', 'El paro bajó al 11,2% en junio.', { text: '11,2%', value: 11.2 }],
  ['es', 'Las ventas subieron un 8 por ciento.', { text: '8 por ciento', value: 8 }],
  [
    'es',
    'El margen cayó 1,5 puntos porcentuales.',
    { text: '1,5 puntos porcentuales', unit: 'pp' },
  ],
  ['de', 'Die Inflation sank auf 2,2 Prozent.', { text: '2,2 Prozent', value: 2.2, unit: '%' }],
  ['de', 'Der Umsatz stieg um 5 %.', { text: '5 %', value: 5 }],
  [
    'de',
    'Die Quote fiel um 0,3 Prozentpunkte.',
    { text: '0,3 Prozentpunkte', value: 0.3, unit: 'pp' },
  ],
];

const power: Row[] = [
  [
    'fr',
    'Le parc éolien produira 500 MW dès 2026.',
    { text: '500 MW', kind: 'power', value: 5e8, unit: 'W' },
  ],
  ['fr', 'Le campus consommera 1,5 gigawatt au total.', { text: '1,5 gigawatt', value: 1.5e9 }],
  ['fr', 'La centrale atteint 3 mégawatts de pointe.', { text: '3 mégawatts', value: 3e6 }],
  [
    'fr',
    'La France a exporté 89 TWh en 2024.',
    { text: '89 TWh', kind: 'energy', value: 8.9e13, unit: 'Wh' },
  ],
  [
    'fr',
    'Le site stockera 2 gigawattheures.',
    { text: '2 gigawattheures', kind: 'energy', value: 2e9 },
  ],
  [
    'fr',
    'Les Émirats financeront un campus d’un gigawatt.',
    { text: 'un gigawatt', kind: 'power', value: 1e9 },
  ],
  ['en', 'The site will need two gigawatts.', { text: 'two gigawatts', kind: 'power', value: 2e9 }],
  ['en', 'The cluster will draw 2 GW of power.', { text: '2 GW', kind: 'power', value: 2e9 }],
  ['en', 'The farm adds 40 gigawatts of capacity.', { text: '40 gigawatts', value: 4e10 }],
  ['en', 'A home battery stores 13.5 kWh.', { text: '13.5 kWh', kind: 'energy', value: 13500 }],
  [
    'en',
    'The plant makes 300 megawatt-hours a day.',
    { text: '300 megawatt-hours', kind: 'energy', value: 3e8 },
  ],
  [
    'en',
    'Data centres used 460 terawatt hours.',
    { text: '460 terawatt hours', kind: 'energy', value: 4.6e14 },
  ],
  ['en', 'Each rack needs 120 kW of cooling.', { text: '120 kW', value: 120000 }],
  ['en', 'Its grid tops out at 1 TW.', { text: '1 TW', value: 1e12 }],
  ['es', 'La planta tendrá 500 megavatios.', { text: '500 megavatios', kind: 'power', value: 5e8 }],
  [
    'es',
    'El parque generó 2 gigavatios hora.',
    { text: '2 gigavatios hora', kind: 'energy', value: 2e9 },
  ],
  [
    'de',
    'Das Kraftwerk liefert 800 Megawatt.',
    { text: '800 Megawatt', kind: 'power', value: 8e8 },
  ],
  [
    'de',
    'Deutschland verbrauchte 500 Terawattstunden.',
    { text: '500 Terawattstunden', kind: 'energy', value: 5e14 },
  ],
  ['de', 'Der Speicher fasst 100 MWh.', { text: '100 MWh', kind: 'energy', value: 1e8 }],
];

describe('percentages and points', () => {
  it.each(percent)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('power and energy', () => {
  it.each(power)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});
