import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps, saveErrorMessage } from '@/components/HoverCard';
import { setUiLocale } from '../support/ui-locale';

const plain = (s: string | null | undefined) => s?.replace(/[\u00a0\u202f]/g, ' ');

function props(over: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    mention: {
      text: 'près de 80 milliards de dollars',
      start: 0,
      end: 31,
      kind: 'money',
      value: 80e9,
      valueMax: null,
      currency: 'USD',
      unit: null,
      qualifier: 'approximately',
      rule: 'number+scale+currency',
    },
    attribution: {
      company: 'Microsoft',
      companyId: 'microsoft',
      owners: ['Microsoft'],
      companyRule: 'appositive',
      metric: 'capex',
      metricRule: 'verb "dépenser"',
      period: '2025',
      periodRule: '"cette année" at publication',
    },
    ticker: 'MSFT',
    conversion: { value: 77e9, rate: 0.9625, month: '2025-01', nearest: false, to: 'EUR' },
    comparisons: [],
    companyChoices: [
      { id: 'microsoft', name: 'Microsoft' },
      { id: 'meta', name: 'Meta' },
    ],
    saveState: { kind: 'idle' },
    onSave: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
}

describe('HoverCard', () => {
  // A French browser: French words, and French numbers.
  beforeEach(() => setUiLocale('fr'));

  it('says what the figure is, whose, what it measures and when, with reasons', () => {
    render(<HoverCard {...props()} />);
    expect(plain(screen.getByTestId('card-value').textContent)).toContain(
      'environ 80 milliards de dollars',
    );
    expect(plain(screen.getByTestId('card-value').textContent)).toContain('80 000 000 000 $US');
    expect(plain(screen.getByTestId('card-conversion').textContent)).toContain(
      '≈ 77 milliards d’euros',
    );
    expect(screen.getByTestId('card-conversion').textContent).toContain('2025-01');
    expect(screen.getByTestId('card-company').textContent).toContain('Microsoft (MSFT)');
    expect(screen.getByTestId('card-company').textContent).toContain('appositive');
    expect(screen.getByTestId('card-metric').textContent).toContain('capex');
    expect(screen.getByTestId('card-period').textContent).toContain('2025');
  });

  it('speaks English when the browser is English', () => {
    setUiLocale('en');
    render(<HoverCard {...props()} />);
    expect(screen.getByTestId('card-value').textContent).toContain(
      'approximately 80 billion US dollars',
    );
    expect(plain(screen.getByTestId('card-conversion').textContent)).toContain(
      '≈ 77 billion euros',
    );
    expect(screen.getByRole('button', { name: 'Save claim' })).toBeTruthy();
    expect(screen.getByText('Company')).toBeTruthy();
  });

  it.each([
    ['fr', '62 milliards d’euros', 'Valeur'],
    ['en', '62 billion euros', 'Value'],
  ] as const)(
    'writes an amount in words in the browser’s language (%s)',
    (locale, words, label) => {
      setUiLocale(locale);
      const mention = { ...props().mention, text: '62 Md€', value: 62e9, currency: 'EUR' };
      render(<HoverCard {...props({ mention, conversion: null })} />);
      expect(plain(screen.getByTestId('card-value').textContent)).toContain(words);
      expect(screen.getByText(label)).toBeTruthy();
    },
  );

  it.each([
    ['fr', 'storage-full', 'n’a plus de place'],
    ['en', 'storage-full', 'no storage left'],
    ['fr', 'failed', 'n’a pas pu enregistrer ce chiffre'],
    ['en', 'refused', 'could not save this figure'],
  ] as const)('tells a failed save in the reader’s language (%s, %s)', (locale, reason, text) => {
    setUiLocale(locale);
    const message = saveErrorMessage({ error: 'Tally: save-claim failed (boom)', reason });
    render(<HoverCard {...props({ saveState: { kind: 'error', message } })} />);
    expect(screen.getByRole('alert').textContent).toContain(text);
  });

  it('saves with the reader’s corrections', () => {
    const onSave = vi.fn();
    render(<HoverCard {...props({ onSave })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Corriger avant d’enregistrer' }));
    fireEvent.change(screen.getByLabelText('Entreprise'), { target: { value: 'meta' } });
    fireEvent.change(screen.getByLabelText('Mesure'), { target: { value: 'investment' } });
    fireEvent.change(screen.getByLabelText('Période'), { target: { value: 'FY2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(onSave).toHaveBeenCalledWith({
      companyId: 'meta',
      companyName: 'Meta',
      metric: 'investment',
      period: 'FY2025',
    });
  });

  it('shows a failed save as an alert and closes on its button', () => {
    const onClose = vi.fn();
    render(
      <HoverCard {...props({ onClose, saveState: { kind: 'error', message: 'Disque plein' } })} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Disque plein');
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('compares with the reader’s other saved figures for the same metric', () => {
    const comparisons = [
      {
        id: 'a',
        companyName: 'Meta',
        value: 60e9,
        kind: 'money' as const,
        currency: 'EUR',
        unit: null,
        period: '2025',
        site: 'lemonde.fr',
      },
      {
        id: 'b',
        companyName: 'Amazon',
        value: 96e9,
        kind: 'money' as const,
        currency: 'EUR',
        unit: null,
        period: '2025',
        site: 'ft.com',
      },
    ];
    render(<HoverCard {...props({ comparisons })} />);
    const items = screen.getAllByRole('listitem').map((li) => plain(li.textContent));
    expect(items[0]).toContain('Meta');
    expect(items[0]).toContain('60 milliards d’euros');
    expect(items[1]).toContain('96 milliards d’euros');
  });

  it('says a vague amount is vague', () => {
    const mention = {
      ...props().mention,
      text: 'des centaines de milliards',
      value: null,
      qualifier: 'vague' as const,
    };
    render(<HoverCard {...props({ mention, conversion: null })} />);
    expect(screen.getByTestId('card-value').textContent).toContain('montant vague');
  });
});
