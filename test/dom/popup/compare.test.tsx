import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveClaims } from '@/lib/db/claims';
import { setUiLocale } from '../../support/ui-locale';
import { demoLibrary, fakeEnv, memorySettings, plain, renderPopup } from './helpers';

const rows = () =>
  within(screen.getByTestId('compare-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => plain(row.textContent));

describe('Compare', () => {
  it('shows each company’s latest capex claim in the base currency, biggest first', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    await screen.findByTestId('compare-table');
    expect((screen.getByTestId('compare-metric') as HTMLSelectElement).value).toBe('capex');
    expect((screen.getByTestId('compare-period') as HTMLSelectElement).value).toBe('2025');
    // $80 billion in January 2025 (0.9656 €/$) ≈ €77.2 billion; Meta's latest is 62 Md€.
    expect(rows()).toEqual([
      'Microsoft≈ €77.2Bprès de 80 milliards de dollars · 1 source',
      'Amazon> €67.6Bplus de 70 milliards de dollars · 1 source',
      'Meta€62B62 Md€ · 2 sources',
    ]);
    expect(screen.getByText(/Converted into EUR at each article’s month/)).toBeTruthy();
  });

  it('draws the chart, one labelled bar per company', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    const chart = await screen.findByTestId('compare-chart', {}, { timeout: 5000 });
    expect(chart.getAttribute('aria-label')).toBe(
      'capex, 2025: each company’s latest claim, in EUR',
    );
    await waitFor(() =>
      expect(
        [...chart.querySelectorAll('text.bar-label')].map((t) => plain(t.textContent)),
      ).toEqual(['≈ €77.2B', '> €67.6B', '€62B']),
    );
  });

  it('lists a company’s claims and sources when it is picked, and opens one', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    fireEvent.click(await screen.findByRole('button', { name: 'Meta' }));
    const section = await screen.findByRole('region', { name: 'Meta: claims and sources' });
    const claims = within(section).getAllByTestId('claim-row');
    expect(claims.map((c) => c.getAttribute('data-id'))).toEqual(['meta', 'meta-old']);
    // The older claim is a range in dollars: converted at its own month.
    expect(plain(claims[1]?.textContent)).toContain('€57.9B – €62.8B at 2025-01 rates');
    fireEvent.click(
      within(claims[0] as HTMLElement).getByRole('button', { name: /Open the source/ }),
    );
    await waitFor(() =>
      expect(env.tabs.open).toHaveBeenCalledWith('https://www.lesechos.fr/meta#tally-claim=meta'),
    );
    expect(env.close).toHaveBeenCalled();
  });

  it('follows the base currency chosen in the settings page, live', async () => {
    const settings = memorySettings();
    const { env } = fakeEnv({ settings });
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    await screen.findByTestId('compare-table');
    settings.change({ baseCurrency: 'USD' });
    await waitFor(() =>
      expect(rows()[0]).toBe('Microsoft≈ $80Bprès de 80 milliards de dollars · 1 source'),
    );
    expect(rows()[2]).toMatch(/^Meta\$6[45]\.\dB/);
  });

  it('switches metric and period', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    const metric = (await screen.findByTestId('compare-metric')) as HTMLSelectElement;
    expect([...metric.options].map((o) => o.value)).toEqual(['capex', 'revenue']);
    fireEvent.change(metric, { target: { value: 'revenue' } });
    await waitFor(() => expect(rows()).toEqual(['Amazon€616B638 milliards de dollars · 1 source']));
    const period = screen.getByTestId('compare-period') as HTMLSelectElement;
    expect([...period.options].map((o) => o.textContent)).toEqual([
      '2025',
      'Any period (latest claim)',
    ]);
  });

  it('invites the reader to save claims when the library is empty', async () => {
    const { env } = fakeEnv();
    renderPopup(env, { view: 'compare' });
    expect(await screen.findByText(/No saved claims yet/)).toBeTruthy();
  });

  it('speaks French, with French number formats', async () => {
    setUiLocale('fr');
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'compare' });
    await screen.findByTestId('compare-table');
    expect(rows()[0]).toBe('Microsoft≈ 77,2 Md €près de 80 milliards de dollars · 1 source');
    expect(screen.getByRole('tab', { name: 'Comparer', selected: true })).toBeTruthy();
  });
});
