import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { type Attribution, METRICS, type Metric } from '@/lib/attribute/types';
import type { Conversion } from '@/lib/compare/rates';
import type { Mention, Qualifier } from '@/lib/extract/types';
import { describeValue, type UiLang, valueInFull, valueInWords } from '@/lib/format/figure';
import type { ErrorReply } from '@/lib/messaging/protocol';
import { uiLang } from './ui-lang';

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

/** What the card says when the background could not save: in the reader's language. */
export function saveErrorMessage(reply: ErrorReply): string {
  // The background's own text is English, for logs; its reason is what the reader is told.
  return reply.reason === 'storage-full'
    ? i18n.t('common.storageFull')
    : i18n.t('card.saveFailed', { error: reply.error });
}

export interface HoverCardProps {
  mention: Mention;
  attribution: Attribution | null;
  /** Ticker of the attributed company, when Tally knows one. */
  ticker: string | null;
  /** The amount in the reader's base currency at the article's month, for money in another currency. */
  conversion: (Conversion & { to: string }) | null;
  comparisons: ComparableClaim[];
  /** Companies the reader can pick from when correcting (those found on the page first). */
  companyChoices: { id: string; name: string }[];
  saveState: SaveState;
  onSave: (edits: ClaimEdits) => void;
  onClose: () => void;
}

const QUALIFIERS = {
  approximately: () => i18n.t('card.qualifier.approximately'),
  'more-than': () => i18n.t('card.qualifier.moreThan'),
  'less-than': () => i18n.t('card.qualifier.lessThan'),
  'up-to': () => i18n.t('card.qualifier.upTo'),
  'at-least': () => i18n.t('card.qualifier.atLeast'),
} satisfies Record<Exclude<Qualifier, 'vague'>, () => string>;

/**
 * The card shown when the reader hovers or focuses a figure: what it means, whose it is, save
 * it. In the browser's language: the words from #i18n, the numbers from Intl in uiLang().
 */
export function HoverCard(props: HoverCardProps) {
  const { mention: m, attribution: a, conversion } = props;
  const lang = uiLang();
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
          aria-label={i18n.t('card.close')}
          onClick={props.onClose}
        >
          ×
        </button>
      </header>

      <dl>
        <dt>{i18n.t('card.value')}</dt>
        <dd data-testid="card-value">
          {m.qualifier && m.qualifier !== 'vague' && (
            <span className="qualifier">{QUALIFIERS[m.qualifier]()} </span>
          )}
          {words ?? i18n.t('card.vague')}
          {full && full !== words && <div className="exact">{full}</div>}
        </dd>

        {conversion && (
          <>
            <dt>{i18n.t('card.inBase', { currency: conversion.to })}</dt>
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
                {i18n.t('card.rateNote', {
                  rate: `1 ${m.currency} = ${fmt(conversion.rate)} ${conversion.to}`,
                  month: conversion.month,
                })}
                {conversion.nearest && (
                  <> · {i18n.t('common.nearestMonth', { month: conversion.month })}</>
                )}
              </div>
            </dd>
          </>
        )}

        <dt>{i18n.t('common.company')}</dt>
        <dd data-testid="card-company">
          {a?.company ? (
            <>
              {a.company}
              {props.ticker && <span className="ticker"> ({props.ticker})</span>}
              {a.owners.length > 1 && <span className="owners"> · {a.owners.join(', ')}</span>}
            </>
          ) : (
            <span className="muted">{i18n.t('card.none')}</span>
          )}
          {a && <Why rule={a.companyRule} />}
        </dd>

        <dt>{i18n.t('card.metric')}</dt>
        <dd data-testid="card-metric">
          {a?.metric ?? 'other'}
          {a && <Why rule={a.metricRule} />}
        </dd>

        <dt>{i18n.t('common.period')}</dt>
        <dd data-testid="card-period">
          {a?.period ?? <span className="muted">{i18n.t('card.none')}</span>}
          {a?.period && <Why rule={a.periodRule} />}
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
          {i18n.t('card.edit')}
        </button>
        {editing && (
          <fieldset className="edits">
            <label>
              {i18n.t('common.company')}
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
                <option value="">{i18n.t('common.noCompany')}</option>
                {props.companyChoices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {i18n.t('card.metric')}
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
              {i18n.t('common.period')}
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
            ? i18n.t('card.saving')
            : props.saveState.kind === 'saved'
              ? i18n.t('card.saved')
              : i18n.t('card.save')}
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

function Why({ rule }: { rule: string }) {
  return (
    <span className="why" title={rule}>
      {' '}
      · {i18n.t('card.why')}: {rule}
    </span>
  );
}

function Comparison(props: { claims: ComparableClaim[]; lang: UiLang; metric: string }) {
  const max = Math.max(...props.claims.map((c) => c.value ?? 0), 1);
  return (
    <section className="compare" aria-label={i18n.t('card.compare', { metric: props.metric })}>
      <h3>{i18n.t('card.compare', { metric: props.metric })}</h3>
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
