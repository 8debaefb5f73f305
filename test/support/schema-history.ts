import Dexie from 'dexie';
import { buildFacts } from '@/lib/db/facts';
import type { Claim } from '@/lib/db/schema';

/**
 * Every schema version before the current one, exactly as it was declared: the upgrade test
 * opens a database at each, and the claims bench times the upgrade of a large library.
 */
export const EARLIER_VERSIONS: Record<number, Record<string, string>[]> = {
  1: [{ claims: 'id, [companyId+metric], metric, canonicalUrl, savedAt' }],
  2: [
    {
      claims:
        'id, [companyId+metric], [metric+period], metric, companyName, canonicalUrl, site, savedAt',
    },
  ],
  3: [
    {
      claims: 'id, [companyId+metric], [metric+savedAt], companyName, canonicalUrl, site, savedAt',
      facts: '[metric+period+chunk]',
    },
  ],
};

/**
 * Creates database `name` at an earlier `version` with `claims` stored as that version stored
 * them (from version 3, with their facts), 10,000 a transaction, and closes it.
 */
export async function seedEarlier(name: string, version: number, claims: Claim[]): Promise<void> {
  const old = new Dexie(name);
  for (const [v, stores] of Object.entries(EARLIER_VERSIONS))
    if (Number(v) <= version) for (const s of stores) old.version(Number(v)).stores(s);
  await old.open();
  for (let i = 0; i < claims.length; i += 10_000)
    await old.table('claims').bulkAdd(claims.slice(i, i + 10_000));
  if (version >= 3)
    await old.transaction('rw', 'claims', 'facts', () =>
      buildFacts(old.table('claims'), old.table('facts')),
    );
  if (old.verno !== version) throw new Error(`seeded at ${old.verno}, not ${version}`);
  old.close();
}
