import { storage } from 'wxt/utils/storage';

export const BASE_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CAD'] as const;
export type BaseCurrency = (typeof BASE_CURRENCIES)[number];

export interface Settings {
  /** The currency every figure is converted into on the hover card and in Compare. */
  baseCurrency: BaseCurrency;
  /** Stops Tally on every page until switched back on. */
  paused: boolean;
}

export const DEFAULT_SETTINGS: Settings = { baseCurrency: 'EUR', paused: false };

/** The reader's settings, in extension storage so every part of Tally sees the same values. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
});
