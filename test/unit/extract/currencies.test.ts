/** Currencies before or after the number, their contexts, and the currency a bare scaled number inherits. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/extract/index.ts';
import { expectFigure, expectMoney, expectNothing, type Row } from './helpers.ts';

const placement: Row[] = [
  ['fr', 'Le casque vaut 499 € en France.', { text: '499 €', value: 499, currency: 'EUR' }],
  ['fr', 'Le casque vaut 499€ en France.', { text: '499€', value: 499 }],
  ['fr', 'Le casque vaut € 499 en Irlande.', { text: '€ 499', value: 499 }],
  ['fr', 'La licence coûte 1 200 EUR par an.', { text: '1 200 EUR', value: 1200, currency: 'EUR' }],
  ['fr', 'Un crédit de EUR 5000 sur dix ans.', { text: 'EUR 5000', value: 5000 }],
  ['fr', 'La facture atteint 30 euros par mois.', { text: '30 euros', value: 30 }],
  [
    'fr',
    'Le rachat vaut 4 milliards de dollars américains.',
    { text: '4 milliards de dollars américains', currency: 'USD' },
  ],
  [
    'fr',
    'Shopify vise 2 milliards de dollars canadiens.',
    { text: '2 milliards de dollars canadiens', currency: 'CAD' },
  ],
  [
    'fr',
    'La BBC reçoit 3 milliards de livres sterling.',
    { text: '3 milliards de livres sterling', currency: 'GBP' },
  ],
  [
    'fr',
    'Nestlé a versé 500 millions de francs suisses.',
    { text: '500 millions de francs suisses', currency: 'CHF' },
  ],
  [
    'fr',
    'Le contrat atteint 50 millions $ US.',
    { text: '50 millions $ US', value: 50e6, currency: 'USD' },
  ],
  ['en', 'The phone sells for $999 in stores.', { text: '$999', currency: 'USD' }],
  ['en', 'The phone sells for US$ 999 in Asia.', { text: 'US$ 999', currency: 'USD' }],
  [
    'en',
    'The deal is worth USD 2.3 billion.',
    { text: 'USD 2.3 billion', value: 2.3e9, currency: 'USD' },
  ],
  ['en', 'The deal is worth 2.3 billion USD.', { text: '2.3 billion USD', value: 2.3e9 }],
  ['en', 'BP paid £1.2 billion for the stake.', { text: '£1.2 billion', currency: 'GBP' }],
  ['en', 'The bank set aside GBP 400 million.', { text: 'GBP 400 million', currency: 'GBP' }],
  [
    'en',
    'Unilever sold the unit for 2 billion pounds.',
    { text: '2 billion pounds', currency: 'GBP' },
  ],
  [
    'en',
    'Glencore owes 300 million pounds sterling.',
    { text: '300 million pounds sterling', currency: 'GBP' },
  ],
  ['en', 'Shopify earned C$2 billion in sales.', { text: 'C$2 billion', currency: 'CAD' }],
  ['en', 'Qantas lost A$1.4 billion.', { text: 'A$1.4 billion', currency: 'AUD' }],
  ['en', 'HSBC booked HK$10 billion in fees.', { text: 'HK$10 billion', currency: 'HKD' }],
  ['en', 'Roche paid CHF 500 million for the lab.', { text: 'CHF 500 million', currency: 'CHF' }],
  ['en', 'Infosys will spend ₹2,000 crore.', { text: '₹2,000 crore', currency: 'INR' }],
  [
    'en',
    'Samsung set aside ₩3 trillion for chips.',
    { text: '₩3 trillion', value: 3e12, currency: 'KRW' },
  ],
  [
    'en',
    'The sale fetched 125 million Australian dollars.',
    { text: '125 million Australian dollars', currency: 'AUD' },
  ],
  [
    'en',
    'Novartis paid 10,000 Swiss francs in fines.',
    { text: '10,000 Swiss francs', currency: 'CHF' },
  ],
  ['es', 'El vuelo cuesta 89 euros ida y vuelta.', { text: '89 euros', currency: 'EUR' }],
  [
    'es',
    'Mercado Libre ganó 500 millones de dólares.',
    { text: '500 millones de dólares', currency: 'USD' },
  ],
  [
    'es',
    'Pemex debe 20.000 millones de pesos mexicanos.',
    { text: '20.000 millones de pesos mexicanos', currency: 'MXN' },
  ],
  [
    'es',
    'El fondo compró US$ 150 millones en bonos.',
    { text: 'US$ 150 millones', value: 150e6, currency: 'USD' },
  ],
  [
    'es',
    'El Banco Central vendió 2 millones de libras esterlinas.',
    { text: '2 millones de libras esterlinas', currency: 'GBP' },
  ],
  ['de', 'Das Ticket kostet 49 Euro im Monat.', { text: '49 Euro', currency: 'EUR' }],
  [
    'de',
    'Die Übernahme kostet 3 Milliarden US-Dollar.',
    { text: '3 Milliarden US-Dollar', currency: 'USD' },
  ],
  [
    'de',
    'Die Bank zahlte 200 Millionen Schweizer Franken.',
    { text: '200 Millionen Schweizer Franken', currency: 'CHF' },
  ],
  [
    'de',
    'Der Preis liegt bei 2,5 Mio USD.',
    { text: '2,5 Mio USD', value: 2.5e6, currency: 'USD' },
  ],
  [
    'de',
    'Das kostet ca. 99$ pro Kopf.',
    { text: 'ca. 99$', value: 99, qualifier: 'approximately' },
  ],
];

const yenYuan: Row[] = [
  [
    'en',
    'Toyota expects ¥4 trillion of profit in Japan.',
    { text: '¥4 trillion', currency: 'JPY' },
  ],
  [
    'en',
    'Alibaba earned ¥80 billion, or about 11 billion yuan in China.',
    { text: '¥80 billion', currency: 'CNY' },
  ],
  ['en', 'Sony earned 500 billion yen.', { text: '500 billion yen', currency: 'JPY' }],
  ['fr', 'BYD a gagné 30 milliards de yuans.', { text: '30 milliards de yuans', currency: 'CNY' }],
  [
    'fr',
    'Pékin injecte 1 000 milliards de renminbi.',
    { text: '1 000 milliards de renminbi', currency: 'CNY' },
  ],
  ['en', 'Tencent earned RMB 50 billion.', { text: 'RMB 50 billion', currency: 'CNY' }],
];

const kroner: Row[] = [
  ['en', 'Volvo Cars raised 20 billion kr in Sweden.', { text: '20 billion kr', currency: 'SEK' }],
  [
    'en',
    "Norway's fund lost 500 billion kr on stocks.",
    { text: '500 billion kr', currency: 'NOK' },
  ],
  [
    'en',
    'Novo Nordisk, the Danish drugmaker, earned 100 billion kr.',
    { text: '100 billion kr', currency: 'DKK' },
  ],
];

describe('currencies before or after the number', () => {
  it.each(placement)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('¥: yen or yuan by context', () => {
  it.each(yenYuan)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('kr by context', () => {
  it.each(kroner)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, want);
  });
});

describe('$ is US dollars unless the text says otherwise', () => {
  it.each([
    ['en', 'Lululemon earned $1.2 billion.', 'USD'],
    ['en', 'Lululemon earned $1.2 billion (all figures in Canadian dollars).', 'CAD'],
    ['en', 'In Australian dollars, Qantas earned $1.2 billion.', 'AUD'],
    ['fr', 'En dollars canadiens, Bombardier a gagné 1,2 milliard de dollars.', 'CAD'],
    ['es', 'En dólares canadienses, la minera ganó 1,2 mil millones de dólares.', 'CAD'],
    ['en', 'The Canadian dollar fell while Apple earned $1.2 billion.', 'USD'],
  ] as const)('[%s] %s', (lang, sentence, iso) => {
    const money = extract(sentence, { lang }).filter((m) => m.kind === 'money');
    expect(money.map((m) => m.currency)).toEqual([iso]);
  });
});

describe('a bare scaled number takes the currency of the figure before it in its sentence', () => {
  it.each([
    [
      'fr',
      'Meta vise 65 milliards de dollars en 2025, contre 39 milliards en 2024.',
      [
        ['65 milliards de dollars', 65e9, 'USD'],
        ['39 milliards', 39e9, 'USD'],
      ],
    ],
    [
      'en',
      'Amazon guided for €12 billion, up from 9 billion last year.',
      [
        ['€12 billion', 12e9, 'EUR'],
        ['9 billion', 9e9, 'EUR'],
      ],
    ],
    [
      'es',
      'Repsol ganó 3.000 millones de euros, frente a 4.200 millones del año anterior.',
      [
        ['3.000 millones de euros', 3e9, 'EUR'],
        ['4.200 millones', 4.2e9, 'EUR'],
      ],
    ],
    [
      'de',
      'BMW verdiente 12 Milliarden Euro nach 18 Milliarden im Vorjahr.',
      [
        ['12 Milliarden Euro', 12e9, 'EUR'],
        ['18 Milliarden', 18e9, 'EUR'],
      ],
    ],
  ] as const)('[%s] %s', (lang, sentence, want) => {
    expectMoney(lang, sentence, want as unknown as [string, number, string][]);
  });
  it('after an adverb too', () => {
    expectMoney('fr', 'Le fonds lèvera 40 milliards de dollars, dont 10 milliards tout de suite.', [
      ['40 milliards de dollars', 40e9, 'USD'],
      ['10 milliards', 10e9, 'USD'],
    ]);
  });
  it('not across a sentence end', () => {
    const ms = extract('Meta vise 65 milliards de dollars. Ensuite, 39 milliards de connexions.', {
      lang: 'fr',
    });
    expect(ms.map((m) => m.text)).toEqual(['65 milliards de dollars']);
    const next = extract('Meta vise 65 milliards de dollars. Puis 39 milliards.', { lang: 'fr' });
    expect(next.map((m) => [m.text, m.kind, m.currency])).toEqual([
      ['65 milliards de dollars', 'money', 'USD'],
      ['39 milliards', 'count', null],
    ]);
  });
  it('not when a noun follows the scale', () => {
    expectNothing(
      'fr',
      'Meta vise 65 milliards de dollars et 3 milliards de tonnes de CO2.',
      '3 milliards',
    );
  });
});

describe('spelled amounts and cents', () => {
  it.each([
    ['de', 'Für sieben Euro gibt es das Menü.', 'sieben Euro', 7],
    ['de', 'Der Kaffee kostet zwei Euro fünfzig.', 'zwei Euro fünfzig', 2.5],
    ['de', 'Das Heft kostet siebenhundert Euro.', 'siebenhundert Euro', 700],
    [
      'en',
      'The ticket cost thirteen dollars and forty-five cents.',
      'thirteen dollars and forty-five cents',
      13.45,
    ],
    ['en', 'The coffee was 3 dollars 50.', '3 dollars 50', 3.5],
    ['fr', 'Le ticket coûte 15 euros et 20 centimes.', '15 euros et 20 centimes', 15.2],
    ['es', 'El café cuesta 3 euros con 99 céntimos.', '3 euros con 99 céntimos', 3.99],
    ['en', 'The stock fell 34 cents.', '34 cents', 0.34],
    ['en', 'Shares closed at 470 pence.', '470 pence', 4.7],
  ] as const)('[%s] %s', (lang, sentence, text, value) => {
    expectFigure(lang, sentence, { text, value, kind: 'money' });
  });
  it('"un euro fort" is a strong euro, not one euro', () => {
    expectNothing('fr', 'Un euro fort pèse sur les exportations.');
  });
  it('a name alone is no amount', () => {
    expectNothing('en', 'The dollar rose against the euro.');
  });
});
