import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { formatCount } from '@/components/amounts';
import { useSettings } from '@/components/useSettings';
import { claimsByIds } from '@/lib/db/claims';
import type { PageFigure, TabResponses } from '@/lib/messaging/protocol';
import { isNewsSite, siteOf } from '@/lib/sites-runtime';
import { type ActiveTab, useEnv } from './env';
import { usePopup } from './store';

type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      tab: ActiveTab | null;
      site: string | null;
      running: boolean;
      /** What the content script listed; null when it did not answer. */
      figures: TabResponses['page-figures'] | null;
    };

const KINDS: PageFigure['kind'][] = ['money', 'percent', 'power', 'energy', 'count', 'multiple'];

/** The "This page" view: what Tally found on the tab, and the switches for this site and all. */
export function ThisPage() {
  const env = useEnv();
  const { settings, update } = useSettings(env.settings);
  const setNotice = usePopup((s) => s.setNotice);
  const [page, setPage] = useState<PageState>({ kind: 'loading' });

  const load = useCallback(async (): Promise<PageState> => {
    const tab = await env.tabs.active();
    if (!tab) return { kind: 'ready', tab: null, site: null, running: false, figures: null };
    const site = siteOf(tab.url);
    const status = await env.tabs.status(tab.id);
    let figures: TabResponses['page-figures'] | null = null;
    if (status) {
      // A page opened before Tally started (or a content script still loading) has no answer.
      figures = (await env.tabs.send(tab.id, { type: 'page-figures' }).catch(() => null)) ?? null;
    }
    return { kind: 'ready', tab, site, running: status !== null, figures };
  }, [env]);

  useEffect(() => {
    let live = true;
    load()
      .then((state) => live && setPage(state))
      .catch((e: unknown) => live && setPage({ kind: 'error', message: String(e) }));
    return () => {
      live = false;
    };
  }, [load]);

  const ready = page.kind === 'ready' ? page : null;
  const site = ready?.site ?? null;
  const enabledByReader = !!site && !!settings?.enabledSites.includes(site);
  const canRun = !!site && (ready?.running || isNewsSite(site) || enabledByReader);

  const enable = async () => {
    if (!site || !ready?.tab || !settings) return;
    // First await of the click: Firefox grants permissions only while handling the click.
    const granted = await env.sites.request(site);
    if (!granted) {
      setNotice(i18n.t('page.enableRefused', { site }));
      return;
    }
    try {
      const next = await env.sites.enable(site, settings, ready.tab.id);
      await update(next);
      setPage(await load());
    } catch (error) {
      setNotice(i18n.t('page.enableFailed', { site, message: String(error) }));
    }
  };
  const revoke = async () => {
    if (!site || !settings) return;
    try {
      await update(await env.sites.revoke(site, settings));
    } catch (error) {
      setNotice(i18n.t('common.failed', { message: String(error) }));
    }
  };

  return (
    <div className="this-page">
      <p data-testid="page-status" role="status">
        {page.kind === 'loading' && i18n.t('common.looking')}
        {page.kind === 'error' && i18n.t('page.statusError', { message: page.message })}
        {ready && (ready.running ? i18n.t('page.running') : i18n.t('page.notRunning'))}
      </p>
      {settings?.paused && <p className="note">{i18n.t('page.pausedNote')}</p>}
      {site && settings?.disabledSites.includes(site) && (
        <p className="note">{i18n.t('page.siteOffNote', { site })}</p>
      )}

      {ready?.running && ready.tab && <Figures tabId={ready.tab.id} figures={ready.figures} />}

      <div className="switches">
        {canRun && site && settings && (
          <label className="switch">
            <input
              type="checkbox"
              checked={!settings.disabledSites.includes(site)}
              onChange={(e) =>
                void update((s) => ({
                  ...s,
                  disabledSites: e.target.checked
                    ? s.disabledSites.filter((x) => x !== site)
                    : [...new Set([...s.disabledSites, site])],
                }))
              }
            />
            {i18n.t('page.runOnSite', { site })}
          </label>
        )}
        {enabledByReader && site && (
          <button type="button" className="link" onClick={() => void revoke()}>
            {i18n.t('common.revokeSite', { site })}
          </button>
        )}
        {!canRun && site && settings && ready?.tab && (
          <div className="enable">
            <button type="button" onClick={() => void enable()}>
              {i18n.t('page.enableSite', { site })}
            </button>
            <p className="muted small">{i18n.t('page.enableHint')}</p>
          </div>
        )}
        {settings && (
          <label className="switch">
            <input
              type="checkbox"
              checked={settings.paused}
              onChange={(e) => void update({ paused: e.target.checked })}
            />
            {i18n.t('common.pauseAll')}
          </label>
        )}
      </div>
    </div>
  );
}

function Figures(props: { tabId: number; figures: TabResponses['page-figures'] | null }) {
  const env = useEnv();
  const { lang } = env;
  const orphanIds = props.figures?.orphanedClaims ?? [];
  const orphans = useLiveQuery(() => claimsByIds(env.db, orphanIds), [env.db, orphanIds.join('|')]);
  if (!props.figures) return <p className="muted">{i18n.t('page.figuresUnavailable')}</p>;
  const { figures } = props.figures;
  if (figures.length === 0 && orphanIds.length === 0)
    return <p className="muted">{i18n.t('page.noFigures')}</p>;
  const counts = KINDS.map(
    (kind) => [kind, figures.filter((f) => f.kind === kind).length] as const,
  ).filter(([, n]) => n > 0);
  const scroll = (id: number) =>
    void env.tabs.send(props.tabId, { type: 'scroll-to-figure', id }).catch(() => {});
  return (
    <section aria-labelledby="figures-heading" className="figures">
      <h2 id="figures-heading">
        {i18n.t('page.figuresFound', figures.length, { count: formatCount(figures.length, lang) })}
      </h2>
      {counts.length > 0 && (
        <ul className="counts" data-testid="figure-counts">
          {counts.map(([kind, n]) => (
            <li key={kind} className={`chip kind-${kind}`}>
              {formatCount(n, lang)} {i18n.t(`page.kind.${kind}`)}
            </li>
          ))}
        </ul>
      )}
      {figures.length > 0 && (
        <ul className="figure-list" aria-label={i18n.t('page.figureList')}>
          {figures.map((f) => (
            <li key={f.id}>
              <button type="button" className="figure" onClick={() => scroll(f.id)}>
                <span className="figure-text">{f.text}</span>
                <span className="muted small">
                  {[f.company, f.metric, f.period].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {orphanIds.length > 0 && (
        <div className="orphans" data-testid="orphans">
          <h3>
            {i18n.t('page.orphaned', orphanIds.length, {
              count: formatCount(orphanIds.length, lang),
            })}
          </h3>
          <p className="muted small">{i18n.t('page.orphanedHint')}</p>
          <ul>
            {(orphans ?? []).map((c) => (
              <li key={c.id}>
                <q>{c.quote}</q> <span className="muted small">{c.companyName ?? ''}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
