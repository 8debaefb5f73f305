import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { claimById, saveClaims } from '@/lib/db/claims';
import { claim, demoLibrary, fakeEnv, plain, renderPopup } from './helpers';

const shown = () => screen.queryAllByTestId('claim-row').map((r) => r.getAttribute('data-id'));

describe('Claims', () => {
  it('lists the library newest first, with amounts converted to the base currency', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toEqual(['rev', 'amzn', 'meta-old', 'meta', 'ms']));
    const ms = screen.getAllByTestId('claim-row')[4] as HTMLElement;
    expect(plain(ms.textContent)).toContain('près de 80 milliards de dollars (≈ €77.2B)');
    expect(ms.textContent).toContain('Microsoft · capex · 2025');
  });

  it('searches and filters by company, metric and site', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
      target: { value: 'MILLIARDS dollars' },
    });
    await waitFor(() => expect(shown()).toEqual(['rev', 'amzn', 'meta-old', 'ms']));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Company' }), {
      target: { value: 'Amazon' },
    });
    await waitFor(() => expect(shown()).toEqual(['rev', 'amzn']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Metric' }), {
      target: { value: 'capex' },
    });
    await waitFor(() => expect(shown()).toEqual(['amzn']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Company' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Site' }), {
      target: { value: 'www.lesechos.fr' },
    });
    await waitFor(() => expect(shown()).toEqual(['meta']));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'nothing like this' } });
    expect(await screen.findByText('No claim matches.')).toBeTruthy();
  });

  it('pages through a long library', async () => {
    const { env } = fakeEnv();
    await saveClaims(
      env.db,
      Array.from({ length: 60 }, (_, i) => claim({ id: `c${i}` })),
    );
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(shown()).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('edits company, metric, period and note', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Edit: près de 80 milliards de dollars' }));
    const form = screen.getByRole('form', { name: 'Edit claim' });
    // The library's companies are offered as suggestions once read.
    await waitFor(() =>
      expect(
        [...form.querySelectorAll('datalist option')].map((o) => o.getAttribute('value')),
      ).toEqual(['Amazon', 'Meta', 'Microsoft']),
    );
    const field = (name: string) =>
      within(form).getByRole(name === 'Metric' || name === 'Company' ? 'combobox' : 'textbox', {
        name,
      });
    fireEvent.change(field('Company'), { target: { value: 'meta' } });
    fireEvent.change(field('Metric'), { target: { value: 'investment' } });
    fireEvent.change(field('Period'), { target: { value: 'last year' } });
    expect(within(form).getByText(/Write a period as 2025/)).toBeTruthy();
    expect((within(form).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.change(field('Period'), { target: { value: '2026' } });
    fireEvent.change(field('Note'), { target: { value: '  from the call  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await claimById(env.db, 'ms')).toMatchObject({
        // A name the library knows takes that company's id and spelling.
        companyId: 'meta',
        companyName: 'Meta',
        metric: 'investment',
        period: '2026',
        note: 'from the call',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
  });

  it('deletes a claim and brings it back with undo', async () => {
    const { env } = fakeEnv();
    const library = demoLibrary();
    await saveClaims(env.db, library);
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Delete: 62 Md€' }));
    await waitFor(() => expect(shown()).not.toContain('meta'));
    expect(await claimById(env.db, 'meta')).toBeUndefined();
    const undo = within(screen.getByRole('status')).getByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Claim deleted.');
    fireEvent.click(undo);
    await waitFor(() => expect(shown()).toContain('meta'));
    expect(await claimById(env.db, 'meta')).toEqual(library[1]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tells the reader clearly when the disk is full, and keeps the claim', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    const spy = vi
      .spyOn(env.db.sheets, 'put')
      .mockRejectedValueOnce(
        new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')),
      );
    fireEvent.click(screen.getByRole('button', { name: 'Edit: 62 Md€' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'the browser has no storage left',
    );
    spy.mockRestore();
    expect((await claimById(env.db, 'meta'))?.note).toBe('');
    // The form stays open with the reader's text, to try again.
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('x');
  });

  it('opens the source in a new tab with the claim’s fragment', async () => {
    const { env } = fakeEnv({ tabs: { tab: { id: 9, url: 'https://elsewhere.example/' } } });
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    fireEvent.click(screen.getAllByRole('button', { name: /Open the source/ })[3] as HTMLElement);
    await waitFor(() =>
      expect(env.tabs.open).toHaveBeenCalledWith('https://www.lesechos.fr/meta#tally-claim=meta'),
    );
    expect(env.close).toHaveBeenCalled();
  });

  it('scrolls to the claim when the popup is over its page already', async () => {
    const { env, sent } = fakeEnv({
      tabs: { tab: { id: 9, url: 'https://www.lemonde.fr/article#top' } },
    });
    await saveClaims(env.db, demoLibrary());
    renderPopup(env, { view: 'claims' });
    await waitFor(() => expect(shown()).toHaveLength(5));
    fireEvent.click(screen.getAllByRole('button', { name: /Open the source/ })[4] as HTMLElement);
    await waitFor(() => expect(sent).toContainEqual({ type: 'scroll-to-claim', claimId: 'ms' }));
    expect(env.tabs.open).not.toHaveBeenCalled();
    expect(env.close).toHaveBeenCalled();
  });
});
