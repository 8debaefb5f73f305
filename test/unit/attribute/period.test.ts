import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../lib/extract/types.ts';
import { attributionOf } from './helpers.ts';

type Row = [
  lang: Lang,
  date: string,
  text: string,
  figure: string,
  period: string | null,
  rule: RegExp,
];

const check = (rows: Row[]) =>
  it.each(rows)('%s %s: %s → [%s] %s', (lang, date, text, figure, period, rule) => {
    const a = attributionOf(lang, text, figure, date);
    expect(a.period).toBe(period);
    expect(a.periodRule).toMatch(rule);
  });

describe('period: years', () => {
  check([
    [
      'fr',
      '2025-02-13',
      "Orange a réalisé un chiffre d'affaires de 40,3 milliards d'euros en 2024.",
      '40,3 milliards',
      '2024',
      /'2024' → 2024/,
    ],
    [
      'en',
      '2025-02-04',
      'Alphabet plans to spend $75 billion in 2025.',
      '$75 billion',
      '2025',
      /2025/,
    ],
    [
      'es',
      '2025-02-26',
      'Iberdrola ganó 5.612 millones de euros en 2024.',
      '5.612 millones',
      '2024',
      /2024/,
    ],
    [
      'de',
      '2025-01-16',
      'TSMC plant für 2025 Investitionen von bis zu 42 Milliarden Dollar.',
      '42 Milliarden',
      '2025',
      /2025/,
    ],
    [
      'fr',
      '2025-03-06',
      "Orange veut supprimer 2 300 postes d'ici 2026.",
      '2 300 postes',
      '2026',
      /d'ici 2026/,
    ],
    [
      'es',
      '2025-02-20',
      'El objetivo es alcanzar 3.000 megavatios antes de 2030.',
      '3.000 megavatios',
      '2030',
      /antes de 2030/,
    ],
    [
      'de',
      '2025-03-11',
      'Volkswagen will bis 2030 mehr als 35.000 Stellen abbauen.',
      '35.000 Stellen',
      '2030',
      /bis 2030/,
    ],
    [
      'es',
      '2024-03-20',
      'Iberdrola invertirá 36.000 millones de euros entre 2024 y 2026.',
      '36.000 millones',
      null,
      /spans several years/,
    ],
  ]);
});

describe('period: this year, last year, against the publication date', () => {
  check([
    [
      'fr',
      '2025-01-25',
      "Meta prévoit de dépenser 62 milliards d'euros cette année.",
      '62 milliards',
      '2025',
      /'cette année' at publication 2025-01-25 → 2025/,
    ],
    [
      'fr',
      '2025-01-25',
      "Meta comptait 600 millions d'utilisateurs l'année dernière.",
      '600 millions',
      '2024',
      /l'année dernière/,
    ],
    [
      'fr',
      '2025-01-28',
      "LVMH a gagné 12,6 milliards d'euros l'an dernier.",
      '12,6 milliards',
      '2024',
      /l'an dernier/,
    ],
    [
      'en',
      '2025-01-25',
      'Amazon will spend $100 billion this year.',
      '$100 billion',
      '2025',
      /this year/,
    ],
    [
      'en',
      '2025-02-12',
      'Intel lost $13.4 billion last year.',
      '$13.4 billion',
      '2024',
      /last year/,
    ],
    [
      'es',
      '2025-01-30',
      'Meta invertirá 65.000 millones de dólares este año.',
      '65.000 millones',
      '2025',
      /este año/,
    ],
    [
      'es',
      '2025-01-30',
      'BBVA ganó 10.054 millones de euros el año pasado.',
      '10.054 millones',
      '2024',
      /año pasado/,
    ],
    [
      'de',
      '2025-01-30',
      'Meta will in diesem Jahr bis zu 65 Milliarden Dollar investieren.',
      '65 Milliarden',
      '2025',
      /diesem Jahr/,
    ],
    [
      'de',
      '2025-01-28',
      'SAP erzielte im vergangenen Jahr einen Umsatz von 34,2 Milliarden Euro.',
      '34,2 Milliarden',
      '2024',
      /vergangenen Jahr/,
    ],
    [
      'fr',
      '2025-01-25',
      "Meta prévoit de terminer l'année avec 1,3 million de processeurs graphiques.",
      '1,3 million',
      '2025',
      /terminer l'année/,
    ],
    // "el año anterior" compares; it does not date the figure.
    [
      'es',
      '2025-02-05',
      'El Santander ganó 12.574 millones de euros, un 14% más que el año anterior.',
      '14%',
      null,
      /no period/,
    ],
    [
      'en',
      '2025-01-25',
      'Amazon will spend $100 billion this year.',
      '$100 billion',
      '2025',
      /2025-01-25/,
    ],
  ]);

  it('needs a publication date for relative periods', () => {
    const a = attributionOf(
      'fr',
      "Meta prévoit de dépenser 62 milliards d'euros cette année.",
      '62 milliards',
      null,
    );
    expect(a.period).toBeNull();
    expect(a.periodRule).toMatch(/needs a publication date/);
  });
});

describe('period: quarters and halves', () => {
  check([
    [
      'en',
      '2025-08-01',
      'Apple reported revenue of $94 billion in Q2 2025.',
      '$94 billion',
      '2025-Q2',
      /Q2 2025/,
    ],
    [
      'fr',
      '2025-03-18',
      'Free a gagné 236 000 abonnés au quatrième trimestre.',
      '236 000 abonnés',
      '2024-Q4',
      /quatrième trimestre.*2024-Q4/,
    ],
    [
      'fr',
      '2025-02-05',
      'TotalEnergies rachètera pour 2 milliards de dollars de ses propres actions au premier trimestre.',
      '2 milliards',
      '2025-Q1',
      /premier trimestre/,
    ],
    [
      'en',
      '2025-01-21',
      'Netflix added 19 million subscribers in the fourth quarter.',
      '19 million',
      '2024-Q4',
      /fourth quarter/,
    ],
    [
      'es',
      '2024-10-30',
      'El beneficio de Iberdrola subió un 10% en el tercer trimestre de 2024.',
      '10%',
      '2024-Q3',
      /tercer trimestre de 2024/,
    ],
    [
      'de',
      '2024-10-30',
      'Volkswagen verdiente im dritten Quartal 1,6 Milliarden Euro.',
      '1,6 Milliarden',
      '2024-Q3',
      /dritten Quartal/,
    ],
    [
      'en',
      '2024-08-01',
      'Intel will cut 15,000 jobs after a quarterly loss of $1.6 billion.',
      '$1.6 billion',
      '2024-Q2',
      /quarterly/,
    ],
    [
      'fr',
      '2024-07-24',
      "Kering a vu son chiffre d'affaires chuter de 12 % au premier semestre 2024.",
      '12 %',
      '2024-H1',
      /premier semestre 2024/,
    ],
    [
      'de',
      '2024-08-07',
      'Rheinmetall steigerte den Umsatz im ersten Halbjahr um 33 Prozent.',
      '33 Prozent',
      '2024-H1',
      /ersten Halbjahr/,
    ],
    [
      'en',
      '2025-02-24',
      'Free trial sign-ups jumped 40% in January.',
      '40%',
      '2025-01',
      /in January/,
    ],
    ['es', '2025-02-18', 'Las ventas subieron un 6% en enero.', '6%', '2025-01', /en enero/],
  ]);
});

describe('period: fiscal years', () => {
  check([
    [
      'en',
      '2025-03-10',
      'Dell expects AI server shipments worth $15 billion in fiscal 2026.',
      '$15 billion',
      'FY2026',
      /fiscal 2026/,
    ],
    [
      'fr',
      '2025-02-11',
      "OVHcloud a réalisé un chiffre d'affaires de 993 millions d'euros sur son exercice 2024.",
      '993 millions',
      'FY2024',
      /exercice 2024/,
    ],
    [
      'es',
      '2025-03-12',
      'Inditex facturó 38.632 millones de euros en su ejercicio 2024.',
      '38.632 millones',
      'FY2024',
      /ejercicio 2024/,
    ],
    [
      'de',
      '2024-11-13',
      'Siemens Healthineers setzte im Geschäftsjahr 2024 22,4 Milliarden Euro um.',
      '22,4 Milliarden',
      'FY2024',
      /Geschäftsjahr 2024/,
    ],
    [
      'en',
      '2025-05-01',
      'Microsoft guided to capex of $80 billion for FY25.',
      '$80 billion',
      'FY2025',
      /FY25/,
    ],
    [
      'de',
      '2025-02-04',
      'Infineon rechnet im laufenden Geschäftsjahr mit einem Umsatz von 14 Milliarden Euro.',
      '14 Milliarden',
      'FY2025',
      /laufenden Geschäftsjahr.*fiscal year ends in September/,
    ],
    // A quarter without a year, for a company whose fiscal year is not the calendar year.
    [
      'en',
      '2024-11-20',
      "Nvidia's revenue rose 94% to $35.1 billion in the third quarter.",
      '$35.1 billion',
      'FY2025-Q3',
      /Nvidia's fiscal year ends in January/,
    ],
    [
      'fr',
      '2025-02-27',
      'Nvidia a dégagé 39,3 milliards de dollars au quatrième trimestre de son exercice.',
      '39,3 milliards',
      'FY2025-Q4',
      /FY2025-Q4/,
    ],
    [
      'de',
      '2025-02-13',
      'Der Gewinn von Siemens stieg im ersten Quartal auf 2,9 Milliarden Euro.',
      '2,9 Milliarden',
      'FY2025-Q1',
      /FY2025-Q1/,
    ],
    [
      'en',
      '2025-01-30',
      "Visa's net revenue rose 10% to $9.5 billion in its fiscal first quarter.",
      '$9.5 billion',
      'FY2025-Q1',
      /fiscal first quarter/,
    ],
    [
      'en',
      '2025-01-30',
      'Apple shares rose 3% after iPhone sales of $69.1 billion in the December quarter.',
      '$69.1 billion',
      'FY2025-Q1',
      /December quarter/,
    ],
    [
      'en',
      '2025-01-29',
      'Microsoft said capital spending reached $22.6 billion in the quarter.',
      '$22.6 billion',
      'FY2025-Q2',
      /in the quarter/,
    ],
  ]);
});

describe('period: carried, dated by announcement, or none', () => {
  check([
    [
      'fr',
      '2025-02-13',
      "Orange a réalisé 40,3 milliards d'euros de chiffre d'affaires en 2024, en hausse de 0,6 %.",
      '0,6 %',
      '2024',
      /carried from the previous figure/,
    ],
    [
      'de',
      '2024-10-30',
      'Volkswagen verdiente im dritten Quartal 1,6 Milliarden Euro, 64 Prozent weniger als ein Jahr zuvor.',
      '64 Prozent',
      '2024-Q3',
      /carried/,
    ],
    [
      'es',
      '2025-02-13',
      'CaixaBank y Sabadell ganaron 5.787 millones y 1.827 millones de euros, respectivamente, en 2024.',
      '1.827 millones',
      '2024',
      /2024/,
    ],
    [
      'en',
      '2025-03-31',
      'SoftBank will invest $40 billion in OpenAI at a $300 billion valuation.',
      '$300 billion',
      '2025',
      /deal announced at publication 2025-03-31/,
    ],
    [
      'en',
      '2025-03-31',
      'SoftBank will invest $40 billion in OpenAI at a $300 billion valuation.',
      '$40 billion',
      '2025',
      /deal announced/,
    ],
    [
      'fr',
      '2025-01-25',
      "Microsoft, qui prévoit de dépenser près de 80 milliards d'euros, est en tête.",
      '80 milliards',
      '2025',
      /spending plan \('prévoit'\)/,
    ],
    [
      'en',
      '2025-01-29',
      'Nvidia shares fell 17% in 2024 while the company invested heavily.',
      '17%',
      '2024',
      /2024/,
    ],
    [
      'en',
      '2025-01-30',
      'Apple shares rose 3% after revenue of $124 billion in the quarter.',
      '3%',
      null,
      /no period/,
    ],
    [
      'de',
      '2025-02-27',
      'Die Deutsche Telekom steigerte ihren Umsatz auf 115,8 Milliarden Euro.',
      '115,8 Milliarden',
      null,
      /no period/,
    ],
    // A date is a weaker cue than a period word close to the figure.
    [
      'fr',
      '2025-01-25',
      "Le 25 janvier 2025, Meta a indiqué avoir dépensé 39 milliards de dollars l'an dernier.",
      '39 milliards',
      '2024',
      /l'an dernier/,
    ],
    [
      'en',
      '2025-01-25',
      'On January 24, 2025, Tesla said it had $36 billion in cash.',
      '$36 billion',
      '2025',
      /January 24, 2025/,
    ],
  ]);
});

describe('period: the current fiscal year without its number', () => {
  check([
    [
      'de',
      '2025-03-05',
      'Siemens Energy rechnet für das Geschäftsjahr mit einem Umsatzwachstum von 8 bis 10 Prozent.',
      '8 bis 10 Prozent',
      'FY2025',
      /für das Geschäftsjahr/,
    ],
    [
      'en',
      '2025-03-05',
      'Oracle expects revenue of $67 billion for the fiscal year.',
      '$67 billion',
      'FY2025',
      /for the fiscal year.*ends in May/,
    ],
    [
      'fr',
      '2025-03-05',
      "Ubisoft vise un chiffre d'affaires de 2 milliards d'euros sur l'exercice.",
      '2 milliards',
      'FY2025',
      /sur l'exercice/,
    ],
  ]);
});
