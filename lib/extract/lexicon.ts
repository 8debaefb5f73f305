/**
 * The words the extractor knows, in French, English, Spanish and German, written as compact
 * `VALUE=word|word;…` strings. A part with no `VALUE=` takes its first word as value
 * (`chip|puce`); `/` adds endings to a word: `dollar/s` is dollar and dollars, `krone/r/n`
 * krone, kroner and kronen. Each table is a lookup function that parses its string into a Map
 * the first time it is called, so loading the module builds nothing.
 * Phrases are lowercase words joined by single spaces: a hyphen, a dot or several spaces in the
 * text match one space here ("US-Dollar", "u.s. dollars").
 * The order of the words after a part's first word does not matter to a lookup: it is the one
 * that gzips smallest with the rest of the bundle (found by trying), so keep it when adding words.
 */
import type { Lang } from './types';

/**
 * A list with its endings spelled out: "dollar/s/es" becomes "dollar|dollares|dollars" (the
 * word itself first). Native string replacements: no work per word in JavaScript.
 */
export function expand(spec: string): string {
  let s = spec;
  for (let was = ''; was !== s; ) {
    was = s;
    s = s.replace(/([^|;=/]+)\/([^|;/]*)((?:\/[^|;/]*)*)/g, '$1$3|$1$2');
  }
  return s;
}

/** Every word of a `VALUE=word|word;…` string. */
export const keys = (spec: string) =>
  expand(spec)
    .replace(/[^;|]*=/g, '')
    .split(/[;|]/);

/**
 * A lookup function for `VALUE=word|word;…`: word → conv(VALUE), or conv(the first word of its
 * part) when the part has no `VALUE=`; undefined for other words. With `phrases`, every proper
 * prefix of a phrase ("point de" of "point de pourcentage") maps to null, so reading can stop
 * early. The Map is built the first time the function is called. Calling it has no side
 * effect (the annotation lets bundlers drop the tables a bundle does not use: the content
 * script takes only STOPWORDS, for language detection).
 */
/* @__NO_SIDE_EFFECTS__ */
export function table<T = string>(
  spec: string,
  conv: (v: string) => T = String as never,
  phrases?: boolean,
): (w: string) => T | null | undefined {
  let m: Map<string, T | null> | undefined;
  return (w) => {
    m ??= parse(spec, conv, phrases);
    return m.get(w);
  };
}

function parse<T>(spec: string, conv: (v: string) => T, phrases?: boolean) {
  const m = new Map<string, T | null>();
  for (const part of expand(spec).split(';')) {
    const eq = part.indexOf('=');
    const ws = part.slice(eq + 1).split('|');
    const v = conv(eq < 0 ? (ws[0] as string) : part.slice(0, eq));
    for (const k of ws) {
      m.set(k, v);
      if (phrases)
        for (let i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1))
          if (!m.has(k.slice(0, i))) m.set(k.slice(0, i), null);
    }
  }
  return m;
}

// ---------------------------------------------------------------------------------------------
// Scales

/**
 * Scale words and abbreviations (lowercase) → power of ten. "billion" and "trillion" are 109
 * and 112: the short scale in English (10^9, 10^12), the long one elsewhere (10^12, 10^18).
 */
export const SCALE_SPEC =
  '2=hundred;3=thousand/s|tausend|mille|mil|tsd;5=lakh/s;6=million/s/en|millón|millon/es|mio|mln|mn;7=crore/s;9=milliard/s/e/en|millardo/s|bn|mrd/s|md/s;12=billón|billon/es|billionen|tn|trn|bio;109=billion/s;112=trillion/s';
export const SCALE = table(SCALE_SPEC, Number);
/** Plural scale words, which alone say "an unknown number of" ("billions of dollars"). */
export const PLURAL_SCALE = table(
  'millions|billones|millones|millionen|trillions|milliards|milliarden|millardos|billions|billionen',
);

// ---------------------------------------------------------------------------------------------
// Currencies

/** A currency word or sign. Short field names: a minifier keeps property names. */
export interface Cur {
  /** ISO 4217, or `$` (a dollar the text may qualify), `¥`, `KR`, `CENT` (resolved by context); empty when an adjective must say which ("mark", "pesos"). */
  u: string;
  /** Power of ten to apply: -2 for cents and pence, 6 for "MUSD". */
  x: number;
  /** A word with another common meaning (pounds, livres): money only after a scale or with "sterling". */
  w?: boolean;
}

/** `GBP*` is a weak word, `CENT-2` hundredths. */
function cur(k: string): Cur {
  const [u, x] = k.split('-') as [string, string?];
  return { u: u.replace('*', ''), x: 0 - Number(x ?? 0), w: k.endsWith('*') };
}

/** Currency names; with an adjective before or after, the adjective decides ("dollars canadiens"). */
export const CURRENCY_SPEC =
  '$=dólar/es|dolar/es|dollar/s;EUR=euro/s;GBP=sterling;GBP*=pound/s|pfund|livre/s|libra/s;' +
  'JPY=yen/s/es;CNY=yuan/s/es|renminbi|kuai;CHF=franc/s/o/os|franken;INR=roupie/s|rupien|rupee/s|rupia/s;' +
  'KRW=won/s/es;RUB=rouble/s|ruble/s|rublo/s|rubel;BRL=reais|reales;SEK=krona|kronor;ZAR=rand;PLN=zloty/s|złoty;' +
  'ILS=shekel/s;KHR=riel/s;LKR=ரூ;BTC=bitcoin/s;BTC-8=satoshi/s;FIM=markka/a;NLG=florin/s/es|gulden|guilder/s;' +
  'ESP=peseta/s;=mark/s|lira/s|peso/s|couronnes|marco/s|coronas|real|krone/r/n;' +
  'CENT-2=centime/s|cent/s|céntimo/s;USD-2=centavo/s;GBP-2=penique/s|penny|pennies|pence;GHS-2=pesewa/s';
export const CURRENCY_NAMES = table(CURRENCY_SPEC, cur);

/** One-character currency signs. `$` and `¥` are resolved by context. */
export const SYMBOLS = table(
  '$=$;EUR=€;GBP=£;¥=¥|￥;INR=₹;KRW=₩;RUB=₽;TRY=₺;ILS=₪;VND=₫;PHP=₱;NGN=₦;CRC=₡;GEL=₾;LAK=₭;BTC=₿;UAH=₴;KZT=₸;CNY=元;CENT-2=¢',
  cur,
);

/**
 * The ISO code of an adjective that says which currency a name means, before it (en, de:
 * "Canadian dollars", "kanadische Dollar") or after it (fr, es: "dollars canadiens", "dólares de
 * Hong Kong"), from the start of the adjective ("canadi" → canadian, canadien, canadienses;
 * `us` only as a whole word). The group that matches is the index of the code in ADJ_ISO; the
 * first six are dollars.
 */
export const ADJ =
  /^(?:(us$|u s|am[eé]ric|estadounid|amerikan)|([ck]anadi)|(australi)|(hong ?kong)|(new zealand|néo zéland|neozeland)|(singap)|(swiss|suisse|suiz|schweiz)|(indi)|(mexi[ck])|(jap[ao]n)|(chin)|(brit|sterling|esterlin)|(brazil|brésil)|(swed|suéd|suec|schwed)|(norw|norvég|norueg)|(danish|danois|danes|dänisch)|(south african)|(french|françai)|(finn|finland)|(dutch|holl[aä]nd|n[ée]erland)|(deutsch)|(t[uü]rk|turqu|turc)|([ck]ambod)|(cfa))/;
// The codes in ADJ_ISO and CODES_SPEC share their order as far as they can: gzip stores the
// common run once.
export const ADJ_ISO =
  'usd|cad|aud|hkd|nzd|sgd|chf|inr|mxn|jpy|cny|gbp|brl|sek|nok|dkk|zar|frf|fim|nlg|dem|try|khr|xof';

/** ISO codes that stand before or after a number, or after an `M` for millions ("30 MUSD"). */
export const CODES_SPEC =
  'usd|cad|aud|hkd|nzd|sgd|chf|inr|mxn|jpy|cny|gbp|brl|sek|nok|dkk|zar|eur|rmb|krw|pln|btc';
export const CODES = table(CODES_SPEC);

/** What may stand glued before `$`, or spaced for the longer ones ("US$", "C$", "hk $", "u.s. $"); also after it ("$ US", "$CAD"). */
export const DOLLAR_PREFIX = table(
  'usd|us|u.s|u.s.|u;cad|c|ca|can;aud|a|au;hkd|hk;nzd|nz;sgd|s|sg;BRL=r;mxn|mex|mx;twd|nt',
  (k) => k.toUpperCase(),
);

// ---------------------------------------------------------------------------------------------
// Percent, power, energy, multiples

export const PERCENT = table(
  '%=pour cent|per cent|pct|percent|prozent|por ciento;pp|percentage point/s|points de pourcentage|point de pourcentage|puntos porcentuales|punto porcentual|prozentpunkt/e;bp/s|points de base|puntos básicos|basispunkte|basis points',
  String,
  true,
);

export const ENERGY_HOURS = table('heure/s|hour/s|hora/s|stunde/n|h');

/** Multiple words → factor. */
export const MULTIPLE_SPEC =
  '2=twice|double|doble|doppelte/n|twofold;3=triple|dreifache/n|threefold;4=quadruple|fourfold;5=fivefold;10=tenfold';
export const MULTIPLE_WORDS = table(MULTIPLE_SPEC, Number);
/** "fois", "times": a multiple when a comparative follows ("3 fois plus", "10 times more"). */
export const TIMES_WORDS = table('fois|times|veces|mal');
export const MULTIPLE_AFTER = table(
  'plus|more|faster|höher|higher|larger|less|bigger|the|as|moins|más|menos|mehr|greater|so',
);
/** Articles before "double": "le double", "du double", "el doble", "das Doppelte". */
export const MULTIPLE_ARTICLES = table('le|du|del|au|el|al|das|dem|den');

// ---------------------------------------------------------------------------------------------
// Counts of business interest

/**
 * Count nouns → the normalised unit. Each word is looked up without a final "s" (see `stem`),
 * so one form covers singular and plural: "user" for user and users, "salarié" for salariés.
 */
export const COUNT_NOUNS = table(
  'GPU=gpu|processeur graphique|procesadore gráfico|graphic processor|grafikprozessor/en;' +
    'chip|puce;user|utilisateur|internaute|nutzer|usuario;' +
    'monthly active user|utilisateur actif mensuel|monatlich aktive nutzer|usuario activo mensuale|monatlich aktiven nutzer;' +
    'daily active user|utilisateur actif quotidien|täglich aktive nutzer|usuario activo diario;' +
    'active user|utilisateur actif|usuario activo|aktive nutzer|aktiven nutzer;' +
    'subscriber|abonné|suscriptor/e|abonado|abonnent/en;' +
    'employee|salarié|employé|empleado|staff|trabajadore|mitarbeiter|collaborateur|beschäftigte|mitarbeitende;' +
    'job|emploi|poste|puesto de trabajo|empleo|stelle/n|arbeitsplätze;' +
    'data center|data centre|centre de donnée|centro de dato|rechenzentren;' +
    'parameter|paramètre|parámetro;customer|client/e|kunde/n;' +
    'download|descarga|téléchargement;people|menschen|personne|persona',
  String,
  true,
);
/** Words allowed between a number and its noun ("2 million new subscribers", "10.000 neue Stellen"). */
export const COUNT_MODIFIERS = table(
  'new|nouvelles|more|weitere|paying|weekly|additional|nouveaux|neue/n|extra|zusätzliche|nuevos|nuevas',
);

// ---------------------------------------------------------------------------------------------
// Qualifiers and vague amounts

export const QUAL_SPEC =
  "approximately|près de/s|roughly|près d'|près du|≈|aproximadamente|quelque|presque|environ|about|nearly|almost|some|close to|an estimated|rund|unos|around|unas|casi|autour de|cerca de/l|alrededor de|etwa|fast|knapp|circa|ca.|~;" +
  "more-than=more than|plus de|plus d'|plus du|over|above|in excess of|más de/l|mehr als|upwards of|über|gut|>;" +
  "less-than=moins d'|fewer than|less than|under|below|menos de|moins de|weniger als|unter|<;" +
  "up-to=up to|as much as|jusqu'à|as many as|hasta|bis zu|≤;" +
  'at-least=pas moins de|at least|≥|por lo menos|al menos|au moins|mindestens';
export const QUALIFIERS = table(QUAL_SPEC);
/** Verbs (by their start) after which a figure is a lower bound, outside its text ("dépasse 3 000 milliards"). */
export const MORE_VERB =
  /^(dépass|franchi|excède|surpass|exceed|topped|tops|supera|superó|sobrepas|rebas|überst|übertr|übersch|knackt)/;
/** Verbs that, after a modal (by its start), make a figure an upper bound ("could reach $5bn"). */
export const REACH = table('atteindre|reach|alcanzar|erreichen');
export const MODAL = /^(pouv|pourr|could|may|might|can|pod|pued)/;
/** Determiners that may stand between such a verb, or a qualifier, and the number. */
export const DETERMINERS = table("les|la|le|el|l'|der|the|a|los|las|die|das|des|den");
/** Words that open a range closed by et/and/und/y. */
export const BETWEEN = table('entre|zwischen|between');
/** Range connectors that need no "between"; "à" and "a" need a "de" before the range. */
export const RANGE_TO = table('to|à|a|hasta|bis');
export const RANGE_AND = table('et|and|y|und');
/** Words after which two full figures are a change, not a range ("rose from $5bn to $8bn"). */
export const FROM = table("from|de|d'|desde|von");
/** "de" between a scale and its currency or noun. */
export const OF = table("de|d'|del|of");

/** Before a plural scale: an unknown number of ("plusieurs millions de dollars"). */
export const VAGUE_DETERMINERS = table(
  'plusieurs|several|few|mehrere|many|viele|einige|varios|varias|algunos|multiple|quelques',
);
/** Words that are vague amounts themselves ("des centaines de milliards", "hundreds of millions"). */
export const VAGUE_SPEC =
  'centaines|milliers|dizaines|miles|hundreds|hunderte|centenares|decenas|thousands|tausende|dutzende|dozens|multibillion|cientos|multimillion|tens';
export const VAGUE_WORDS = table(VAGUE_SPEC);

/** Adjectives that make "un euro" a currency, not an amount ("un euro fort", "un euro numérique"). */
export const CURRENCY_ADJECTIVES = table('fort|faible|digital|fuerte|numérique|débil|strong|weak');

// ---------------------------------------------------------------------------------------------
// Language words

/**
 * Very common short words by language: they tell the language of a text, and that a scaled
 * number ends its phrase ("75 milliards l'an dernier") rather than counting an unknown noun.
 */
export const STOPWORDS: Record<Lang, (w: string) => unknown> = {
  fr: table(
    "le|dans|la|les|l'|un|une|du|des|de|d'|depuis|seulement|au|et|ou|en|sur|par|cette|qui|pour|que|est|sont|a|ont|ne|déjà|pas|contre|il|selon|avec|soit|dont|an|année|ce|tout|mais",
  ),
  en: table(
    'the|a|an|just|and|of|on|at|by|than|from|as|are|has|was|were|have|in|is|its|this|it|already|that|which|with|but|not|last|per|vs|compared|since|to|year|while|for|or|only',
  ),
  es: table(
    'el|la|los|las|y|un|una|más|o|de|del|al|en|pero|es|por|para|son|fue|que|este|su|se|esta|lo|como|frente|sus|según|desde|ha|año|ya|solo|con',
  ),
  de: table(
    'der|die|das|des|den|dem|zu|ein/e|in|im|auf|mit|von|nicht|vom|zum|aus|ist|sind|oder|war|wurde|hat|als|auch|wie|nach|am|gegenüber|seit|vor|jahr|bei|vorjahr|bereits|nur|sofort|für|und',
  ),
};
/** Words before a year, so "in 2024 users" is a year, not a count. */
export const YEAR_BEFORE = table(
  "en|in|ici|since|d'ici|depuis|dès|seit|fin|im|ab|desde|year|end|of|de|del|jahr|by|bis",
);
/** English months (by their first three letters): capitalised words before a figure that name no product. */
export const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
