import Dexie, { type Table } from 'dexie';
import type { MentionKind, Qualifier } from '@/lib/extract/types';
import { buildFacts, type FactChunk } from './facts';
import { packLibrary, SHEET_INDEXES, type Sheet } from './sheets';

/** A figure the reader saved, with where it came from so it can be found again. */
export interface Claim {
  /** Random UUID: stable across export and import. */
  id: string;
  kind: MentionKind;
  value: number | null;
  valueMax: number | null;
  currency: string | null;
  unit: string | null;
  qualifier: Qualifier | null;
  /** Company id in Tally's list, or null when the reader saved it without one. */
  companyId: string | null;
  companyName: string | null;
  /** What the figure measures, from Tally's metric vocabulary (capex, revenue…). */
  metric: string | null;
  /** "2025", "2025-Q2", "FY2025", or null. */
  period: string | null;
  /** The figure as written on the page, and the text around it, to find it again. */
  quote: string;
  prefix: string;
  suffix: string;
  /** Offset of the quote in the page's visible text when it was saved. */
  position: number;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  /** Publication date of the article (ISO 8601), when the page says it. */
  publishedAt: string | null;
  /** Epoch milliseconds. */
  savedAt: number;
  note: string;
  tags: string[];
}

/**
 * Tally's one database. It lives in the extension's origin (background and extension pages):
 * a content script's IndexedDB would be the web page's. Versions are only ever appended;
 * each comes with an upgrade test in test/unit/db.
 */
export class TallyDB extends Dexie {
  /** The newest schema version: export files record it, upgrade tests check every one before it. */
  static readonly SCHEMA_VERSION = 4;

  /** The claims, a hundred or so to a record (sheets.ts). */
  sheets!: Table<Sheet, number>;
  /** What Compare reads, kept by lib/db's writes in the same transaction as the claims (facts.ts). */
  facts!: Table<FactChunk, [FactChunk['metric'], FactChunk['period'], FactChunk['chunk']]>;

  constructor(name = 'tally') {
    super(name);
    this.version(1).stores({
      claims: 'id, [companyId+metric], metric, canonicalUrl, savedAt',
    });
    // Version 2: the indexes the popup's views query by. Compare reads one metric and period
    // ([metric+period]); the Claims view lists newest first (savedAt, from version 1) and
    // filters by company and site, whose names also fill its filters without reading every
    // claim. Each index costs every write (saving, importing), so there is none that no view
    // reads: a company's claims come from [companyId+metric], tags are searched as text.
    // Only indexes change, so there is no upgrade function: IndexedDB builds the new indexes
    // from the stored claims as they are.
    this.version(2).stores({
      claims:
        'id, [companyId+metric], [metric+period], metric, companyName, canonicalUrl, site, savedAt',
    });
    // Version 3: Compare reads `facts`, a few dozen records per metric and period, instead of
    // every claim of the period through an index (Chromium looks each one up in the index, then
    // in the store: 150–400 ms for 1,615 claims on disk; `npm run bench -- claims`). Each index
    // costs every write a record in IndexedDB, so [metric+period] goes (Compare now reads the
    // facts; the Disagreements view reads every claim with a period whole). [companyId+metric]
    // stays: issue 6 asks for it, and it is the way to a company's claims by id (the company
    // suggestions read it). `metric` becomes [metric+savedAt]: the same lists and ranges, and a
    // metric's newest claims without reading all of them (the hover card's comparisons, the
    // Claims view's metric filter). The upgrade builds the facts from the stored claims,
    // streaming them so a large library is not held in memory at once.
    this.version(3)
      .stores({
        claims:
          'id, [companyId+metric], [metric+savedAt], companyName, canonicalUrl, site, savedAt',
        facts: '[metric+period+chunk]',
      })
      .upgrade((tx) => buildFacts(tx.table('claims'), tx.table('facts')));
    // Version 4: claims move into sheets of a hundred (sheets.ts): importing 10,000 claims as
    // 10,000 records took 5.5–6.6 s in Chromium; as 100 sheets it takes 1.5–1.6 s. The upgrade
    // packs the stored claims by saved-at, streaming them; the facts stay as they are (the
    // claims do not change), and `claims` goes once it is done.
    this.version(4)
      .stores({ claims: null, sheets: SHEET_INDEXES })
      .upgrade((tx) => packLibrary(tx.table('claims'), tx.table('sheets')));
  }
}
