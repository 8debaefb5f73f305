/** Scale words and abbreviations, false friends, and spelled-out numbers with a scale. */
import { describe, it } from 'vitest';
import { expectFigure, expectNothing, type Row } from './helpers.ts';

const scales: Row[] = [
  [
    'fr',
    'TotalEnergies investira 5 millions d’euros à Pau.',
    { text: '5 millions d’euros', value: 5e6, currency: 'EUR' },
  ],
  ['fr', 'La levée atteint 2 milliards d’euros.', { text: '2 milliards d’euros', value: 2e9 }],
  ['fr', 'Le chiffre d’affaires est de 62 Md€.', { text: '62 Md€', value: 62e9, currency: 'EUR' }],
  ['fr', 'Les pertes atteignent 3,5 Mds€.', { text: '3,5 Mds€', value: 3.5e9 }],
  ['fr', 'La start-up lève 12 M€ en série A.', { text: '12 M€', value: 12e6 }],
  ['fr', 'Le prix de revient est de 300 k€.', { text: '300 k€', value: 300000 }],
  ['fr', 'Le budget est de 2 Md d’euros.', { text: '2 Md d’euros', value: 2e9 }],
  [
    'de',
    'Siemens investiert 2 Mrd. Euro in Werke.',
    { text: '2 Mrd. Euro', value: 2e9, currency: 'EUR' },
  ],
  ['de', 'Die Bahn braucht 3 Mrd Euro mehr.', { text: '3 Mrd Euro', value: 3e9 }],
  ['de', 'Der Verlust lag bei 450 Mio. Euro.', { text: '450 Mio. Euro', value: 450e6 }],
  [
    'de',
    'Bosch plant 1,5 Milliarden Euro für Chips.',
    { text: '1,5 Milliarden Euro', value: 1.5e9 },
  ],
  [
    'de',
    'Der Fonds hält 700 Millionen Dollar.',
    { text: '700 Millionen Dollar', value: 700e6, currency: 'USD' },
  ],
  ['es', 'Inditex ganó 5.000 millones de euros.', { text: '5.000 millones de euros', value: 5e9 }],
  [
    'es',
    'Telefónica pagará 1,2 mil millones de euros.',
    { text: '1,2 mil millones de euros', value: 1.2e9 },
  ],
  [
    'es',
    'El club recibió 20 mil dólares.',
    { text: '20 mil dólares', value: 20000, currency: 'USD' },
  ],
  [
    'en',
    'Microsoft will spend $80bn on data centres.',
    { text: '$80bn', value: 80e9, currency: 'USD' },
  ],
  ['en', 'Arm raised £250m in the offering.', { text: '£250m', value: 250e6, currency: 'GBP' }],
  ['en', 'The startup charges $50k per licence.', { text: '$50k', value: 50000 }],
  ['en', 'The fund shrank to $2b this year.', { text: '$2b', value: 2e9 }],
  ['en', 'Ireland collected €13 mn in fines.', { text: '€13 mn', value: 13e6 }],
  ['en', 'Sberbank lost 3 mln dollars on the deal.', { text: '3 mln dollars', value: 3e6 }],
  ['en', 'Apple is worth $3.5tn today.', { text: '$3.5tn', value: 3.5e12 }],
  [
    'en',
    'Saudi Aramco is valued at 1.7 trillion dollars.',
    { text: '1.7 trillion dollars', value: 1.7e12 },
  ],
  ['en', 'The grant was $2.5 thousand per student.', { text: '$2.5 thousand', value: 2500 }],
  [
    'en',
    'Tata will invest ₹5,000 crore in the plant.',
    { text: '₹5,000 crore', value: 5e10, currency: 'INR' },
  ],
  ['en', 'The IPO raised 35 lakh rupees from staff.', { text: '35 lakh rupees', value: 3.5e6 }],
];

const falseFriends: Row[] = [
  [
    'es',
    'La deuda pública supera el billón de euros: 1,6 billones de euros.',
    { text: '1,6 billones de euros', value: 1.6e12 },
  ],
  ['es', 'El PIB alcanzó un billón de euros.', { text: 'un billón de euros', value: 1e12 }],
  [
    'de',
    'Die Staatsschulden betragen 2,5 Billionen Euro.',
    { text: '2,5 Billionen Euro', value: 2.5e12 },
  ],
  ['de', 'Das Vermögen liegt bei 1 Billion Euro.', { text: '1 Billion Euro', value: 1e12 }],
  [
    'fr',
    'La dette mondiale dépasse les 300 billions de dollars ?',
    { text: '300 billions de dollars', value: 300e12 },
  ],
  [
    'en',
    'Nvidia is worth 3 billion dollars more than Intel.',
    { text: '3 billion dollars', value: 3e9 },
  ],
];

const spelled: Row[] = [
  [
    'fr',
    'Le plan coûtera un milliard d’euros.',
    { text: 'un milliard d’euros', value: 1e9, currency: 'EUR' },
  ],
  [
    'fr',
    'Orange dépensera deux milliards d’euros.',
    { text: 'deux milliards d’euros', value: 2e9 },
  ],
  [
    'fr',
    'Le projet vise trois millions d’abonnés.',
    { text: 'trois millions d’abonnés', value: 3e6, unit: 'subscriber' },
  ],
  [
    'en',
    'The buyout is worth a billion dollars.',
    { text: 'a billion dollars', value: 1e9, currency: 'USD' },
  ],
  [
    'en',
    'AI could add half a trillion dollars to GDP.',
    { text: 'half a trillion dollars', value: 5e11 },
  ],
  [
    'en',
    'The app reached one million users in a week.',
    { text: 'one million users', value: 1e6, unit: 'user' },
  ],
  [
    'en',
    'The deal is worth three quarters billion dollars.',
    { text: 'three quarters billion dollars', value: 7.5e8 },
  ],
  ['de', 'Der Bund gibt eine Milliarde Euro frei.', { text: 'eine Milliarde Euro', value: 1e9 }],
  [
    'de',
    'Die Firma verlor achtundsiebzig Millionen Dollar.',
    { text: 'achtundsiebzig Millionen Dollar', value: 78e6 },
  ],
  ['es', 'El Gobierno aportará un millón de euros.', { text: 'un millón de euros', value: 1e6 }],
  [
    'es',
    'Meta invertirá mil millones de dólares en Europa.',
    { text: 'mil millones de dólares', value: 1e9, currency: 'USD' },
  ],
  [
    'es',
    'La fusión suma dos mil millones de euros.',
    { text: 'dos mil millones de euros', value: 2e9 },
  ],
];

describe('scale words and abbreviations', () => {
  it.each(scales)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
  it('a one-letter scale needs a currency or a noun', () => {
    expectNothing('en', 'The wall is 5m high.');
    expectNothing('en', 'The 4K screen is sharp.');
  });
});

describe('false friends: billion, billón, Billion', () => {
  it.each(falseFriends)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('spelled-out numbers with a scale', () => {
  it.each(spelled)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});
