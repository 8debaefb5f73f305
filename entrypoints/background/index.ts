import { browser } from 'wxt/browser';
import { TallyDB } from '@/lib/db/schema';
import { loadSettings, watchSettings } from '@/lib/settings';
import { syncSiteScripts } from '@/lib/sites-runtime';
import { type BackgroundEnv, handleMessage } from './handlers';
import { forgetTabStatus } from './tab-status';

export default defineBackground(() => {
  let db: TallyDB | null = null;
  const env: BackgroundEnv = {
    extensionOrigin: browser.runtime.getURL('/popup.html').replace(/popup\.html$/, ''),
    // Opened on first use: most messages (page analysis) never touch the database.
    db: () => {
      db ??= new TallyDB();
      return db;
    },
    injectCard: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/content-scripts/card.js'],
      });
    },
    styleFrame: async (tabId, frameId, css, remove) => {
      const target = { tabId, frameIds: [frameId] };
      if (remove) await browser.scripting.removeCSS({ target, css });
      else await browser.scripting.insertCSS({ target, css });
    },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, env));
  // Sites the reader enabled from the popup: their content scripts are registered again at
  // every start (registrations may not survive a restart) and whenever the list changes.
  const sync = () =>
    void loadSettings()
      .then(syncSiteScripts)
      .catch((error: unknown) => console.warn('Tally: could not register enabled sites', error));
  sync();
  watchSettings((next, previous) => {
    if (JSON.stringify(next.enabledSites) !== JSON.stringify(previous.enabledSites)) sync();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabStatus(tabId);
  });
});
