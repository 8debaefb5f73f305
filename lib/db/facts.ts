/**
 * What Compare reads: for each metric and period, the fields of its claims that a comparison
 * needs (`Fact`), packed up to 64 to a record (`FactChunk`) and kept in their own table,
 * ordered by metric, period and chunk. Compare then reads a few dozen records that lie
 * together on disk instead of every claim of a period through an index, which Chromium looks up
 * entry by entry (on disk, 1,615 claims: 150–400 ms against 40–120 ms; `npm run bench -- claims`).
 *
 * lib/db's writes keep the facts in the same transaction as the claims: nothing else writes
 * claims (a test checks), so every claim with a metric has its fact in exactly one record of
 * its metric and period. How each write files them is chosen for what it costs in Chromium,
 * where every record written or read first is what counts:
 * - saving one claim writes its fact as a record of its own, reading nothing first (fileSingle),
 *   and the save that brings a pair's single facts to SINGLES_MAX packs them into the pair's
 *   open chunk (settleSingle);
 * - a small write (undo, a small import) adds to the open chunk, read by its key;
 * - an import adds chunks under random numbers without reading the ones there: about one
 *   record per metric and period it touches (some 950 for 10,000 of the bench's claims), not
 *   one per claim; each import thus leaves its own, often small, chunks in those pairs;
 * - editing, replacing or deleting claims reads the pairs they leave whole and rewrites them.
 */
import Dexie, { cmp, type Table } from 'dexie';
import { COMPARED_FIELDS } from '@/lib/compare/rows';
import type { Claim, TallyDB } from './schema';

/** A claim's fields that Compare needs: what `compareRows` reads, and the bar's quote. */
export type Fact = Pick<Claim, (typeof COMPARED_FIELDS)[number]>;

/** The period of a chunk whose claims have none: a number, so that no period (a string) is it. */
export const NO_PERIOD = 0;

/**
 * A record of the `facts` table: facts of one metric and period (`period` is NO_PERIOD for
 * claims without one). `chunk` is a number for a chunk (OPEN_CHUNK, then numbers above it), or
 * the claim's id for the single fact a save wrote on its own (see fileSingle).
 */
export interface FactChunk {
  metric: string | number;
  period: string | typeof NO_PERIOD;
  chunk: number | string;
  facts: Fact[];
}

/**
 * Facts per chunk at most (about 15 KB at this size): Compare reads them all (some 30
 * records for the bench's 1,615 claims of the newest capex period).
 */
export const CHUNK_SIZE = 64;

/** The metric and period a fact is filed under. */
export type Pair = [metric: string | number, period: string | typeof NO_PERIOD];

/**
 * Where a claim's fact is filed, or null for a claim without a metric (Compare never shows it).
 * A metric is a string (a number too, as an index would take it); any period that is not a
 * string counts as none.
 */
export function pairOf(claim: Pick<Claim, 'metric' | 'period'>): Pair | null {
  const metric = claim.metric as unknown;
  if (typeof metric !== 'string' && (typeof metric !== 'number' || Number.isNaN(metric)))
    return null;
  return [metric, typeof claim.period === 'string' ? claim.period : NO_PERIOD];
}

/** A claim's fact: a new object with exactly Fact's fields. */
export function factOf(claim: Claim): Fact {
  const fact: Record<string, unknown> = {};
  for (const field of COMPARED_FIELDS) fact[field] = claim[field];
  return fact as Fact;
}

function sameFact(a: Claim, b: Claim): boolean {
  return COMPARED_FIELDS.every((field) => a[field] === b[field]);
}

/** A pair as a string, for maps. */
export const pairKey = (pair: Pair) => JSON.stringify(pair);
type ChunkKey = [FactChunk['metric'], FactChunk['period'], FactChunk['chunk']];
const chunkKey = (c: FactChunk): ChunkKey => [c.metric, c.period, c.chunk];

/** The keys of a metric and period's chunks (or of every period of the metric), as bounds. */
function bounds(
  metric: string | number,
  period?: string | typeof NO_PERIOD,
): [unknown[], unknown[]] {
  return period === undefined
    ? [
        [metric, Dexie.minKey],
        [metric, Dexie.maxKey],
      ]
    : [
        [metric, period, Dexie.minKey],
        [metric, period, Dexie.maxKey],
      ];
}

/** The records of a metric and period, or of every period of the metric, in key order. */
export function chunksOf(
  db: TallyDB,
  metric: string | number,
  period?: string | typeof NO_PERIOD,
): Promise<FactChunk[]> {
  const [lower, upper] = bounds(metric, period);
  return db.facts.where('[metric+period+chunk]').between(lower, upper, true, true).toArray();
}

/** A change to a stored claim: as it was (none for a new claim), as it is (none when deleted). */
export interface Change {
  before?: Claim | undefined;
  after?: Claim | undefined;
}

/** Above this many metric-and-period pairs, new facts go into new chunks (see fileFacts). */
const BULK_PAIRS = 16;

/**
 * The chunk of a metric and period that small writes add to, read by its key. When it is
 * full, its facts move to a new numbered chunk, and it starts again.
 */
export const OPEN_CHUNK = 0;

/** A metric and period's open chunk, if it has one. */
export function openChunk(db: TallyDB, pair: Pair): Promise<FactChunk | undefined> {
  return db.facts.get([pair[0], pair[1], OPEN_CHUNK]);
}

/** The highest chunk number of a metric and period (keys only), OPEN_CHUNK if none is higher. */
async function lastNumber(db: TallyDB, pair: Pair): Promise<number> {
  const keys = (await db.facts
    .where('[metric+period+chunk]')
    .between([pair[0], pair[1], Dexie.minKey], [pair[0], pair[1], Infinity], true, true)
    .reverse()
    .limit(1)
    .primaryKeys()) as ChunkKey[];
  return Math.max(OPEN_CHUNK, Number(keys[0]?.[2] ?? OPEN_CHUNK));
}

/**
 * A pair's facts saved on their own reach this many, the save that brings the last packs them
 * into the pair's open chunk: Compare reads fewer than this many of them per pair.
 */
export const SINGLES_MAX = 32;

/** The single facts of a pair (those saves wrote on their own), as a range: ids are strings. */
function singles(db: TallyDB, pair: Pair) {
  return db.facts
    .where('[metric+period+chunk]')
    .between([pair[0], pair[1], ''], [pair[0], pair[1], Dexie.maxKey], true, true);
}

/**
 * Saving one claim: its fact written as a record of its own, keyed by the claim's id, without
 * reading anything first, so that the save waits for IndexedDB once (reading the pair's open
 * chunk to add to it made a save wait twice: 1 ms more in Chromium). Issued with the claim's
 * own get and put; resolves to the number of single facts its pair has now, for
 * settleSingle. Runs in the caller's read-write transaction.
 */
export async function fileSingle(db: TallyDB, claim: Claim): Promise<number> {
  const pair = pairOf(claim);
  if (!pair) return 0;
  const single: FactChunk = {
    metric: pair[0],
    period: pair[1],
    chunk: claim.id,
    facts: [factOf(claim)],
  };
  const [, count] = await Promise.all([db.facts.put(single), singles(db, pair).count()]);
  return count;
}

/**
 * After fileSingle: the claim's earlier fact taken out, when it replaced a stored claim (not
 * the single just written), and the pair's single facts packed into its open chunk when they
 * are SINGLES_MAX.
 */
export async function settleSingle(
  db: TallyDB,
  before: Claim | undefined,
  after: Claim,
  count: number,
): Promise<void> {
  const pair = pairOf(after);
  if (before) await fileFacts(db, [{ before }], pair ? [pair[0], pair[1], after.id] : undefined);
  if (!pair || count < SINGLES_MAX) return;
  const [loose, open] = await Promise.all([singles(db, pair).toArray(), openChunk(db, pair)]);
  await Promise.all([
    db.facts.bulkPut(
      await packed(db, pair, [...(open?.facts ?? []), ...loose.flatMap((s) => s.facts)]),
    ),
    db.facts.bulkDelete(loose.map(chunkKey)),
  ]);
}

/**
 * A pair's open chunk with `facts` (its own first): all of them if they fit; else the oldest
 * move to new numbered chunks, full ones, and the rest stay in it.
 */
async function packed(db: TallyDB, pair: Pair, facts: Fact[]): Promise<FactChunk[]> {
  const moved = Math.floor((facts.length - 1) / CHUNK_SIZE) * CHUNK_SIZE;
  return [
    ...(moved > 0 ? newChunks(pair, (await lastNumber(db, pair)) + 1, facts.slice(0, moved)) : []),
    { metric: pair[0], period: pair[1], chunk: OPEN_CHUNK, facts: facts.slice(moved) },
  ];
}

/**
 * Files the facts of changed claims. Must run inside the caller's read-write transaction on
 * `claims` and `facts`, after (or with) the claims' own writes: all or nothing together.
 *
 * A pair that loses facts (a claim deleted, edited, or replaced) is read whole and its changed
 * chunks rewritten (all but `keep`, a single fact just written). New facts go into the open
 * chunk of their pair when few pairs get any (restoring deleted claims: one read by key, one
 * write); when many do (an import), into new chunks under random numbers, so nothing is read.
 * (Saving one claim goes by fileSingle instead.)
 */
export async function fileFacts(
  db: TallyDB,
  changes: Iterable<Change>,
  keep?: ChunkKey,
): Promise<void> {
  // One change per claim: the first `before` (what is stored) and the last `after`.
  const byId = new Map<string, Change>();
  for (const change of changes) {
    const id = (change.before ?? change.after)?.id;
    if (id === undefined) continue;
    const earlier = byId.get(id);
    byId.set(id, earlier ? { before: earlier.before, after: change.after } : change);
  }
  const removed = new Map<string, { pair: Pair; ids: Set<string> }>();
  const added = new Map<string, { pair: Pair; facts: Fact[] }>();
  for (const { before, after } of byId.values()) {
    const from = before ? pairOf(before) : null;
    const to = after ? pairOf(after) : null;
    if (before && after && from && to && cmp(from, to) === 0 && sameFact(before, after)) continue;
    if (from && before) {
      const entry = removed.get(pairKey(from)) ?? { pair: from, ids: new Set<string>() };
      entry.ids.add(before.id);
      removed.set(pairKey(from), entry);
    }
    if (to && after) {
      const entry = added.get(pairKey(to)) ?? { pair: to, facts: [] };
      entry.facts.push(factOf(after));
      added.set(pairKey(to), entry);
    }
  }
  if (removed.size === 0 && added.size === 0) return;

  const put: FactChunk[] = [];
  const gone: ChunkKey[] = [];
  // Pairs that lose facts: read whole, facts taken out, new ones put where there is room.
  const whole = [...removed.values()].map(async ({ pair, ids }) => {
    const chunks = (await chunksOf(db, pair[0], pair[1])).filter(
      (chunk) => !keep || cmp(chunkKey(chunk), keep) !== 0,
    );
    const changed = new Set<FactChunk>();
    for (const chunk of chunks) {
      const kept = chunk.facts.filter((f) => !ids.has(f.id));
      if (kept.length !== chunk.facts.length) {
        chunk.facts = kept;
        changed.add(chunk);
      }
    }
    const incoming = added.get(pairKey(pair))?.facts ?? [];
    added.delete(pairKey(pair));
    // Into numbered chunks only: a single fact's record stays one fact.
    const numbered = chunks.filter((chunk) => typeof chunk.chunk === 'number');
    for (const chunk of numbered) {
      while (incoming.length > 0 && chunk.facts.length < CHUNK_SIZE) {
        chunk.facts.push(incoming.shift() as Fact);
        changed.add(chunk);
      }
    }
    const last = Math.max(OPEN_CHUNK, ...numbered.map((chunk) => chunk.chunk as number));
    put.push(...newChunks(pair, last + 1, incoming));
    for (const chunk of changed) {
      if (chunk.facts.length > 0) put.push(chunk);
      else gone.push(chunkKey(chunk));
    }
  });
  await Promise.all(whole);

  // Pairs that only gain facts.
  let fresh: FactChunk[] = [];
  if (added.size > BULK_PAIRS) {
    // New chunks under random numbers, added (never put over another): no chunk is read to
    // find where each pair's numbers end. (Reading the table's keys to find out took Chromium
    // 200–340 ms: it walks the records, values and all.)
    for (const { pair, facts } of added.values()) fresh.push(...newChunks(pair, 0, facts));
  } else {
    await Promise.all(
      [...added.values()].map(async ({ pair, facts }) => {
        const open = await openChunk(db, pair);
        put.push(...(await packed(db, pair, [...(open?.facts ?? []), ...facts])));
      }),
    );
  }
  await Promise.all([
    put.length > 0 ? db.facts.bulkPut(put) : null,
    gone.length > 0 ? db.facts.bulkDelete(gone) : null,
  ]);
  // A number already taken in its pair (about one chance in 10^11 for an import) is refused
  // without ending the transaction, and drawn again.
  while (fresh.length > 0) {
    for (const chunk of fresh) chunk.chunk = randomNumber();
    try {
      await db.facts.bulkAdd(fresh);
      fresh = [];
    } catch (error) {
      const refused = error instanceof Dexie.BulkError ? Object.entries(error.failuresByPos) : [];
      if (refused.length === 0 || refused.some(([, e]) => e.name !== 'ConstraintError'))
        throw error;
      fresh = refused.map(([pos]) => fresh[Number(pos)] as FactChunk);
    }
  }
}

/** A chunk number for an import's chunks: random, above OPEN_CHUNK, an integer below 2^48. */
function randomNumber(): number {
  return 1 + Math.floor(Math.random() * (2 ** 48 - 1));
}

function newChunks(pair: Pair, first: number, facts: readonly Fact[]): FactChunk[] {
  const chunks: FactChunk[] = [];
  for (let i = 0; i < facts.length; i += CHUNK_SIZE)
    chunks.push({
      metric: pair[0],
      period: pair[1],
      chunk: first + i / CHUNK_SIZE,
      facts: facts.slice(i, i + CHUNK_SIZE),
    });
  return chunks;
}

/**
 * Files the facts of every stored claim, into an empty `facts` table: the upgrade to schema
 * version 3. Reads the claims one by one and writes each chunk as it fills, so a large
 * library is never held in memory at once.
 */
export async function buildFacts(
  claims: Pick<Table<Claim>, 'each'>,
  facts: Pick<Table<FactChunk>, 'put' | 'bulkPut'>,
): Promise<void> {
  // Full chunks are numbered from 1 as they fill; what is left of each pair is its open chunk.
  const open = new Map<string, { facts: Fact[]; next: number }>();
  const writes: Promise<unknown>[] = [];
  await claims.each((claim) => {
    const pair = pairOf(claim);
    if (!pair) return;
    const key = pairKey(pair);
    const filling = open.get(key) ?? { facts: [], next: OPEN_CHUNK + 1 };
    open.set(key, filling);
    filling.facts.push(factOf(claim));
    if (filling.facts.length === CHUNK_SIZE) {
      writes.push(
        facts.put({ metric: pair[0], period: pair[1], chunk: filling.next, facts: filling.facts }),
      );
      filling.facts = [];
      filling.next++;
    }
  });
  const rest = [...open.entries()]
    .filter(([, filling]) => filling.facts.length > 0)
    .map(([key, filling]): FactChunk => {
      const [metric, period] = JSON.parse(key) as Pair;
      return { metric, period, chunk: OPEN_CHUNK, facts: filling.facts };
    });
  if (rest.length > 0) writes.push(facts.bulkPut(rest));
  await Promise.all(writes);
}
