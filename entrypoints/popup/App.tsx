import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TabStatus } from '@/lib/messaging/protocol';

type PageState =
  | { kind: 'loading' }
  | { kind: 'running'; status: TabStatus }
  | { kind: 'not-running' }
  | { kind: 'error'; message: string };

/** Asks the background what Tally knows of the active tab. */
async function loadActiveTabStatus(): Promise<PageState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'not-running' };
  const status = (await browser.runtime.sendMessage({ type: 'tab-status', tabId: tab.id })) as
    | TabStatus
    | null
    | { error: string };
  if (status && 'error' in status) return { kind: 'error', message: status.error };
  return status ? { kind: 'running', status } : { kind: 'not-running' };
}

export function App() {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    loadActiveTabStatus()
      .then(setPage)
      .catch((e: unknown) => setPage({ kind: 'error', message: String(e) }));
  }, []);

  return (
    <main className="popup">
      <header>
        <h1>Tally</h1>
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Settings
        </button>
      </header>
      <section aria-labelledby="this-page">
        <h2 id="this-page">This page</h2>
        <p data-testid="page-status" role="status">
          {page.kind === 'loading' && 'Looking…'}
          {page.kind === 'running' && 'Tally is reading this page.'}
          {page.kind === 'not-running' && 'Tally is not running on this page.'}
          {page.kind === 'error' && `Could not ask the page: ${page.message}`}
        </p>
      </section>
    </main>
  );
}
