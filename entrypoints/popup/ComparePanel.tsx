import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo } from 'react';
import { i18n } from '#i18n';
import { barLabel, formatCount, unitName } from '@/components/amounts';
import { ClaimRow } from '@/components/ClaimRow';
import { useSettings } from '@/components/useSettings';
import { claimValue, compareRows, orderMetrics, orderPeriods } from '@/lib/compare/rows';
import { claimsByIds, factsToCompare, metricsInLibrary, periodsOf } from '@/lib/db/claims';
import type { TallyDB } from '@/lib/db/schema';
import { useEnv } from './env';
import { openClaim } from './open-claim';
import { ANY_PERIOD, usePopup } from './store';

// recharts is most of the popup's weight: it loads when Compare first opens.
const CompareChart = lazy(() => import('@/components/CompareChart'));

/**
 * A live query's answer for `key` (undefined while there is no key, or until the answer for
 * this key comes: useLiveQuery gives the previous key's answer meanwhile, and the periods of
 * the metric picked before, say, would choose the period for this one). `query` must depend
 * on nothing but what `key` says (and the database).
 */
function useLiveFor<T>(db: TallyDB, key: string | null, query: () => Promise<T>): T | undefined {
  const answer = useLiveQuery(
    async () => (key === null ? undefined : { key, value: await query() }),
    [db, key],
  );
  return answer && answer.key === key ? answer.value : undefined;
}

/** The popup's inner width, which the chart fills. */
export const CHART_WIDTH = 376;

/** The Compare view: each company's latest claim about a metric and period, in one currency. */
export function ComparePanel() {
  const env = useEnv();
  const { db, lang } = env;
  const { settings } = useSettings(env.settings);
  const chosenMetric = usePopup((s) => s.metric);
  const chosenPeriod = usePopup((s) => s.period);
  const selected = usePopup((s) => s.selected);
  const pick = usePopup((s) => s.pick);

  const metrics = useLiveQuery(async () => orderMetrics(await metricsInLibrary(db)), [db]);
  const metric =
    chosenMetric && metrics?.includes(chosenMetric) ? chosenMetric : (metrics?.[0] ?? null);
  const periods = useLiveFor(db, metric, async () =>
    metric ? orderPeriods(await periodsOf(db, metric)) : [],
  );
  const period =
    chosenPeriod === ANY_PERIOD || (chosenPeriod && periods?.includes(chosenPeriod))
      ? chosenPeriod
      : (periods?.[0] ?? ANY_PERIOD);
  // The facts of the claims (what a comparison needs), not the claims themselves: a few dozen
  // records to read (lib/db/facts.ts).
  const facts = useLiveFor(
    db,
    metric && periods !== undefined ? `${metric}\n${period}` : null,
    () => factsToCompare(db, metric as string, period === ANY_PERIOD ? null : period),
  );
  const base = settings?.baseCurrency ?? null;
  const comparison = useMemo(
    () => (facts && base ? compareRows(facts, base, env.rates) : null),
    [facts, base, env.rates],
  );
  const selectedRow = comparison?.rows.find((r) => r.key === selected) ?? null;
  // The picked company's claims in full, newest article first as its row has them.
  const selectedIds = selectedRow?.claims.map((c) => c.id) ?? [];
  const selectedClaims = useLiveFor(db, selectedRow ? selectedIds.join('\n') : null, () =>
    claimsByIds(db, selectedIds),
  );

  if (metrics === undefined || !settings)
    return <p className="muted">{i18n.t('common.looking')}</p>;
  if (metrics.length === 0 || !metric)
    return <p className="empty">{i18n.t('common.emptyLibrary')}</p>;

  const periodLabel = period === ANY_PERIOD ? i18n.t('compare.allPeriods') : period;
  const unitKey = comparison?.unitKey ?? null;
  const nearest = comparison?.rows.find((r) => r.value.conversion?.nearest)?.value.conversion;

  return (
    <div className="compare">
      <div className="pickers">
        <label>
          {i18n.t('common.metric')}
          <select
            value={metric}
            onChange={(e) => pick({ metric: e.target.value, period: null })}
            data-testid="compare-metric"
          >
            {metrics.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('common.period')}
          <select
            value={period}
            onChange={(e) => pick({ period: e.target.value })}
            data-testid="compare-period"
          >
            {(periods ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            <option value={ANY_PERIOD}>{i18n.t('compare.allPeriods')}</option>
          </select>
        </label>
      </div>

      {!comparison && <p className="muted">{i18n.t('common.looking')}</p>}
      {comparison && comparison.rows.length === 0 && (
        <p className="empty">{i18n.t('compare.noRows', { metric })}</p>
      )}
      {comparison && unitKey && comparison.rows.length > 0 && (
        <>
          <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
            <CompareChart
              bars={comparison.rows.map((r) => ({
                key: r.key,
                company: r.company,
                low: r.value.low,
                high: r.value.high,
                qualifier: r.latest.qualifier,
              }))}
              unitKey={unitKey}
              lang={lang}
              label={i18n.t('compare.chartLabel', {
                metric,
                period: periodLabel,
                unit: unitName(unitKey),
              })}
              selected={selected}
              width={CHART_WIDTH}
              onSelect={(key) => pick({ selected: key === selected ? null : key })}
            />
          </Suspense>
          <table className="compare-table" data-testid="compare-table">
            <caption className="visually-hidden">
              {i18n.t('compare.chartLabel', {
                metric,
                period: periodLabel,
                unit: unitName(unitKey),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('common.company')}</th>
                <th scope="col">{i18n.t('compare.latest')}</th>
                <th scope="col">{i18n.t('compare.asWritten')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((r) => (
                <tr key={r.key} className={r.key === selected ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-pressed={r.key === selected}
                      onClick={() => pick({ selected: r.key === selected ? null : r.key })}
                    >
                      {r.company}
                    </button>
                  </th>
                  <td className="num" data-testid="compare-value">
                    {barLabel(r.value.low, r.value.high, r.latest.qualifier, unitKey, lang)}
                  </td>
                  <td className="muted small">
                    {r.latest.quote}
                    <span className="sources">
                      {' '}
                      ·{' '}
                      {i18n.t('compare.sources', r.sources, {
                        count: formatCount(r.sources, lang),
                      })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {unitKey.startsWith('money:') && (
            <p className="muted small">
              {i18n.t('compare.convertedNote', { currency: unitName(unitKey) })}
              {nearest && <> ({i18n.t('common.nearestMonth', { month: nearest.month })})</>}
            </p>
          )}
          {comparison.left.length > 0 && (
            <p className="muted small">
              {i18n.t('compare.leftOut', comparison.left.length, {
                count: formatCount(comparison.left.length, lang),
              })}
            </p>
          )}
        </>
      )}

      {selectedRow && unitKey && selectedClaims && (
        <section className="sources-list" aria-labelledby="selected-heading">
          <h2 id="selected-heading">
            {i18n.t('compare.claimsOf', { company: selectedRow.company })}
          </h2>
          {selectedClaims.map((c) => {
            const value = base ? claimValue(c, base, env.rates) : null;
            const converted =
              value?.conversion && value.unitKey === unitKey
                ? `(${i18n.t('compare.rateAt', {
                    value: barLabel(value.low, value.high, c.qualifier, unitKey, lang),
                    month: value.conversion.month,
                  })})`
                : null;
            return (
              <ClaimRow
                key={c.id}
                claim={c}
                lang={lang}
                converted={converted}
                onOpen={(claim) => void openClaim(env, claim)}
              />
            );
          })}
        </section>
      )}
    </div>
  );
}
