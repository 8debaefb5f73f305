// Bundled by claims.bench.ts into a script for a real Chromium page: the same work as in Node.
import { countClaims } from '@/lib/db/claims';
import { TallyDB } from '@/lib/db/schema';
import { seedEarlier } from '../support/schema-history';
import { fillLibrary, generateClaims, measureClaims } from './claims-work';

const NAME = 'tally-bench';

/** Waits for the profile's IndexedDB files to go quiet: claims.bench.ts exposes it (on disk). */
const settle = async (): Promise<number> => {
  const wait = (globalThis as { tallyBenchSettle?: () => Promise<number> }).tallyBenchSettle;
  return wait ? wait() : 0;
};

/** What the bench calls in the page: fill (one browser session), then measure (the next one). */
const bench = {
  async fill(n: number) {
    const db = new TallyDB(NAME);
    try {
      return await fillLibrary(db, n);
    } finally {
      db.close();
    }
  },
  async measure(n: number) {
    const db = new TallyDB(NAME);
    try {
      return await measureClaims(db, n, settle);
    } finally {
      await db.delete();
    }
  },
  /** A version 3 library of `n` claims, then the upgrade to the current version, timed. */
  async upgrade(n: number) {
    const name = `${NAME}-upgrade`;
    await seedEarlier(name, 3, generateClaims(n));
    await settle();
    const t = performance.now();
    const db = new TallyDB(name);
    try {
      await db.open();
      const ms = performance.now() - t;
      return { ms, claims: await countClaims(db) };
    } finally {
      await db.delete();
    }
  },
};
(globalThis as unknown as { tallyBench: typeof bench }).tallyBench = bench;
