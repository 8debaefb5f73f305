import { describe, expect, it } from 'vitest';
import type { Metric } from '../../../lib/attribute/types.ts';
import type { Lang } from '../../../lib/extract/types.ts';
import { attributionOf } from './helpers.ts';

type Row = [lang: Lang, text: string, figure: string, metric: Metric, rule: RegExp];

const check = (rows: Row[]) =>
  it.each(rows)('%s: %s → [%s] %s', (lang, text, figure, metric, rule) => {
    const a = attributionOf(lang, text, figure);
    expect(a.metric).toBe(metric);
    expect(a.metricRule).toMatch(rule);
  });

describe('metric: spending and investing', () => {
  check([
    [
      'fr',
      "Meta prévoit de dépenser 62 milliards d'euros cette année.",
      '62 milliards',
      'capex',
      /verb 'dépenser' → capex/,
    ],
    [
      'fr',
      "Les dépenses d'investissement d'Orange atteindront 7 milliards d'euros.",
      '7 milliards',
      'capex',
      /dépenses d'investissement/,
    ],
    [
      'en',
      'Alphabet plans to spend $75 billion on capital projects in 2025.',
      '$75 billion',
      'capex',
      /spend/,
    ],
    [
      'es',
      'Microsoft y Google gastarán más de 150.000 millones de dólares.',
      '150.000 millones',
      'capex',
      /gastarán/,
    ],
    [
      'de',
      'Die Investitionsausgaben von SAP liegen bei 1 Milliarde Euro.',
      '1 Milliarde',
      'capex',
      /Investitionsausgaben/,
    ],
    // Investing words: a year's budget is capex; a stake or a programme is investment.
    [
      'fr',
      "Microsoft prévoit d'investir 80 milliards de dollars cette année.",
      '80 milliards',
      'capex',
      /a year's budget/,
    ],
    [
      'de',
      'TSMC plant für 2025 Investitionen von bis zu 42 Milliarden Dollar.',
      '42 Milliarden',
      'capex',
      /a year's budget/,
    ],
    [
      'en',
      'TSMC will invest an additional $100 billion in chip plants in Arizona.',
      '$100 billion',
      'investment',
      /invest/,
    ],
    [
      'es',
      'Repsol prevé invertir 19.000 millones de euros hasta 2027.',
      '19.000 millones',
      'investment',
      /invertir/,
    ],
    [
      'fr',
      "ASML investit 1,3 milliard d'euros dans Mistral AI.",
      '1,3 milliard',
      'investment',
      /in Mistral AI → investment/,
    ],
    [
      'es',
      'SoftBank comprará acciones de OpenAI por 500 millones de dólares.',
      '500 millones',
      'investment',
      /OpenAI → investment/,
    ],
    [
      'es',
      'Amazon invertirá 15.700 millones en Aragón.',
      '15.700 millones',
      'investment',
      /invertirá/,
    ],
  ]);
});

describe('metric: results', () => {
  check([
    [
      'fr',
      "Orange a réalisé un chiffre d'affaires de 40,3 milliards d'euros.",
      '40,3 milliards',
      'revenue',
      /chiffre d'affaires/,
    ],
    ['en', 'Apple reported sales of $124.3 billion.', '$124.3 billion', 'revenue', /sales/],
    ['es', 'Inditex facturó 38.632 millones de euros.', '38.632 millones', 'revenue', /facturó/],
    [
      'de',
      'Infineon rechnet mit einem Umsatz von rund 14 Milliarden Euro.',
      '14 Milliarden',
      'revenue',
      /Umsatz/,
    ],
    [
      'fr',
      "LVMH a vu son bénéfice net atteindre 12,6 milliards d'euros.",
      '12,6 milliards',
      'profit',
      /bénéfice/,
    ],
    ['en', "Shell's profit fell to $23.7 billion.", '$23.7 billion', 'profit', /profit/],
    ['es', 'El Santander ganó 12.574 millones de euros.', '12.574 millones', 'profit', /ganó/],
    [
      'de',
      'Siemens steigerte den Gewinn auf 2,9 Milliarden Euro.',
      '2,9 Milliarden',
      'profit',
      /Gewinn/,
    ],
    [
      'fr',
      "Stellantis a annoncé une perte nette de 2,3 milliards d'euros.",
      '2,3 milliards',
      'loss',
      /perte/,
    ],
    ['en', 'Intel posted a net loss of $16.6 billion.', '$16.6 billion', 'loss', /loss/],
    [
      'es',
      'Telefónica registró unas pérdidas de 49 millones de euros.',
      '49 millones',
      'loss',
      /pérdidas/,
    ],
    [
      'de',
      'Thyssenkrupp meldete einen Verlust von 1,4 Milliarden Euro.',
      '1,4 Milliarden',
      'loss',
      /Verlust/,
    ],
  ]);
});

describe('metric: market value, valuation, funding, buybacks, debt, prices', () => {
  check([
    [
      'fr',
      'Nvidia : la capitalisation dépasse 3 000 milliards de dollars.',
      '3 000 milliards',
      'market value',
      /capitalisation/,
    ],
    [
      'en',
      "Amazon's market value topped $2 trillion.",
      '$2 trillion',
      'market value',
      /market value/,
    ],
    [
      'es',
      'Nvidia perdió 589.000 millones de dólares de capitalización.',
      '589.000 millones',
      'market value',
      /capitalización' after the figure/,
    ],
    [
      'de',
      'Apples Börsenwert lag bei 3,9 Billionen Dollar.',
      '3,9 Billionen',
      'market value',
      /Börsenwert/,
    ],
    [
      'fr',
      "La valorisation de Mistral AI atteint 6 milliards d'euros.",
      '6 milliards',
      'valuation',
      /valorisation/,
    ],
    [
      'en',
      'Anthropic raised $3.5 billion at a $61.5 billion valuation.',
      '$61.5 billion',
      'valuation',
      /valuation' after the figure/,
    ],
    [
      'de',
      'Anthropic erreicht eine Bewertung von 61,5 Milliarden Dollar.',
      '61,5 Milliarden',
      'valuation',
      /Bewertung/,
    ],
    ['fr', 'OpenAI a levé 40 milliards de dollars.', '40 milliards', 'funding raised', /levé/],
    [
      'en',
      'xAI is raising $10 billion in debt and equity.',
      '$10 billion',
      'funding raised',
      /raising/,
    ],
    [
      'es',
      'La start-up recaudó 600 millones de euros en una ronda.',
      '600 millones',
      'funding raised',
      /recaudó/,
    ],
    [
      'fr',
      'TotalEnergies rachètera pour 2 milliards de dollars de ses propres actions.',
      '2 milliards',
      'buyback',
      /rachètera/,
    ],
    ['en', 'Apple announced a $110 billion buyback.', '$110 billion', 'buyback', /buyback/],
    [
      'de',
      'Die Allianz kündigte einen Aktienrückkauf über 2 Milliarden Euro an.',
      '2 Milliarden',
      'buyback',
      /Aktienrückkauf/,
    ],
    [
      'es',
      'Cellnex reducirá su deuda en 2.000 millones de euros.',
      '2.000 millones',
      'debt',
      /deuda/,
    ],
    [
      'fr',
      "Pour les abonnés de Canal+, l'offre passe à 35,99 euros par mois.",
      '35,99 euros',
      'price',
      /par mois/,
    ],
    ['en', 'CoreWeave priced its IPO at $40 a share.', '$40', 'price', /price/],
    [
      'de',
      'Die Nvidia-Chips kosten pro Stück rund 30.000 Dollar.',
      '30.000 Dollar',
      'price',
      /pro Stück|kosten/,
    ],
    [
      'es',
      'Apple venderá el iPhone 16e a 599 dólares.',
      '599 dólares',
      'price',
      /product 'iPhone' \+ price/,
    ],
  ]);
});

describe('metric: words that name something else', () => {
  check([
    [
      'fr',
      'Orange versera un dividende de 0,75 euro par action.',
      '0,75 euro',
      'other',
      /dividende/,
    ],
    [
      'de',
      'Mercedes-Benz will Kosten von 5 Milliarden Euro einsparen.',
      '5 Milliarden',
      'other',
      /Kosten/,
    ],
    [
      'fr',
      "Vinci a remporté un contrat de 2,3 milliards d'euros.",
      '2,3 milliards',
      'other',
      /contrat/,
    ],
    [
      'en',
      'DeepSeek said it trained its model for $5.6 million.',
      '$5.6 million',
      'other',
      /no cue/,
    ],
    [
      'de',
      'Porsche rechnet mit einer Umsatzrendite von 10 bis 12 Prozent.',
      '10 bis 12 Prozent',
      'other',
      /Umsatzrendite/,
    ],
  ]);
});

describe('metric: percentages', () => {
  check([
    ['fr', "L'action d'Apple a pris 2 % après l'annonce.", '2 %', 'share-price change', /action/],
    ['en', 'Snap shares jumped 10% on Tuesday.', '10%', 'share-price change', /shares/],
    [
      'es',
      'Las acciones de Tesla subieron un 22% tras los resultados.',
      '22%',
      'share-price change',
      /acciones/,
    ],
    [
      'de',
      'Die Lufthansa-Aktie legte um 5 Prozent zu.',
      '5 Prozent',
      'share-price change',
      /Aktie/,
    ],
    // A bare verb after a share move is a share move too.
    [
      'fr',
      'Les actions de Stellantis ont chuté de 4 %, tandis que Renault gagnait 1,2 %.',
      '1,2 %',
      'share-price change',
      /carried/,
    ],
    [
      'fr',
      "Orange a réalisé un chiffre d'affaires de 40 milliards d'euros, en hausse de 0,6 %.",
      '0,6 %',
      'growth',
      /hausse/,
    ],
    ['en', "Nvidia's revenue rose 94% to $35.1 billion.", '94%', 'growth', /rose/],
    [
      'es',
      'El Santander ganó 12.574 millones de euros, un 14% más que el año anterior.',
      '14%',
      'growth',
      /más/,
    ],
    [
      'de',
      'Rheinmetall erwartet ein Umsatzwachstum von 25 Prozent.',
      '25 Prozent',
      'growth',
      /Umsatzwachstum/,
    ],
    [
      'de',
      'Infineon rechnet mit einem Umsatzrückgang von 5 Prozent.',
      '5 Prozent',
      'growth',
      /Umsatzrückgang/,
    ],
    ['en', 'Remote workers were 13% more productive.', '13%', 'other', /no cue/],
  ]);
});

describe('metric: counts and power', () => {
  check([
    ['fr', 'Meta vise 1,3 million de processeurs graphiques.', '1,3 million', 'GPUs', /unit 'GPU'/],
    [
      'en',
      'Netflix added 19 million subscribers in the quarter.',
      '19 million',
      'subscribers',
      /unit 'subscriber'/,
    ],
    [
      'es',
      'Spotify alcanzó 675 millones de usuarios activos mensuales.',
      '675 millones',
      'users',
      /unit/,
    ],
    [
      'de',
      'Volkswagen will mehr als 35.000 Stellen abbauen.',
      '35.000 Stellen',
      'jobs',
      /unit 'job'/,
    ],
    [
      'fr',
      "L'assistant de Meta sera accessible à plus d'un milliard de personnes.",
      "plus d'un milliard",
      'users',
      /accessible/,
    ],
    ['fr', 'OVHcloud emploie 3 000 personnes.', '3 000 personnes', 'employees', /emploie/],
    [
      'es',
      'Telefónica despedirá a 3.400 empleados en España.',
      '3.400 empleados',
      'jobs',
      /despedirá/,
    ],
    ['en', 'Snap said daily active users reached 453 million.', '453 million', 'users', /users/],
    [
      'fr',
      'Meta construira des centres de données de plus de 2 gigawatts.',
      '2 gigawatts',
      'power capacity',
      /power/,
    ],
    [
      'es',
      'Netflix tenía 301,6 millones de suscriptores; Disney, 120 millones.',
      '120 millones',
      'subscribers',
      /carried/,
    ],
  ]);
});
