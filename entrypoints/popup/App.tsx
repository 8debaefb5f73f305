import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { Tabs } from '@/components/Tabs';
import { ui } from '@/components/ui-strings';
import { ClaimsPanel } from './ClaimsPanel';
import { ComparePanel } from './ComparePanel';
import { DisagreementsPanel } from './DisagreementsPanel';
import { EnvContext, type PopupEnv } from './env';
import { type PopupState, StoreContext, usePopup, VIEWS, type View } from './store';
import { ThisPage } from './ThisPage';

const LABELS = {
  page: 'tabPage',
  compare: 'tabCompare',
  claims: 'tabClaims',
  disagreements: 'tabDisagreements',
} as const satisfies Record<View, string>;

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
  const { lang } = env;
  const view = usePopup((s) => s.view);
  const show = usePopup((s) => s.show);
  const notice = usePopup((s) => s.notice);
  const setNotice = usePopup((s) => s.setNotice);
  return (
    <main className="popup">
      <header>
        <h1>Tally</h1>
        <button type="button" className="link" onClick={env.openOptions}>
          {ui(lang, 'settings')}
        </button>
      </header>
      <Tabs
        label={ui(lang, 'tabsLabel')}
        idPrefix="popup"
        items={VIEWS.map((key) => ({ key, label: ui(lang, LABELS[key]) }))}
        current={view}
        onSelect={show}
      />
      {notice && (
        <div className="notice" role="alert">
          <p>{notice}</p>
          <button
            type="button"
            className="link"
            aria-label={ui(lang, 'cancel')}
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
