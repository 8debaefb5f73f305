import type { Mention } from '@/lib/extract/types';

/** Languages Tally's own interface speaks. */
export type UiLang = 'fr' | 'en';

type Names = { one: string; many: string };
// Currency names in running text ("62 milliards d’euros"); others fall back to Intl's name.
const CURRENCY_NAMES: Record<UiLang, Record<string, Names>> = {
  fr: {
    EUR: { one: 'euro', many: 'euros' },
    USD: { one: 'dollar', many: 'dollars' },
    GBP: { one: 'livre sterling', many: 'livres sterling' },
    JPY: { one: 'yen', many: 'yens' },
    CNY: { one: 'yuan', many: 'yuans' },
    CHF: { one: 'franc suisse', many: 'francs suisses' },
    CAD: { one: 'dollar canadien', many: 'dollars canadiens' },
    AUD: { one: 'dollar australien', many: 'dollars australiens' },
    HKD: { one: 'dollar de Hong Kong', many: 'dollars de Hong Kong' },
    INR: { one: 'roupie', many: 'roupies' },
    KRW: { one: 'won', many: 'wons' },
  },
  en: {
    EUR: { one: 'euro', many: 'euros' },
    USD: { one: 'US dollar', many: 'US dollars' },
    GBP: { one: 'pound sterling', many: 'pounds sterling' },
    JPY: { one: 'yen', many: 'yen' },
    CNY: { one: 'yuan', many: 'yuan' },
    CHF: { one: 'Swiss franc', many: 'Swiss francs' },
    CAD: { one: 'Canadian dollar', many: 'Canadian dollars' },
    AUD: { one: 'Australian dollar', many: 'Australian dollars' },
    HKD: { one: 'Hong Kong dollar', many: 'Hong Kong dollars' },
    INR: { one: 'rupee', many: 'rupees' },
    KRW: { one: 'won', many: 'won' },
  },
};

const COUNT_NOUNS: Record<UiLang, Record<string, Names>> = {
  fr: {
    GPU: { one: 'GPU', many: 'GPU' },
    user: { one: 'utilisateur', many: 'utilisateurs' },
    subscriber: { one: 'abonné', many: 'abonnés' },
    employee: { one: 'salarié', many: 'salariés' },
    job: { one: 'emploi', many: 'emplois' },
    'data center': { one: 'centre de données', many: 'centres de données' },
    parameter: { one: 'paramètre', many: 'paramètres' },
    customer: { one: 'client', many: 'clients' },
    download: { one: 'téléchargement', many: 'téléchargements' },
    chip: { one: 'puce', many: 'puces' },
    person: { one: 'personne', many: 'personnes' },
  },
  en: {
    GPU: { one: 'GPU', many: 'GPUs' },
    user: { one: 'user', many: 'users' },
    subscriber: { one: 'subscriber', many: 'subscribers' },
    employee: { one: 'employee', many: 'employees' },
    job: { one: 'job', many: 'jobs' },
    'data center': { one: 'data center', many: 'data centers' },
    parameter: { one: 'parameter', many: 'parameters' },
    customer: { one: 'customer', many: 'customers' },
    download: { one: 'download', many: 'downloads' },
    chip: { one: 'chip', many: 'chips' },
    person: { one: 'person', many: 'people' },
  },
};

const SI_PREFIXES = ['', 'k', 'M', 'G', 'T', 'P'];

function words(n: number, lang: UiLang): { text: string; scaled: boolean } {
  const abs = Math.abs(n);
  if (abs < 1e6) {
    return {
      text: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n),
      scaled: false,
    };
  }
  const text = new Intl.NumberFormat(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(n);
  return { text, scaled: true };
}

function noun(names: Names | undefined, fallback: string, n: number, lang: UiLang): string {
  if (!names) return fallback;
  // French plural starts at 2 ("1,5 milliard d’euros"); English at anything but 1.
  const plural = lang === 'fr' ? Math.abs(n) >= 2 : Math.abs(n) !== 1;
  return plural ? names.many : names.one;
}

/** "62 milliards d’euros", "80 billion US dollars": an amount with its unit, in words. */
function amountInWords(n: number, unitNames: Names | undefined, fallback: string, lang: UiLang) {
  const w = words(n, lang);
  // After a scale word the noun is always plural: "1 million d’euros", "1 million euros".
  const unit = w.scaled ? (unitNames?.many ?? fallback) : noun(unitNames, fallback, n, lang);
  if (lang === 'fr' && w.scaled) {
    // French puts "de" between a scale word and its noun, elided before a vowel.
    return /^[aeiouyéèh]/i.test(unit) ? `${w.text} d’${unit}` : `${w.text} de ${unit}`;
  }
  return `${w.text} ${unit}`;
}

function currencyName(code: string, lang: UiLang): Names | undefined {
  const known = CURRENCY_NAMES[lang][code];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames(lang, { type: 'currency' }).of(code);
    return name ? { one: name, many: name } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes one value of a mention plainly, e.g. for 62 Md€: "62 milliards d’euros". */
export function valueInWords(
  value: number,
  m: Pick<Mention, 'kind' | 'currency' | 'unit'>,
  lang: UiLang,
): string {
  switch (m.kind) {
    case 'money':
      return amountInWords(
        value,
        m.currency ? currencyName(m.currency, lang) : undefined,
        m.currency ?? '',
        lang,
      );
    case 'percent':
      return m.unit === 'pp'
        ? `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value)} ${lang === 'fr' ? 'points de pourcentage' : 'percentage points'}`
        : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(
            value / 100,
          );
    case 'power':
    case 'energy': {
      // Largest SI prefix that keeps the number at or above 1: 2e9 W → "2 GW".
      const unit = m.kind === 'power' ? 'W' : 'Wh';
      const step = Math.min(
        Math.max(Math.floor(Math.log10(Math.abs(value) || 1) / 3), 0),
        SI_PREFIXES.length - 1,
      );
      const scaled = value / 1000 ** step;
      return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(scaled)} ${SI_PREFIXES[step]}${unit}`;
    }
    case 'count':
      return amountInWords(
        value,
        m.unit ? COUNT_NOUNS[lang][m.unit] : undefined,
        m.unit ?? '',
        lang,
      );
    case 'multiple':
      return lang === 'fr'
        ? `× ${new Intl.NumberFormat(lang).format(value)}`
        : `${new Intl.NumberFormat(lang).format(value)}×`;
  }
}

/** The exact value with every digit, e.g. "62 000 000 000 €"; null where it says nothing more. */
export function valueInFull(
  value: number,
  m: Pick<Mention, 'kind' | 'currency'>,
  lang: UiLang,
): string | null {
  if (m.kind === 'money' && m.currency) {
    try {
      return new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: m.currency,
        // Whole amounts without cents: "62 000 000 000 €", not "…,00 €".
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
        maximumFractionDigits: 2,
      }).format(value);
    } catch {
      return `${new Intl.NumberFormat(lang).format(value)} ${m.currency}`;
    }
  }
  if (m.kind === 'count')
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
  return null;
}

/** A mention's value (or range) plainly: "entre 66 et 72 milliards de dollars", "about 80 billion US dollars". */
export function describeValue(
  m: Pick<Mention, 'kind' | 'currency' | 'unit' | 'value' | 'valueMax'>,
  lang: UiLang,
): string | null {
  if (m.value === null) return null;
  if (m.valueMax === null) return valueInWords(m.value, m, lang);
  const low = valueInWords(m.value, m, lang);
  const high = valueInWords(m.valueMax, m, lang);
  return lang === 'fr' ? `entre ${low} et ${high}` : `between ${low} and ${high}`;
}
