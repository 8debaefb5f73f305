import { useEffect, useState } from 'react';
import { BASE_CURRENCIES, type BaseCurrency, type Settings, settingsItem } from '@/lib/settings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch((next) => setSettings(next));
  }, []);
  if (!settings) return <main className="options">Loading…</main>;

  const update = (patch: Partial<Settings>) =>
    void settingsItem.setValue({ ...settings, ...patch });
  return (
    <main className="options">
      <h1>Tally settings</h1>
      <label>
        Base currency{' '}
        <select
          value={settings.baseCurrency}
          onChange={(e) => update({ baseCurrency: e.target.value as BaseCurrency })}
        >
          {BASE_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => update({ paused: e.target.checked })}
        />{' '}
        Pause Tally on every site
      </label>
    </main>
  );
}
