/** Multiples (optional figures) and vague amounts. */
import { describe, it } from 'vitest';
import { expectFigure, expectNothing, type Row } from './helpers.ts';

const multiples: Row[] = [
  [
    'fr',
    'Les dépenses atteignent le double de 2023.',
    { text: 'le double', kind: 'multiple', value: 2, unit: 'x' },
  ],
  [
    'fr',
    'Le budget passe à près du double.',
    { text: 'près du double', value: 2, qualifier: 'approximately' },
  ],
  ['fr', 'Le cloud croît trois fois plus vite.', { text: 'trois fois', value: 3 }],
  ['fr', 'La demande est 4 fois plus forte.', { text: '4 fois', value: 4 }],
  ['fr', 'Le trafic a fait x2 en un an.', { text: 'x2', value: 2 }],
  ['en', 'Nvidia earned twice as much as AMD.', { text: 'twice', value: 2 }],
  ['en', 'Revenue saw a threefold increase.', { text: 'threefold', value: 3 }],
  ['en', 'Inference is 10x cheaper now.', { text: '10x', value: 10 }],
  ['en', 'Demand grew 5 times faster.', { text: '5 times', value: 5 }],
  ['es', 'Las ventas son el doble que en 2020.', { text: 'el doble', value: 2 }],
  ['de', 'Der Umsatz ist das Doppelte des Vorjahres.', { text: 'das Doppelte', value: 2 }],
];

const vague: Row[] = [
  [
    'fr',
    'Le métavers a coûté des centaines de milliards d’euros.',
    {
      text: 'centaines de milliards d’euros',
      kind: 'money',
      value: null,
      currency: 'EUR',
      qualifier: 'vague',
    },
  ],
  [
    'fr',
    'Le club a dépensé plusieurs millions de dollars.',
    { text: 'plusieurs millions de dollars', value: null, currency: 'USD', qualifier: 'vague' },
  ],
  [
    'fr',
    'Les géants investissent des milliards de dollars.',
    { text: 'milliards de dollars', value: null, qualifier: 'vague' },
  ],
  [
    'fr',
    'Des milliers d’emplois sont menacés.',
    { text: 'milliers d’emplois', kind: 'count', value: null, unit: 'job', qualifier: 'vague' },
  ],
  [
    'en',
    'They lost hundreds of millions of dollars.',
    { text: 'hundreds of millions of dollars', value: null, currency: 'USD', qualifier: 'vague' },
  ],
  [
    'en',
    'Governments pour billions of dollars into chips.',
    { text: 'billions of dollars', value: null, qualifier: 'vague' },
  ],
  [
    'en',
    'It raised tens of billions of euros.',
    { text: 'tens of billions of euros', value: null, currency: 'EUR' },
  ],
  [
    'en',
    'The merger is a multibillion-dollar deal.',
    { text: 'multibillion-dollar', value: null, qualifier: 'vague' },
  ],
  [
    'en',
    'Thousands of jobs are at risk.',
    { text: 'Thousands of jobs', kind: 'count', unit: 'job' },
  ],
  [
    'es',
    'Las tecnológicas gastan miles de millones de dólares.',
    { text: 'miles de millones de dólares', value: null, currency: 'USD' },
  ],
  [
    'es',
    'El fondo perdió cientos de millones de euros.',
    { text: 'cientos de millones de euros', value: null },
  ],
  [
    'de',
    'Der Staat zahlt Milliarden Euro an Subventionen.',
    { text: 'Milliarden Euro', value: null, currency: 'EUR' },
  ],
  [
    'de',
    'Die Firma verlor mehrere Millionen Dollar.',
    { text: 'mehrere Millionen Dollar', value: null, currency: 'USD' },
  ],
  ['de', 'Tausende Stellen fallen weg.', { text: 'Tausende Stellen', kind: 'count', unit: 'job' }],
];

describe('multiples', () => {
  it.each(multiples)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, { kind: 'multiple', unit: 'x', ...want });
  });
  it.each([
    ['en', 'She called 3 times already.'],
    ['en', 'They meet twice a year.'],
    ['fr', 'Il a gagné une fois de plus.'],
    ['en', 'Growth stayed in double digits.'],
  ] as const)('no multiple: [%s] %s', (lang, sentence) => {
    expectNothing(lang, sentence);
  });
});

describe('vague amounts', () => {
  it.each(vague)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, { qualifier: 'vague', value: null, ...want });
  });
  it('a vague count of a known noun', () => {
    expectFigure('en', 'Millions of people watched the launch.', {
      text: 'Millions of people',
      kind: 'count',
      value: null,
      unit: 'people',
    });
  });
  it.each([
    ['es', 'Recorrió miles de kilómetros.'],
    ['en', 'He walked for miles.'],
    ['fr', 'Des milliers de touristes sont venus.'],
  ] as const)('no vague amount without a currency or a known noun: [%s] %s', (lang, sentence) => {
    expectNothing(lang, sentence);
  });
});
