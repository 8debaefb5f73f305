import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveClaim } from '@/lib/db/claims';
import { setUiLocale } from '../../support/ui-locale';
import { claim, fakeEnv, figure, memorySettings, renderPopup } from './helpers';

const status = () => screen.getByTestId('page-status');

describe('This page', () => {
  it('counts the figures by kind, lists them, and scrolls to one on click', async () => {
    const { env, sent } = fakeEnv({
      tabs: {
        figures: {
          url: 'https://www.lemonde.fr/article',
          figures: [
            figure({ id: 1, text: '62 Md€' }),
            figure({ id: 2, text: '66 %', kind: 'percent', company: null }),
            figure({ id: 3, text: '$80 billion', company: 'Microsoft' }),
          ],
          companies: ['Meta', 'Microsoft'],
          orphanedClaims: [],
        },
      },
    });
    renderPopup(env);
    await waitFor(() => expect(status().textContent).toBe('Tally is reading this page.'));
    expect(screen.getByRole('heading', { name: '3 figures on this page' })).toBeTruthy();
    expect(screen.getByTestId('figure-counts').textContent).toBe('2 money1 percentages');
    const list = screen.getByRole('list', { name: 'Figures, in page order' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      '62 Md€Meta · capex · 2025',
      '66 %capex · 2025',
      '$80 billionMicrosoft · capex · 2025',
    ]);
    fireEvent.click(buttons[2] as HTMLElement);
    await waitFor(() => expect(sent).toContainEqual({ type: 'scroll-to-figure', id: 3 }));
  });

  it('lists saved claims the page could not find again as orphaned', async () => {
    const { env } = fakeEnv({
      tabs: {
        figures: {
          url: 'https://www.lemonde.fr/article',
          figures: [],
          companies: [],
          orphanedClaims: ['lost'],
        },
      },
    });
    await saveClaim(env.db, claim({ id: 'lost', quote: '12 milliards' }));
    renderPopup(env);
    const orphans = await screen.findByTestId('orphans');
    expect(orphans.textContent).toContain('1 saved claim could not be found on this page again');
    await waitFor(() => expect(orphans.textContent).toContain('12 milliards'));
  });

  it('says so when the content script does not answer', async () => {
    const { env } = fakeEnv({ tabs: { figures: undefined } });
    renderPopup(env);
    expect(await screen.findByText(/has not listed its figures yet/)).toBeTruthy();
  });

  it('is not running on a page that is not a web page, and offers no site switch', async () => {
    const { env } = fakeEnv({
      tabs: { tab: { id: 2, url: 'chrome-extension://x/options.html' }, status: null },
    });
    renderPopup(env);
    await waitFor(() => expect(status().textContent).toBe('Tally is not running on this page.'));
    expect(screen.queryByRole('checkbox', { name: /Run on/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Enable Tally/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Pause Tally on every site' })).toBeTruthy();
  });

  it('turns Tally off and on for a news site, and pauses it everywhere', async () => {
    const settings = memorySettings();
    const { env } = fakeEnv({ settings });
    renderPopup(env);
    const site = await screen.findByRole('checkbox', { name: 'Run on www.lemonde.fr' });
    expect((site as HTMLInputElement).checked).toBe(true);
    fireEvent.click(site);
    await waitFor(() => expect(settings.current().disabledSites).toEqual(['www.lemonde.fr']));
    expect(await screen.findByText('Tally is turned off on www.lemonde.fr.')).toBeTruthy();
    fireEvent.click(site);
    await waitFor(() => expect(settings.current().disabledSites).toEqual([]));

    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause Tally on every site' }));
    await waitFor(() => expect(settings.current().paused).toBe(true));
    expect(await screen.findByText('Tally is paused on every site.')).toBeTruthy();
  });

  it('follows a change made in the settings page without a reload', async () => {
    const settings = memorySettings();
    const { env } = fakeEnv({ settings });
    renderPopup(env);
    const pause = await screen.findByRole('checkbox', { name: 'Pause Tally on every site' });
    expect((pause as HTMLInputElement).checked).toBe(false);
    settings.change({ paused: true });
    await waitFor(() => expect((pause as HTMLInputElement).checked).toBe(true));
  });

  it('enables a site outside the news list: asks, registers, remembers', async () => {
    const settings = memorySettings();
    const { env } = fakeEnv({
      settings,
      tabs: { tab: { id: 4, url: 'https://blog.example.com/post' }, status: null },
    });
    renderPopup(env);
    const enable = await screen.findByRole('button', { name: 'Enable Tally on blog.example.com' });
    fireEvent.click(enable);
    await waitFor(() => expect(settings.current().enabledSites).toEqual(['blog.example.com']));
    expect(env.sites.request).toHaveBeenCalledWith('blog.example.com');
    expect(env.sites.enable).toHaveBeenCalledWith('blog.example.com', expect.anything(), 4);
    // Now the site has its switch and a way to give the access back.
    const revoke = await screen.findByRole('button', {
      name: 'Remove access to blog.example.com',
    });
    fireEvent.click(revoke);
    await waitFor(() => expect(settings.current().enabledSites).toEqual([]));
  });

  it('says when the reader refuses the permission, and changes nothing', async () => {
    const settings = memorySettings();
    const { env } = fakeEnv({
      settings,
      grant: false,
      tabs: { tab: { id: 4, url: 'https://blog.example.com/post' }, status: null },
    });
    renderPopup(env);
    fireEvent.click(await screen.findByRole('button', { name: /Enable Tally/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Access to blog.example.com was not granted.',
    );
    expect(env.sites.enable).not.toHaveBeenCalled();
    expect(settings.current().enabledSites).toEqual([]);
  });

  it('speaks French', async () => {
    setUiLocale('fr');
    const { env } = fakeEnv({
      tabs: {
        figures: { url: '', figures: [figure({ id: 1 })], companies: [], orphanedClaims: [] },
      },
    });
    renderPopup(env);
    await waitFor(() => expect(status().textContent).toBe('Tally lit cette page.'));
    expect(screen.getByRole('tab', { name: 'Cette page' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '1 chiffre sur cette page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Réglages' })).toBeTruthy();
  });
});

describe('tabs', () => {
  it('moves between views with the arrow keys, Home and End, one tab in the Tab order', async () => {
    const { env } = fakeEnv();
    const { store } = renderPopup(env);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'This page',
      'Compare',
      'Claims',
      'Disagreements',
    ]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowRight' });
    expect(store.getState().view).toBe('compare');
    expect(document.activeElement).toBe(tabs[1]);
    fireEvent.keyDown(tabs[1] as HTMLElement, { key: 'End' });
    expect(store.getState().view).toBe('disagreements');
    fireEvent.keyDown(tabs[3] as HTMLElement, { key: 'ArrowRight' });
    expect(store.getState().view).toBe('page');
    fireEvent.keyDown(tabs[0] as HTMLElement, { key: 'ArrowLeft' });
    expect(store.getState().view).toBe('disagreements');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(
      'popup-tab-disagreements',
    );
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
  });
});
