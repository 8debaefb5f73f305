import { useLiveQuery } from 'dexie-react-hooks';
import { barLabel } from '@/components/amounts';
import { ClaimEditor, ClaimRow } from '@/components/ClaimRow';
import { ui, uiCount } from '@/components/ui-strings';
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
        ? ui(lang, 'storageFull')
        : ui(lang, 'failed', { message: String(error) }),
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
          {ui(lang, 'search')}
          <input
            type="search"
            value={query}
            placeholder={ui(lang, 'searchPlaceholder')}
            onChange={(e) => filter({ query: e.target.value })}
          />
        </label>
        <div className="filter-row">
          <label>
            <span className="visually-hidden">{ui(lang, 'filterCompany')}</span>
            <select value={company} onChange={(e) => filter({ company: e.target.value })}>
              <option value="">{ui(lang, 'anyCompany')}</option>
              {choices?.companies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{ui(lang, 'filterMetric')}</span>
            <select value={metric} onChange={(e) => filter({ filterMetric: e.target.value })}>
              <option value="">{ui(lang, 'anyMetric')}</option>
              {choices?.metrics.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span className="visually-hidden">{ui(lang, 'filterSite')}</span>
            <select value={site} onChange={(e) => filter({ site: e.target.value })}>
              <option value="">{ui(lang, 'anySite')}</option>
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
          {uiCount(lang, 'deleted', deleted.length)}{' '}
          <button type="button" className="link" onClick={() => void undo()}>
            {ui(lang, 'undo')}
          </button>
        </div>
      )}

      {result === undefined && <p className="muted">{ui(lang, 'looking')}</p>}
      {result && result.claims.length === 0 && (
        <p className="empty">
          {query || company || metric || site ? ui(lang, 'noMatch') : ui(lang, 'emptyLibrary')}
        </p>
      )}
      <ul className="claim-list">
        {result?.claims.map((c) => (
          <li key={c.id}>
            {editing === c.id ? (
              <ClaimEditor
                claim={c}
                lang={lang}
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
          {ui(lang, 'showMore')}
        </button>
      )}
      <p className="small">
        <button type="button" className="link" onClick={env.openOptions}>
          {ui(lang, 'exportImport')}
        </button>
      </p>
    </div>
  );
}
