import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../lib/analyse.ts';
import { attribute, type Discourse } from '../../../lib/attribute/index.ts';
import { findCompanies } from '../../../lib/entities/index.ts';
import { extract } from '../../../lib/extract/index.ts';
import type { Lang } from '../../../lib/extract/types.ts';
import { attributionOf, who } from './helpers.ts';

type Row = [lang: Lang, text: string, figure: string, company: string | null, rule: RegExp];

const check = (rows: Row[]) =>
  it.each(rows)('%s: %s → [%s] %s', (lang, text, figure, company, rule) => {
    const a = attributionOf(lang, text, figure);
    expect(who(a)).toBe(company);
    expect(a.companyRule).toMatch(rule);
  });

describe('company: subject of the clause', () => {
  check([
    [
      'fr',
      "Meta prévoit de dépenser 62 milliards d'euros cette année.",
      '62 milliards',
      'Meta',
      /subject of the clause 'Meta'/,
    ],
    [
      'en',
      'Amazon expects capital expenditures of about $100 billion this year.',
      '$100 billion',
      'Amazon',
      /subject of the clause/,
    ],
    [
      'es',
      'Iberdrola ganó 5.612 millones de euros en 2024.',
      '5.612 millones',
      'Iberdrola',
      /subject of the clause/,
    ],
    [
      'de',
      'Rheinmetall erwartet für 2025 ein Umsatzwachstum von 25 Prozent.',
      '25 Prozent',
      'Rheinmetall',
      /subject of the clause/,
    ],
    // A partner after "avec" is not the subject.
    [
      'fr',
      'Mistral AI va bâtir avec Nvidia un centre de calcul de 1,4 gigawatt.',
      '1,4 gigawatt',
      'Mistral AI',
      /subject of the clause 'Mistral AI'/,
    ],
    // A product stands for its owner.
    ['fr', 'Apple prépare un iPhone à 1 599 €.', '1 599 €', 'Apple', /subject/],
    [
      'en',
      'ChatGPT now has 400 million weekly users.',
      '400 million',
      'OpenAI',
      /product of OpenAI/,
    ],
  ]);
});

describe('company: subject of the sentence, past appositives and relative clauses', () => {
  check([
    [
      'fr',
      "Iliad, la maison mère de Free, a dépassé les 10 milliards d'euros de chiffre d'affaires.",
      '10 milliards',
      'Iliad',
      /subject of the sentence 'Iliad'/,
    ],
    [
      'en',
      'Arm, which is majority-owned by SoftBank, licenses designs used in more than 300 billion chips.',
      '300 billion chips',
      'Arm',
      /subject of the sentence 'Arm'/,
    ],
    [
      'es',
      'Telefónica, que preside José María Álvarez-Pallete, ganó 2.000 millones de euros en 2023.',
      '2.000 millones',
      'Telefónica',
      /subject of the sentence/,
    ],
    [
      'de',
      'Die Deutsche Bank, deren Gewinn stieg, kauft eigene Aktien für 750 Millionen Euro zurück.',
      '750 Millionen',
      'Deutsche Bank',
      /subject of the sentence/,
    ],
  ]);
});

describe('company: appositives and relative clauses', () => {
  check([
    [
      'fr',
      "Il a cité Microsoft, qui prévoit de dépenser près de 80 milliards d'euros, et Amazon, qui dépensera plus de 70 milliards d'euros.",
      '80 milliards',
      'Microsoft',
      /appositive: 'Microsoft, qui …'/,
    ],
    [
      'fr',
      "Il a cité Microsoft, qui prévoit de dépenser près de 80 milliards d'euros, et Amazon, qui dépensera plus de 70 milliards d'euros.",
      '70 milliards',
      'Amazon',
      /appositive: 'Amazon, qui …'/,
    ],
    [
      'en',
      'Harrison Ford narrated an ad for Ford Motor, which reported revenue of $185 billion.',
      '$185 billion',
      'Ford',
      /appositive: 'Ford Motor, which …'/,
    ],
    [
      'en',
      'Target price cuts followed for Intel, whose foundry unit lost $13.4 billion last year.',
      '$13.4 billion',
      'Intel',
      /appositive: 'Intel, whose …'/,
    ],
    [
      'es',
      'El fondo entró en Indra, cuya cartera alcanza 7.000 millones de euros.',
      '7.000 millones',
      'Indra',
      /appositive: 'Indra, cuya …'/,
    ],
    [
      'de',
      'Der Auftrag ging an Siemens, das 2024 rund 312.000 Menschen beschäftigte.',
      '312.000 Menschen',
      'Siemens',
      /appositive: 'Siemens, das …'/,
    ],
  ]);
});

describe('company: possessives, genitives and "de Meta"', () => {
  check([
    [
      'en',
      "Nvidia's revenue rose 94% to $35.1 billion in the third quarter.",
      '$35.1 billion',
      'Nvidia',
      /possessive 'Nvidia's revenue'/,
    ],
    ['en', 'Oracle shares soared 36% on Wednesday.', '36%', 'Oracle', /compound 'Oracle shares'/],
    [
      'de',
      'Nvidias Umsatz stieg im vierten Quartal um 78 Prozent auf 39,3 Milliarden Dollar.',
      '39,3 Milliarden',
      'Nvidia',
      /genitive 'Nvidias Umsatz'/,
    ],
    [
      'de',
      'Apples Marktwert lag zeitweise bei 3,9 Billionen Dollar.',
      '3,9 Billionen',
      'Apple',
      /genitive/,
    ],
    [
      'fr',
      "La dette d'Altice France, maison mère de SFR, atteint 24 milliards d'euros.",
      '24 milliards',
      'Altice France',
      /'d'Altice France'/,
    ],
    [
      'fr',
      "Selon l'analyste, les dépenses de Meta passeront de 35 milliards d'euros à 60 milliards.",
      '35 milliards',
      'Meta',
      /'de Meta'/,
    ],
    [
      'en',
      'Analysts expect the revenue of Microsoft to reach $280 billion.',
      '$280 billion',
      'Microsoft',
      /'of Microsoft'/,
    ],
    [
      'de',
      'Die Aktie von Tesla fiel an der Nasdaq um 5 Prozent.',
      '5 Prozent',
      'Tesla',
      /'von Tesla'/,
    ],
    [
      'es',
      'Las acciones de Nvidia se desplomaron un 17% en una sola sesión.',
      '17%',
      'Nvidia',
      /'de Nvidia/,
    ],
    [
      'es',
      'La capitalización de Inditex supera los 150.000 millones de euros.',
      '150.000 millones',
      'Inditex',
      /'de Inditex'/,
    ],
    // A name after the figure: "… de ChatGPT".
    [
      'fr',
      "Le cap des 400 millions d'utilisateurs de ChatGPT est franchi.",
      '400 millions',
      'OpenAI',
      /'de ChatGPT'/,
    ],
  ]);
});

describe('company: carried within the sentence', () => {
  check([
    [
      'de',
      'SAP erzielte im vergangenen Jahr einen Umsatz von 34,2 Milliarden Euro, davon 17,1 Milliarden mit Cloud-Diensten.',
      '17,1 Milliarden',
      'SAP',
      /carried|subject of the sentence/,
    ],
    [
      'en',
      'Microsoft (MSFT) said Azure grew 31%, while capital spending reached $22.6 billion in the quarter.',
      '$22.6 billion',
      'Microsoft',
      /subject of the sentence/,
    ],
    [
      'fr',
      "La dette d'Altice France atteint 24 milliards d'euros, que les créanciers ont accepté de réduire de 8,6 milliards.",
      '8,6 milliards',
      'Altice France',
      /carried from the figure it refers to/,
    ],
    [
      'es',
      'Spotify alcanzó 675 millones de usuarios activos mensuales, de los que 263 millones son suscriptores de pago.',
      '263 millones',
      'Spotify',
      /carried/,
    ],
  ]);
});

describe('company: two companies in one sentence', () => {
  check([
    [
      'en',
      'SoftBank will invest $40 billion in OpenAI at a $300 billion valuation.',
      '$40 billion',
      'SoftBank',
      /subject of the clause 'SoftBank'/,
    ],
    [
      'en',
      'SoftBank will invest $40 billion in OpenAI at a $300 billion valuation.',
      '$300 billion',
      'OpenAI',
      /investee after 'in'/,
    ],
    [
      'fr',
      "Tencent investit 1,16 milliard d'euros dans une nouvelle filiale d'Ubisoft, valorisée 4 milliards d'euros.",
      '4 milliards',
      'Ubisoft',
      /investee after 'dans'/,
    ],
    [
      'es',
      'Microsoft invertirá 1.000 millones de dólares en Mistral AI, con una valoración de 6.000 millones.',
      '6.000 millones',
      'Mistral AI',
      /investee after 'en'/,
    ],
    [
      'de',
      'Amazon investiert 4 Milliarden Dollar in Anthropic bei einer Bewertung von 18 Milliarden Dollar.',
      '18 Milliarden',
      'Anthropic',
      /investee after 'in'/,
    ],
    [
      'fr',
      'Amazon dépensera plus de 100 milliards de dollars, un montant supérieur aux 75 milliards de dollars annoncés par Alphabet.',
      '75 milliards',
      'Alphabet',
      /agent 'annoncés par Alphabet'/,
    ],
    [
      'de',
      'Amazon will 10 Milliarden Euro investieren, davon 8,8 Milliarden Euro über AWS.',
      '8,8 Milliarden',
      'AWS',
      /agent 'über AWS'/,
    ],
    [
      'fr',
      'Free a gagné 236 000 abonnés, tandis que Bouygues Telecom en a perdu 20 000 abonnés.',
      '20 000 abonnés',
      'Bouygues Telecom',
      /subject of the clause 'Bouygues Telecom'/,
    ],
    [
      'en',
      'DeepSeek said it trained its model for $5.6 million, sending Nvidia shares down 17%.',
      '17%',
      'Nvidia',
      /'Nvidia shares'/,
    ],
    [
      'es',
      'CaixaBank y Sabadell ganaron 5.787 millones y 1.827 millones de euros, respectivamente.',
      '1.827 millones',
      'Banco Sabadell',
      /respectively: 2nd/,
    ],
    [
      'de',
      'Die Telekom-Tochter T-Mobile US steigerte ihren Umsatz um 6 Prozent.',
      '6 Prozent',
      'T-Mobile US',
      /T-Mobile US/,
    ],
  ]);
});

describe('company: joint figures, projects, sources, none', () => {
  check([
    [
      'es',
      'Microsoft y Google gastarán más de 150.000 millones de dólares entre ambas.',
      '150.000 millones',
      null,
      /shared by Microsoft and Google/,
    ],
    [
      'de',
      'Der Versicherer Allianz und die Munich Re zahlen zusammen 9 Milliarden Euro an Dividenden.',
      '9 Milliarden',
      null,
      /shared by/,
    ],
    [
      'fr',
      "Le projet Stargate, porté par OpenAI, SoftBank et Oracle, prévoit 500 milliards de dollars d'investissements.",
      '500 milliards',
      'Stargate (OpenAI, SoftBank, Oracle)',
      /project Stargate/,
    ],
    [
      'fr',
      "OpenAI, SoftBank et Oracle feront partie du projet Stargate, une initiative qui investira 500 milliards d'euros.",
      '500 milliards',
      'Stargate (OpenAI, SoftBank, Oracle)',
      /project Stargate/,
    ],
    [
      'es',
      'OpenAI, SoftBank y Oracle anunciaron Stargate, un proyecto de 500.000 millones de dólares.',
      '500.000 millones',
      'Stargate (OpenAI, SoftBank, Oracle)',
      /project/,
    ],
    [
      'de',
      'OpenAI, SoftBank und Oracle gründeten Stargate mit anfangs 100 Milliarden Dollar.',
      '100 Milliarden',
      'Stargate (OpenAI, SoftBank, Oracle)',
      /project/,
    ],
    [
      'fr',
      'Selon Reuters, Amazon dépensera plus de 100 milliards de dollars cette année.',
      '100 milliards',
      'Amazon',
      /subject of the clause 'Amazon'/,
    ],
    [
      'de',
      'Laut dpa investiert Microsoft 3,2 Milliarden Euro in Rechenzentren.',
      '3,2 Milliarden',
      'Microsoft',
      /'Microsoft'/,
    ],
    [
      'en',
      'According to Bloomberg, Apple will sell the iPhone 16e for $599.',
      '$599',
      'Apple',
      /Apple/,
    ],
    [
      'en',
      'Shell companies were used to move $2 billion out of the country.',
      '$2 billion',
      null,
      /no company/,
    ],
    [
      'fr',
      "Au total, la France a attiré 109 milliards d'euros de projets, dont ceux d'Amazon et de Microsoft.",
      '109 milliards',
      null,
      /no company/,
    ],
    [
      'de',
      'Werner von Siemens gründete das Unternehmen 1847, das heute 312.000 Menschen beschäftigt.',
      '312.000 Menschen',
      null,
      /no company/,
    ],
  ]);
});

describe('company: references to the company the text is about', () => {
  check([
    [
      'fr',
      "Meta a publié ses résultats. Les actions de l'entreprise ont augmenté de 1 %.",
      '1 %',
      'Meta',
      /'de l'entreprise' → Meta/,
    ],
    [
      'en',
      'Alphabet reported strong results. The company said it would buy back $70 billion of its shares.',
      '$70 billion',
      'Alphabet',
      /reference 'The company' → Alphabet/,
    ],
    [
      'es',
      'Las acciones de Nvidia se desplomaron un 17% y la compañía perdió 589.000 millones de dólares de capitalización.',
      '589.000 millones',
      'Nvidia',
      /Nvidia/,
    ],
    [
      'de',
      'Thyssenkrupp hat seine Prognose gesenkt. Der Konzern meldete einen Verlust von 1,4 Milliarden Euro.',
      '1,4 Milliarden',
      'Thyssenkrupp',
      /reference 'Der Konzern' → Thyssenkrupp/,
    ],
  ]);

  it('carries the company from one block to the next with a shared discourse', () => {
    const discourse: Discourse = { subject: null };
    const opts = { lang: 'fr' as const, publishedAt: '2025-01-25', discourse };
    analyseText("Meta prévoit de dépenser 62 milliards d'euros.", opts);
    const next = analyseText("L'entreprise a dépensé 39 milliards de dollars l'an dernier.", opts);
    expect(next.mentions[0]?.company).toBe('Meta');
    // Without it, a reference with nothing before it names no one.
    const alone = analyseText("L'entreprise a dépensé 39 milliards de dollars l'an dernier.", {
      lang: 'fr',
      publishedAt: '2025-01-25',
    });
    expect(alone.mentions[0]?.company).toBeNull();
  });
});

describe('company: table cells', () => {
  it('takes the company from the row header, metric and period from the column header', () => {
    const a = attributionOf('en', '$35.1 billion', '$35.1 billion', '2025-01-25', {
      context: { rowHeader: 'Nvidia', columnHeader: 'Revenue Q3 2024' },
    });
    expect([a.company, a.metric, a.period]).toEqual(['Nvidia', 'revenue', '2024-Q3']);
    expect(a.companyRule).toMatch(/table row header 'Nvidia'/);
    expect(a.metricRule).toMatch(/table header 'Revenue Q3 2024'/);
    expect(a.periodRule).toMatch(/table header/);
  });

  it('reads a table with companies in the columns and metrics in the rows', () => {
    const a = attributionOf('fr', '62 Md€', '62 Md€', '2025-01-25', {
      context: { rowHeader: "Dépenses d'investissement 2025", columnHeader: 'Meta' },
    });
    expect([a.company, a.metric, a.period]).toEqual(['Meta', 'capex', '2025']);
  });
});

describe('attribute()', () => {
  it('returns one attribution per mention, in the order given', () => {
    const text = 'Apple shares rose 3% after iPhone sales of $69.1 billion.';
    const mentions = extract(text, { lang: 'en' });
    const companies = findCompanies(text, { lang: 'en', products: true });
    const reversed = [...mentions].reverse();
    const out = attribute(text, reversed, companies, { lang: 'en', publishedAt: null });
    expect(out).toHaveLength(2);
    expect(out.map((a) => a.metric)).toEqual(['revenue', 'share-price change']);
  });

  it('is plain JSON', () => {
    const { mentions } = analyseText(
      'Nvidia a dégagé 39 milliards de dollars au quatrième trimestre.',
      {
        lang: 'fr',
        publishedAt: '2025-02-27',
      },
    );
    const a = mentions[0]?.attribution;
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('handles text with no figures or no companies', () => {
    expect(analyseText('', { lang: 'en', publishedAt: null }).mentions).toEqual([]);
    const { mentions } = analyseText('Le ciel était orange.\n\n12 millions de personnes.', {
      lang: 'fr',
      publishedAt: null,
    });
    expect(mentions.every((m) => m.company === null)).toBe(true);
  });
});

describe('company: a sentence naming no company that opens on a possessive', () => {
  check([
    [
      'fr',
      'Renault a publié ses résultats. Sa marge opérationnelle atteint 7,6 %.',
      '7,6 %',
      'Renault',
      /possessive 'Sa' → Renault/,
    ],
    [
      'en',
      'Netflix beat estimates. Its revenue rose 16% to $10.2 billion.',
      '16%',
      'Netflix',
      /possessive 'Its' → Netflix/,
    ],
    [
      'es',
      'Inditex presentó resultados. Su beneficio creció un 9%.',
      '9%',
      'Inditex',
      /possessive 'Su' → Inditex/,
    ],
    [
      'de',
      'SAP legte Zahlen vor. Sein Umsatz stieg um 10 Prozent.',
      '10 Prozent',
      'SAP',
      /possessive 'Sein' → SAP/,
    ],
  ]);
});
