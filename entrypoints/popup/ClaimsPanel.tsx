import { useLiveQuery } from 'dexie-react-hooks';
import { i18n } from '#i18n';
import { barLabel, formatCount } from '@/components/amounts';
import { ClaimEditor, ClaimRow } from '@/components/ClaimRow';
import { useSettings } from '@/components/useSettings';
import { claimValue } from '@/lib/compare/rows';
import {
  type ClaimEdit,
  companyChoices,
  deleteClaims,
  filterChoices,
  restoreClaims,
  StorageFullError,
  searchClaims,
  updateClaim,
} from '@/lib/db/claims';
import type { Claim } from '@/lib/db/schema';
import { useEnv } from './env';
import { openClaim } from './open-claim';
import { PAGE_SIZE, usePopup } from './store';

/** The Claims view: search and filter the library; open, edit or delete a claim (with undo). */
export function ClaimsPanel() {
  const env = useEnv();
  const { db, lang } = env;
  const { settings } = useSettings(env.settings);
  const query = usePopup((s) => s.query);
  const company = usePopup((s) => s.company);
  const metric = usePopup((s) => s.filterMetric);
  const site = usePopup((s) => s.site);
  const limit = usePopup((s) => s.limit);
  const editing = usePopup((s) => s.editing);
  const deleted = usePopup((s) => s.deleted);
  const filter = usePopup((s) => s.filter);
  const edit = usePopup((s) => s.edit);
  const setDeleted = usePopup((s) => s.setDeleted);
  const setNotice = usePopup((s) => s.setNotice);

  const choices = useLiveQuery(() => filterChoices(db), [db]);
  const companies = useLiveQuery(() => companyChoices(db), [db]);
  const result = useLiveQuery(
    () => searchClaims(db, { query, company, metric, site }, limit),
    [db, query, company, metric, site, limit],
  );

  const fail = (error: unknown) =>
    setNotice(
      error instanceof StorageFullError
        ? i18n.t('common.storageFull')
        : i18n.t('common.failed', { message: String(error) }),
    );
  const remove = async (claim: Claim) => {
    try {
      setDeleted(await deleteClaims(db, [claim.id]));
    } catch (error) {
      fail(error);
    }
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      await restoreClaims(db, deleted);
      setDeleted(null);
    } catch (error) {
      fail(error);
    }
  };
  const save = async (claim: Claim, change: ClaimEdit) => {
    try {
      await updateClaim(db, claim.id, change);
      edit(null);
    } catch (error) {
      fail(error);
    }
  };

  const converted = (c: Claim) => {
    if (!settings || c.kind !== 'money' || c.currency === settings.baseCurrency) return null;
    const value = claimValue(c, settings.baseCurrency, env.rates);
    return value ? `(${barLabel(value.low, value.high, c.qualifier, value.unitKey, lang)})` : null;
  };

  return (
    <div className="claims">
      <search className="filters">
        <label className="search">
          {i18n.t('claims.search')}
          <input
            type="search"
            value={query}
            placeholder={i18n.t('claims.searchPlaceholder')}
            onChange={(e) => filter({ query: e.target.value })}
          />
        </label>
        <div className="filter-row">
          <label>
            <span className="visually-hidden">{i18n.t('common.company')}</span>
            <select value={company} onChange={(e) => filter({ company: e.target.value })}>
              <option value="">{i18n.t('claims.anyCompany')}</option>
              {choices?.companies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{i18n.t('common.metric')}</span>
            <select value={metric} onChange={(e) => filter({ filterMetric: e.target.value })}>
              <option value="">{i18n.t('claims.anyMetric')}</option>
              {choices?.metrics.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{i18n.t('claims.filterSite')}</span>
            <select value={site} onChange={(e) => filter({ site: e.target.value })}>
              <option value="">{i18n.t('claims.anySite')}</option>
              {choices?.sites.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
        </div>
      </search>

      {deleted && deleted.length > 0 && (
        <div className="undo" role="status">
          {i18n.t('claims.deleted', deleted.length, { count: formatCount(deleted.length, lang) })}{' '}
          <button type="button" className="link" onClick={() => void undo()}>
            {i18n.t('claims.undo')}
          </button>
        </div>
      )}

      {result === undefined && <p className="muted">{i18n.t('common.looking')}</p>}
      {result && result.claims.length === 0 && (
        <p className="empty">
          {query || company || metric || site
            ? i18n.t('claims.noMatch')
            : i18n.t('common.emptyLibrary')}
        </p>
      )}
      <ul className="claim-list">
        {result?.claims.map((c) => (
          <li key={c.id}>
            {editing === c.id ? (
              <ClaimEditor
                claim={c}
                companies={companies ?? []}
                onSave={(change) => void save(c, change)}
                onCancel={() => edit(null)}
              />
            ) : (
              <ClaimRow
                claim={c}
                lang={lang}
                converted={converted(c)}
                onOpen={(claim) => void openClaim(env, claim)}
                onEdit={(claim) => edit(claim.id)}
                onDelete={(claim) => void remove(claim)}
              />
            )}
          </li>
        ))}
      </ul>
      {result?.more && (
        <button
          type="button"
          className="secondary"
          onClick={() => filter({ limit: limit + PAGE_SIZE })}
        >
          {i18n.t('claims.showMore')}
        </button>
      )}
      <p className="small">
        <button type="button" className="link" onClick={env.openOptions}>
          {i18n.t('claims.exportImport')}
        </button>
      </p>
    </div>
  );
}
