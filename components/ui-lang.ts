import { browser } from 'wxt/browser';
import type { UiLang } from '@/lib/format/figure';

/**
 * The interface's language, for numbers and dates (Intl): French when the browser's language
 * is French (fr, fr-FR, fr-CA…), else English. The browser makes the same choice between
 * components/locales/fr.yml and en.yml (the default), so the words and the numbers agree.
 */
export function uiLang(): UiLang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
