/**
 * The words the extractor knows, in French, English, Spanish and German, written as compact
 * `VALUE=word|word;…` strings (small once gzipped) and turned into Maps and Sets at load. A part
 * with no `VALUE=` takes its first word as value (`chip|puce`). `/` adds endings to a word:
 * `dollar/s` is dollar and dollars, `krone/r/n` krone, kroner and kronen.
 * Phrases are lowercase words joined by single spaces: a hyphen, a dot or several spaces in the
 * text match one space here ("US-Dollar", "u.s. dollars").
 */
import type { Lang, Qualifier } from './types';

/** Parses `A=x|y;B=z` (or `x|y`, value x) into a Map from each word to conv(its value). */
function table<T>(spec: string, conv: (key: string) => T, into = new Map<string, T>()) {
  for (const part of spec.split(';')) {
    const eq = part.indexOf('=');
    const ws = words(part.slice(eq + 1));
    const value = conv(eq < 0 ? (ws[0] as string) : part.slice(0, eq));
    for (const w of ws) into.set(w, value);
  }
  return into;
}

/** The words of a list: "dollar/s/es" is dollar, dollars and dollares. */
const words = (s: string) =>
  s.split('|').flatMap((w) => {
    const [b, ...x] = w.split('/') as [string, ...string[]];
    return [b, ...x.map((e) => b + e)];
  });
const set = (s: string) => new Set(words(s));

/**
 * A Map of phrases of up to four words that also maps every proper prefix of a phrase to null,
 * so reading stops as soon as no phrase can follow.
 */
export type Phrases = Map<string, string | null>;

function phrases(map: Phrases): Phrases {
  // A phrase grows word by word: "point de" is a prefix of "point de pourcentage".
  for (const k of [...map.keys()]) {
    for (let i = 1; i < k.length; i++) {
      const prefix = k.slice(0, i);
      if (k[i] === ' ' && !map.has(prefix)) map.set(prefix, null);
    }
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Scales

/** Scale words and abbreviations (lowercase) → power of ten. */
export const SCALE_WORDS = table(
  '2=hundred;3=thousand/s|tausend|mille|mil|tsd;5=lakh/s;6=million/s/en|millón|millon/es|mio|mln|mn;7=crore/s;9=milliard/s/e/en|millardo/s|bn|mrd/s|md|mds;12=billón|billon/es|billionen|tn|trn|bio;9=billion/s;12=trillion/s',
  Number,
);
/** "billion", "trillion": 10^9 and 10^12 in English (above), the long scale elsewhere (10^12, 10^18). */
export const LONG_SCALE = set('billion/s|trillion/s');
/** Case-sensitive one-letter scales: glued to the number ("$5m", "50K") or before a sign ("5 M€"). */
export const SCALE_LETTERS = table('3=k|K;6=m|M;9=b|B', Number);
/** Plural scale words, which alone say "an unknown number of" ("billions of dollars"). */
export const PLURAL_SCALES = set(
  'millions|milliards|billions|trillions|millones|millionen|milliarden|billones|billionen|millardos',
);

// ---------------------------------------------------------------------------------------------
// Currencies

/** A currency word or sign. Short field names: they survive minification. */
export interface CurrencyWord {
  /** ISO 4217, or `$` (a dollar the text may qualify), `¥`, `KR`, `CENT` (resolved by context); empty when an adjective must say which ("mark", "pesos"). */
  u: string;
  /** Power of ten to apply: -2 for cents and pence. */
  x: number;
  /** A word with another common meaning (pounds, livres): money only after a scale or with "sterling". */
  w?: boolean;
}

/** `GBP*` is a weak word, `CENT-2` hundredths. */
function currencyWord(k: string): CurrencyWord {
  const m = /^([A-Z$¥]*)(-\d)?/.exec(k) as RegExpExecArray;
  return { u: m[1] as string, x: Number(m[2] ?? 0), w: k.endsWith('*') };
}

/** Currency names; with an adjective before or after, the adjective decides ("dollars canadiens"). */
export const CURRENCY_NAMES = table(
  '$=dollar/s|dólar/es|dolar/es;EUR=euro/s;GBP=sterling;GBP*=pound/s|livre/s|libra/s|pfund;' +
    'JPY=yen/s/es;CNY=yuan/s/es|renminbi|kuai;CHF=franc/s/o/os|franken;INR=rupee/s|roupie/s|rupia/s|rupien;' +
    'KRW=won/s/es;RUB=rouble/s|ruble/s|rublo/s|rubel;BRL=reais|reales;SEK=krona|kronor;ZAR=rand;PLN=zloty/s|złoty;' +
    'ILS=shekel/s;KHR=riel/s;LKR=ரூ;BTC=bitcoin/s;BTC-8=satoshi/s;FIM=markka/a;NLG=guilder/s|florin/s/es|gulden;' +
    'ESP=peseta/s;=mark/s|marco/s|real|peso/s|lira/s|krone/r/n|couronnes|coronas;' +
    'CENT-2=cent/s|centime/s|céntimo/s;USD-2=centavo/s;GBP-2=penny|pence|pennies|penique/s;GHS-2=pesewa/s',
  currencyWord,
);
/**
 * Stems of the adjectives that say which currency a name means, before it (en, de: "Canadian
 * dollars", "kanadische Dollar") or after it (fr, es: "dollars canadiens", "dólares de Hong Kong").
 * A stem matches the start of a word ("canadi" → canadian, canadien, canadienses); `us$` only
 * the whole word. One regex, so `[ck]anadi` is canadi and kanadi; the group that matched is
 * the index of the ISO code in ADJ_ISO.
 */
const ADJ = (
  'USD=us$|u s|am[eé]ric|estadounid|amerikan;CAD=[ck]anadi;AUD=australi;HKD=hong ?kong;' +
  'NZD=new zealand|néo zéland|neozeland;SGD=singap;CHF=swiss|suisse|suiz|schweiz;INR=indi;MXN=mexi[ck];' +
  'JPY=jap[ao]n;CNY=chin;GBP=brit|sterling|esterlin;FRF=french|françai;FIM=finn|finland;' +
  'NLG=dutch|holl[aä]nd|n[ée]erland;DEM=deutsch;TRY=t[uü]rk|turqu|turc;SEK=swed|suéd|suec|schwed;' +
  'NOK=norw|norvég|norueg;DKK=danish|danois|danes|dänisch;KHR=[ck]ambod;BRL=brazil|brésil;ZAR=south african;XOF=cfa'
).split(';');
export const CURRENCY_ADJ = new RegExp(`^(?:(${ADJ.map((p) => p.slice(4)).join(')|(')}))`);
export const ADJ_ISO = ADJ.map((p) => p.slice(0, 3));

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
  'usd|us|u.s|u.s.|u;cad|c|ca|can;aud|a|au;hkd|hk;nzd|nz;sgd|s|sg;BRL=r;mxn|mex|mx;twd|nt',
  (k) => k.toUpperCase(),
);

// ---------------------------------------------------------------------------------------------
// Percent, power, energy, multiples

export const PERCENT = phrases(
  table(
    '%=pour cent|per cent|percent|pct|por ciento|prozent;pp|points de pourcentage|point de pourcentage|percentage point/s|puntos porcentuales|punto porcentual|prozentpunkt/e;bp/s|basis points|points de base|puntos básicos|basispunkte',
    String,
  ),
);

/** Case-sensitive unit symbols → power of ten, plus 100 for energy. */
export const POWER_SYMBOLS = table(
  '0=W;3=kW;6=MW|MWc;9=GW|GWc;12=TW;100=Wh;103=kWh;106=MWh;109=GWh;112=TWh',
  Number,
);
export const ENERGY_HOURS = set('heure/s|hour/s|hora/s|stunde/n|h');

/** Multiple words → factor. */
export const MULTIPLE_WORDS = table(
  '2=double|doble|doppelte/n|twice|twofold;3=triple|dreifache/n|threefold;4=quadruple|fourfold;5=fivefold;10=tenfold',
  Number,
);
/** "fois", "times": a multiple when a comparative follows ("3 fois plus", "10 times more"). */
export const TIMES_WORDS = set('fois|times|veces|mal');
/** "trois fois plus", "three times more": number words before these may be a multiple. */
export const TIMES_ANCHORS = set('fois|times|veces');
/** Articles before "double": "le double", "du double", "el doble", "das Doppelte". */
export const MULTIPLE_ARTICLES = set('le|du|au|el|del|al|das|dem|den');
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
    'GPU=gpu|processeur graphique|grafikprozessor/en|procesadore gráfico|graphic processor;' +
      'chip|puce;user|utilisateur|usuario|nutzer|internaute;' +
      'monthly active user|utilisateur actif mensuel|usuario activo mensuale|monatlich aktive nutzer|monatlich aktiven nutzer;' +
      'daily active user|utilisateur actif quotidien|usuario activo diario|täglich aktive nutzer;' +
      'active user|utilisateur actif|usuario activo|aktive nutzer|aktiven nutzer;' +
      'subscriber|abonné|suscriptor/e|abonado|abonnent/en;' +
      'employee|staff|salarié|employé|collaborateur|empleado|trabajadore|mitarbeiter|mitarbeitende|beschäftigte;' +
      'job|emploi|poste|empleo|puesto de trabajo|stelle/n|arbeitsplätze;' +
      'data center|data centre|centre de donnée|centro de dato|rechenzentren;' +
      'parameter|paramètre|parámetro;customer|client/e|kunde/n;' +
      'download|téléchargement|descarga;people|personne|persona|menschen',
    String,
  ),
);
/** Words allowed between a number and its noun ("2 million new subscribers", "10.000 neue Stellen"). */
export const COUNT_MODIFIERS = set(
  'new|additional|more|extra|paying|weekly|nouveaux|nouvelles|neue/n|weitere|zusätzliche|nuevos|nuevas',
);

// ---------------------------------------------------------------------------------------------
// Qualifiers and vague amounts

export const QUALIFIERS = table(
  "approximately|près de/s|près d'|près du|environ|quelque|presque|autour de|about|around|nearly|almost|roughly|some|close to|an estimated|unos|unas|casi|cerca de/l|alrededor de|aproximadamente|rund|etwa|fast|knapp|ca.|circa|~|≈;" +
    "more-than=plus de|plus d'|plus du|over|more than|above|in excess of|upwards of|más de/l|mehr als|über|gut|>;" +
    "less-than=moins de|moins d'|less than|under|below|fewer than|menos de|weniger als|unter|<;" +
    "up-to=jusqu'à|up to|as much as|as many as|hasta|bis zu|≤;" +
    'at-least=au moins|pas moins de|at least|al menos|por lo menos|mindestens|≥',
  (k) => k as Qualifier,
);
/** Verbs (by their start) after which a figure is a lower bound, outside its text ("dépasse 3 000 milliards"). */
export const MORE_VERB =
  /^(dépass|franchi|excède|surpass|exceed|topped|tops|supera|superó|sobrepas|rebas|überst|übertr|übersch|knackt)/;
/** Verbs that, after a modal (by its start), make a figure an upper bound ("could reach $5bn"). */
export const REACH = set('atteindre|reach|alcanzar|erreichen');
export const MODAL = /^(pouv|pourr|could|may|might|can|pod|pued)/;
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
export const UNIT = 0;
export const TENS = 1;
export const HUNDREDS = 2;
export const HUNDRED = 3;
export const THOUSAND = 4;
export const FRACTION = 5;
export const ARTICLE = 6;
export const AND = 7;
export interface NumWord {
  /** Value. */
  v: number;
  /** Kind: UNIT … AND. */
  t: number;
}

/** Number words → value and kind. */
export const NUMBER_WORDS = new Map<string, NumWord>();
// By kind, in the order of the kinds above: `VALUE=word|word;…`, or, for units and tens, the
// words of each value in turn (1 to 19, 20 to 90).
[
  'one|un|une|uno|una|ein/e/en/em/er/s;two|deux|dos|zwei;three|trois|tres|drei;four|quatre|cuatro|vier;five|cinq|cinco|fünf;six|seis|sechs;seven|sept|siete|sieben;eight|huit|ocho|acht;nine|neuf|nueve|neun;' +
    'ten|dix|diez|zehn;eleven|onze|once|elf;twelve|douze|doce|zwölf;thirteen|treize|trece|dreizehn;fourteen|quatorze|catorce|vierzehn;fifteen|quinze|quince|fünfzehn;sixteen|seize|dieciséis|sechzehn;seventeen|diecisiete|siebzehn;eighteen|dieciocho|achtzehn;nineteen|diecinueve|neunzehn',
  'twenty|vingt/s|veinte|zwanzig;thirty|trente|treinta|dreißig;forty|quarante|cuarenta|vierzig;fifty|cinquante|cincuenta|fünfzig;sixty|soixante|sesenta|sechzig;seventy|setenta|siebzig;eighty|ochenta|achtzig;ninety|noventa|neunzig',
  '100=cien/to;200=doscientos;500=quinientos',
  '100=hundred|cent/s|hundert',
  '1000=thousand|mille|mil|tausend',
  '0.5=half|demi|medio|media|halbe/n;0.25=quarter/s',
  '1=a|an',
  '0=and|et|y|und',
].forEach((spec, t) => {
  spec.split(';').forEach((part, i) => {
    const eq = part.indexOf('=');
    const v = eq < 0 ? (t ? i * 10 + 20 : i + 1) : Number(part.slice(0, eq));
    for (const w of words(part.slice(eq + 1))) NUMBER_WORDS.set(w, { v, t });
  });
});

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
    'der|die|das|den|dem|des|ein/e|und|oder|in|im|am|auf|für|mit|von|vom|zu|zum|bei|aus|ist|sind|war|wurde|hat|nicht|als|auch|wie|nach|vor|gegenüber|seit|jahr|vorjahr|bereits|nur|sofort',
  ),
};
/** Words before a year, so "in 2024 users" is a year, not a count. */
export const YEAR_BEFORE = set(
  "en|in|since|by|depuis|dès|d'ici|ici|seit|im|ab|bis|desde|year|fin|end|of|de|del|jahr",
);
/** English months (by their first three letters): capitalised words before a figure that name no product. */
export const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
