import { useLiveQuery } from 'dexie-react-hooks';
import { type ChangeEvent, useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '@/components/amounts';
import { isUsableShortcut, KeyField } from '@/components/KeyField';
import { problemText } from '@/components/problems';
import { type SettingsPort, useSettings } from '@/components/useSettings';
import { countClaims, StorageFullError } from '@/lib/db/claims';
import type { TallyDB } from '@/lib/db/schema';
import {
  checkImport,
  exportCsv,
  exportJson,
  exportLibrary,
  type ImportProblem,
  type ImportProgress,
  importClaims,
} from '@/lib/db/transfer';
import type { UiLang } from '@/lib/format/figure';
import {
  BASE_CURRENCIES,
  type BaseCurrency,
  DEFAULT_SETTINGS,
  type HighlightCategory,
  type Settings,
} from '@/lib/settings';
import { NEWS_SITES } from '@/lib/sites';

/** What the settings page takes from the browser; tests pass fakes. */
export interface OptionsEnv {
  lang: UiLang;
  db: TallyDB;
  settings: SettingsPort;
  /** Gives a reader-enabled site's permission back and unregisters its script. */
  revokeSite(hostname: string, settings: Settings): Promise<Settings>;
  /** Saves a file to the reader's downloads. */
  download(filename: string, text: string, type: string): void;
  now(): Date;
}

const LANGS = ['fr', 'en', 'es', 'de'] as const;
const CATEGORIES: HighlightCategory[] = ['money', 'figure', 'company'];

type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; progress: ImportProgress | null }
  | { kind: 'done'; added: number; replaced: number }
  | { kind: 'failed'; problems: ImportProblem[]; more: boolean }
  | { kind: 'error'; message: string };

/** The settings page: everything in extension storage, and the library's export and import. */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const { lang } = env;
  const { settings, update } = useSettings(env.settings);
  const hintId = useId();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('options.title');
  }, [lang]);
  if (!settings) return <main className="options">{i18n.t('common.looking')}</main>;

  const toggleLanguage = (code: (typeof LANGS)[number], on: boolean) =>
    void update((s) => ({
      ...s,
      languages: on
        ? LANGS.filter((l) => l === code || s.languages.includes(l))
        : s.languages.filter((l) => l !== code),
    }));
  const shortcutProblem = (which: 'next' | 'previous') => (shortcut: string) => {
    if (!isUsableShortcut(shortcut)) return i18n.t('options.keyInvalid');
    const other = which === 'next' ? settings.keys.previous : settings.keys.next;
    return shortcut === other ? i18n.t('options.keySame') : null;
  };

  return (
    <main className="options">
      <h1>{i18n.t('options.title')}</h1>

      <section aria-labelledby="currency-heading">
        <h2 id="currency-heading" className="visually-hidden">
          {i18n.t('options.baseCurrency')}
        </h2>
        <label className="row">
          {i18n.t('options.baseCurrency')}{' '}
          <select
            value={settings.baseCurrency}
            aria-describedby={`${hintId}-currency`}
            onChange={(e) => void update({ baseCurrency: e.target.value as BaseCurrency })}
          >
            {BASE_CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <p id={`${hintId}-currency`} className="muted small">
          {i18n.t('options.baseCurrencyHint')}
        </p>
        <label className="row">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(e) => void update({ paused: e.target.checked })}
          />
          {i18n.t('common.pauseAll')}
        </label>
      </section>

      <fieldset>
        <legend>{i18n.t('options.languages')}</legend>
        {LANGS.map((code) => {
          const on = settings.languages.includes(code);
          return (
            <label key={code} className="row">
              <input
                type="checkbox"
                checked={on}
                // Tally must read at least one language.
                disabled={on && settings.languages.length === 1}
                onChange={(e) => toggleLanguage(code, e.target.checked)}
              />
              {i18n.t(`options.lang.${code}`)}
            </label>
          );
        })}
      </fieldset>

      <fieldset>
        <legend>{i18n.t('options.highlight')}</legend>
        {CATEGORIES.map((category) => (
          <div key={category} className="row category">
            <label>
              <input
                type="checkbox"
                checked={settings.highlight[category]}
                onChange={(e) =>
                  void update((s) => ({
                    ...s,
                    highlight: { ...s.highlight, [category]: e.target.checked },
                  }))
                }
              />
              {i18n.t(`options.category.${category}`)}
            </label>
            <label className="colour">
              <span className="visually-hidden">
                {i18n.t('options.colourOf')} — {i18n.t(`options.category.${category}`)}
              </span>
              <input
                type="color"
                value={settings.colours[category]}
                onChange={(e) =>
                  void update((s) => ({
                    ...s,
                    colours: { ...s.colours, [category]: e.target.value },
                  }))
                }
              />
            </label>
            <span className="swatch" style={{ background: settings.colours[category] }}>
              {i18n.t(`options.category.${category}`)}
            </span>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>{i18n.t('options.keys')}</legend>
        <KeyField
          label={i18n.t('options.keyNext')}
          value={settings.keys.next}
          defaultValue={DEFAULT_SETTINGS.keys.next}
          hintId={`${hintId}-keys`}
          validate={shortcutProblem('next')}
          onChange={(next) => void update((s) => ({ ...s, keys: { ...s.keys, next } }))}
        />
        <KeyField
          label={i18n.t('options.keyPrevious')}
          value={settings.keys.previous}
          defaultValue={DEFAULT_SETTINGS.keys.previous}
          hintId={`${hintId}-keys`}
          validate={shortcutProblem('previous')}
          onChange={(previous) => void update((s) => ({ ...s, keys: { ...s.keys, previous } }))}
        />
        <p id={`${hintId}-keys`} className="muted small">
          {i18n.t('options.keyHint')}
        </p>
      </fieldset>

      <Sites env={env} settings={settings} update={update} />
      <Library env={env} />
    </main>
  );
}

function Sites(props: {
  env: OptionsEnv;
  settings: Settings;
  update: ReturnType<typeof useSettings>['update'];
}) {
  const { env, settings, update } = props;
  const { lang } = env;
  const [error, setError] = useState<string | null>(null);
  const revoke = async (site: string) => {
    try {
      await update(await env.revokeSite(site, settings));
    } catch (e) {
      setError(i18n.t('common.failed', { message: String(e) }));
    }
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{i18n.t('options.sites')}</h2>
      <h3>{i18n.t('options.sitesEnabled')}</h3>
      {settings.enabledSites.length === 0 ? (
        <p className="muted">{i18n.t('options.noneYet')}</p>
      ) : (
        <ul className="sites" data-testid="enabled-sites">
          {settings.enabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" className="secondary" onClick={() => void revoke(site)}>
                {i18n.t('common.revokeSite', { site })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{i18n.t('options.sitesDisabled')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p className="muted">{i18n.t('options.noneYet')}</p>
      ) : (
        <ul className="sites" data-testid="disabled-sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                className="secondary"
                aria-label={`${i18n.t('options.turnBackOn')}: ${site}`}
                onClick={() =>
                  void update((s) => ({
                    ...s,
                    disabledSites: s.disabledSites.filter((x) => x !== site),
                  }))
                }
              >
                {i18n.t('options.turnBackOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <details>
        <summary>
          {i18n.t('options.newsSites', { count: formatCount(NEWS_SITES.length, lang) })}
        </summary>
        <ul className="news-sites">
          {NEWS_SITES.map((site) => (
            <li key={site}>{site}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Library({ env }: { env: OptionsEnv }) {
  const { lang, db } = env;
  const count = useLiveQuery(() => countClaims(db), [db]);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputId = useId();
  const stamp = () => env.now().toISOString().slice(0, 10);

  const exportAs = async (kind: 'json' | 'csv') => {
    const file = await exportLibrary(db, env.now());
    if (kind === 'json')
      env.download(`tally-claims-${stamp()}.json`, exportJson(file), 'application/json');
    else env.download(`tally-claims-${stamp()}.csv`, exportCsv(file.claims), 'text/csv');
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'busy', progress: null });
    try {
      const onProgress = (progress: ImportProgress) => setState({ kind: 'busy', progress });
      const check = await checkImport(file, { onProgress });
      if (!check.ok) {
        setState({ kind: 'failed', problems: check.problems, more: check.more });
        return;
      }
      const result = await importClaims(db, check.claims, { onProgress });
      setState({ kind: 'done', ...result });
    } catch (error) {
      setState({
        kind: 'error',
        message:
          error instanceof StorageFullError
            ? i18n.t('common.storageFull')
            : i18n.t('common.failed', { message: String(error) }),
      });
    } finally {
      // The same file can be chosen again after it was fixed.
      input.value = '';
    }
  };

  return (
    <section aria-labelledby="library-heading">
      <h2 id="library-heading">{i18n.t('options.library')}</h2>
      <p data-testid="library-count">
        {count === undefined
          ? i18n.t('common.looking')
          : i18n.t('options.libraryCount', count, { count: formatCount(count, lang) })}
      </p>
      <div className="row buttons">
        <button type="button" data-testid="export-json" onClick={() => void exportAs('json')}>
          {i18n.t('options.exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void exportAs('csv')}>
          {i18n.t('options.exportCsv')}
        </button>
      </div>
      <p className="muted small">{i18n.t('options.exportHint')}</p>
      <div className="import">
        <label htmlFor={inputId}>{i18n.t('options.importJson')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          disabled={state.kind === 'busy'}
          onChange={(e) => void onFile(e)}
        />
      </div>
      <div aria-live="polite" data-testid="import-status">
        {state.kind === 'busy' && state.progress && (
          <label className="progress">
            {i18n.t(state.progress.step === 'checking' ? 'options.checking' : 'options.writing', {
              done: new Intl.NumberFormat(lang).format(state.progress.done),
              total: new Intl.NumberFormat(lang).format(state.progress.total),
            })}
            <progress max={state.progress.total} value={state.progress.done} />
          </label>
        )}
        {state.kind === 'done' && (
          <p className="ok">
            {i18n.t('options.imported', {
              added: formatCount(state.added, lang),
              replaced: formatCount(state.replaced, lang),
            })}
          </p>
        )}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="problems" data-testid="import-problems">
          <p>{i18n.t('options.importFailed')}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={`${p.code}:${p.claim ?? ''}:${p.field ?? ''}`}>{problemText(p)}</li>
            ))}
          </ul>
          {state.more && <p>{i18n.t('options.moreProblems')}</p>}
        </div>
      )}
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </section>
  );
}
