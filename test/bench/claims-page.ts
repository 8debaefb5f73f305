// Bundled by claims.bench.ts into a script for a real Chromium page: the same work as in Node.
import { TallyDB } from '@/lib/db/schema';
import { measureClaims } from './claims-work';

(globalThis as unknown as { tallyBench: (n: number) => unknown }).tallyBench = async (
  n: number,
) => {
  const db = new TallyDB(`tally-bench-${Date.now()}`);
  try {
    return await measureClaims(db, n);
  } finally {
    await db.delete();
  }
};
