// Bundled by claims.bench.ts into a script for a real Chromium page: the same work as in Node.
import { TallyDB } from '@/lib/db/schema';
import { fillLibrary, measureClaims } from './claims-work';

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
};
(globalThis as unknown as { tallyBench: typeof bench }).tallyBench = bench;
