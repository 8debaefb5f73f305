import type { UiLang } from '@/lib/format/figure';

/** Tally's interface strings in French and English. */
const STRINGS = {
  en: {
    asWritten: 'As written',
    value: 'Value',
    exact: 'Exact',
    inBase: 'In {currency}',
    rateNote: 'at {rate} ({month} monthly average, Federal Reserve H.10)',
    rateNearest: 'nearest month with a rate: {month}',
    company: 'Company',
    metric: 'Measures',
    period: 'Period',
    none: 'not found',
    why: 'why',
    approximately: 'approximately',
    'more-than': 'more than',
    'less-than': 'less than',
    'up-to': 'up to',
    'at-least': 'at least',
    vague: 'vague amount',
    compare: 'Your saved figures for {metric}',
    save: 'Save claim',
    saving: 'Saving…',
    saved: 'Saved',
    edit: 'Correct before saving',
    close: 'Close',
    unknownCompany: '(no company)',
  },
  fr: {
    asWritten: 'Tel qu’écrit',
    value: 'Valeur',
    exact: 'Exactement',
    inBase: 'En {currency}',
    rateNote: 'à {rate} (moyenne de {month}, Réserve fédérale H.10)',
    rateNearest: 'mois le plus proche disponible : {month}',
    company: 'Entreprise',
    metric: 'Mesure',
    period: 'Période',
    none: 'non trouvé',
    why: 'pourquoi',
    approximately: 'environ',
    'more-than': 'plus de',
    'less-than': 'moins de',
    'up-to': 'jusqu’à',
    'at-least': 'au moins',
    vague: 'montant vague',
    compare: 'Vos chiffres enregistrés pour {metric}',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Enregistré',
    edit: 'Corriger avant d’enregistrer',
    close: 'Fermer',
    unknownCompany: '(aucune entreprise)',
  },
} satisfies Record<UiLang, Record<string, string>>;

export type StringKey = keyof (typeof STRINGS)['en'];

/** A UI string in the reader's language, with {placeholders} filled. */
export function t(lang: UiLang, key: StringKey, vars: Record<string, string> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

/** The interface language for a browser language tag: French for fr-*, else English. */
export function uiLangFor(tag: string | undefined): UiLang {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
