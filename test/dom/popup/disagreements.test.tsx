import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveClaim, saveClaims } from '@/lib/db/claims';
import { claim, fakeEnv, renderPopup } from './helpers';

const source = (n: number) => ({
  url: `https://site${n}.example/a`,
  canonicalUrl: `https://site${n}.example/a`,
  site: `site${n}.example`,
});

describe('Disagreements', () => {
  it('flags a currency slip and a real gap, and leaves agreeing sources alone', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, [
      // 62 Md€ and $65 billion: agree.
      claim({
        id: 'meta-eur',
        companyId: 'meta',
        companyName: 'Meta',
        value: 62e9,
        currency: 'EUR',
        qualifier: null,
        ...source(1),
      }),
      claim({
        id: 'meta-usd',
        companyId: 'meta',
        companyName: 'Meta',
        value: 65e9,
        qualifier: null,
        ...source(2),
      }),
      // 500 milliards d'euros and $500 billion: a likely slip.
      claim({
        id: 'sg-eur',
        companyId: 'stargate',
        companyName: 'Stargate',
        value: 500e9,
        currency: 'EUR',
        qualifier: null,
        quote: '500 milliards d’euros',
        ...source(3),
      }),
      claim({
        id: 'sg-usd',
        companyId: 'stargate',
        companyName: 'Stargate',
        value: 500e9,
        qualifier: null,
        quote: '$500 billion',
        ...source(4),
      }),
      // $80 billion and $50 billion: differ.
      claim({ id: 'ms-80', qualifier: null, ...source(5) }),
      claim({ id: 'ms-50', value: 50e9, qualifier: null, quote: '$50 billion', ...source(6) }),
    ]);
    renderPopup(env, { view: 'disagreements' });
    await waitFor(() => expect(screen.getAllByTestId('disagreement')).toHaveLength(2));
    const [slip, gap] = screen.getAllByTestId('disagreement') as [HTMLElement, HTMLElement];
    expect(within(slip).getByRole('heading').textContent).toBe('Stargate · capex · 2025');
    expect(slip.textContent).toContain('Likely currency slip');
    expect(slip.textContent).toContain('500 milliards d’euros');
    expect(slip.textContent).toContain('$500 billion');
    expect(within(gap).getByRole('heading').textContent).toBe('Microsoft · capex · 2025');
    expect(gap.textContent).toMatch(/\d+% apart/);
    expect(screen.queryByText(/Meta · capex/)).toBeNull();
  });

  it('looks at one metric at a time, capex first, or at all of them', async () => {
    const { env } = fakeEnv();
    await saveClaims(env.db, [
      claim({ id: 'r1', metric: 'revenue', value: 10e9, qualifier: null, ...source(1) }),
      claim({ id: 'r2', metric: 'revenue', value: 20e9, qualifier: null, ...source(2) }),
      claim({ id: 'c1', qualifier: null, ...source(3) }),
    ]);
    renderPopup(env, { view: 'disagreements' });
    const picker = (await screen.findByTestId('disagreements-metric')) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe('capex'));
    expect(
      await screen.findByText('No two sources disagree among your saved claims.'),
    ).toBeTruthy();
    fireEvent.change(picker, { target: { value: 'revenue' } });
    await waitFor(() => expect(screen.getAllByTestId('disagreement')).toHaveLength(1));
    fireEvent.change(picker, { target: { value: '*' } });
    await waitFor(() => expect(screen.getAllByTestId('disagreement')).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Microsoft · revenue · 2025',
    );
  });

  it('says when no sources disagree', async () => {
    const { env } = fakeEnv();
    await saveClaim(env.db, claim({}));
    renderPopup(env, { view: 'disagreements' });
    expect(
      await screen.findByText('No two sources disagree among your saved claims.'),
    ).toBeTruthy();
  });
});
