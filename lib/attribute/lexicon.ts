/**
 * The words that tell what a figure measures, per language: verbs ("dépenser", "invertirá"),
 * nouns ("chiffre d'affaires", "Umsatz") and phrases ("a share", "par mois"). Each pattern is a
 * regular-expression fragment matched case-insensitively between word boundaries; `\p{L}*`
 * closes a stem. A pattern names a cue class, not a metric: the class becomes a metric only
 * with the kind of the figure (a percent after "revenue" is growth, money after it is revenue).
 */
import type { Lang } from '../extract/types.ts';

/** What a cue word says about the figure near it. */
export type CueClass =
  | 'capex'
  /** Investing words: capex when the figure is a year's budget, investment otherwise. */
  | 'invest'
  | 'revenue'
  | 'profit'
  /** "gagner", "ganó", "gewann": profit for money, a change for a percent. */
  | 'gain'
  | 'loss'
  /** "perdu", "lost", "verlor": loss for money, a change for a percent. */
  | 'lose'
  | 'marketValue'
  | 'valuation'
  | 'funding'
  | 'buyback'
  /** "racheter", "buy": a buyback when shares are named, an acquisition (other) otherwise. */
  | 'buy'
  | 'debt'
  | 'price'
  /** Words that name something Tally does not track (dividend, contract, sale): other. */
  | 'other'
  | 'shares'
  | 'growth'
  /** Verbs of movement ("rose", "chuté", "stieg"): growth, or a share move after one. */
  | 'change'
  | 'users'
  | 'subscribers'
  | 'employees'
  | 'employ'
  | 'jobCut'
  | 'gpus';

type Table = Partial<Record<CueClass, string[]>>;

const A = "['’]";

const FR: Table = {
  capex: [`dépenses? d${A}investissement`, 'dépenses? en capital', 'capex', 'dépens\\p{L}*'],
  invest: [
    'invest(?!isseu)\\p{L}*',
    'inject\\p{L}*',
    'consacr\\p{L}*',
    'projets',
    'promis',
    'participations?',
    'enveloppe',
    'programme',
  ],
  revenue: [
    `chiffres? d${A}affaires`,
    `volume d${A}affaires`,
    'ventes',
    'recettes',
    'revenus?',
    'facturation',
  ],
  profit: [
    'bénéfices?',
    'résultats? nets?',
    'résultats? opérationnels?',
    `résultats? d${A}exploitation`,
    'profits?',
  ],
  gain: ['gagn\\p{L}*'],
  loss: ['pertes?', 'déficits?'],
  lose: ['perd\\p{L}*'],
  marketValue: ['capitalisations?(?: boursières?)?', 'valeur boursière', 'valeur de marché'],
  valuation: ['valoris\\p{L}*', 'évaluée?s? à'],
  funding: [
    'levées? de fonds',
    'l[eè]v(?:é|ée|ées|és|er|era|eront|ent|e|ait)',
    'tour de (?:table|financement)',
    '(?:ce|un|le|son|dernier|nouveau) tour',
    'financements?',
  ],
  buyback: [`rachats? d${A}actions`, 'rachats? de (?:ses )?(?:propres )?actions'],
  buy: ['rach[eè]t\\p{L}*', 'rachats?', 'acqu\\p{L}*'],
  debt: ['dettes?', 'endettement', 'emprunts?'],
  price: [
    'prix',
    'co[uû]te(?:ra|nt|rait|raient)?',
    'tarifs?',
    'par mois',
    'par action',
    `l${A}unité`,
    'abonnement',
  ],
  other: [
    'dividendes?',
    'contrats?',
    'commandes',
    'c[eè]d\\p{L}*',
    'cessions?',
    'vend(?:re|u|ue|us|ues|ra|ront|ait|ent)?',
    'trésorerie',
    'marges?',
    'rentabilité',
    'amendes?',
    'subventions?',
  ],
  shares: [`l${A}action`, 'actions?', 'le titre', 'cours de bourse', 'en bourse'],
  growth: [
    'hausse',
    'croissance',
    'progression',
    'augmentation',
    'baisse',
    'recul',
    'bond',
    'repli',
    'sur un an',
    'en un an',
    `par rapport à l${A}année`,
  ],
  change: [
    'progress\\p{L}*',
    'augment\\p{L}*',
    'recul\\p{L}*',
    'chut\\p{L}*',
    'diminu\\p{L}*',
    'envol\\p{L}*',
    'grimp\\p{L}*',
    'pris',
  ],
  users: ['utilisateurs?', 'usagers?', 'internautes?', 'accessible', 'utilis\\p{L}*'],
  subscribers: ['abonnés?'],
  employees: ['salariés?', 'employés?', 'collaborateurs?', 'effectifs?'],
  employ: ['emplo(?:ie|ient|yer|yait|yaient)'],
  jobCut: ['supprim\\p{L}*', 'suppressions?', 'licenci\\p{L}*'],
  gpus: ['processeurs graphiques', 'gpus?', 'puces'],
};

const EN: Table = {
  capex: [
    'capital expenditures?',
    'capital spending',
    'capex',
    'capital projects',
    'spend(?:s|ing)?',
    'spent',
  ],
  invest: ['invest(?!or)\\p{L}*', 'inject\\p{L}*', 'projects', 'pledged', 'promised', 'stakes?'],
  revenue: [
    'revenues?',
    'sales',
    'turnover',
    'top line',
    'shipments',
    'gross merchandise (?:volume|value)',
    'gmv',
  ],
  profit: [
    'profits?',
    'net income',
    'operating income',
    'earnings',
    'bottom line',
    'ebitda',
    'earned',
  ],
  gain: ['gain(?:s|ed)?'],
  loss: ['loss(?:es)?', 'deficits?'],
  lose: ['lost', 'lose', 'loses', 'losing'],
  marketValue: [
    'market (?:value|cap|capitali[sz]ation|valuation)',
    'market-cap',
    'stock market value',
  ],
  valuation: ['valuations?', 'valued', 'valuing'],
  funding: [
    'raise[sd]?',
    'raising',
    'funding(?: rounds?)?',
    'financing(?: rounds?)?',
    '(?:funding |financing )?round',
    'secured',
  ],
  buyback: ['buybacks?', 'share repurchases?', 'repurchas\\p{L}*', 'buy back', 'bought back'],
  buy: ['buy(?:s|ing)?', 'bought', 'acqui\\p{L}*', 'takeover'],
  debt: ['debts?', 'borrowings?', 'bonds?'],
  price: [
    'prices?',
    'priced',
    'costs?',
    'costing',
    'an? share',
    'per share',
    'an? month',
    'per month',
    'apiece',
    'retails? (?:at|for)',
    'sells? for',
  ],
  other: [
    'dividends?',
    'contracts?',
    'deals?',
    'backlog',
    'booked orders',
    'orders',
    'cash',
    'margins?',
    'fines?',
    'settlement',
    'sold',
    'sell(?:s|ing)?',
    'sale of',
    'subsid(?:y|ies)',
    'grants?',
  ],
  shares: ['shares', 'stock', 'share price', 'stock price'],
  growth: [
    'growth',
    'increase',
    'decrease',
    'decline',
    'year over year',
    'year-over-year',
    'year-on-year',
    'from a year (?:earlier|ago)',
    'than a year (?:earlier|ago)',
  ],
  change: [
    'gr[eo]w(?:s|n|ing)?',
    'rose',
    'ris(?:e|es|en|ing)',
    'increas\\p{L}*',
    'decreas\\p{L}*',
    'declin\\p{L}*',
    'fell',
    'fall(?:s|ing)?',
    'drop\\p{L}*',
    'jump\\p{L}*',
    'soar\\p{L}*',
    'surg\\p{L}*',
    'climb\\p{L}*',
    'plung\\p{L}*',
    'slump\\p{L}*',
    'slid',
    'tumbl\\p{L}*',
    'up',
    'down',
  ],
  users: ['users?', 'monthly active', 'daily active', 'maus?', 'daus?', 'people use'],
  subscribers: ['subscribers?', 'subscriptions?', 'paying members'],
  employees: ['employees', 'staff', 'workforce', 'headcount', 'workers'],
  employ: ['employ(?:s|ed|ing)?'],
  jobCut: ['cut(?:s|ting)?', 'lay(?:ing)? off', 'laid off', 'layoffs?', 'slash\\p{L}*', 'shed'],
  gpus: ['gpus?', 'graphics processors', 'accelerators'],
};

const ES: Table = {
  capex: [
    'gastos? de capital',
    'inversi(?:ón|ones) de capital',
    'capex',
    'gast(?:ar|ará|arán|ó|aron|a|an|o|os)',
  ],
  invest: [
    'invert\\p{L}*',
    'invier\\p{L}*',
    'inversi(?:ón|ones)',
    'destin(?:ar|ará|arán|a|an|ó|aron|ando)',
    'inyect\\p{L}*',
    'proyectos',
    'prometid[oa]s',
    'participaci(?:ón|ones)',
  ],
  revenue: [
    'ingresos',
    'ventas',
    'factur\\p{L}*',
    'cifra de negocios?',
    'comisiones',
    'cobr(?:ó|aron|a|an|ar)',
  ],
  profit: ['beneficios?', 'ganancias?', 'resultados? netos?', 'utilidad(?:es)?'],
  gain: ['gan(?:ó|a|an|aron|ar|ará|arán)'],
  loss: ['pérdidas?', 'números rojos'],
  lose: ['perd\\p{L}*', 'perdió'],
  marketValue: ['capitalizaci(?:ón|ones)(?: bursátil)?', 'valor (?:de mercado|en bolsa|bursátil)'],
  valuation: ['valoraci(?:ón|ones)', 'valorad[ao]s?', 'valora(?:ba|n)?', 'tasad[ao]s?'],
  funding: [
    'rondas?(?: de financiaci(?:ón|ones))?',
    'financiaci(?:ón|ones)',
    'recaud\\p{L}*',
    'capt(?:ó|ar|a|aron)',
    'levant(?:ó|ar|aron)',
  ],
  buyback: ['recompras?(?: de acciones)?', 'recompr\\p{L}*'],
  buy: ['compr(?:ó|a|ar|ará|aron)', 'adquiri\\p{L}*', 'adquisici(?:ón|ones)'],
  debt: ['deudas?', 'endeudamiento', 'bonos'],
  price: [
    'precios?',
    'cuesta(?:n|rá)?',
    'costar\\p{L}*',
    'costará',
    'al mes',
    'por mes',
    'por acci(?:ón)',
    'tarifas?',
  ],
  other: [
    'dividendos?',
    'contratos?',
    'acuerdos?',
    'cartera de pedidos',
    'pedidos',
    'márgen(?:es)?',
    'margen',
    'rentabilidad',
    'vend(?:er|erá|erán|ió|ieron|e|en)',
    'multas?',
    'subvenci(?:ón|ones)',
  ],
  shares: ['acci(?:ón|ones)', 'cotizaci(?:ón|ones)', 'títulos', 'en bolsa'],
  growth: [
    'alza',
    'crecimiento',
    'subida',
    'aumento',
    'caída',
    'descenso',
    'interanual',
    'que el año anterior',
    'respecto al año anterior',
  ],
  change: [
    'crec\\p{L}*',
    'subi\\p{L}*',
    'sub(?:e|en)',
    'aument\\p{L}*',
    'ca(?:e|en|yó|yeron)',
    'baj(?:ó|a|an|aron)',
    'descend\\p{L}*',
    'redu(?:jo|jeron|ce|cen|cir)',
    'elev(?:ó|a|an|aron)',
    'dispar(?:ó|a|an)',
    'desplom\\p{L}*',
    'increment\\p{L}*',
    'más',
  ],
  users: ['usuarios?'],
  subscribers: ['suscriptores?', 'abonados?'],
  employees: ['empleados?', 'trabajadores?', 'plantilla'],
  employ: ['emple(?:a|an|aba|aban)'],
  jobCut: ['despid\\p{L}*', 'desped\\p{L}*', 'recort\\p{L}*', 'suprim\\p{L}*'],
  gpus: ['gpus?', 'procesadores gráficos'],
};

const DE: Table = {
  capex: ['investitionsausgaben', 'sachinvestitionen', 'capex', 'ausgeben', 'ausgaben'],
  invest: [
    'investier\\p{L}*',
    'investitionen',
    'investition',
    'projekte',
    'zugesagt\\p{L}*',
    'beteiligung',
  ],
  revenue: [
    'umsatz(?!wachstum|plus|rückgang|minus|anstieg|rendite)\\p{L}*',
    'umsätze',
    'erlöse?',
    'einnahmen',
    'bruttowarenvolumen',
  ],
  profit: [
    'gewinn(?:e|s)?',
    'nettogewinn',
    'überschuss',
    'jahresüberschuss',
    'ergebnis(?:ses)?',
    'verdien\\p{L}*',
  ],
  gain: ['gewann', 'gewinnt'],
  loss: ['verlust(?:e|s)?', 'minus'],
  lose: ['verlor\\p{L}*', 'verlier\\p{L}*'],
  marketValue: ['börsenwert', 'marktwert', 'marktkapitalisierung', 'börsenkapitalisierung'],
  valuation: ['bewertung', 'bewertet'],
  funding: ['finanzierungsrunde', 'eingesammelt', 'sammelt\\p{L}*', 'finanzierung'],
  buyback: ['aktienrückk\\p{L}*', 'rückkauf\\p{L}*', 'zurückkaufen'],
  buy: ['kauft\\p{L}*', 'übernahme\\p{L}*', 'übernimmt', 'übernehmen'],
  debt: ['schulden', 'verschuldung', 'verbindlichkeiten', 'anleihen'],
  price: [
    'preis(?:e|en)?',
    'kost(?:et|en|ete|eten)',
    'pro stück',
    'pro monat',
    'je aktie',
    'pro aktie',
    'stückpreis',
  ],
  other: [
    'dividenden?',
    'auftr(?:ag|äge)',
    'auftragsbestand',
    'vertrag',
    '\\p{L}*rendite',
    'marge',
    'kosten',
    'verkauf\\p{L}*',
    'strafe',
    'subvention(?:en)?',
  ],
  shares: ['aktien?', 'aktienkurs', 'kurs', 'papiere', 'an der börse'],
  growth: [
    '\\p{L}*(?:wachstum|rückgang|anstieg|zuwachs)',
    'umsatzplus',
    'plus',
    'anstieg',
    'zuwachs',
    'rückgang',
    'im jahresvergleich',
    'gegenüber dem vorjahr',
    'im vorjahresvergleich',
  ],
  change: [
    'wuchs',
    'stieg(?:en)?',
    'steig\\p{L}*',
    'gestiegen',
    'steigert\\p{L}*',
    'sank',
    'gesunken',
    'fiel(?:en)?',
    'gefallen',
    'zulegt\\p{L}*',
    'verbessert\\p{L}*',
    'brach\\p{L}* ein',
  ],
  users: ['nutzer\\p{L}*'],
  subscribers: ['abonnenten'],
  employees: ['mitarbeite\\p{L}*', 'beschäftigte\\p{L}*', 'angestellte'],
  employ: ['beschäftig(?:t|en|te)'],
  jobCut: ['abbau\\p{L}*', 'streich\\p{L}*', 'stellenabbau', 'entlass\\p{L}*', 'kürz\\p{L}*'],
  gpus: ['gpus?', 'grafikprozessoren', 'grafikchips'],
};

/** Cue words per language. */
export const CUE_TABLES: Record<Lang, Table> = { fr: FR, en: EN, es: ES, de: DE };

/**
 * Words that point back to the last company named ("l'entreprise", "the company",
 * "der Konzern"). A capitalised word right after turns them into a title ("le groupe
 * Carrefour"), which the caller checks.
 */
export const COREFERENCE: Record<Lang, string[]> = {
  fr: [
    `l${A}(?:entreprise|opérateur|équipementier)`,
    '(?:la|cette) (?:société|firme|compagnie|start-up|startup|multinationale)',
    '(?:le|ce) (?:groupe|géant|constructeur|fabricant|spécialiste)',
    '(?:son|sa) (?:entreprise|société|groupe)',
  ],
  en: [
    'the (?:company|firm|group|giant|startup|start-up|chipmaker|carmaker|automaker|retailer|lender|insurer|conglomerate)',
  ],
  es: [
    'la (?:compañía|empresa|firma|tecnológica|operadora|multinacional|startup)',
    'el (?:grupo|gigante|fabricante)',
  ],
  de: [
    'der (?:konzern|hersteller|versicherer|autobauer|chipkonzern|chiphersteller|tech-konzern|techkonzern)',
    'das unternehmen',
    'die (?:firma|gesellschaft)',
  ],
};

/** Words before a name that make it the source of a claim, not its subject. */
export const SOURCE_BEFORE: Record<Lang, string[]> = {
  fr: [
    'selon',
    `d${A}après`,
    'comme le (?:souligne|rapporte|note|indique|révèle)',
    'cité par',
    'rapporté par',
  ],
  en: ['according to', 'as reported by', 'reported by', 'citing', 'told'],
  es: ['según', 'citado por', 'informó', 'informa', 'publicó'],
  de: ['laut', 'zufolge', 'berichtet', 'berichtete', 'meldete'],
};

/**
 * Words opening a segment (after a comma) that make it hang on what precedes: relative
 * pronouns. The antecedent is the last company or figure before the comma.
 */
export const RELATIVE_OPENERS: Record<Lang, string[]> = {
  fr: [
    'qui',
    'que',
    `qu${A}`,
    'dont',
    'où',
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
    'auquel',
  ],
  en: ['which', 'who', 'whom', 'whose', 'where', 'that'],
  es: [
    'que',
    'quien',
    'quienes',
    'cuy[oa]s?',
    'donde',
    'el cual',
    'la cual',
    'los cuales',
    'las cuales',
    'de los que',
    'de las que',
    'de la que',
    'del que',
  ],
  de: ['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche[rsmn]?', 'wo', 'womit'],
};

/** Openers that refer to the whole previous clause ("ce qui", "lo que"): its subject. */
export const CLAUSE_OPENERS: Record<Lang, string[]> = {
  fr: ['ce qui', 'ce que', `ce qu${A}`],
  en: ['which means', 'a move that'],
  es: ['lo que', 'lo cual'],
  de: ['was'],
};

/** Openers of a part of the previous figure ("dont 100 milliards", "davon 8,8 Milliarden"). */
export const PART_OPENERS: Record<Lang, string[]> = {
  fr: ['dont', 'soit'],
  en: ['of which', 'including', 'includ\\p{L}*'],
  es: ['de los cuales', 'de ellos', 'incluidos'],
  de: ['davon', 'darunter'],
};

/** Openers of a contrasting clause with its own subject ("tandis que Bouygues…"). */
export const CONTRAST_OPENERS: Record<Lang, string[]> = {
  fr: [`tandis qu${A}?e?`, `alors qu${A}?e?`, 'mais'],
  en: ['while', 'whereas', 'whilst', 'but'],
  es: ['mientras(?: que)?', 'pero', 'en tanto que'],
  de: ['während', 'wohingegen', 'aber', 'doch'],
};

/** Determiners and approximators opening an appositive ("un proyecto de…", "about 8%…"). */
export const APPOSITIVE_OPENERS: Record<Lang, string[]> = {
  fr: ['une?', 'la', 'le', 'les', `l${A}`, 'soit', 'environ', '\\p{L}+ant', '\\p{L}+ée?s?'],
  en: ['an?', 'the', 'about', 'some', '\\p{L}+ing', '\\p{L}+ed'],
  es: ['una?', 'unos', 'unas', 'el', 'la', 'los', 'las', '\\p{L}+ando', '\\p{L}+iendo'],
  de: ['eine?', 'einen', 'einem', 'einer', 'rund', 'etwa', 'ge\\p{L}+(?:t|en)'],
};

/** Words after a figure naming who announced or carries it ("annoncés par Alphabet"). */
export const AGENT_AFTER: Record<Lang, string[]> = {
  fr: ['par', 'via', 'à travers', 'au travers de', 'par le biais de'],
  en: ['by', 'via', 'through'],
  es: ['por', 'vía', 'a través de', 'mediante'],
  de: ['über', 'via', 'durch', 'von'],
};

/** Words for a stake, after which a company is an investee ("acciones de OpenAI"). */
export const STAKE_WORDS: Record<Lang, string[]> = {
  fr: ['actions', 'parts', 'participation', 'titres'],
  en: ['shares', 'stake', 'stock'],
  es: ['acciones', 'participación', 'títulos'],
  de: ['aktien', 'anteile', 'beteiligung'],
};

/** Prepositions after which a company is an investee ("invest $40bn in OpenAI"). */
export const INVESTEE_BEFORE: Record<Lang, string[]> = {
  fr: ['dans', 'au capital de', 'au capital d'],
  en: ['in', 'into'],
  es: ['en'],
  de: ['in'],
};

/** Words of a list ("Microsoft y Google"): a figure of both belongs to neither alone. */
export const JOINERS: Record<Lang, string[]> = {
  fr: ['et', 'ou', '&'],
  en: ['and', 'or', '&'],
  es: ['y', 'e', 'o', '&'],
  de: ['und', 'oder', 'sowie', '&'],
};

/** "respectivement": the n-th figure goes to the n-th company of the list. */
export const RESPECTIVELY: Record<Lang, string> = {
  fr: 'respectivement',
  en: 'respectively',
  es: 'respectivamente',
  de: '(?:jeweils|beziehungsweise|bzw\\.)',
};

/** Prepositions before a price after a product ("un iPhone à 1 599 €"). */
export const PRICE_PREPOSITIONS: Record<Lang, string[]> = {
  fr: ['à', 'pour', 'dès', 'au prix de'],
  en: ['at', 'for', 'from'],
  es: ['a', 'por', 'desde'],
  de: ['für', 'zu', 'ab'],
};

/** Words marking a plan or the future: capex planned with no period is the current year's. */
export const PLAN_MARKERS: Record<Lang, string[]> = {
  fr: [
    'prévoi\\p{L}*',
    'compte',
    'comptent',
    'entend',
    'envisage',
    'projette',
    'va',
    'vont',
    '\\p{L}+(?:era|eront|ira|iront)',
  ],
  en: [
    'will',
    'plans?',
    'planned',
    'expects?',
    'intends?',
    'aims?',
    'forecasts?',
    'budget\\p{L}*',
    'guidance',
  ],
  es: [
    'prevé',
    'prevén',
    'planea\\p{L}*',
    'va a',
    'van a',
    '\\p{L}+(?:ará|arán|erá|erán|irá|irán)',
  ],
  de: ['will', 'wollen', 'plant', 'planen', 'wird', 'werden', 'erwartet', 'rechnet', 'soll'],
};

/** Possessive determiners that open a sentence about the company named before ("Sa marge…"). */
export const POSSESSIVES: Record<Lang, string[]> = {
  fr: ['sa', 'son', 'ses', 'leur', 'leurs'],
  en: ['its', 'their'],
  es: ['su', 'sus'],
  de: ['sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer'],
};
