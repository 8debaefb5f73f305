import { browser } from 'wxt/browser';

export const BASE_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'] as const;
export type BaseCurrency = (typeof BASE_CURRENCIES)[number];

/** What Tally paints on pages; each can be switched off in the settings. */
export type HighlightCategory = 'money' | 'figure' | 'company';

export interface Settings {
  /** The currency every figure is converted into on the hover card and in Compare. */
  baseCurrency: BaseCurrency;
  /** Stops Tally on every page until switched back on. */
  paused: boolean;
  /** Hostnames where the reader switched Tally off. */
  disabledSites: string[];
  /** Hostnames (outside the built-in news sites) where the reader switched Tally on. */
  enabledSites: string[];
  /** Languages Tally reads; a page in another language is left alone. */
  languages: ('fr' | 'en' | 'es' | 'de')[];
  highlight: Record<HighlightCategory, boolean>;
  /** CSS colours of the highlights, per category. */
  colours: Record<HighlightCategory, string>;
  /** Keyboard shortcuts that move to the next and previous figure ("Alt+Shift+ArrowDown"). */
  keys: { next: string; previous: string };
}

export const DEFAULT_SETTINGS: Settings = {
  baseCurrency: 'EUR',
  paused: false,
  disabledSites: [],
  enabledSites: [],
  languages: ['fr', 'en', 'es', 'de'],
  highlight: { money: true, figure: true, company: true },
  colours: { money: '#ffd43b', figure: '#63e6be', company: '#4dabf7' },
  keys: { next: 'Alt+Shift+ArrowDown', previous: 'Alt+Shift+ArrowUp' },
};

/*
 * The reader's settings live in extension storage (`storage.local`, key `settings`) so that
 * every part of Tally sees the same values. Read and watched with the browser's own API rather
 * than @wxt-dev/storage: the content script runs on every page, and that library (with its
 * lock and deep-equal helpers) was a fifth of the always-injected script.
 */
const KEY = 'settings';

/** Settings with every field present, whatever an older version stored. */
function complete(stored: unknown): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...(stored && typeof stored === 'object' ? (stored as Partial<Settings>) : {}),
  };
}

export async function loadSettings(): Promise<Settings> {
  return complete((await browser.storage.local.get(KEY))[KEY]);
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: next });
}

/** Calls `callback` with the new and the previous settings whenever they change; returns the unwatch. */
export function watchSettings(callback: (next: Settings, previous: Settings) => void): () => void {
  const listener = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ) => {
    const change = changes[KEY];
    if (area === 'local' && change) callback(complete(change.newValue), complete(change.oldValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** True when Tally should run on a hostname under these settings. */
export function runsOn(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}
