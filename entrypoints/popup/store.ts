/**
 * The popup's UI state: which view is open and what is picked in it. Nothing here is data:
 * claims live in Dexie. A factory, so each test (and each popup) gets its own store.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Claim } from '@/lib/db/schema';

export type View = 'page' | 'compare' | 'claims' | 'disagreements';
export const VIEWS: readonly View[] = ['page', 'compare', 'claims', 'disagreements'];

/** Compare's period choice meaning "any period: each company's latest claim". */
export const ANY_PERIOD = '*';
/** Disagreements' metric choice meaning "every metric". */
export const ANY_METRIC = '*';

export interface PopupState {
  view: View;
  /** Compare: the metric and period picked (null: the default, capex and the newest period). */
  metric: string | null;
  period: string | null;
  /** Compare: the company whose claims are listed under the chart. */
  selected: string | null;
  /** Disagreements: the metric looked at (null: the default, capex; ANY_METRIC: all). */
  disagreementMetric: string | null;
  /** Claims: search words and filters ('' for any). */
  query: string;
  company: string;
  filterMetric: string;
  site: string;
  limit: number;
  /** Claims: the claim being edited. */
  editing: string | null;
  /** The claims just deleted, for undo. */
  deleted: Claim[] | null;
  /** A message for the reader (an error, usually). */
  notice: string | null;

  show(view: View): void;
  pick(patch: Partial<Pick<PopupState, 'metric' | 'period' | 'selected'>>): void;
  pickDisagreementMetric(metric: string): void;
  filter(
    patch: Partial<Pick<PopupState, 'query' | 'company' | 'filterMetric' | 'site' | 'limit'>>,
  ): void;
  edit(id: string | null): void;
  setDeleted(claims: Claim[] | null): void;
  setNotice(text: string | null): void;
}

export const PAGE_SIZE = 50;

/** A new popup store; `initial` sets any field (tests open a view directly). */
export function createPopupStore(initial: Partial<PopupState> = {}): StoreApi<PopupState> {
  return createStore<PopupState>()((set) => ({
    view: 'page',
    metric: null,
    period: null,
    selected: null,
    disagreementMetric: null,
    query: '',
    company: '',
    filterMetric: '',
    site: '',
    limit: PAGE_SIZE,
    editing: null,
    deleted: null,
    notice: null,
    show: (view) => set({ view, notice: null }),
    // A new metric or period resets the selection: the company may have no bar there.
    pick: (patch) =>
      set((state) => ({
        ...patch,
        selected:
          'selected' in patch
            ? (patch.selected ?? null)
            : patch.metric !== undefined || patch.period !== undefined
              ? null
              : state.selected,
      })),
    pickDisagreementMetric: (disagreementMetric) => set({ disagreementMetric }),
    filter: (patch) => set({ limit: PAGE_SIZE, ...patch }),
    edit: (editing) => set({ editing }),
    setDeleted: (deleted) => set({ deleted }),
    setNotice: (notice) => set({ notice }),
    ...initial,
  }));
}

export const StoreContext = createContext<StoreApi<PopupState> | null>(null);

/** Reads the popup's UI state (a slice of it) from the nearest store. */
export function usePopup<T>(selector: (state: PopupState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePopup() outside <StoreContext.Provider>');
  return useStore(store, selector);
}
