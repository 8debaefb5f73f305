import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useMemo } from 'react';
import { barLabel, unitName } from '@/components/amounts';
import { ClaimRow } from '@/components/ClaimRow';
import { ui, uiCount } from '@/components/ui-strings';
import { useSettings } from '@/components/useSettings';
import { claimValue, compareRows, orderMetrics, orderPeriods } from '@/lib/compare/rows';
import { claimsToCompare, metricsInLibrary, periodsOf } from '@/lib/db/claims';
import { useEnv } from './env';
import { openClaim } from './open-claim';
import { ANY_PERIOD, usePopup } from './store';

// recharts is most of the popup's weight: it loads when Compare first opens.
const CompareChart = lazy(() => import('@/components/CompareChart'));

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
  const periods = useLiveQuery(
    async () => (metric ? orderPeriods(await periodsOf(db, metric)) : []),
    [db, metric],
  );
  const period =
    chosenPeriod === ANY_PERIOD || (chosenPeriod && periods?.includes(chosenPeriod))
      ? chosenPeriod
      : (periods?.[0] ?? ANY_PERIOD);
  const claims = useLiveQuery(
    async () =>
      metric && periods !== undefined
        ? claimsToCompare(db, metric, period === ANY_PERIOD ? null : period)
        : undefined,
    [db, metric, period, periods === undefined],
  );
  const base = settings?.baseCurrency ?? null;
  const comparison = useMemo(
    () => (claims && base ? compareRows(claims, base, env.rates) : null),
    [claims, base, env.rates],
  );

  if (metrics === undefined || !settings) return <p className="muted">{ui(lang, 'looking')}</p>;
  if (metrics.length === 0 || !metric) return <p className="empty">{ui(lang, 'emptyLibrary')}</p>;

  const periodLabel = period === ANY_PERIOD ? ui(lang, 'allPeriods') : period;
  const unitKey = comparison?.unitKey ?? null;
  const selectedRow = comparison?.rows.find((r) => r.key === selected) ?? null;
  const nearest = comparison?.rows.find((r) => r.value.conversion?.nearest)?.value.conversion;

  return (
    <div className="compare">
      <div className="pickers">
        <label>
          {ui(lang, 'metric')}
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
          {ui(lang, 'period')}
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
            <option value={ANY_PERIOD}>{ui(lang, 'allPeriods')}</option>
          </select>
        </label>
      </div>

      {!comparison && <p className="muted">{ui(lang, 'looking')}</p>}
      {comparison && comparison.rows.length === 0 && (
        <p className="empty">{ui(lang, 'noRows', { metric })}</p>
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
              label={ui(lang, 'chartLabel', {
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
              {ui(lang, 'chartLabel', { metric, period: periodLabel, unit: unitName(unitKey) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{ui(lang, 'company')}</th>
                <th scope="col">{ui(lang, 'latest')}</th>
                <th scope="col">{ui(lang, 'asWritten')}</th>
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
                    <span className="sources"> · {uiCount(lang, 'sources', r.sources)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {unitKey.startsWith('money:') && (
            <p className="muted small">
              {ui(lang, 'convertedNote', { currency: unitName(unitKey) })}
              {nearest && <> ({ui(lang, 'nearestMonth', { month: nearest.month })})</>}
            </p>
          )}
          {comparison.left.length > 0 && (
            <p className="muted small">{uiCount(lang, 'leftOut', comparison.left.length)}</p>
          )}
        </>
      )}

      {selectedRow && unitKey && (
        <section className="sources-list" aria-labelledby="selected-heading">
          <h2 id="selected-heading">{ui(lang, 'claimsOf', { company: selectedRow.company })}</h2>
          {selectedRow.claims.map((c) => {
            const value = base ? claimValue(c, base, env.rates) : null;
            const converted =
              value?.conversion && value.unitKey === unitKey
                ? `(${ui(lang, 'rateAt', {
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
