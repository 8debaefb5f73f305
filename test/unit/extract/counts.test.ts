/** Counts of business interest: a number needs one of the known nouns. */
import { describe, it } from 'vitest';
import { expectFigure, expectNothing, type Row } from './helpers.ts';

const counts: Row[] = [
  [
    'fr',
    'xAI exploite 200 000 GPU à Memphis.',
    { text: '200 000 GPU', kind: 'count', value: 200000, unit: 'GPU' },
  ],
  [
    'fr',
    'Le centre abrite 16 000 processeurs graphiques.',
    { text: '16 000 processeurs graphiques', unit: 'GPU' },
  ],
  [
    'fr',
    'TSMC produit 10 millions de puces par mois.',
    { text: '10 millions de puces', value: 1e7, unit: 'chip' },
  ],
  [
    'fr',
    'Mistral revendique 2 millions d’utilisateurs.',
    { text: '2 millions d’utilisateurs', unit: 'user' },
  ],
  [
    'fr',
    'Snapchat compte 100 millions d’utilisateurs actifs mensuels en Europe.',
    { text: '100 millions d’utilisateurs actifs mensuels', unit: 'monthly active user' },
  ],
  ['fr', 'Canal+ a gagné 500 000 abonnés.', { text: '500 000 abonnés', unit: 'subscriber' }],
  ['fr', 'Renault supprime 3 000 postes.', { text: '3 000 postes', unit: 'job' }],
  [
    'fr',
    'Stellantis emploie 40 000 salariés en France.',
    { text: '40 000 salariés', unit: 'employee' },
  ],
  ['fr', 'Le groupe créera 1 500 emplois.', { text: '1 500 emplois', unit: 'job' }],
  [
    'fr',
    'OVH exploite 43 centres de données.',
    { text: '43 centres de données', unit: 'data center' },
  ],
  [
    'fr',
    'Le modèle compte 123 milliards de paramètres.',
    { text: '123 milliards de paramètres', value: 1.23e11, unit: 'parameter' },
  ],
  [
    'fr',
    'La banque revendique 10 millions de clients.',
    { text: '10 millions de clients', unit: 'customer' },
  ],
  [
    'fr',
    'Le jeu a dépassé 5 millions de téléchargements.',
    { text: '5 millions de téléchargements', unit: 'download' },
  ],
  [
    'en',
    'Meta plans to own 1.3 million GPUs by December.',
    { text: '1.3 million GPUs', unit: 'GPU' },
  ],
  ['en', 'Nvidia shipped 500,000 chips to China.', { text: '500,000 chips', unit: 'chip' }],
  [
    'en',
    'ChatGPT has 400 million weekly users.',
    { text: '400 million weekly users', unit: 'user' },
  ],
  [
    'en',
    'Threads passed 300 million monthly active users.',
    { text: '300 million monthly active users', unit: 'monthly active user' },
  ],
  [
    'en',
    'Spotify gained 5 million new subscribers.',
    { text: '5 million new subscribers', unit: 'subscriber' },
  ],
  ['en', 'Intel will cut 15,000 jobs this year.', { text: '15,000 jobs', unit: 'job' }],
  ['en', 'Amazon has 1.5 million employees.', { text: '1.5 million employees', unit: 'employee' }],
  [
    'en',
    'Microsoft runs 300 data centers worldwide.',
    { text: '300 data centers', unit: 'data center' },
  ],
  [
    'en',
    'Llama has 405 billion parameters.',
    { text: '405 billion parameters', unit: 'parameter' },
  ],
  [
    'en',
    'Costco served 130 million customers.',
    { text: '130 million customers', unit: 'customer' },
  ],
  ['en', 'The app hit 10 million downloads.', { text: '10 million downloads', unit: 'download' }],
  [
    'es',
    'Telefónica tiene 380 millones de clientes.',
    { text: '380 millones de clientes', unit: 'customer' },
  ],
  [
    'es',
    'La plataforma suma 30 millones de usuarios.',
    { text: '30 millones de usuarios', unit: 'user' },
  ],
  [
    'es',
    'Netflix ganó 2 millones de suscriptores.',
    { text: '2 millones de suscriptores', unit: 'subscriber' },
  ],
  ['es', 'Inditex emplea a 160.000 empleados.', { text: '160.000 empleados', unit: 'employee' }],
  ['es', 'El plan creará 8.000 empleos.', { text: '8.000 empleos', unit: 'job' }],
  [
    'es',
    'Google abrirá 2 centros de datos en Madrid.',
    { text: '2 centros de datos', unit: 'data center' },
  ],
  ['de', 'Die App hat 50 Millionen Nutzer.', { text: '50 Millionen Nutzer', unit: 'user' }],
  ['de', 'Sky verlor 200.000 Abonnenten.', { text: '200.000 Abonnenten', unit: 'subscriber' }],
  ['de', 'VW beschäftigt 680.000 Mitarbeiter.', { text: '680.000 Mitarbeiter', unit: 'employee' }],
  ['de', 'Bosch streicht 5.500 Stellen.', { text: '5.500 Stellen', unit: 'job' }],
  [
    'de',
    'Der Konzern betreibt 12 Rechenzentren.',
    { text: '12 Rechenzentren', unit: 'data center' },
  ],
  [
    'de',
    'Das Labor kaufte 20.000 Grafikprozessoren.',
    { text: '20.000 Grafikprozessoren', unit: 'GPU' },
  ],
  ['de', 'Die Bank hat 10 Millionen Kunden.', { text: '10 Millionen Kunden', unit: 'customer' }],
];

describe('counts with a business noun', () => {
  it.each(counts)('[%s] %s', (lang, sentence, want) => {
    expectFigure(lang, sentence, { kind: 'count', ...want });
  });
  it.each([
    ['en', 'The council planted 300 trees.'],
    ['fr', 'Le musée expose 300 tableaux.'],
    ['es', 'El barco lleva 300 pasajeros.'],
    ['de', 'Der Zoo hat 300 Tiere.'],
  ] as const)('no count without a known noun: [%s] %s', (lang, sentence) => {
    expectNothing(lang, sentence);
  });
});
