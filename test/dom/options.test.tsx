import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isUsableShortcut, shortcutOf } from '@/components/KeyField';
import { uiLang } from '@/components/ui-lang';
import { allClaims, countClaims, deleteClaims, saveClaims } from '@/lib/db/claims';
import type { Settings } from '@/lib/settings';
import { OptionsApp, type OptionsEnv } from '../../entrypoints/options/OptionsApp';
import { setUiLocale } from '../support/ui-locale';
import { demoLibrary, freshDb, memorySettings } from './popup/helpers';

/** The settings page in the fake browser's language (English unless a test set another). */
function setup(initial: Partial<Settings> = {}) {
  const settings = memorySettings(initial);
  const downloads: { filename: string; text: string; type: string }[] = [];
  const env: OptionsEnv = {
    lang: uiLang(),
    db: freshDb(),
    settings,
    revokeSite: vi.fn(async (host: string, s: Settings) => ({
      ...s,
      enabledSites: s.enabledSites.filter((x) => x !== host),
    })),
    download: (filename, text, type) => downloads.push({ filename, text, type }),
    now: () => new Date('2025-03-01T12:00:00Z'),
  };
  render(<OptionsApp env={env} />);
  return { env, settings, downloads };
}

const fileOf = (text: string) => new File([text], 'library.json', { type: 'application/json' });

describe('Options page', () => {
  it('starts with the base currency and stores the reader’s choice', async () => {
    const { settings } = setup();
    await screen.findByRole('heading', { name: 'Tally settings' });
    const select = document.querySelector('select') as HTMLSelectElement;
    expect(document.querySelector('label')?.textContent).toContain('Base currency');
    expect(select.value).toBe('EUR');
    fireEvent.change(select, { target: { value: 'USD' } });
    await waitFor(() => expect(settings.current().baseCurrency).toBe('USD'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pause Tally on every site' }));
    await waitFor(() => expect(settings.current().paused).toBe(true));
  });

  it('keeps at least one language', async () => {
    const { settings } = setup({ languages: ['fr', 'de'] });
    const languages = await screen.findByRole('group', { name: 'Languages Tally reads' });
    const german = within(languages).getByRole('checkbox', { name: 'German' });
    fireEvent.click(german);
    await waitFor(() => expect(settings.current().languages).toEqual(['fr']));
    expect(
      (within(languages).getByRole('checkbox', { name: 'French' }) as HTMLInputElement).disabled,
    ).toBe(true);
    fireEvent.click(within(languages).getByRole('checkbox', { name: 'English' }));
    await waitFor(() => expect(settings.current().languages).toEqual(['fr', 'en']));
  });

  it('switches highlight categories and their colours', async () => {
    const { settings } = setup();
    const group = await screen.findByRole('group', { name: 'What Tally highlights' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Company names' }));
    await waitFor(() => expect(settings.current().highlight.company).toBe(false));
    const colour = group.querySelectorAll('input[type="color"]')[0] as HTMLInputElement;
    fireEvent.change(colour, { target: { value: '#ff0000' } });
    await waitFor(() => expect(settings.current().colours.money).toBe('#ff0000'));
  });

  it('records keyboard shortcuts, refuses unusable ones, and lets Tab through', async () => {
    const { settings } = setup();
    const next = (await screen.findByRole('textbox', { name: 'Next figure' })) as HTMLInputElement;
    fireEvent.keyDown(next, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    await waitFor(() => expect(settings.current().keys.next).toBe('Alt+Shift+J'));
    fireEvent.keyDown(next, { key: 'j', code: 'KeyJ' });
    expect(screen.getByRole('alert').textContent).toBe('Use Alt, Ctrl or ⌘ with another key.');
    fireEvent.keyDown(next, { key: 'ArrowUp', code: 'ArrowUp', altKey: true, shiftKey: true });
    expect(screen.getByRole('alert').textContent).toBe('The two shortcuts must differ.');
    expect(settings.current().keys.next).toBe('Alt+Shift+J');
    fireEvent.keyDown(next, { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(settings.current().keys.next).toBe('Alt+Shift+ArrowDown'));
    // Tab is not swallowed: the event is left to the browser to move focus.
    expect(fireEvent.keyDown(next, { key: 'Tab', code: 'Tab' })).toBe(true);
  });

  it('reads shortcuts from the physical key, and wants a modifier', () => {
    const press = (over: object) => ({
      key: 'x',
      code: 'KeyX',
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      ...over,
    });
    expect(shortcutOf(press({ key: '≈', altKey: true }))).toBe('Alt+X');
    expect(shortcutOf(press({ key: 'Shift', code: 'ShiftLeft', shiftKey: true }))).toBeNull();
    expect(shortcutOf(press({ key: ' ', code: 'Space', ctrlKey: true }))).toBe('Ctrl+Space');
    expect(isUsableShortcut('Alt+Shift+ArrowDown')).toBe(true);
    expect(isUsableShortcut('Shift+J')).toBe(false);
    expect(isUsableShortcut('J')).toBe(false);
  });

  it('lists the sites the reader turned on and off, and undoes either', async () => {
    const { env, settings } = setup({
      enabledSites: ['blog.example.com'],
      disabledSites: ['www.lemonde.fr'],
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Remove access to blog.example.com' }),
    );
    await waitFor(() => expect(settings.current().enabledSites).toEqual([]));
    expect(env.revokeSite).toHaveBeenCalledWith('blog.example.com', expect.anything());
    fireEvent.click(screen.getByRole('button', { name: 'Turn back on: www.lemonde.fr' }));
    await waitFor(() => expect(settings.current().disabledSites).toEqual([]));
    expect(screen.getAllByText('None.')).toHaveLength(2);
  });

  it('exports the library as JSON and CSV', async () => {
    const { env, downloads } = setup();
    await saveClaims(env.db, demoLibrary());
    await waitFor(() =>
      expect(screen.getByTestId('library-count').textContent).toBe('5 saved claims.'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[0]?.filename).toBe('tally-claims-2025-03-01.json');
    expect(JSON.parse(downloads[0]?.text ?? '').claims).toHaveLength(5);
    expect(downloads[1]).toMatchObject({
      filename: 'tally-claims-2025-03-01.csv',
      type: 'text/csv',
    });
    expect(downloads[1]?.text.split('\r\n')).toHaveLength(7);
  });

  it('imports a good file, and says how many claims came in', async () => {
    const { env, downloads } = setup();
    await saveClaims(env.db, demoLibrary());
    fireEvent.click(await screen.findByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    await deleteClaims(
      env.db,
      (await allClaims(env.db)).map((c) => c.id),
    );
    fireEvent.change(screen.getByLabelText('Import JSON'), {
      target: { files: [fileOf(downloads[0]?.text ?? '')] },
    });
    await waitFor(() =>
      expect(screen.getByTestId('import-status').textContent).toBe(
        'Imported 5 new claims, replaced 0.',
      ),
    );
    expect(await countClaims(env.db)).toBe(5);
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const { env } = setup();
    const kept = demoLibrary();
    await saveClaims(env.db, kept);
    const bad = JSON.stringify({
      format: 'tally-claims',
      version: 1,
      claims: [{ ...kept[0], id: 'new', currency: 'XYZ' }],
    });
    fireEvent.change(await screen.findByLabelText('Import JSON'), {
      target: { files: [fileOf(bad)] },
    });
    const problems = await screen.findByTestId('import-problems');
    expect(problems.getAttribute('role')).toBe('alert');
    expect(problems.textContent).toContain('Nothing was imported, your library is unchanged:');
    expect(problems.textContent).toContain(
      'Claim 1: "currency" is not a currency code (EUR, USD…).',
    );
    expect(await countClaims(env.db)).toBe(5);
  });

  it('speaks French', async () => {
    setUiLocale('fr');
    setup();
    expect(await screen.findByRole('heading', { name: 'Réglages de Tally' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Langues que Tally lit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exporter en JSON' })).toBeTruthy();
  });
});
