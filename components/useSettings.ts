import { useCallback, useEffect, useRef, useState } from 'react';
import { loadSettings, type Settings, saveSettings, watchSettings } from '@/lib/settings';

/** Where settings are read, written and watched: extension storage, or a fake in tests. */
export interface SettingsPort {
  get(): Promise<Settings>;
  set(next: Settings): Promise<void>;
  /** Calls back on every change, from any part of Tally; returns the unwatch function. */
  watch(callback: (next: Settings) => void): () => void;
}

/**
 * The reader's settings, kept current: a change made in the settings page (or another popup)
 * shows here without a reload. `update` merges a patch into the latest value.
 */
export function useSettings(port: SettingsPort): {
  settings: Settings | null;
  update: (patch: Partial<Settings> | ((current: Settings) => Settings)) => Promise<Settings>;
} {
  const [settings, setSettings] = useState<Settings | null>(null);
  const latest = useRef<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void port.get().then((value) => {
      if (!live) return;
      latest.current = value;
      setSettings(value);
    });
    const unwatch = port.watch((next) => {
      // Storage may hold an older shape: keep fields the new value lacks.
      const merged = { ...(latest.current ?? next), ...next };
      latest.current = merged;
      setSettings(merged);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [port]);
  const update = useCallback(
    async (patch: Partial<Settings> | ((current: Settings) => Settings)) => {
      const current = latest.current ?? (await port.get());
      const next = typeof patch === 'function' ? patch(current) : { ...current, ...patch };
      latest.current = next;
      setSettings(next);
      await port.set(next);
      return next;
    },
    [port],
  );
  return { settings, update };
}

/** The settings in extension storage, with every field present, following changes live. */
export const storageSettings: SettingsPort = {
  get: loadSettings,
  set: saveSettings,
  watch: watchSettings,
};
