import { type FormEvent, useId, useState } from 'react';
import { i18n } from '#i18n';
import { METRICS } from '@/lib/attribute/types';
import type { ClaimEdit } from '@/lib/db/claims';
import type { Claim } from '@/lib/db/schema';
import type { UiLang } from '@/lib/format/figure';
import { shortDate } from './amounts';

const PERIOD = /^(FY)?\d{4}(-Q[1-4]|-H[12])?$/;

export interface ClaimRowProps {
  claim: Claim;
  lang: UiLang;
  /** The value in the base currency ("≈ 77 Md €"), when it differs from the quote's. */
  converted?: string | null;
  onOpen: (claim: Claim) => void;
  /** Without these, the row only reads (Compare's list of sources). */
  onEdit?: (claim: Claim) => void;
  onDelete?: (claim: Claim) => void;
}

/** One saved claim: the quote, whose and what it is, its source; open, edit, delete. */
export function ClaimRow(props: ClaimRowProps) {
  const { claim: c, lang } = props;
  const when = c.publishedAt ? Date.parse(c.publishedAt) : Number.NaN;
  return (
    <article className="claim" aria-label={c.quote} data-testid="claim-row" data-id={c.id}>
      <p className="claim-head">
        <strong>{c.companyName ?? i18n.t('common.noCompany')}</strong>
        <span className="muted">
          {' · '}
          {c.metric ?? i18n.t('claim.noMetric')}
          {c.period ? ` · ${c.period}` : ''}
        </span>
      </p>
      <p className="claim-quote">
        <q>{c.quote}</q>
        {props.converted && <span className="converted"> {props.converted}</span>}
      </p>
      {c.note && <p className="claim-note">{c.note}</p>}
      <p className="claim-source muted">
        {c.site}
        {' · '}
        {Number.isFinite(when)
          ? i18n.t('claim.published', { date: shortDate(when, lang) })
          : i18n.t('claim.saved', { date: shortDate(c.savedAt, lang) })}
      </p>
      <div className="claim-actions">
        <button
          type="button"
          className="link"
          aria-label={`${i18n.t('claim.openSource')}: ${c.title || c.site}`}
          onClick={() => props.onOpen(c)}
        >
          {i18n.t('claim.openSource')}
        </button>
        {props.onEdit && (
          <button
            type="button"
            className="link"
            aria-label={`${i18n.t('claim.edit')}: ${c.quote}`}
            onClick={() => props.onEdit?.(c)}
          >
            {i18n.t('claim.edit')}
          </button>
        )}
        {props.onDelete && (
          <button
            type="button"
            className="link danger"
            aria-label={`${i18n.t('claim.delete')}: ${c.quote}`}
            onClick={() => props.onDelete?.(c)}
          >
            {i18n.t('claim.delete')}
          </button>
        )}
      </div>
    </article>
  );
}

/** The form that corrects a claim's company, metric, period and note. */
export function ClaimEditor(props: {
  claim: Claim;
  /** Companies in the library, to pick from or type anew; each with its id when Tally knows one. */
  companies: { id: string | null; name: string }[];
  onSave: (edit: ClaimEdit) => void;
  onCancel: () => void;
}) {
  const { claim: c } = props;
  const id = useId();
  const [company, setCompany] = useState(c.companyName ?? '');
  const [metric, setMetric] = useState(c.metric ?? '');
  const [period, setPeriod] = useState(c.period ?? '');
  const [note, setNote] = useState(c.note);
  const periodOk = period.trim() === '' || PERIOD.test(period.trim());
  const metrics = [...new Set([...METRICS, ...(c.metric ? [c.metric] : [])])];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!periodOk) return;
    const name = company.trim();
    // A name the library knows keeps its company id; a new name is grouped by name.
    const known = props.companies.find((x) => x.name.toLowerCase() === name.toLowerCase());
    const companyId =
      name === (c.companyName ?? '') ? c.companyId : name ? (known?.id ?? null) : null;
    props.onSave({
      companyName: name ? (known?.name ?? name) : null,
      companyId,
      metric: metric || null,
      period: period.trim() || null,
      note: note.trim(),
    });
  };

  return (
    <form className="claim-editor" onSubmit={submit} aria-label={i18n.t('claim.editing')}>
      <p className="claim-quote">
        <q>{c.quote}</q>
      </p>
      <label>
        {i18n.t('common.company')}
        <input
          list={`${id}-companies`}
          value={company}
          onChange={(e) => setCompany(e.target.value)}
          autoComplete="off"
        />
      </label>
      <datalist id={`${id}-companies`}>
        {props.companies.map((x) => (
          <option key={`${x.id}:${x.name}`} value={x.name} />
        ))}
      </datalist>
      <label>
        {i18n.t('common.metric')}
        <select value={metric} onChange={(e) => setMetric(e.target.value)}>
          <option value="">{i18n.t('claim.noMetric')}</option>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('common.period')}
        <input
          value={period}
          placeholder="2025, 2025-Q2, FY2025"
          aria-invalid={!periodOk}
          aria-describedby={periodOk ? undefined : `${id}-period-error`}
          onChange={(e) => setPeriod(e.target.value)}
        />
      </label>
      {!periodOk && (
        <p id={`${id}-period-error`} className="error">
          {i18n.t('claim.periodInvalid')}
        </p>
      )}
      <label>
        {i18n.t('claim.note')}
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="claim-actions">
        <button type="submit" disabled={!periodOk}>
          {i18n.t('claim.save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
