/**
 * The browser's interface language for DOM tests: WXT's fake browser answers
 * `i18n.getMessage` from the real message files (components/locales/<locale>.yml, turned into
 * messages.json exactly as the build does) and `i18n.getUILanguage` with the locale. A key
 * that the file lacks throws, so a missing message fails the test that shows it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ChromeMessage, generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type UiLocale = 'en' | 'fr';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../components/locales');

/** The messages of one locale as the build writes them to _locales/<locale>/messages.json. */
export function chromeMessages(locale: UiLocale): Record<string, ChromeMessage> {
  const text = readFileSync(resolve(LOCALES_DIR, `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML'));
}

/** What getUILanguage() answers in a browser set to each locale. */
const UI_LANGUAGE: Record<UiLocale, string> = { en: 'en-US', fr: 'fr-FR' };

const cache = new Map<UiLocale, Map<string, string>>();

function messagesOf(locale: UiLocale): Map<string, string> {
  let table = cache.get(locale);
  if (!table) {
    // Message names are case-insensitive in browsers.
    table = new Map(
      Object.entries(chromeMessages(locale)).map(([name, m]) => [name.toLowerCase(), m.message]),
    );
    cache.set(locale, table);
  }
  return table;
}

/** Makes the fake browser speak `locale`: its messages, and its tag from getUILanguage. */
export function setUiLocale(locale: UiLocale): void {
  const table = messagesOf(locale);
  fakeBrowser.i18n.getUILanguage = () => UI_LANGUAGE[locale];
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const message = table.get(name.toLowerCase());
    if (message === undefined) throw new Error(`No message "${name}" in ${locale}.yml`);
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    // As browsers do: $1…$9 are the substitutions, $$ is a dollar sign.
    return message.replace(/\$(\$|[1-9])/g, (_, c: string) =>
      c === '$' ? '$' : (subs[Number(c) - 1] ?? ''),
    );
  }) as typeof fakeBrowser.i18n.getMessage;
}
