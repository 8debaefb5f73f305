import { useId, useState } from 'react';
import { type Attribution, METRICS, type Metric } from '@/lib/attribute/types';
import type { Conversion } from '@/lib/compare/rates';
import type { Mention } from '@/lib/extract/types';
import { describeValue, type UiLang, valueInFull, valueInWords } from '@/lib/format/figure';
import { t } from './i18n';

/** One of the reader's saved figures, as the card compares it. */
export interface ComparableClaim {
  id: string;
  companyName: string | null;
  /** Its value, money converted to the reader's base currency; null if vague. */
  value: number | null;
  kind: Mention['kind'];
  /** The base currency for money, else null. */
  currency: string | null;
  unit: string | null;
  period: string | null;
  site: string;
}

/** What the reader may correct before saving. */
export interface ClaimEdits {
  companyId: string | null;
  companyName: string | null;
  metric: Metric;
  period: string | null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export interface HoverCardProps {
  mention: Mention;
  attribution: Attribution | null;
  /** Ticker of the attributed company, when Tally knows one. */
  ticker: string | null;
  uiLang: UiLang;
  /** The amount in the reader's base currency at the article's month, for money in another currency. */
  conversion: (Conversion & { to: string }) | null;
  comparisons: ComparableClaim[];
  /** Companies the reader can pick from when correcting (those found on the page first). */
  companyChoices: { id: string; name: string }[];
  saveState: SaveState;
  onSave: (edits: ClaimEdits) => void;
  onClose: () => void;
}

/** The card shown when the reader hovers or focuses a figure: what it means, whose it is, save it. */
export function HoverCard(props: HoverCardProps) {
  const { mention: m, attribution: a, uiLang: lang, conversion } = props;
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [edits, setEdits] = useState<ClaimEdits>({
    companyId: a?.companyId ?? null,
    companyName: a?.company ?? null,
    metric: a?.metric ?? 'other',
    period: a?.period ?? null,
  });
  const words = describeValue(m, lang);
  const full = m.value !== null && m.valueMax === null ? valueInFull(m.value, m, lang) : null;
  const fmt = (n: number, digits = 4) =>
    new Intl.NumberFormat(lang, { maximumSignificantDigits: digits }).format(n);

  return (
    <div className="card" role="dialog" aria-labelledby={titleId} data-testid="tally-card">
      <header>
        <q id={titleId} className="quote">
          {m.text}
        </q>
        <button
          type="button"
          className="close"
          aria-label={t(lang, 'close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </header>

      <dl>
        <dt>{t(lang, 'value')}</dt>
        <dd data-testid="card-value">
          {m.qualifier && m.qualifier !== 'vague' && (
            <span className="qualifier">{t(lang, m.qualifier)} </span>
          )}
          {words ?? t(lang, 'vague')}
          {full && full !== words && <div className="exact">{full}</div>}
        </dd>

        {conversion && (
          <>
            <dt>{t(lang, 'inBase', { currency: conversion.to })}</dt>
            <dd data-testid="card-conversion">
              ≈{' '}
              {valueInWords(
                conversion.value,
                { kind: 'money', currency: conversion.to, unit: null },
                lang,
              )}
              {m.valueMax !== null && (
                <>
                  {' '}
                  –{' '}
                  {valueInWords(
                    m.valueMax * conversion.rate,
                    { kind: 'money', currency: conversion.to, unit: null },
                    lang,
                  )}
                </>
              )}
              <div className="note">
                {t(lang, 'rateNote', {
                  rate: `1 ${m.currency} = ${fmt(conversion.rate)} ${conversion.to}`,
                  month: conversion.month,
                })}
                {conversion.nearest && (
                  <> · {t(lang, 'rateNearest', { month: conversion.month })}</>
                )}
              </div>
            </dd>
          </>
        )}

        <dt>{t(lang, 'company')}</dt>
        <dd data-testid="card-company">
          {a?.company ? (
            <>
              {a.company}
              {props.ticker && <span className="ticker"> ({props.ticker})</span>}
              {a.owners.length > 1 && <span className="owners"> · {a.owners.join(', ')}</span>}
            </>
          ) : (
            <span className="muted">{t(lang, 'none')}</span>
          )}
          {a && <Why rule={a.companyRule} lang={lang} />}
        </dd>

        <dt>{t(lang, 'metric')}</dt>
        <dd data-testid="card-metric">
          {a?.metric ?? 'other'}
          {a && <Why rule={a.metricRule} lang={lang} />}
        </dd>

        <dt>{t(lang, 'period')}</dt>
        <dd data-testid="card-period">
          {a?.period ?? <span className="muted">{t(lang, 'none')}</span>}
          {a?.period && <Why rule={a.periodRule} lang={lang} />}
        </dd>
      </dl>

      {props.comparisons.length > 0 && (
        <Comparison claims={props.comparisons} lang={lang} metric={a?.metric ?? 'other'} />
      )}

      <footer>
        <button
          type="button"
          className="link"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {t(lang, 'edit')}
        </button>
        {editing && (
          <fieldset className="edits">
            <label>
              {t(lang, 'company')}
              <select
                value={edits.companyId ?? ''}
                onChange={(e) => {
                  const choice = props.companyChoices.find((c) => c.id === e.target.value);
                  setEdits({
                    ...edits,
                    companyId: choice?.id ?? null,
                    companyName: choice?.name ?? null,
                  });
                }}
              >
                <option value="">{t(lang, 'unknownCompany')}</option>
                {props.companyChoices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(lang, 'metric')}
              <select
                value={edits.metric}
                onChange={(e) => setEdits({ ...edits, metric: e.target.value as Metric })}
              >
                {METRICS.map((metric) => (
                  <option key={metric} value={metric}>
                    {metric}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(lang, 'period')}
              <input
                value={edits.period ?? ''}
                placeholder="2025, 2025-Q2, FY2025"
                onChange={(e) => setEdits({ ...edits, period: e.target.value.trim() || null })}
              />
            </label>
          </fieldset>
        )}
        <button
          type="button"
          className="save"
          disabled={props.saveState.kind === 'saving' || props.saveState.kind === 'saved'}
          onClick={() => props.onSave(edits)}
        >
          {props.saveState.kind === 'saving'
            ? t(lang, 'saving')
            : props.saveState.kind === 'saved'
              ? t(lang, 'saved')
              : t(lang, 'save')}
        </button>
        {props.saveState.kind === 'error' && (
          <p role="alert" className="error">
            {props.saveState.message}
          </p>
        )}
      </footer>
    </div>
  );
}

function Why({ rule, lang }: { rule: string; lang: UiLang }) {
  return (
    <span className="why" title={rule}>
      {' '}
      · {t(lang, 'why')}: {rule}
    </span>
  );
}

function Comparison(props: { claims: ComparableClaim[]; lang: UiLang; metric: string }) {
  const max = Math.max(...props.claims.map((c) => c.value ?? 0), 1);
  return (
    <section className="compare" aria-label={t(props.lang, 'compare', { metric: props.metric })}>
      <h3>{t(props.lang, 'compare', { metric: props.metric })}</h3>
      <ul>
        {props.claims.map((c) => (
          <li key={c.id}>
            <span className="who">{c.companyName ?? '—'}</span>
            <span
              className="bar"
              style={{ width: `${Math.round(((c.value ?? 0) / max) * 100)}%` }}
            />
            <span className="amount">
              {c.value === null ? '?' : valueInWords(c.value, c, props.lang)}
            </span>
            <span className="src">
              {c.period ?? ''} {c.site}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
