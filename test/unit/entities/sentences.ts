/**
 * A labelled set of business-news sentences in French, English, Spanish and German, written for
 * Tally's tests (not copied from articles). Figures follow public reporting where it was known
 * and are otherwise illustrative: this is test data, not a source. Each sentence lists the companies it names (canonical names of the curated list; a
 * subsidiary such as AWS or Instagram counts as a company, a product or project such as
 * ChatGPT or Stargate does not) and, for each figure, whose it is, what it measures and for
 * which period. The company part is scored by test/unit/entities/sentences.test.ts; the
 * figure part by test/unit/attribute/sentences.test.ts.
 *
 * A period is what the sentence says, resolved against its date: "en 2024", "cette année",
 * "au quatrième trimestre" (the latest fourth quarter begun by then), "fiscal 2026", a fiscal
 * quarter for a company whose fiscal year is not the calendar year (Nvidia, Apple, Siemens…).
 * A figure the sentence does not date has no period, except a funding round, a valuation or a
 * stake (dated by their announcement) and planned capex ("prévoit de dépenser": this year's).
 * A growth figure shares the period of the figure it is the growth of. Share moves are dated
 * only by their own words.
 */
import type { Lang } from '../../../lib/extract/types.ts';

/** What a figure measures (the fixed vocabulary of issue 4). */
export type Metric =
  | 'capex'
  | 'investment'
  | 'revenue'
  | 'profit'
  | 'loss'
  | 'market value'
  | 'valuation'
  | 'funding raised'
  | 'buyback'
  | 'debt'
  | 'price'
  | 'users'
  | 'subscribers'
  | 'employees'
  | 'jobs'
  | 'GPUs'
  | 'power capacity'
  | 'share-price change'
  | 'growth'
  | 'other';

export interface ExpectedFigure {
  /** The figure as written in the sentence (a substring of it). */
  text: string;
  /** Canonical name of the company it belongs to; a joint project as "Stargate (OpenAI, SoftBank, Oracle)"; null for none. */
  company: string | null;
  metric: Metric;
  /** "2025", "2025-Q3", "2025-H1", "FY2025" (the company's fiscal year), or null when the sentence gives none. */
  period: string | null;
}

export interface LabelledSentence {
  lang: Lang;
  /** Publication date the periods are resolved against ("this year", "last quarter"). */
  date: string;
  text: string;
  /** Companies named in the sentence, each once. */
  companies: string[];
  figures: ExpectedFigure[];
}

const s = (
  lang: Lang,
  date: string,
  text: string,
  companies: string[],
  figures: ExpectedFigure[] = [],
): LabelledSentence => ({ lang, date, text, companies, figures });

const f = (
  text: string,
  company: string | null,
  metric: Metric,
  period: string | null = null,
): ExpectedFigure => ({ text, company, metric, period });

export const SENTENCES: LabelledSentence[] = [
  // ── French ────────────────────────────────────────────────────────────────────────────────
  s(
    'fr',
    '2025-01-04',
    "Microsoft prévoit d'investir 80 milliards de dollars cette année dans des centres de données pour l'intelligence artificielle.",
    ['Microsoft'],
    [f('80 milliards de dollars', 'Microsoft', 'capex', '2025')],
  ),
  s(
    'fr',
    '2025-01-25',
    "Meta prévoit de dépenser entre 60 et 65 milliards de dollars en 2025, selon Mark Zuckerberg, qui vise 1,3 million de processeurs graphiques d'ici la fin de l'année.",
    ['Meta'],
    [
      f('entre 60 et 65 milliards de dollars', 'Meta', 'capex', '2025'),
      f('1,3 million de processeurs graphiques', 'Meta', 'GPUs', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-03-31',
    "OpenAI a levé 40 milliards de dollars auprès de SoftBank et d'autres investisseurs, ce qui valorise la start-up à 300 milliards de dollars.",
    ['OpenAI', 'SoftBank'],
    [
      f('40 milliards de dollars', 'OpenAI', 'funding raised', '2025'),
      f('300 milliards de dollars', 'OpenAI', 'valuation', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-01-22',
    "Le projet Stargate, porté par OpenAI, SoftBank et Oracle, prévoit 500 milliards de dollars d'investissements en quatre ans, dont 100 milliards immédiatement.",
    ['OpenAI', 'SoftBank', 'Oracle'],
    [
      f('500 milliards de dollars', 'Stargate (OpenAI, SoftBank, Oracle)', 'investment', null),
      f('100 milliards', 'Stargate (OpenAI, SoftBank, Oracle)', 'investment', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-02-13',
    "Orange a réalisé un chiffre d'affaires de 40,3 milliards d'euros en 2024, en hausse de 0,6 %.",
    ['Orange'],
    [
      f("40,3 milliards d'euros", 'Orange', 'revenue', '2024'),
      f('0,6 %', 'Orange', 'growth', '2024'),
    ],
  ),
  s(
    'fr',
    '2025-03-18',
    'Free a gagné 236 000 abonnés mobiles au quatrième trimestre, tandis que Bouygues Telecom en a perdu 20 000.',
    ['Free', 'Bouygues Telecom'],
    [
      f('236 000 abonnés', 'Free', 'subscribers', '2024-Q4'),
      f('20 000', 'Bouygues Telecom', 'subscribers', '2024-Q4'),
    ],
  ),
  s(
    'fr',
    '2025-02-26',
    "La dette d'Altice France, maison mère de SFR, atteint 24 milliards d'euros, que les créanciers ont accepté de réduire de 8,6 milliards.",
    ['Altice France', 'SFR'],
    [
      f("24 milliards d'euros", 'Altice France', 'debt', null),
      f('8,6 milliards', 'Altice France', 'debt', null),
    ],
  ),
  s(
    'fr',
    '2025-02-06',
    'Le ciel orange de ce soir ne doit rien aux 2 000 lanternes lâchées sur la plage.',
    [],
    [f('2 000 lanternes', null, 'other', null)],
  ),
  s(
    'fr',
    '2025-06-11',
    'Mistral AI va bâtir avec Nvidia un centre de calcul de 1,4 gigawatt près de Paris, a annoncé Arthur Mensch.',
    ['Mistral AI', 'Nvidia'],
    [f('1,4 gigawatt', 'Mistral AI', 'power capacity', null)],
  ),
  s(
    'fr',
    '2025-09-09',
    "ASML investit 1,3 milliard d'euros dans Mistral AI, dont la valorisation atteint 11,7 milliards d'euros après ce tour de 1,7 milliard.",
    ['ASML', 'Mistral AI'],
    [
      f("1,3 milliard d'euros", 'ASML', 'investment', '2025'),
      f("11,7 milliards d'euros", 'Mistral AI', 'valuation', '2025'),
      f('1,7 milliard', 'Mistral AI', 'funding raised', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-01-30',
    "L'action d'Apple a pris 2 % après l'annonce d'un chiffre d'affaires trimestriel record de 124,3 milliards de dollars.",
    ['Apple'],
    [
      f('2 %', 'Apple', 'share-price change', null),
      f('124,3 milliards de dollars', 'Apple', 'revenue', 'FY2025-Q1'),
    ],
  ),
  s(
    'fr',
    '2025-02-13',
    "L'Oréal a publié un chiffre d'affaires de 43,5 milliards d'euros pour 2024, en croissance de 5,6 %.",
    ["L'Oréal"],
    [
      f("43,5 milliards d'euros", "L'Oréal", 'revenue', '2024'),
      f('5,6 %', "L'Oréal", 'growth', '2024'),
    ],
  ),
  s(
    'fr',
    '2025-01-28',
    "LVMH a vu son bénéfice net reculer de 17 % à 12,6 milliards d'euros l'an dernier, tandis que Hermès a fait mieux que prévu.",
    ['LVMH', 'Hermès'],
    [f('17 %', 'LVMH', 'growth', '2024'), f("12,6 milliards d'euros", 'LVMH', 'profit', '2024')],
  ),
  s(
    'fr',
    '2025-02-05',
    'TotalEnergies rachètera pour 2 milliards de dollars de ses propres actions au premier trimestre.',
    ['TotalEnergies'],
    [f('2 milliards de dollars', 'TotalEnergies', 'buyback', '2025-Q1')],
  ),
  s(
    'fr',
    '2025-03-27',
    "Tencent investit 1,16 milliard d'euros dans une nouvelle filiale d'Ubisoft, valorisée 4 milliards d'euros.",
    ['Tencent', 'Ubisoft'],
    [
      f("1,16 milliard d'euros", 'Tencent', 'investment', '2025'),
      f("4 milliards d'euros", 'Ubisoft', 'valuation', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-02-10',
    "Au total, la France a attiré 109 milliards d'euros de projets liés à l'IA, dont ceux d'Amazon et de Microsoft.",
    ['Amazon', 'Microsoft'],
    [f("109 milliards d'euros", null, 'investment', null)],
  ),
  s(
    'fr',
    '2025-01-25',
    'Selon Reuters, Amazon dépensera plus de 100 milliards de dollars cette année, un montant supérieur aux 75 milliards annoncés par Alphabet.',
    ['Reuters', 'Amazon', 'Alphabet'],
    [
      f('plus de 100 milliards de dollars', 'Amazon', 'capex', '2025'),
      f('75 milliards', 'Alphabet', 'capex', '2025'),
    ],
  ),
  s(
    'fr',
    '2025-02-27',
    "Nvidia a dégagé un chiffre d'affaires de 39,3 milliards de dollars au quatrième trimestre de son exercice, en hausse de 78 % sur un an.",
    ['Nvidia'],
    [
      f('39,3 milliards de dollars', 'Nvidia', 'revenue', 'FY2025-Q4'),
      f('78 %', 'Nvidia', 'growth', 'FY2025-Q4'),
    ],
  ),
  s(
    'fr',
    '2025-03-04',
    'Le mistral souffle à 90 km/h sur la vallée du Rhône, où Engie exploite 18 parcs éoliens.',
    ['Engie'],
    [f('18 parcs éoliens', 'Engie', 'other', null)],
  ),
  s(
    'fr',
    '2025-02-19',
    "Qu'OpenAI revendique 400 millions d'utilisateurs hebdomadaires de ChatGPT n'étonne plus personne chez Google.",
    ['OpenAI', 'Google'],
    [f("400 millions d'utilisateurs", 'OpenAI', 'users', null)],
  ),
  s(
    'fr',
    '2025-03-06',
    "La patronne d'Orange, Christel Heydemann, veut supprimer 2 300 postes en France d'ici 2026.",
    ['Orange'],
    [f('2 300 postes', 'Orange', 'jobs', '2026')],
  ),
  s(
    'fr',
    '2025-02-20',
    'Airbus a livré 766 avions commerciaux en 2024 et vise environ 820 livraisons cette année.',
    ['Airbus'],
    [f('766 avions', 'Airbus', 'other', '2024'), f('820 livraisons', 'Airbus', 'other', '2025')],
  ),
  s(
    'fr',
    '2025-01-24',
    "Elon Musk affirme que SoftBank ne dispose pas des 100 milliards de dollars promis, ce qu'a démenti Sam Altman.",
    ['SoftBank'],
    [f('100 milliards de dollars', 'SoftBank', 'investment', null)],
  ),
  s(
    'fr',
    '2025-02-11',
    "OVHcloud a réalisé un chiffre d'affaires de 993 millions d'euros sur son exercice 2024, soit une hausse de 11 %, et emploie 3 000 personnes.",
    ['OVHcloud'],
    [
      f("993 millions d'euros", 'OVHcloud', 'revenue', 'FY2024'),
      f('11 %', 'OVHcloud', 'growth', 'FY2024'),
      f('3 000 personnes', 'OVHcloud', 'employees', null),
    ],
  ),
  s(
    'fr',
    '2025-02-26',
    "Iliad, la maison mère de Free, a dépassé les 10 milliards d'euros de chiffre d'affaires l'an dernier.",
    ['Iliad', 'Free'],
    [f("10 milliards d'euros", 'Iliad', 'revenue', '2024')],
  ),
  s(
    'fr',
    '2025-02-18',
    "Pour les abonnés de Canal+, l'offre passe à 35,99 euros par mois.",
    ['Canal+'],
    [f('35,99 euros', 'Canal+', 'price', null)],
  ),
  s(
    'fr',
    '2025-01-31',
    'Les actions de Stellantis ont chuté de 4 % à Milan, tandis que Renault gagnait 1,2 % à Paris.',
    ['Stellantis', 'Renault'],
    [
      f('4 %', 'Stellantis', 'share-price change', null),
      f('1,2 %', 'Renault', 'share-price change', null),
    ],
  ),
  s(
    'fr',
    '2025-02-14',
    "L'AFP rapporte que Capgemini emploie désormais 340 000 collaborateurs dans le monde.",
    ['AFP', 'Capgemini'],
    [f('340 000 collaborateurs', 'Capgemini', 'employees', null)],
  ),
  s(
    'fr',
    '2025-09-24',
    "Vinci a remporté un contrat de 2,3 milliards d'euros, loin de l'atelier de Léonard de Vinci.",
    ['Vinci'],
    [f("2,3 milliards d'euros", 'Vinci', 'other', null)],
  ),
  s(
    'fr',
    '2025-04-30',
    "Le groupe Carrefour a cédé ses activités en Italie pour 1 milliard d'euros, dette comprise.",
    ['Carrefour'],
    [f("1 milliard d'euros", 'Carrefour', 'other', null)],
  ),

  // ── English ───────────────────────────────────────────────────────────────────────────────
  s(
    'en',
    '2024-11-20',
    "Nvidia's revenue rose 94% to $35.1 billion in the third quarter, beating estimates.",
    ['Nvidia'],
    [
      f('94%', 'Nvidia', 'growth', 'FY2025-Q3'),
      f('$35.1 billion', 'Nvidia', 'revenue', 'FY2025-Q3'),
    ],
  ),
  s(
    'en',
    '2025-03-31',
    'SoftBank will invest $40 billion in OpenAI at a $300 billion valuation, the largest private funding round on record.',
    ['SoftBank', 'OpenAI'],
    [
      f('$40 billion', 'SoftBank', 'investment', '2025'),
      f('$300 billion', 'OpenAI', 'valuation', '2025'),
    ],
  ),
  s(
    'en',
    '2025-02-06',
    'Amazon expects capital expenditures of about $100 billion this year, most of it for AWS.',
    ['Amazon', 'AWS'],
    [f('$100 billion', 'Amazon', 'capex', '2025')],
  ),
  s(
    'en',
    '2025-02-04',
    'Alphabet plans to spend $75 billion on capital projects in 2025, and Google Cloud revenue grew 30% to $12 billion.',
    ['Alphabet', 'Google Cloud'],
    [
      f('$75 billion', 'Alphabet', 'capex', '2025'),
      f('30%', 'Google Cloud', 'growth', null),
      f('$12 billion', 'Google Cloud', 'revenue', null),
    ],
  ),
  s(
    'en',
    '2024-08-01',
    'Intel will cut 15,000 jobs after a quarterly loss of $1.6 billion, and its shares fell 26% the next day.',
    ['Intel'],
    [
      f('15,000 jobs', 'Intel', 'jobs', null),
      f('$1.6 billion', 'Intel', 'loss', '2024-Q2'),
      f('26%', 'Intel', 'share-price change', null),
    ],
  ),
  s(
    'en',
    '2025-01-30',
    'Apple shares rose 3% after iPhone sales of $69.1 billion in the December quarter.',
    ['Apple'],
    [
      f('3%', 'Apple', 'share-price change', null),
      f('$69.1 billion', 'Apple', 'revenue', 'FY2025-Q1'),
    ],
  ),
  s(
    'en',
    '2025-03-06',
    'An apple a day costs shoppers about $0.50 at Walmart, where produce sales grew 4%.',
    ['Walmart'],
    [f('$0.50', null, 'price', null), f('4%', 'Walmart', 'growth', null)],
  ),
  s(
    'en',
    '2025-02-12',
    'The Amazon rainforest lost 3 million hectares of trees last year, a study found.',
    [],
    [f('3 million hectares', null, 'other', '2024')],
  ),
  s(
    'en',
    '2025-02-24',
    'Free trial sign-ups jumped 40% in January, the streaming service said.',
    [],
    [f('40%', null, 'growth', '2025-01')],
  ),
  s(
    'en',
    '2025-02-22',
    'The Oracle of Omaha, Warren Buffett, said Berkshire Hathaway held $334 billion in cash at the end of 2024.',
    ['Berkshire Hathaway'],
    [f('$334 billion', 'Berkshire Hathaway', 'other', '2024')],
  ),
  s(
    'en',
    '2025-09-10',
    'Oracle shares soared 36% after the company said its booked orders reached $455 billion.',
    ['Oracle'],
    [f('36%', 'Oracle', 'share-price change', null), f('$455 billion', 'Oracle', 'other', null)],
  ),
  s(
    'en',
    '2025-03-03',
    'Analysts raised their target price on Meta to $800, citing 3.35 billion daily users across its apps.',
    ['Meta'],
    [f('$800', 'Meta', 'price', null), f('3.35 billion daily users', 'Meta', 'users', null)],
  ),
  s(
    'en',
    '2025-01-29',
    'A meta-analysis of 40 studies found that remote workers were 13% more productive.',
    [],
    [f('13%', null, 'other', null)],
  ),
  s(
    'en',
    '2025-03-27',
    'Block said it would cut 931 jobs, about 8% of its workforce, to keep Cash App growing.',
    ['Block'],
    [f('931 jobs', 'Block', 'jobs', null), f('8%', 'Block', 'other', null)],
  ),
  s(
    'en',
    '2025-01-31',
    'Shell companies were used to move $2 billion out of the country, prosecutors said.',
    [],
    [f('$2 billion', null, 'other', null)],
  ),
  s(
    'en',
    '2025-01-30',
    "Shell's profit fell 16% to $23.7 billion in 2024, and it kept its buyback at $3.5 billion a quarter.",
    ['Shell'],
    [
      f('16%', 'Shell', 'growth', '2024'),
      f('$23.7 billion', 'Shell', 'profit', '2024'),
      f('$3.5 billion', 'Shell', 'buyback', null),
    ],
  ),
  s(
    'en',
    '2025-01-30',
    "Visa's net revenue rose 10% to $9.5 billion in its fiscal first quarter.",
    ['Visa'],
    [f('10%', 'Visa', 'growth', 'FY2025-Q1'), f('$9.5 billion', 'Visa', 'revenue', 'FY2025-Q1')],
  ),
  s(
    'en',
    '2025-02-26',
    "Arm, which is majority-owned by SoftBank, licenses designs used in more than 300 billion chips; at arm's length, its rivals pay less.",
    ['Arm', 'SoftBank'],
    [f('300 billion chips', 'Arm', 'other', null)],
  ),
  s(
    'en',
    '2025-01-21',
    'Netflix added 19 million subscribers in the fourth quarter, ending 2024 with 301.6 million.',
    ['Netflix'],
    [
      f('19 million subscribers', 'Netflix', 'subscribers', '2024-Q4'),
      f('301.6 million', 'Netflix', 'subscribers', '2024'),
    ],
  ),
  s(
    'en',
    '2025-03-04',
    'TSMC (NYSE: TSM) will invest an additional $100 billion in chip plants in Arizona.',
    ['TSMC'],
    [f('$100 billion', 'TSMC', 'investment', null)],
  ),
  s(
    'en',
    '2025-01-28',
    'Chinese start-up DeepSeek said it trained its model for $5.6 million, sending Nvidia shares down 17%.',
    ['DeepSeek', 'Nvidia'],
    [f('$5.6 million', 'DeepSeek', 'other', null), f('17%', 'Nvidia', 'share-price change', null)],
  ),
  s(
    'en',
    '2025-02-28',
    'Harrison Ford narrated an ad for Ford Motor, which sold 2.1 million vehicles in the US last year.',
    ['Ford'],
    [f('2.1 million vehicles', 'Ford', 'other', '2024')],
  ),
  s(
    'en',
    '2025-03-10',
    'Michael Dell said Dell Technologies expects AI server shipments worth $15 billion in fiscal 2026.',
    ['Dell'],
    [f('$15 billion', 'Dell', 'revenue', 'FY2026')],
  ),
  s(
    'en',
    '2025-01-29',
    'Microsoft (MSFT) said Azure grew 31%, while capital spending reached $22.6 billion in the quarter.',
    ['Microsoft'],
    [
      f('31%', 'Microsoft', 'growth', 'FY2025-Q2'),
      f('$22.6 billion', 'Microsoft', 'capex', 'FY2025-Q2'),
    ],
  ),
  s(
    'en',
    '2025-01-29',
    'Traders piled into $TSLA after Tesla delivered 1.79 million cars in 2024, down 1%.',
    ['Tesla'],
    [f('1.79 million cars', 'Tesla', 'other', '2024'), f('1%', 'Tesla', 'growth', '2024')],
  ),
  s(
    'en',
    '2025-03-03',
    "Anthropic raised $3.5 billion at a $61.5 billion valuation, with Amazon's total stake built on $8 billion of investment.",
    ['Anthropic', 'Amazon'],
    [
      f('$3.5 billion', 'Anthropic', 'funding raised', '2025'),
      f('$61.5 billion', 'Anthropic', 'valuation', '2025'),
      f('$8 billion', 'Amazon', 'investment', null),
    ],
  ),
  s(
    'en',
    '2025-01-22',
    'Target price cuts followed for Intel, whose foundry unit lost $13.4 billion last year.',
    ['Intel'],
    [f('$13.4 billion', 'Intel', 'loss', '2024')],
  ),
  s(
    'en',
    '2024-12-23',
    "Elon Musk's xAI raised $6 billion, and its Colossus cluster in Memphis runs 100,000 Nvidia GPUs.",
    ['xAI', 'Nvidia'],
    [
      f('$6 billion', 'xAI', 'funding raised', '2024'),
      f('100,000 Nvidia GPUs', 'xAI', 'GPUs', null),
    ],
  ),
  s(
    'en',
    '2025-03-28',
    'CoreWeave priced its IPO at $40 a share, raising $1.5 billion on the Nasdaq.',
    ['CoreWeave'],
    [
      f('$40', 'CoreWeave', 'price', null),
      f('$1.5 billion', 'CoreWeave', 'funding raised', '2025'),
    ],
  ),
  s(
    'en',
    '2025-02-05',
    'Snap shares jumped 10% as daily active users reached 453 million.',
    ['Snap'],
    [f('10%', 'Snap', 'share-price change', null), f('453 million', 'Snap', 'users', null)],
  ),

  // ── Spanish ───────────────────────────────────────────────────────────────────────────────
  s(
    'es',
    '2025-02-05',
    'El Santander ganó 12.574 millones de euros en 2024, un 14% más que el año anterior.',
    ['Banco Santander'],
    [
      f('12.574 millones de euros', 'Banco Santander', 'profit', '2024'),
      f('14%', 'Banco Santander', 'growth', '2024'),
    ],
  ),
  s(
    'es',
    '2025-01-30',
    'BBVA obtuvo un beneficio récord de 10.054 millones de euros el año pasado.',
    ['BBVA'],
    [f('10.054 millones de euros', 'BBVA', 'profit', '2024')],
  ),
  s(
    'es',
    '2025-03-12',
    'Inditex facturó 38.632 millones de euros en su ejercicio 2024 y elevó su beneficio un 9%.',
    ['Inditex'],
    [
      f('38.632 millones de euros', 'Inditex', 'revenue', 'FY2024'),
      f('9%', 'Inditex', 'growth', 'FY2024'),
    ],
  ),
  s(
    'es',
    '2025-01-30',
    'Meta invertirá entre 60.000 y 65.000 millones de dólares este año en inteligencia artificial.',
    ['Meta'],
    [f('entre 60.000 y 65.000 millones de dólares', 'Meta', 'capex', '2025')],
  ),
  s(
    'es',
    '2025-02-20',
    'La meta del Gobierno es alcanzar 3.000 megavatios de almacenamiento antes de 2030.',
    [],
    [f('3.000 megavatios', null, 'power capacity', '2030')],
  ),
  s(
    'es',
    '2025-02-25',
    'Telefónica registró unas pérdidas de 49 millones de euros en 2024 por el saneamiento de su filial en Argentina.',
    ['Telefónica'],
    [f('49 millones de euros', 'Telefónica', 'loss', '2024')],
  ),
  s(
    'es',
    '2025-02-26',
    'Iberdrola ganó 5.612 millones de euros en 2024 e invertirá 58.000 millones hasta 2028.',
    ['Iberdrola'],
    [
      f('5.612 millones de euros', 'Iberdrola', 'profit', '2024'),
      f('58.000 millones', 'Iberdrola', 'investment', '2028'),
    ],
  ),
  s(
    'es',
    '2025-02-27',
    'Repsol redujo su beneficio un 45% hasta 1.756 millones de euros, mientras Naturgy repartirá 1.400 millones en dividendos.',
    ['Repsol', 'Naturgy'],
    [
      f('45%', 'Repsol', 'growth', null),
      f('1.756 millones de euros', 'Repsol', 'profit', null),
      f('1.400 millones', 'Naturgy', 'other', null),
    ],
  ),
  s(
    'es',
    '2025-01-28',
    'Las acciones de Nvidia se desplomaron un 17% y la compañía perdió 589.000 millones de dólares de capitalización.',
    ['Nvidia'],
    [
      f('17%', 'Nvidia', 'share-price change', null),
      f('589.000 millones de dólares', 'Nvidia', 'market value', null),
    ],
  ),
  s(
    'es',
    '2025-02-25',
    'Indra disparó su cartera de pedidos hasta los 7.000 millones de euros gracias al gasto en defensa.',
    ['Indra'],
    [f('7.000 millones de euros', 'Indra', 'other', null)],
  ),
  s(
    'es',
    '2025-03-01',
    'Amazon Web Services invertirá 15.700 millones de euros en centros de datos en Aragón hasta 2033.',
    ['AWS'],
    [f('15.700 millones de euros', 'AWS', 'investment', '2033')],
  ),
  s(
    'es',
    '2025-02-13',
    'CaixaBank y Sabadell ganaron 5.787 y 1.827 millones de euros, respectivamente, en 2024.',
    ['CaixaBank', 'Banco Sabadell'],
    [
      f('5.787', 'CaixaBank', 'profit', '2024'),
      f('1.827 millones de euros', 'Banco Sabadell', 'profit', '2024'),
    ],
  ),
  s(
    'es',
    '2025-01-24',
    'OpenAI, SoftBank y Oracle anunciaron Stargate, un proyecto de 500.000 millones de dólares.',
    ['OpenAI', 'SoftBank', 'Oracle'],
    [f('500.000 millones de dólares', 'Stargate (OpenAI, SoftBank, Oracle)', 'investment', null)],
  ),
  s(
    'es',
    '2025-02-20',
    'Según Bloomberg, Apple venderá el iPhone 16e a 599 dólares en Estados Unidos.',
    ['Bloomberg', 'Apple'],
    [f('599 dólares', 'Apple', 'price', null)],
  ),
  s(
    'es',
    '2025-02-28',
    'Cellnex reducirá su deuda en 2.000 millones de euros tras vender torres en Austria por 1.000 millones.',
    ['Cellnex'],
    [
      f('2.000 millones de euros', 'Cellnex', 'debt', null),
      f('1.000 millones', 'Cellnex', 'other', null),
    ],
  ),
  s(
    'es',
    '2025-02-05',
    'Spotify alcanzó 675 millones de usuarios activos mensuales, de los que 263 millones son suscriptores de pago.',
    ['Spotify'],
    [
      f('675 millones de usuarios', 'Spotify', 'users', null),
      f('263 millones', 'Spotify', 'subscribers', null),
    ],
  ),
  s(
    'es',
    '2025-02-27',
    'Telefónica despedirá a 3.400 empleados en España, informó la agencia EFE.',
    ['Telefónica', 'EFE'],
    [f('3.400 empleados', 'Telefónica', 'jobs', null)],
  ),
  s(
    'es',
    '2025-03-05',
    'El grupo ACS adjudicó contratos por valor de 4.100 millones de euros a su filial Turner.',
    ['Grupo ACS'],
    [f('4.100 millones de euros', 'Grupo ACS', 'other', null)],
  ),
  s(
    'es',
    '2025-01-29',
    'Microsoft y Google gastarán más de 150.000 millones de dólares entre ambas en centros de datos.',
    ['Microsoft', 'Google'],
    [f('150.000 millones de dólares', null, 'capex', '2025')],
  ),
  s(
    'es',
    '2025-02-18',
    'Mercadona, Zara y Mango lideran las ventas del sector, con un alza del 6% en enero.',
    ['Zara'],
    [f('6%', null, 'growth', '2025-01')],
  ),
  s(
    'es',
    '2025-02-21',
    'Amadeus ganó 1.260 millones de euros, mientras la Sinfonía 40 de Wolfgang Amadeus Mozart sonaba en la junta.',
    ['Amadeus'],
    [f('1.260 millones de euros', 'Amadeus', 'profit', null)],
  ),
  s(
    'es',
    '2025-03-14',
    'Samsung Electronics destinará 47.000 millones de dólares a su negocio de chips este año.',
    ['Samsung Electronics'],
    [f('47.000 millones de dólares', 'Samsung Electronics', 'capex', '2025')],
  ),
  s(
    'es',
    '2025-02-24',
    'La tecnológica Indra y la francesa Thales firmaron un acuerdo de 300 millones de euros.',
    ['Indra', 'Thales'],
    [f('300 millones de euros', null, 'other', null)],
  ),
  s(
    'es',
    '2025-01-15',
    'Visa y Mastercard cobraron comisiones por 2.000 millones de euros en España, según la CNMC.',
    ['Visa', 'Mastercard'],
    [f('2.000 millones de euros', null, 'revenue', null)],
  ),

  // ── German ────────────────────────────────────────────────────────────────────────────────
  s(
    'de',
    '2025-02-27',
    'Die Allianz steigerte ihr operatives Ergebnis 2024 um 8,5 Prozent auf 16 Milliarden Euro.',
    ['Allianz'],
    [
      f('8,5 Prozent', 'Allianz', 'growth', '2024'),
      f('16 Milliarden Euro', 'Allianz', 'profit', '2024'),
    ],
  ),
  s(
    'de',
    '2025-01-28',
    'SAP erzielte im vergangenen Jahr einen Umsatz von 34,2 Milliarden Euro, davon 17,1 Milliarden mit Cloud-Diensten.',
    ['SAP'],
    [
      f('34,2 Milliarden Euro', 'SAP', 'revenue', '2024'),
      f('17,1 Milliarden', 'SAP', 'revenue', '2024'),
    ],
  ),
  s(
    'de',
    '2025-02-27',
    'Die Deutsche Telekom steigerte ihren Umsatz auf 115,8 Milliarden Euro, getragen von T-Mobile US.',
    ['Deutsche Telekom', 'T-Mobile US'],
    [f('115,8 Milliarden Euro', 'Deutsche Telekom', 'revenue', null)],
  ),
  s(
    'de',
    '2025-03-11',
    'Volkswagen will bis 2030 in Deutschland mehr als 35.000 Stellen abbauen.',
    ['Volkswagen'],
    [f('35.000 Stellen', 'Volkswagen', 'jobs', '2030')],
  ),
  s(
    'de',
    '2025-02-27',
    'Nvidias Umsatz stieg im vierten Quartal um 78 Prozent auf 39,3 Milliarden Dollar.',
    ['Nvidia'],
    [
      f('78 Prozent', 'Nvidia', 'growth', 'FY2025-Q4'),
      f('39,3 Milliarden Dollar', 'Nvidia', 'revenue', 'FY2025-Q4'),
    ],
  ),
  s(
    'de',
    '2025-01-30',
    'Meta-Chef Mark Zuckerberg will in diesem Jahr bis zu 65 Milliarden Dollar investieren.',
    ['Meta'],
    [f('65 Milliarden Dollar', 'Meta', 'capex', '2025')],
  ),
  s(
    'de',
    '2025-02-14',
    'Die Nvidia-Chips kosten pro Stück rund 30.000 Dollar.',
    ['Nvidia'],
    [f('30.000 Dollar', 'Nvidia', 'price', null)],
  ),
  s(
    'de',
    '2025-03-12',
    'Der Block aus Beton wiegt 12 Tonnen und wurde mit einem Kran bewegt.',
    [],
    [f('12 Tonnen', null, 'other', null)],
  ),
  s(
    'de',
    '2025-02-13',
    'Siemens hob die Prognose an, nachdem der Gewinn im ersten Quartal auf 2,9 Milliarden Euro gestiegen war.',
    ['Siemens'],
    [f('2,9 Milliarden Euro', 'Siemens', 'profit', 'FY2025-Q1')],
  ),
  s(
    'de',
    '2025-03-06',
    'Rheinmetall erwartet für 2025 ein Umsatzwachstum von 25 bis 30 Prozent.',
    ['Rheinmetall'],
    [f('25 bis 30 Prozent', 'Rheinmetall', 'growth', '2025')],
  ),
  s(
    'de',
    '2025-03-14',
    'BMW verdiente 2024 nur noch 7,7 Milliarden Euro, während Mercedes-Benz 10,4 Milliarden Euro meldete.',
    ['BMW', 'Mercedes-Benz'],
    [
      f('7,7 Milliarden Euro', 'BMW', 'profit', '2024'),
      f('10,4 Milliarden Euro', 'Mercedes-Benz', 'profit', '2024'),
    ],
  ),
  s(
    'de',
    '2025-01-09',
    'Apples Marktwert lag zeitweise bei 3,9 Billionen Dollar.',
    ['Apple'],
    [f('3,9 Billionen Dollar', 'Apple', 'market value', null)],
  ),
  s(
    'de',
    '2025-02-04',
    'Infineon rechnet im laufenden Geschäftsjahr mit einem Umsatz von rund 14 Milliarden Euro.',
    ['Infineon'],
    [f('14 Milliarden Euro', 'Infineon', 'revenue', 'FY2025')],
  ),
  s(
    'de',
    '2025-02-25',
    'Der Sportartikelhersteller Puma will 500 Stellen streichen, nachdem der Umsatz um 4,4 Prozent gestiegen war.',
    ['Puma'],
    [f('500 Stellen', 'Puma', 'jobs', null), f('4,4 Prozent', 'Puma', 'growth', null)],
  ),
  s(
    'de',
    '2025-03-04',
    'Der Puma im Zoo wiegt 60 Kilogramm.',
    [],
    [f('60 Kilogramm', null, 'other', null)],
  ),
  s(
    'de',
    '2025-03-05',
    'Laut dpa investiert Microsoft 3,2 Milliarden Euro in Rechenzentren in Hessen und Nordrhein-Westfalen.',
    ['dpa', 'Microsoft'],
    [f('3,2 Milliarden Euro', 'Microsoft', 'investment', null)],
  ),
  s(
    'de',
    '2025-02-20',
    'Werner von Siemens gründete das Unternehmen 1847, das heute 312.000 Menschen beschäftigt.',
    [],
    [f('312.000 Menschen', null, 'employees', null)],
  ),
  s(
    'de',
    '2025-01-30',
    'Die Lufthansa beförderte 2024 rund 131 Millionen Passagiere.',
    ['Lufthansa'],
    [f('131 Millionen Passagiere', 'Lufthansa', 'other', '2024')],
  ),
  s(
    'de',
    '2025-02-26',
    'Der Mobilfunker Vodafone verlor in Deutschland 2,8 Prozent Umsatz, während 1&1 Kunden gewann.',
    ['Vodafone', '1&1'],
    [f('2,8 Prozent', 'Vodafone', 'growth', null)],
  ),
  s(
    'de',
    '2025-03-03',
    'Amazon will in Deutschland 10 Milliarden Euro in Logistik und Cloud investieren, davon 8,8 Milliarden über AWS.',
    ['Amazon', 'AWS'],
    [
      f('10 Milliarden Euro', 'Amazon', 'investment', null),
      f('8,8 Milliarden', 'AWS', 'investment', null),
    ],
  ),
  s(
    'de',
    '2025-02-12',
    'Die Orange kostet auf dem Markt 40 Cent, berichtet ein Händler.',
    [],
    [f('40 Cent', null, 'price', null)],
  ),
  s(
    'de',
    '2025-02-13',
    'Der französische Konzern Orange kündigte eine Dividende von 0,75 Euro an.',
    ['Orange'],
    [f('0,75 Euro', 'Orange', 'other', null)],
  ),
  s(
    'de',
    '2025-01-24',
    'OpenAI, SoftBank und Oracle gründeten Stargate mit anfangs 100 Milliarden Dollar.',
    ['OpenAI', 'SoftBank', 'Oracle'],
    [f('100 Milliarden Dollar', 'Stargate (OpenAI, SoftBank, Oracle)', 'investment', '2025')],
  ),
  s(
    'de',
    '2025-02-19',
    'Zalando verbuchte ein Bruttowarenvolumen von 15,3 Milliarden Euro, ein Plus von 4,3 Prozent.',
    ['Zalando'],
    [
      f('15,3 Milliarden Euro', 'Zalando', 'revenue', null),
      f('4,3 Prozent', 'Zalando', 'growth', null),
    ],
  ),
  s(
    'de',
    '2025-03-20',
    'Die Aktie von Tesla fiel an der Nasdaq um 5 Prozent; Elon Musk sprach von 1 Million Robotern.',
    ['Tesla'],
    [
      f('5 Prozent', 'Tesla', 'share-price change', null),
      f('1 Million Robotern', 'Tesla', 'other', null),
    ],
  ),
  s(
    'de',
    '2025-01-16',
    'TSMC plant für 2025 Investitionen von bis zu 42 Milliarden Dollar.',
    ['TSMC'],
    [f('bis zu 42 Milliarden Dollar', 'TSMC', 'capex', '2025')],
  ),
  s(
    'de',
    '2025-02-06',
    'Der Versicherer Allianz und die Munich Re zahlen zusammen 9 Milliarden Euro an Dividenden.',
    ['Allianz', 'Munich Re'],
    [f('9 Milliarden Euro', null, 'other', null)],
  ),

  // ── Added with attribution (issue 4): coreference, appositives, investor and investee,
  // halves, fiscal quarters, spans of years, margins. Written as a held-out check against the
  // first version of the rules; where they failed, the rules were generalised (not the labels).
  // French
  s(
    'fr',
    '2024-10-30',
    "Le chiffre d'affaires de Capgemini a reculé de 2 % au troisième trimestre, à 5,3 milliards d'euros.",
    ['Capgemini'],
    [
      f('2 %', 'Capgemini', 'growth', '2024-Q3'),
      f("5,3 milliards d'euros", 'Capgemini', 'revenue', '2024-Q3'),
    ],
  ),
  s(
    'fr',
    '2025-01-30',
    "Meta a publié des résultats solides. L'entreprise a dépensé 39 milliards de dollars en investissements l'an dernier.",
    ['Meta'],
    [f('39 milliards de dollars', 'Meta', 'capex', '2024')],
  ),
  s(
    'fr',
    '2025-01-30',
    "Sanofi rachètera pour 5 milliards d'euros de ses propres actions en 2025, a indiqué le laboratoire.",
    ['Sanofi'],
    [f("5 milliards d'euros", 'Sanofi', 'buyback', '2025')],
  ),
  s(
    'fr',
    '2024-07-24',
    "Kering a vu son chiffre d'affaires chuter de 12 % au premier semestre 2024, à 9 milliards d'euros.",
    ['Kering'],
    [
      f('12 %', 'Kering', 'growth', '2024-H1'),
      f("9 milliards d'euros", 'Kering', 'revenue', '2024-H1'),
    ],
  ),
  s(
    'fr',
    '2024-06-11',
    "La valorisation de Mistral AI atteint 6 milliards d'euros après une levée de 600 millions.",
    ['Mistral AI'],
    [
      f("6 milliards d'euros", 'Mistral AI', 'valuation', '2024'),
      f('600 millions', 'Mistral AI', 'funding raised', '2024'),
    ],
  ),
  s(
    'fr',
    '2025-02-20',
    "Dassault Systèmes prévoit une croissance de son chiffre d'affaires de 8 à 10 % en 2025.",
    ['Dassault Systèmes'],
    [f('8 à 10 %', 'Dassault Systèmes', 'growth', '2025')],
  ),
  s(
    'fr',
    '2025-02-10',
    'Free et Orange ont chacun perdu 100 000 abonnés au dernier trimestre.',
    ['Free', 'Orange'],
    [f('100 000 abonnés', null, 'subscribers', '2024-Q4')],
  ),
  s(
    'fr',
    '2025-02-12',
    "Le groupe Michelin emploie 129 000 personnes et a dégagé un bénéfice net de 1,9 milliard d'euros en 2024.",
    ['Michelin'],
    [
      f('129 000 personnes', 'Michelin', 'employees', null),
      f("1,9 milliard d'euros", 'Michelin', 'profit', '2024'),
    ],
  ),
  s(
    'fr',
    '2025-03-06',
    "Vivendi, qui contrôle Canal+, a vu son chiffre d'affaires atteindre 18,9 milliards d'euros l'an passé.",
    ['Vivendi', 'Canal+'],
    [f("18,9 milliards d'euros", 'Vivendi', 'revenue', '2024')],
  ),
  s(
    'fr',
    '2025-07-29',
    "Stellantis a annoncé une perte nette de 2,3 milliards d'euros pour le premier semestre.",
    ['Stellantis'],
    [f("2,3 milliards d'euros", 'Stellantis', 'loss', '2025-H1')],
  ),
  s(
    'fr',
    '2025-02-20',
    "Chez Renault, le chiffre d'affaires a progressé de 7,4 % en 2024.",
    ['Renault'],
    [f('7,4 %', 'Renault', 'growth', '2024')],
  ),
  s(
    'fr',
    '2025-02-13',
    "L'opérateur Orange, dont le bénéfice a atteint 2,9 milliards d'euros, versera un dividende de 0,75 euro par action.",
    ['Orange'],
    [f("2,9 milliards d'euros", 'Orange', 'profit', null), f('0,75 euro', 'Orange', 'other', null)],
  ),
  s(
    'fr',
    '2025-02-20',
    "Airbus vise un résultat opérationnel de 7 milliards d'euros cette année.",
    ['Airbus'],
    [f("7 milliards d'euros", 'Airbus', 'profit', '2025')],
  ),
  s(
    'fr',
    '2025-01-28',
    'Le géant du luxe LVMH emploie plus de 200 000 salariés dans le monde.',
    ['LVMH'],
    [f('plus de 200 000 salariés', 'LVMH', 'employees', null)],
  ),
  s(
    'fr',
    '2025-03-04',
    'Safran vise une marge opérationnelle de 16 % en 2025.',
    ['Safran'],
    [f('16 %', 'Safran', 'other', '2025')],
  ),
  // English
  s(
    'en',
    '2024-07-30',
    "Microsoft's cloud revenue rose 21% to $40.9 billion in the fourth quarter of fiscal 2024.",
    ['Microsoft'],
    [
      f('21%', 'Microsoft', 'growth', 'FY2024-Q4'),
      f('$40.9 billion', 'Microsoft', 'revenue', 'FY2024-Q4'),
    ],
  ),
  s(
    'en',
    '2024-04-26',
    'Alphabet reported strong results. The company said it would buy back $70 billion of its shares.',
    ['Alphabet'],
    [f('$70 billion', 'Alphabet', 'buyback', null)],
  ),
  s(
    'en',
    '2024-06-18',
    "Amazon's market value topped $2 trillion for the first time on Wednesday.",
    ['Amazon'],
    [f('$2 trillion', 'Amazon', 'market value', null)],
  ),
  s(
    'en',
    '2025-01-08',
    'Anthropic, backed by Amazon and Google, is in talks to raise $2 billion at a $60 billion valuation.',
    ['Anthropic', 'Amazon', 'Google'],
    [
      f('$2 billion', 'Anthropic', 'funding raised', '2025'),
      f('$60 billion', 'Anthropic', 'valuation', '2025'),
    ],
  ),
  s(
    'en',
    '2024-11-01',
    'Intel posted a net loss of $16.6 billion in the third quarter, its largest ever.',
    ['Intel'],
    [f('$16.6 billion', 'Intel', 'loss', '2024-Q3')],
  ),
  s(
    'en',
    '2025-02-04',
    'Spotify said monthly active users grew 11% to 675 million in the fourth quarter.',
    ['Spotify'],
    [f('11%', 'Spotify', 'growth', '2024-Q4'), f('675 million', 'Spotify', 'users', '2024-Q4')],
  ),
  s(
    'en',
    '2025-01-24',
    'Meta will spend as much as $65 billion this year, Mark Zuckerberg said, up from about $39 billion in 2024.',
    ['Meta'],
    [f('$65 billion', 'Meta', 'capex', '2025'), f('$39 billion', 'Meta', 'capex', '2024')],
  ),
  s(
    'en',
    '2025-01-15',
    'Apple and Google each paid about $1 billion in fines in 2024.',
    ['Apple', 'Google'],
    [f('$1 billion', null, 'other', '2024')],
  ),
  s(
    'en',
    '2024-01-10',
    'Microsoft invested $10 billion in OpenAI in 2023.',
    ['Microsoft', 'OpenAI'],
    [f('$10 billion', 'Microsoft', 'investment', '2023')],
  ),
  s(
    'en',
    '2025-04-02',
    "Tesla's deliveries fell 13% in the first quarter of 2025, and its shares dropped 6%.",
    ['Tesla'],
    [f('13%', 'Tesla', 'growth', '2025-Q1'), f('6%', 'Tesla', 'share-price change', null)],
  ),
  s(
    'en',
    '2025-03-27',
    'OpenAI expects revenue of $12.7 billion this year, up from $3.7 billion last year.',
    ['OpenAI'],
    [
      f('$12.7 billion', 'OpenAI', 'revenue', '2025'),
      f('$3.7 billion', 'OpenAI', 'revenue', '2024'),
    ],
  ),
  s(
    'en',
    '2025-07-24',
    'Shares of Alphabet rose 4% after the company reported revenue of $96.5 billion for the second quarter.',
    ['Alphabet'],
    [
      f('4%', 'Alphabet', 'share-price change', null),
      f('$96.5 billion', 'Alphabet', 'revenue', '2025-Q2'),
    ],
  ),
  s(
    'en',
    '2025-07-01',
    'xAI is raising $10 billion in debt and equity, according to Morgan Stanley.',
    ['xAI', 'Morgan Stanley'],
    [f('$10 billion', 'xAI', 'funding raised', '2025')],
  ),
  s(
    'en',
    '2025-02-20',
    'Walmart employs about 2.1 million people worldwide.',
    ['Walmart'],
    [f('2.1 million people', 'Walmart', 'employees', null)],
  ),
  s(
    'en',
    '2025-01-14',
    'Microsoft and OpenAI have committed more than $13 billion to their partnership since 2019.',
    ['Microsoft', 'OpenAI'],
    [f('$13 billion', null, 'other', '2019')],
  ),
  // Spanish
  s(
    'es',
    '2024-09-11',
    'Los ingresos de Inditex crecieron un 7,5% en el primer semestre de 2024, hasta 18.086 millones de euros.',
    ['Inditex'],
    [
      f('7,5%', 'Inditex', 'growth', '2024-H1'),
      f('18.086 millones de euros', 'Inditex', 'revenue', '2024-H1'),
    ],
  ),
  s(
    'es',
    '2024-02-22',
    'Telefónica, que preside José María Álvarez-Pallete, ganó 2.000 millones de euros en 2023.',
    ['Telefónica'],
    [f('2.000 millones de euros', 'Telefónica', 'profit', '2023')],
  ),
  s(
    'es',
    '2025-03-03',
    'La capitalización de Inditex supera los 150.000 millones de euros.',
    ['Inditex'],
    [f('150.000 millones de euros', 'Inditex', 'market value', null)],
  ),
  s(
    'es',
    '2024-10-30',
    'El beneficio de Iberdrola subió un 10% en el tercer trimestre de 2024.',
    ['Iberdrola'],
    [f('10%', 'Iberdrola', 'growth', '2024-Q3')],
  ),
  s(
    'es',
    '2024-05-21',
    'Amazon invertirá 15.700 millones en Aragón; la compañía creará 1.300 empleos.',
    ['Amazon'],
    [
      f('15.700 millones', 'Amazon', 'investment', null),
      f('1.300 empleos', 'Amazon', 'jobs', null),
    ],
  ),
  s(
    'es',
    '2024-10-02',
    'SoftBank comprará acciones de OpenAI por 500 millones de dólares.',
    ['SoftBank', 'OpenAI'],
    [f('500 millones de dólares', 'SoftBank', 'investment', '2024')],
  ),
  s(
    'es',
    '2025-02-27',
    'Repsol prevé invertir 19.000 millones de euros hasta 2027.',
    ['Repsol'],
    [f('19.000 millones de euros', 'Repsol', 'investment', '2027')],
  ),
  s(
    'es',
    '2025-02-20',
    'Las ventas de Zara cayeron un 2% en enero, según la compañía.',
    ['Zara'],
    [f('2%', 'Zara', 'growth', '2025-01')],
  ),
  s(
    'es',
    '2025-01-28',
    'Las acciones de Tesla subieron un 22% tras los resultados, mientras las de Ford cayeron un 3%.',
    ['Tesla', 'Ford'],
    [f('22%', 'Tesla', 'share-price change', null), f('3%', 'Ford', 'share-price change', null)],
  ),
  s(
    'es',
    '2024-05-09',
    'BBVA lanzó una opa de 12.000 millones de euros sobre el Sabadell.',
    ['BBVA', 'Banco Sabadell'],
    [f('12.000 millones de euros', 'BBVA', 'other', null)],
  ),
  s(
    'es',
    '2024-03-20',
    'Iberdrola invertirá 36.000 millones de euros en redes entre 2024 y 2026.',
    ['Iberdrola'],
    [f('36.000 millones de euros', 'Iberdrola', 'investment', null)],
  ),
  s(
    'es',
    '2025-01-30',
    'Meta gastará hasta 65.000 millones de dólares en 2025, frente a los 39.000 millones del año pasado.',
    ['Meta'],
    [
      f('hasta 65.000 millones de dólares', 'Meta', 'capex', '2025'),
      f('39.000 millones', 'Meta', 'capex', '2024'),
    ],
  ),
  s(
    'es',
    '2025-02-26',
    'Telefónica, cuya deuda asciende a 27.000 millones de euros, venderá su filial argentina.',
    ['Telefónica'],
    [f('27.000 millones de euros', 'Telefónica', 'debt', null)],
  ),
  s(
    'es',
    '2025-02-14',
    'La tecnológica Amadeus emplea a 19.000 personas y su beneficio creció un 17% en 2024.',
    ['Amadeus'],
    [f('19.000 personas', 'Amadeus', 'employees', null), f('17%', 'Amadeus', 'growth', '2024')],
  ),
  // German
  s(
    'de',
    '2024-11-13',
    'Der Umsatz von Siemens Healthineers stieg im Geschäftsjahr 2024 um 4 Prozent auf 22,4 Milliarden Euro.',
    ['Siemens Healthineers'],
    [
      f('4 Prozent', 'Siemens Healthineers', 'growth', 'FY2024'),
      f('22,4 Milliarden Euro', 'Siemens Healthineers', 'revenue', 'FY2024'),
    ],
  ),
  s(
    'de',
    '2024-11-28',
    'BASF will bis 2026 weitere 2.600 Stellen abbauen.',
    ['BASF'],
    [f('2.600 Stellen', 'BASF', 'jobs', '2026')],
  ),
  s(
    'de',
    '2025-01-30',
    'Die Deutsche Bank, deren Gewinn 2024 auf 5,3 Milliarden Euro stieg, kauft eigene Aktien für 750 Millionen Euro zurück.',
    ['Deutsche Bank'],
    [
      f('5,3 Milliarden Euro', 'Deutsche Bank', 'profit', '2024'),
      f('750 Millionen Euro', 'Deutsche Bank', 'buyback', null),
    ],
  ),
  s(
    'de',
    '2024-11-19',
    'Thyssenkrupp hat seine Prognose gesenkt. Der Konzern meldete einen Verlust von 1,4 Milliarden Euro.',
    ['Thyssenkrupp'],
    [f('1,4 Milliarden Euro', 'Thyssenkrupp', 'loss', null)],
  ),
  s(
    'de',
    '2024-08-07',
    'Rheinmetall steigerte den Umsatz im ersten Halbjahr um 33 Prozent.',
    ['Rheinmetall'],
    [f('33 Prozent', 'Rheinmetall', 'growth', '2024-H1')],
  ),
  s(
    'de',
    '2024-10-15',
    'SAP und Siemens investieren gemeinsam 1 Milliarde Euro in KI-Forschung.',
    ['SAP', 'Siemens'],
    [f('1 Milliarde Euro', null, 'investment', null)],
  ),
  s(
    'de',
    '2024-06-18',
    'Der Börsenwert von Nvidia stieg am Dienstag um 280 Milliarden Dollar.',
    ['Nvidia'],
    [f('280 Milliarden Dollar', 'Nvidia', 'market value', null)],
  ),
  s(
    'de',
    '2024-11-12',
    'Infineon rechnet für das Geschäftsjahr 2025 mit einem Umsatzrückgang von 5 Prozent.',
    ['Infineon'],
    [f('5 Prozent', 'Infineon', 'growth', 'FY2025')],
  ),
  s(
    'de',
    '2024-10-30',
    'Volkswagen verdiente im dritten Quartal 1,6 Milliarden Euro, 64 Prozent weniger als ein Jahr zuvor.',
    ['Volkswagen'],
    [
      f('1,6 Milliarden Euro', 'Volkswagen', 'profit', '2024-Q3'),
      f('64 Prozent', 'Volkswagen', 'growth', '2024-Q3'),
    ],
  ),
  s(
    'de',
    '2025-03-12',
    'Die Lufthansa-Aktie legte um 5 Prozent zu.',
    ['Lufthansa'],
    [f('5 Prozent', 'Lufthansa', 'share-price change', null)],
  ),
  s(
    'de',
    '2025-03-18',
    'Mercedes-Benz will bis 2027 Kosten von 5 Milliarden Euro einsparen.',
    ['Mercedes-Benz'],
    [f('5 Milliarden Euro', 'Mercedes-Benz', 'other', '2027')],
  ),
  s(
    'de',
    '2025-03-10',
    'Porsche rechnet 2025 mit einer Umsatzrendite von 10 bis 12 Prozent.',
    ['Porsche'],
    [f('10 bis 12 Prozent', 'Porsche', 'other', '2025')],
  ),
  s(
    'de',
    '2025-02-04',
    'Der Chipkonzern Infineon beschäftigt rund 58.000 Mitarbeiter.',
    ['Infineon'],
    [f('rund 58.000 Mitarbeiter', 'Infineon', 'employees', null)],
  ),
  s(
    'de',
    '2025-02-13',
    'Die Telekom-Tochter T-Mobile US steigerte ihren Umsatz um 6 Prozent.',
    ['Deutsche Telekom', 'T-Mobile US'],
    [f('6 Prozent', 'T-Mobile US', 'growth', null)],
  ),
];
