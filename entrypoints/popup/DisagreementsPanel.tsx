import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { i18n } from '#i18n';
import { barLabel, percent } from '@/components/amounts';
import { ClaimRow } from '@/components/ClaimRow';
import { useSettings } from '@/components/useSettings';
import { findDisagreements } from '@/lib/compare/disagreements';
import { claimValue, orderMetrics } from '@/lib/compare/rows';
import { claimsOfMetric, claimsWithPeriod, metricsInLibrary } from '@/lib/db/claims';
import { useEnv } from './env';
import { openClaim } from './open-claim';
import { ANY_METRIC, usePopup } from './store';

/** Share two sources may differ by before Tally says they disagree. */
export const TOLERANCE = 0.05;

/** How many disagreements a popup lists at most (the worst first). */
const SHOWN = 50;

/** The Disagreements view: sources that contradict each other about the same figure. */
export function DisagreementsPanel() {
  const env = useEnv();
  const { db, lang } = env;
  const { settings } = useSettings(env.settings);
  const chosen = usePopup((s) => s.disagreementMetric);
  const pickMetric = usePopup((s) => s.pickDisagreementMetric);
  const metrics = useLiveQuery(async () => orderMetrics(await metricsInLibrary(db)), [db]);
  // One metric at a time by default (capex first): a large library is read a slice at a time.
  const metric =
    chosen === ANY_METRIC || (chosen && metrics?.includes(chosen))
      ? chosen
      : (metrics?.[0] ?? null);
  const claims = useLiveQuery(
    async () =>
      metric === null
        ? metrics === undefined
          ? undefined
          : []
        : metric === ANY_METRIC
          ? claimsWithPeriod(db)
          : claimsOfMetric(db, metric),
    [db, metric, metrics === undefined],
  );
  const base = settings?.baseCurrency;
  const found = useMemo(
    () =>
      claims && base
        ? findDisagreements(claims, { base, table: env.rates, tolerance: TOLERANCE })
        : null,
    [claims, base, env.rates],
  );
  if (metrics !== undefined && metrics.length === 0)
    return <p className="empty">{i18n.t('common.emptyLibrary')}</p>;
  return (
    <div className="disagreements">
      <div className="pickers">
        <label>
          {i18n.t('common.metric')}
          <select
            value={metric ?? ''}
            onChange={(e) => pickMetric(e.target.value)}
            data-testid="disagreements-metric"
          >
            {(metrics ?? []).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
            <option value={ANY_METRIC}>{i18n.t('disagreements.allMetrics')}</option>
          </select>
        </label>
      </div>
      <p className="muted small">
        {i18n.t('disagreements.intro', { tolerance: percent(TOLERANCE, lang) })}
      </p>
      {(!found || !base) && <p className="muted">{i18n.t('common.looking')}</p>}
      {found?.length === 0 && <p className="empty">{i18n.t('disagreements.none')}</p>}
      <ul className="disagreement-list">
        {found?.slice(0, SHOWN).map((d) => (
          <li key={`${d.a.claim.id}|${d.b.claim.id}`}>
            <article className={`disagreement ${d.kind}`} data-testid="disagreement">
              <h2>
                {d.company} · {d.metric} · {d.period}
              </h2>
              <p className={d.kind === 'currency-slip' ? 'flag slip' : 'flag'}>
                {d.kind === 'currency-slip'
                  ? i18n.t('disagreements.slip')
                  : i18n.t('disagreements.differ', { percent: percent(d.gap, lang) })}
              </p>
              {d.kind === 'currency-slip' && (
                <p className="muted small">{i18n.t('disagreements.slipHint')}</p>
              )}
              {[d.a, d.b].map((side) => {
                const value = base ? claimValue(side.claim, base, env.rates) : null;
                return (
                  <ClaimRow
                    key={side.claim.id}
                    claim={side.claim}
                    lang={lang}
                    converted={
                      value?.conversion
                        ? `(${barLabel(value.low, value.high, side.claim.qualifier, value.unitKey, lang)})`
                        : null
                    }
                    onOpen={(claim) => void openClaim(env, claim)}
                  />
                );
              })}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
