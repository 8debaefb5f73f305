/**
 * The words the extractor knows, in French, English, Spanish and German, written as compact
 * `VALUE=word|word;…` strings (small once gzipped) and turned into Maps and Sets at load.
 * Phrases are lowercase words joined by single spaces: a hyphen, a dot or several spaces in the
 * text match one space here ("US-Dollar", "u.s. dollars").
 */
import type { Lang, Qualifier } from './types';

/** Parses `A=x|y;B=z` into a Map from each word to conv(its value). */
function table<T>(spec: string, conv: (key: string) => T, into = new Map<string, T>()) {
  for (const part of spec.split(';')) {
    const eq = part.indexOf('=');
    const value = conv(part.slice(0, eq));
    for (const w of part.slice(eq + 1).split('|')) into.set(w, value);
  }
  return into;
}

const set = (s: string) => new Set(s.split('|'));

/** A Map of phrases of up to four words, with every proper prefix, so reading stops early. */
export interface Phrases<T> {
  map: Map<string, T>;
  prefixes: Set<string>;
}

function phrases<T>(map: Map<string, T>): Phrases<T> {
  const prefixes = new Set<string>();
  // A phrase grows word by word: "près d'" is a prefix of "près d'un", "hong" of "hong kong".
  for (const k of map.keys()) {
    for (let i = 1; i < k.length; i++) {
      if (k[i] === ' ') prefixes.add(k.slice(0, i));
      else if (k[i] === "'") prefixes.add(k.slice(0, i + 1));
    }
  }
  return { map, prefixes };
}

// ---------------------------------------------------------------------------------------------
// Scales

/** Scale words and abbreviations (lowercase) → power of ten. */
export const SCALE_WORDS = table(
  '2=hundred;3=thousand|thousands|tausend|mille|mil|tsd;5=lakh|lakhs;6=million|millions|millionen|millón|millon|millones|mio|mln|mn;7=crore|crores;9=milliard|milliards|milliarde|milliarden|millardo|millardos|bn|mrd|mrds|md|mds;12=billón|billon|billones|billionen|tn|trn|bio',
  Number,
);
/** "billion", "trillion": the short scale in English, the long one elsewhere (10^12, 10^18). */
export const LONG_SCALE = table('9=billion|billions;12=trillion|trillions', Number);
/** Case-sensitive one-letter scales: glued to the number ("$5m", "50K") or before a sign ("5 M€"). */
export const SCALE_LETTERS = table('3=k|K;6=m|M;9=b|B', Number);
/** Plural scale words, which alone say "an unknown number of" ("billions of dollars"). */
export const PLURAL_SCALES = set(
  'millions|milliards|billions|trillions|millones|millionen|milliarden|billones|billionen|millardos',
);

// ---------------------------------------------------------------------------------------------
// Currencies

export interface CurrencyWord {
  /** ISO 4217, or `$` (a dollar the text may qualify), `¥`, `KR`, `CENT` (resolved by context); empty when an adjective must say which ("mark", "pesos"). */
  iso: string;
  /** Power of ten to apply: -2 for cents and pence. */
  exp: number;
  /** A word with another common meaning (pounds, livres): money only after a scale or with "sterling". */
  weak: boolean;
}

/** `GBP*` is a weak word, `CENT-2` hundredths. */
function currencyWord(k: string): CurrencyWord {
  const m = /^([A-Z$¥]*)(-\d)?/.exec(k) as RegExpExecArray;
  return { iso: m[1] as string, exp: m[2] ? Number(m[2]) : 0, weak: k.endsWith('*') };
}

/** Currency names; with an adjective before or after, the adjective decides ("dollars canadiens"). */
export const CURRENCY_NAMES = table(
  '$=dollar|dollars|dólar|dólares|dolar|dolares;EUR=euro|euros;GBP=sterling;GBP*=pound|pounds|livre|livres|libra|libras|pfund;' +
    'JPY=yen|yens|yenes;CNY=yuan|yuans|yuanes|renminbi|kuai;CHF=franc|francs|franco|francos|franken;INR=rupee|rupees|roupie|roupies|rupia|rupias|rupien;' +
    'KRW=won|wons|wones;RUB=rouble|roubles|ruble|rubles|rublo|rublos|rubel;BRL=reais|reales;SEK=krona|kronor;ZAR=rand;PLN=zloty|zlotys|złoty;' +
    'ILS=shekel|shekels;KHR=riel|riels;LKR=ரூ;BTC=bitcoin|bitcoins;BTC-8=satoshi|satoshis;FIM=markka|markkaa;NLG=guilder|guilders|florin|florins|florines|gulden;' +
    'ESP=peseta|pesetas;=mark|marks|marco|marcos|real|peso|pesos|lira|liras|krone|kroner|kronen|couronnes|coronas;' +
    'CENT-2=cent|cents|centime|centimes|céntimo|céntimos;USD-2=centavo|centavos;GBP-2=penny|pence|pennies|penique|peniques;GHS-2=pesewa|pesewas',
  currencyWord,
);
/**
 * Stems of the adjectives that say which currency a name means, before it (en, de: "Canadian
 * dollars", "kanadische Dollar") or after it (fr, es: "dollars canadiens", "dólares de Hong Kong").
 * A stem matches the start of a word ("canadi" → canadian, canadien, canadienses).
 */
export const CURRENCY_ADJ: [string, string][] = (
  'USD=us|u s|americ|améric|estadounid|amerikan;CAD=canadi|kanadi;AUD=australi;HKD=hong kong|hongkong;' +
  'NZD=new zealand|néo zéland|neozeland;SGD=singap;CHF=swiss|suisse|suiz|schweiz;INR=indi;MXN=mexic|mexik;' +
  'JPY=japan|japon;CNY=chin;GBP=brit|sterling|esterlin;FRF=french|françai;FIM=finn|finland;' +
  'NLG=dutch|holland|néerland|neerland|holländ;DEM=deutsch;TRY=turk|turqu|turc|türk;SEK=swed|suéd|suec|schwed;' +
  'NOK=norw|norvég|norueg;DKK=danish|danois|danes|dänisch;KHR=cambod|kambod;BRL=brazil|brésil;ZAR=south african;XOF=cfa'
)
  .split(';')
  .flatMap((part) =>
    part
      .slice(4)
      .split('|')
      .map((stem): [string, string] => [stem, part.slice(0, 3)]),
  );

/** ISO codes that stand before or after a number, or after an `M` for millions ("30 MUSD"). */
export const CODES = set(
  'usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|hkd|nzd|sgd|inr|krw|brl|mxn|sek|nok|dkk|zar|pln|btc',
);

/** One-character currency signs. `$` and `¥` are resolved by context. */
export const SYMBOLS = table(
  '$=$;EUR=€;GBP=£;¥=¥|￥;INR=₹;KRW=₩;RUB=₽;TRY=₺;ILS=₪;VND=₫;PHP=₱;NGN=₦;CRC=₡;GEL=₾;LAK=₭;BTC=₿;UAH=₴;KZT=₸;CNY=元;CENT-2=¢',
  currencyWord,
);

/** What may stand glued before `$`, or spaced for the longer ones ("US$", "C$", "hk $", "u.s. $"); also after it ("$ US", "$CAD"). */
export const DOLLAR_PREFIX = table(
  'USD=us|u.s|u.s.|usd|u;CAD=c|ca|can|cad;AUD=a|au|aud;HKD=hk|hkd;NZD=nz|nzd;SGD=s|sg|sgd;BRL=r;MXN=mex|mx|mxn;TWD=nt|twd',
  (k) => k,
);

// ---------------------------------------------------------------------------------------------
// Percent, power, energy, multiples

export const PERCENT = phrases(
  table(
    '%=pour cent|per cent|percent|pct|por ciento|prozent;pp=points de pourcentage|point de pourcentage|percentage points|percentage point|pp|puntos porcentuales|punto porcentual|prozentpunkte|prozentpunkt;bp=basis points|bps|bp|points de base|puntos básicos|basispunkte',
    (k) => k,
  ),
);

/** Case-sensitive unit symbols → power of ten, plus 100 for energy. */
export const POWER_SYMBOLS = table(
  '0=W;3=kW;6=MW|MWc;9=GW|GWc;12=TW;100=Wh;103=kWh;106=MWh;109=GWh;112=TWh',
  Number,
);
/** Prefixes of power words (watt, vatio) → power of ten. */
export const POWER_PREFIX = table('0=;3=kilo;6=mega|méga;9=giga;12=tera|téra', Number);
export const ENERGY_HOURS = set('heure|heures|hour|hours|hora|horas|stunde|stunden|h');

/** Multiple words → factor. */
export const MULTIPLE_WORDS = table(
  '2=double|doble|doppelte|doppelten|twice|twofold;3=triple|dreifache|dreifachen|threefold;4=quadruple|fourfold;5=fivefold;10=tenfold',
  Number,
);
/** "fois", "times": a multiple when a comparative follows ("3 fois plus", "10 times more"). */
export const TIMES_WORDS = set('fois|times|veces|mal');
export const MULTIPLE_AFTER = set(
  'plus|moins|more|less|higher|larger|bigger|greater|faster|as|the|más|menos|mehr|so|höher',
);

// ---------------------------------------------------------------------------------------------
// Counts of business interest

/**
 * Count nouns → the normalised unit. Each word is looked up without a final "s" (see `stem`),
 * so one form covers singular and plural: "user" for user and users, "salarié" for salariés.
 */
export const COUNT_NOUNS = phrases(
  table(
    'GPU=gpu|processeur graphique|grafikprozessor|grafikprozessoren|procesadore gráfico|graphic processor;' +
      'chip=chip|puce;user=user|utilisateur|usuario|nutzer|internaute;' +
      'monthly active user=monthly active user|utilisateur actif mensuel|usuario activo mensuale|monatlich aktive nutzer|monatlich aktiven nutzer;' +
      'daily active user=daily active user|utilisateur actif quotidien|usuario activo diario|täglich aktive nutzer;' +
      'active user=active user|utilisateur actif|usuario activo|aktive nutzer|aktiven nutzer;' +
      'subscriber=subscriber|abonné|suscriptor|suscriptore|abonado|abonnent|abonnenten;' +
      'employee=employee|staff|salarié|employé|collaborateur|empleado|trabajadore|mitarbeiter|mitarbeitende|beschäftigte;' +
      'job=job|emploi|poste|empleo|puesto de trabajo|stelle|stellen|arbeitsplätze;' +
      'data center=data center|data centre|centre de donnée|centro de dato|rechenzentren;' +
      'parameter=parameter|paramètre|parámetro;customer=customer|client|cliente|kunde|kunden;' +
      'download=download|téléchargement|descarga;people=people|personne|persona|menschen',
    (k) => k,
  ),
);
/** Words allowed between a number and its noun ("2 million new subscribers", "10.000 neue Stellen"). */
export const COUNT_MODIFIERS = set(
  'new|additional|more|extra|paying|weekly|nouveaux|nouvelles|neue|neuen|weitere|zusätzliche|nuevos|nuevas',
);

// ---------------------------------------------------------------------------------------------
// Qualifiers and vague amounts

export const QUALIFIERS = phrases(
  table(
    "approximately=près de|près d'|près du|près des|environ|quelque|presque|autour de|about|around|nearly|almost|roughly|some|approximately|close to|an estimated|unos|unas|casi|cerca de|cerca del|alrededor de|aproximadamente|rund|etwa|fast|knapp|ca.|circa|~|≈;" +
      "more-than=plus de|plus d'|plus du|over|more than|above|in excess of|upwards of|más de|más del|mehr als|über|gut|>;" +
      "less-than=moins de|moins d'|less than|under|below|fewer than|menos de|weniger als|unter|<;" +
      "up-to=jusqu'à|up to|as much as|as many as|hasta|bis zu|≤;" +
      'at-least=au moins|pas moins de|at least|al menos|por lo menos|mindestens|≥',
    (k) => k as Qualifier,
  ),
);
/** Stems of verbs after which a figure is a lower bound, outside its text ("dépasse 3 000 milliards"). */
export const MORE_VERBS = [
  'dépass',
  'franchi',
  'excède',
  'surpass',
  'exceed',
  'topped',
  'tops',
  'supera',
  'superó',
  'sobrepas',
  'rebas',
  'überst',
  'übertr',
  'übersch',
  'knackt',
];
/** Determiners that may stand between such a verb, or a qualifier, and the number. */
export const DETERMINERS = set("les|la|le|l'|the|a|los|las|el|die|der|den|das|des");
/** Words that open a range closed by et/and/und/y. */
export const BETWEEN = set('entre|between|zwischen');
/** Range connectors that need no "between"; "à" and "a" need a "de" before the range. */
export const RANGE_TO = set('to|à|a|bis|hasta');
export const RANGE_AND = set('et|and|und|y');
/** Words after which two full figures are a change, not a range ("rose from $5bn to $8bn"). */
export const FROM = set("from|de|d'|desde|von");
/** "de" between a scale and its currency or noun. */
export const OF = set("de|d'|del|of");

/** Before a plural scale: an unknown number of ("plusieurs millions de dollars"). */
export const VAGUE_DETERMINERS = set(
  'plusieurs|quelques|several|few|many|multiple|mehrere|einige|viele|varios|varias|algunos',
);
/** Words that are vague amounts themselves ("des centaines de milliards", "hundreds of millions"). */
export const VAGUE_WORDS = set(
  'centaines|dizaines|milliers|hundreds|tens|thousands|dozens|cientos|centenares|decenas|miles|hunderte|tausende|dutzende|multibillion|multimillion',
);

// ---------------------------------------------------------------------------------------------
// Spelled-out numbers

/** Kinds of number words: how each combines with the ones before it. */
export const NumType = {
  Unit: 0,
  Tens: 1,
  Hundreds: 2,
  Hundred: 3,
  Thousand: 4,
  Fraction: 5,
  Article: 6,
  And: 7,
} as const;
export type NumType = (typeof NumType)[keyof typeof NumType];
export interface NumWord {
  v: number;
  t: NumType;
}

export const NUMBER_WORDS = new Map<string, NumWord>();
const numbers = (t: NumType, spec: string) =>
  table(spec, (k) => ({ v: Number(k), t }), NUMBER_WORDS);
numbers(
  NumType.Unit,
  '1=one|un|une|uno|una|ein|eine|einen|einem|einer|eins;2=two|deux|dos|zwei;3=three|trois|tres|drei;4=four|quatre|cuatro|vier;5=five|cinq|cinco|fünf;6=six|seis|sechs;7=seven|sept|siete|sieben;8=eight|huit|ocho|acht;9=nine|neuf|nueve|neun;' +
    '10=ten|dix|diez|zehn;11=eleven|onze|once|elf;12=twelve|douze|doce|zwölf;13=thirteen|treize|trece|dreizehn;14=fourteen|quatorze|catorce|vierzehn;15=fifteen|quinze|quince|fünfzehn;16=sixteen|seize|dieciséis|sechzehn;17=seventeen|diecisiete|siebzehn;18=eighteen|dieciocho|achtzehn;19=nineteen|diecinueve|neunzehn',
);
numbers(
  NumType.Tens,
  '20=twenty|vingt|vingts|veinte|zwanzig;30=thirty|trente|treinta|dreißig;40=forty|quarante|cuarenta|vierzig;50=fifty|cinquante|cincuenta|fünfzig;60=sixty|soixante|sesenta|sechzig;70=seventy|setenta|siebzig;80=eighty|ochenta|achtzig;90=ninety|noventa|neunzig',
);
numbers(NumType.Hundreds, '100=cien|ciento;200=doscientos;500=quinientos');
numbers(NumType.Hundred, '100=hundred|cent|cents|hundert');
numbers(NumType.Thousand, '1000=thousand|mille|mil|tausend');
numbers(NumType.Fraction, '0.5=half|demi|medio|media|halbe|halben;0.25=quarter|quarters');
numbers(NumType.Article, '1=a|an');
numbers(NumType.And, '0=and|et|y|und');

/** Adjectives that make "un euro" a currency, not an amount ("un euro fort", "un euro numérique"). */
export const CURRENCY_ADJECTIVES = set('fort|faible|numérique|digital|fuerte|débil|strong|weak');

// ---------------------------------------------------------------------------------------------
// Language words

/**
 * Very common short words by language: they tell the language of a text, and that a scaled
 * number ends its phrase ("75 milliards l'an dernier") rather than counting an unknown noun.
 */
export const STOPWORDS: Record<Lang, Set<string>> = {
  fr: set(
    "le|la|les|l'|un|une|des|du|de|d'|au|et|ou|en|dans|sur|pour|par|avec|ce|cette|qui|que|est|sont|a|ont|il|ne|pas|contre|selon|soit|dont|mais|depuis|an|année|tout|déjà|seulement",
  ),
  en: set(
    'the|a|an|and|or|of|to|in|on|at|for|by|with|from|as|is|are|was|were|has|have|it|its|this|that|which|but|not|than|last|per|vs|compared|since|year|while|already|only|just',
  ),
  es: set(
    'el|la|los|las|un|una|y|o|de|del|al|en|con|por|para|es|son|fue|ha|que|se|su|sus|este|esta|lo|como|más|frente|según|desde|año|pero|ya|solo',
  ),
  de: set(
    'der|die|das|den|dem|des|ein|eine|und|oder|in|im|am|auf|für|mit|von|vom|zu|zum|bei|aus|ist|sind|war|wurde|hat|nicht|als|auch|wie|nach|vor|gegenüber|seit|jahr|vorjahr|bereits|nur|sofort',
  ),
};
/** Words before a year, so "in 2024 users" is a year, not a count. */
export const YEAR_BEFORE = set(
  "en|in|since|by|depuis|dès|d'ici|ici|seit|im|ab|bis|desde|year|fin|end|of|de|del|jahr",
);
/** English months (first three letters): capitalised words before a figure that name no product. */
export const MONTHS = set('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec');
