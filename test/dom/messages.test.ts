import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParsedMessage, parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';
import { formatCount } from '@/components/amounts';
import { problemText } from '@/components/problems';
import type { ImportProblemCode } from '@/lib/db/transfer';
import { chromeMessages, LOCALES_DIR, setUiLocale, type UiLocale } from '../support/ui-locale';

const LOCALES: UiLocale[] = ['en', 'fr'];

const parsed = (locale: UiLocale) =>
  parseMessagesText(readFileSync(resolve(LOCALES_DIR, `${locale}.yml`), 'utf8'), 'YAML');

/** What a message needs from the code that shows it: its substitutions, and a count or not. */
const shape = (m: ParsedMessage) => ({
  plural: m.type === 'plural',
  substitutions: m.substitutions,
  named: [...m.namedSubstitutions].sort(),
});

const CODES: ImportProblemCode[] = [
  'empty',
  'too-large',
  'not-json',
  'not-tally',
  'wrong-version',
  'not-array',
  'too-many',
  'missing-field',
  'wrong-type',
  'bad-value',
  'out-of-range',
  'invalid-date',
  'invalid-currency',
  'invalid-url',
  'duplicate-id',
];

describe('message files', () => {
  it('have the same keys in English and French, with the same substitutions', () => {
    const [en, fr] = LOCALES.map(
      (locale) => new Map(parsed(locale).map((m) => [m.key.join('.'), shape(m)])),
    ) as [Map<string, ReturnType<typeof shape>>, Map<string, ReturnType<typeof shape>>];
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, english] of en) expect({ key, ...fr.get(key) }).toEqual({ key, ...english });
  });

  it.each(LOCALES)('gives browsers message names they accept (%s)', (locale) => {
    const names = Object.keys(chromeMessages(locale));
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    // Browsers compare message names without case.
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it.each(LOCALES)('fits the stores’ limits for the manifest (%s)', (locale) => {
    const messages = chromeMessages(locale);
    expect(messages.manifest_name?.message.length).toBeLessThanOrEqual(75);
    expect(messages.manifest_description?.message.length).toBeLessThanOrEqual(132);
    expect(messages.manifest_actionTitle?.message).toBeTruthy();
  });

  it('fails a test that asks for a message no file has', () => {
    expect(() => i18n.t('popup.nothing' as 'popup.settings')).toThrow(/No message/);
  });
});

describe('interface strings', () => {
  it.each(LOCALES)('names every import problem in %s, with its details', (locale) => {
    setUiLocale(locale);
    const texts = CODES.map((code) =>
      problemText({ code, claim: 7, field: 'currency', detail: '3' }),
    );
    expect(new Set(texts).size).toBe(CODES.length);
    for (const text of texts) expect(text).not.toMatch(/[{}$]/);
    expect(problemText({ code: 'invalid-currency', claim: 7, field: 'currency' })).toMatch(
      /7.*"currency"/,
    );
    expect(problemText({ code: 'wrong-type', claim: 2 })).toMatch(/2/);
  });

  it('chooses plural forms by each language’s rules', () => {
    const found = (n: number, lang: UiLocale) =>
      i18n.t('page.figuresFound', n, { count: formatCount(n, lang) });
    expect(found(1, 'en')).toBe('1 figure on this page');
    expect(found(0, 'en')).toBe('0 figures on this page');
    expect(found(1200, 'en')).toBe('1,200 figures on this page');
    setUiLocale('fr');
    // French counts 0 and 1 as singular.
    expect(found(0, 'fr')).toBe('0 chiffre sur cette page');
    expect(found(1, 'fr')).toBe('1 chiffre sur cette page');
    expect(found(1200, 'fr').replace(/\s/g, ' ')).toBe('1 200 chiffres sur cette page');
  });

  it('fills named substitutions', () => {
    expect(i18n.t('page.runOnSite', { site: 'lemonde.fr' })).toBe('Run on lemonde.fr');
    setUiLocale('fr');
    expect(i18n.t('page.runOnSite', { site: 'lemonde.fr' })).toBe('Activer sur lemonde.fr');
    expect(i18n.t('page.enableFailed', { site: 'a.fr', message: 'refus' })).toBe(
      'Tally n’a pas pu démarrer sur a.fr : refus',
    );
  });
});
