import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../lib/entities/index.ts';
import type { Lang } from '../../../lib/extract/types.ts';

/** The companies found in `text`, by canonical name, in text order. */
const names = (text: string, lang: Lang) => findCompanies(text, { lang }).map((m) => m.name);

// Names that are ordinary words: the trap, and the same name used for the company.
const TRAPS: { lang: Lang; text: string; want: string[] }[] = [
  // French
  { lang: 'fr', text: 'Le ciel orange annonce la pluie.', want: [] },
  { lang: 'fr', text: 'Orange a annoncé 2 300 suppressions de postes.', want: ['Orange'] },
  { lang: 'fr', text: 'Il a repeint la porte de couleur Orange vif.', want: [] },
  { lang: 'fr', text: "Le mistral souffle fort et l'oracle de Delphes se tait.", want: [] },
  { lang: 'fr', text: "Mistral prévoit de lever 1,7 milliard d'euros.", want: ['Mistral AI'] },
  { lang: 'fr', text: 'Le Mistral souffle à 90 km/h sur Marseille.', want: [] },
  { lang: 'fr', text: "L'Oracle de Delphes parlait par énigmes.", want: [] },
  { lang: 'fr', text: 'Au total, Free a gagné 236 000 abonnés.', want: ['Free'] },
  {
    lang: 'fr',
    text: 'Total a annoncé un bénéfice de 18 milliards de dollars.',
    want: ['TotalEnergies'],
  },
  { lang: 'fr', text: 'Zoom sur les résultats du trimestre.', want: [] },
  {
    lang: 'fr',
    text: "Selon Zoom, l'entreprise compte 300 millions d'utilisateurs.",
    want: ['Zoom'],
  },
  { lang: 'fr', text: 'Agent Orange : le procès reprend.', want: [] },
  {
    lang: 'fr',
    text: 'Le patron de Carrefour était au carrefour des routes.',
    want: ['Carrefour'],
  },
  // English
  { lang: 'en', text: 'An apple a day keeps the doctor away.', want: [] },
  { lang: 'en', text: 'Apple a day after the launch cut prices.', want: [] },
  { lang: 'en', text: 'Apple said revenue rose 4%.', want: ['Apple'] },
  { lang: 'en', text: 'The Amazon rainforest lost 3 million hectares.', want: [] },
  { lang: 'en', text: 'Amazon said it would hire 250,000 workers.', want: ['Amazon'] },
  { lang: 'en', text: 'Free trial users doubled.', want: [] },
  { lang: 'en', text: 'The free trial lasts 30 days.', want: [] },
  { lang: 'en', text: 'Buffett, the Oracle of Omaha, bought more shares.', want: [] },
  { lang: 'en', text: 'Oracle shares rose 36% on Wednesday.', want: ['Oracle'] },
  { lang: 'en', text: 'A meta-analysis of 40 studies was published.', want: [] },
  { lang: 'en', text: 'Meta-analysis shows a 13% effect.', want: [] },
  { lang: 'en', text: 'Meta plans to spend $65 billion.', want: ['Meta'] },
  { lang: 'en', text: 'Negotiations were kept at arm’s length.', want: [] },
  { lang: 'en', text: 'Arm shares fell 5% after SoftBank sold stock.', want: ['Arm', 'SoftBank'] },
  { lang: 'en', text: 'Target price raised to $250.', want: [] },
  { lang: 'en', text: 'Target said comparable sales fell 3%.', want: ['Target'] },
  { lang: 'en', text: 'Shell companies hid the money.', want: [] },
  { lang: 'en', text: 'Visa requirements were tightened for 40 countries.', want: [] },
  { lang: 'en', text: 'Visa’s net revenue rose 10%.', want: ['Visa'] },
  { lang: 'en', text: 'Block party permits cost $50.', want: [] },
  { lang: 'en', text: 'Snap elections were called for June.', want: [] },
  { lang: 'en', text: 'Zoom in on the chart to see the 5% dip.', want: [] },
  { lang: 'en', text: 'Intel on the ground was scarce.', want: [] },
  { lang: 'en', text: 'Intel said it would cut 15,000 jobs.', want: ['Intel'] },
  {
    lang: 'en',
    text: 'Analysts compared Intel, AMD and Nvidia.',
    want: ['Intel', 'AMD', 'Nvidia'],
  },
  { lang: 'en', text: 'In the Bourne Shell, variables are exported.', want: [] },
  { lang: 'en', text: 'Big Apple rents rose 7%.', want: [] },
  // Spanish
  { lang: 'es', text: 'La meta es reducir un 20% las emisiones.', want: [] },
  { lang: 'es', text: 'Meta: alcanzar 3.000 megavatios antes de 2030.', want: [] },
  { lang: 'es', text: 'Meta invertirá 65.000 millones de dólares.', want: ['Meta'] },
  {
    lang: 'es',
    text: 'El acuerdo con Meta y Google vale 2.000 millones.',
    want: ['Meta', 'Google'],
  },
  { lang: 'es', text: 'Zoom a la sala de juntas.', want: [] },
  { lang: 'es', text: 'La visa de trabajo cuesta 200 euros.', want: [] },
  { lang: 'es', text: 'Visa y Mastercard cobran comisiones.', want: ['Visa', 'Mastercard'] },
  { lang: 'es', text: 'El Santander ganó 12.574 millones.', want: ['Banco Santander'] },
  { lang: 'es', text: 'Santander ganó 12.574 millones.', want: ['Banco Santander'] },
  // German
  { lang: 'de', text: 'Die Orange kostet 40 Cent.', want: [] },
  { lang: 'de', text: 'Der Konzern Orange kündigte eine Dividende an.', want: ['Orange'] },
  { lang: 'de', text: 'Der Block wiegt 12 Tonnen.', want: [] },
  { lang: 'de', text: 'Der Zahlungsdienstleister Block streicht 931 Stellen.', want: ['Block'] },
  { lang: 'de', text: 'Arm und Reich trennen Welten.', want: [] },
  { lang: 'de', text: 'Der Arm tut weh.', want: [] },
  { lang: 'de', text: 'Die Allianz aus Frankreich und Deutschland hält.', want: [] },
  {
    lang: 'de',
    text: 'Die Allianz steigerte ihren Gewinn auf 16 Milliarden Euro.',
    want: ['Allianz'],
  },
  { lang: 'de', text: 'Der Puma im Zoo ist krank.', want: [] },
  { lang: 'de', text: 'Der Sportartikelhersteller Puma streicht 500 Stellen.', want: ['Puma'] },
  { lang: 'de', text: 'Das Alphabet hat 26 Buchstaben.', want: [] },
  { lang: 'de', text: 'Das Visum, Plural Visa, kostet 80 Euro.', want: [] },
  { lang: 'de', text: 'Meta und Apple zahlen zusammen 1 Milliarde.', want: ['Meta', 'Apple'] },
];

describe('ordinary words that are also company names', () => {
  it.each(TRAPS)('$lang: $text', ({ lang, text, want }) => {
    expect(names(text, lang)).toEqual(want);
  });
});

describe('people and places', () => {
  it.each([
    { lang: 'en' as Lang, text: 'Harrison Ford starred in the film.', want: [] },
    { lang: 'en' as Lang, text: 'Michael Dell bought shares of Dell.', want: ['Dell'] },
    { lang: 'en' as Lang, text: 'Nikola Tesla was born in 1856.', want: [] },
    { lang: 'en' as Lang, text: 'Orange County voters rejected the tax.', want: [] },
    { lang: 'fr' as Lang, text: 'Mark Zuckerberg dirige Meta depuis Manhattan.', want: ['Meta'] },
    { lang: 'fr' as Lang, text: 'Elon Musk a visité les États-Unis.', want: [] },
    {
      lang: 'fr' as Lang,
      text: 'Léonard de Vinci a peint la Joconde, pas Vinci.',
      want: ['Vinci'],
    },
    { lang: 'de' as Lang, text: 'Werner von Siemens gründete 1847 eine Firma.', want: [] },
    { lang: 'de' as Lang, text: 'Der Umsatz von Siemens stieg.', want: ['Siemens'] },
    { lang: 'es' as Lang, text: 'Wolfgang Amadeus Mozart compuso 41 sinfonías.', want: [] },
  ])('$lang: $text', ({ lang, text, want }) => {
    expect(names(text, lang)).toEqual(want);
  });
});

describe('legal forms', () => {
  it.each([
    ['fr', 'AWS, sa division de cloud, progresse.', 'AWS'],
    ['fr', 'Orange SA a publié ses comptes.', 'Orange SA'],
    ['en', 'Barclays plc reported a profit.', 'Barclays plc'],
  ] as const)('%s: %s', (lang, text, expected) => {
    const found = findCompanies(text, { lang });
    expect(found.map((c) => c.text)).toEqual([expected]);
  });
});
