import { render } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { uiLang } from '@/components/ui-lang';
import type { SettingsPort } from '@/components/useSettings';
import shipped from '@/lib/compare/data/rates.generated.json';
import type { RateTable } from '@/lib/compare/rates';
import { type Claim, TallyDB } from '@/lib/db/schema';
import type { PageFigure, TabResponses, TabStatus } from '@/lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { App } from '../../../entrypoints/popup/App';
import type { ActiveTab, PopupEnv } from '../../../entrypoints/popup/env';
import { createPopupStore, type PopupState } from '../../../entrypoints/popup/store';

/** Removes the narrow and plain no-break spaces Intl puts in numbers, for readable checks. */
export const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

let n = 0;
const dbs: TallyDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** An empty database of its own. */
export function freshDb(): TallyDB {
  const db = new TallyDB(`dom-${n++}`);
  dbs.push(db);
  return db;
}

/** Settings in memory, with watchers, as extension storage behaves. */
export function memorySettings(initial: Partial<Settings> = {}) {
  let value: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const watchers = new Set<(s: Settings) => void>();
  const port: SettingsPort & { current: () => Settings; change: (s: Partial<Settings>) => void } = {
    get: async () => value,
    set: async (next) => {
      value = next;
      for (const w of watchers) w(next);
    },
    watch: (callback) => {
      watchers.add(callback);
      return () => watchers.delete(callback);
    },
    current: () => value,
    /** A change made elsewhere (the settings page). */
    change: (patch) => {
      value = { ...value, ...patch };
      for (const w of watchers) w(value);
    },
  };
  return port;
}

export interface FakeTabs {
  tab: ActiveTab | null;
  status: TabStatus | null;
  figures?: TabResponses['page-figures'] | null;
}

/**
 * A popup environment over a fake tab, with spies on everything it does to the browser. Its
 * language is the fake browser's (English; setUiLocale('fr') first for French).
 */
export function fakeEnv(
  options: {
    db?: TallyDB;
    settings?: ReturnType<typeof memorySettings>;
    tabs?: Partial<FakeTabs>;
    grant?: boolean;
  } = {},
) {
  const tabs: FakeTabs = {
    tab: { id: 1, url: 'https://www.lemonde.fr/article' },
    status: { tabId: 1, url: 'https://www.lemonde.fr/article', startedAt: 0 },
    figures: null,
    ...options.tabs,
  };
  const settings = options.settings ?? memorySettings();
  const sent: unknown[] = [];
  const send = vi.fn(async (_tabId: number, request: { type: string }) => {
    sent.push(request);
    if (request.type === 'page-figures') {
      if (tabs.figures === undefined) throw new Error('Receiving end does not exist.');
      return tabs.figures ?? undefined;
    }
    return { ok: true };
  });
  const env = {
    db: options.db ?? freshDb(),
    lang: uiLang(),
    rates: shipped as RateTable,
    settings,
    tabs: {
      active: vi.fn(async () => tabs.tab),
      status: vi.fn(async () => tabs.status),
      send: send as unknown as PopupEnv['tabs']['send'],
      open: vi.fn(async (_url: string) => {}),
    },
    sites: {
      request: vi.fn(async (_host: string) => options.grant ?? true),
      enable: vi.fn(async (host: string, s: Settings, _tabId: number | null) => ({
        ...s,
        enabledSites: [...s.enabledSites, host],
      })),
      revoke: vi.fn(async (host: string, s: Settings) => ({
        ...s,
        enabledSites: s.enabledSites.filter((x) => x !== host),
      })),
    },
    openOptions: vi.fn(),
    close: vi.fn(),
  } satisfies PopupEnv;
  return { env: env as PopupEnv & typeof env, settings, sent, tabs };
}

/** Renders the popup with an environment and a store opened on a view. */
export function renderPopup(env: PopupEnv, initial: Partial<PopupState> = {}) {
  const store = createPopupStore(initial);
  return { store, ...render(<App env={env} store={store} />) };
}

let serial = 0;

/** A saved claim, Microsoft's 2025 capex in dollars unless overridden. */
export function claim(over: Partial<Claim> = {}): Claim {
  serial++;
  return {
    id: `claim-${serial}`,
    kind: 'money',
    value: 80e9,
    valueMax: null,
    currency: 'USD',
    unit: null,
    qualifier: 'approximately',
    companyId: 'microsoft',
    companyName: 'Microsoft',
    metric: 'capex',
    period: '2025',
    quote: 'près de 80 milliards de dollars',
    prefix: '',
    suffix: '',
    position: serial * 10,
    url: 'https://www.lemonde.fr/article',
    canonicalUrl: 'https://www.lemonde.fr/article',
    title: 'La course aux centres de données',
    site: 'www.lemonde.fr',
    publishedAt: '2025-01-28T08:00:00+01:00',
    savedAt: Date.UTC(2025, 0, 28) + serial,
    note: '',
    tags: [],
    ...over,
  };
}

/** The demo library: three companies' 2025 capex, a revenue claim, and an older Meta claim. */
export function demoLibrary(): Claim[] {
  return [
    claim({ id: 'ms' }),
    claim({
      id: 'meta',
      companyId: 'meta',
      companyName: 'Meta',
      value: 62e9,
      currency: 'EUR',
      qualifier: null,
      quote: '62 Md€',
      site: 'www.lesechos.fr',
      url: 'https://www.lesechos.fr/meta',
      canonicalUrl: 'https://www.lesechos.fr/meta',
      publishedAt: '2025-02-11T07:30:00+01:00',
    }),
    claim({
      id: 'meta-old',
      companyId: 'meta',
      companyName: 'Meta',
      value: 60e9,
      valueMax: 65e9,
      qualifier: null,
      quote: 'entre 60 et 65 milliards de dollars',
      publishedAt: '2025-01-30T07:30:00+01:00',
    }),
    claim({
      id: 'amzn',
      companyId: 'amazon',
      companyName: 'Amazon',
      value: 70e9,
      qualifier: 'more-than',
      quote: 'plus de 70 milliards de dollars',
    }),
    claim({
      id: 'rev',
      companyId: 'amazon',
      companyName: 'Amazon',
      metric: 'revenue',
      value: 638e9,
      qualifier: null,
      quote: '638 milliards de dollars',
    }),
  ];
}

/** Figures as the content script lists them. */
export function figure(over: Partial<PageFigure>): PageFigure {
  return {
    id: 0,
    text: '62 Md€',
    kind: 'money',
    value: 62e9,
    valueMax: null,
    currency: 'EUR',
    unit: null,
    company: 'Meta',
    metric: 'capex',
    period: '2025',
    ...over,
  };
}
