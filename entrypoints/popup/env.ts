/**
 * Everything the popup takes from the browser, in one object: the views get it from context,
 * so DOM tests give them a fresh database and fakes instead.
 */
import { createContext, useContext } from 'react';
import { browser } from 'wxt/browser';
import { uiLang } from '@/components/ui-lang';
import { type SettingsPort, storageSettings } from '@/components/useSettings';
import rates from '@/lib/compare/data/rates.generated.json';
import type { RateTable } from '@/lib/compare/rates';
import { TallyDB } from '@/lib/db/schema';
import type { UiLang } from '@/lib/format/figure';
import type { TabRequest, TabResponses, TabStatus } from '@/lib/messaging/protocol';
import type { Settings } from '@/lib/settings';
import { enableSite, requestSite, revokeSite } from '@/lib/sites-runtime';

export interface ActiveTab {
  id: number;
  url: string;
}

export interface PopupEnv {
  db: TallyDB;
  lang: UiLang;
  rates: RateTable;
  settings: SettingsPort;
  tabs: {
    /** The tab the popup opened over, if it is a tab with an address. */
    active(): Promise<ActiveTab | null>;
    /** What the background knows of a tab (the content script reports in when it starts). */
    status(tabId: number): Promise<TabStatus | null>;
    /** Asks the content script of a tab; rejects when there is none. */
    send<T extends TabRequest['type']>(
      tabId: number,
      request: Extract<TabRequest, { type: T }>,
    ): Promise<TabResponses[T] | undefined>;
    /** Opens an address in a new tab. */
    open(url: string): Promise<void>;
  };
  sites: {
    /** Must be the first thing a click handler awaits (Firefox grants only during input). */
    request(hostname: string): Promise<boolean>;
    enable(hostname: string, settings: Settings, tabId: number | null): Promise<Settings>;
    revoke(hostname: string, settings: Settings): Promise<Settings>;
  };
  openOptions(): void;
  /** Closes the popup (after opening a page, so it does not stay over it). */
  close(): void;
}

/** The popup's environment in the real extension. */
export function browserEnv(): PopupEnv {
  return {
    db: new TallyDB(),
    lang: uiLang(),
    rates: rates as RateTable,
    settings: storageSettings,
    tabs: {
      async active() {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
      },
      async status(tabId) {
        const reply = (await browser.runtime.sendMessage({ type: 'tab-status', tabId })) as
          | TabStatus
          | null
          | { error: string };
        if (reply && 'error' in reply) throw new Error(reply.error);
        return reply;
      },
      send: (tabId, request) => browser.tabs.sendMessage(tabId, request),
      async open(url) {
        await browser.tabs.create({ url });
      },
    },
    sites: {
      request: (hostname) => requestSite(hostname),
      enable: (hostname, settings, tabId) => enableSite(hostname, settings, tabId),
      revoke: (hostname, settings) => revokeSite(hostname, settings),
    },
    openOptions: () => void browser.runtime.openOptionsPage(),
    close: () => window.close(),
  };
}

export const EnvContext = createContext<PopupEnv | null>(null);

/** The popup's environment, from the nearest provider. */
export function useEnv(): PopupEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv() outside <EnvContext.Provider>');
  return env;
}
