import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { i18n } from '#i18n';
import { Tabs } from '@/components/Tabs';
import { ClaimsPanel } from './ClaimsPanel';
import { ComparePanel } from './ComparePanel';
import { DisagreementsPanel } from './DisagreementsPanel';
import { EnvContext, type PopupEnv } from './env';
import { type PopupState, StoreContext, usePopup, VIEWS, type View } from './store';
import { ThisPage } from './ThisPage';

const LABELS = {
  page: () => i18n.t('popup.tab.page'),
  compare: () => i18n.t('popup.tab.compare'),
  claims: () => i18n.t('popup.tab.claims'),
  disagreements: () => i18n.t('popup.tab.disagreements'),
} satisfies Record<View, () => string>;

/** The popup: its environment and UI store come in, so tests pass their own. */
export function App(props: { env: PopupEnv; store: StoreApi<PopupState> }) {
  useEffect(() => {
    document.documentElement.lang = props.env.lang;
  }, [props.env.lang]);
  return (
    <EnvContext.Provider value={props.env}>
      <StoreContext.Provider value={props.store}>
        <Popup env={props.env} />
      </StoreContext.Provider>
    </EnvContext.Provider>
  );
}

function Popup({ env }: { env: PopupEnv }) {
  const view = usePopup((s) => s.view);
  const show = usePopup((s) => s.show);
  const notice = usePopup((s) => s.notice);
  const setNotice = usePopup((s) => s.setNotice);
  return (
    <main className="popup">
      <header>
        <h1>Tally</h1>
        <button type="button" className="link" onClick={env.openOptions}>
          {i18n.t('popup.settings')}
        </button>
      </header>
      <Tabs
        label={i18n.t('popup.tabsLabel')}
        idPrefix="popup"
        items={VIEWS.map((key) => ({ key, label: LABELS[key]() }))}
        current={view}
        onSelect={show}
      />
      {notice && (
        <div className="notice" role="alert">
          <p>{notice}</p>
          <button
            type="button"
            className="link"
            aria-label={i18n.t('common.cancel')}
            onClick={() => setNotice(null)}
          >
            ×
          </button>
        </div>
      )}
      <section
        role="tabpanel"
        id={`popup-panel-${view}`}
        aria-labelledby={`popup-tab-${view}`}
        className="panel"
        data-testid={`panel-${view}`}
      >
        {view === 'page' && <ThisPage />}
        {view === 'compare' && <ComparePanel />}
        {view === 'claims' && <ClaimsPanel />}
        {view === 'disagreements' && <DisagreementsPanel />}
      </section>
    </main>
  );
}
