import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/build';

// Compare reads the facts lib/db files with every write to the claims (in `sheets`) (lib/db/facts.ts): a
// write that went around lib/db would leave them out of date, and Compare wrong.
const WRITE = /\.(sheets|facts)\s*\.\s*(add|put|bulkAdd|bulkPut|update|delete|bulkDelete|clear)\(/;
const MODIFY = /\.(sheets|facts)\b[^;]*\.(modify|delete)\(/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((f) => join(ROOT, dir, f));
}

describe('writes to the library', () => {
  it('go through lib/db only, so that the facts Compare reads follow the claims', () => {
    const outside = ['entrypoints', 'components', 'lib']
      .flatMap(sources)
      .filter((file) => !relative(ROOT, file).startsWith(join('lib', 'db')))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return WRITE.test(text) || MODIFY.test(text);
      })
      .map((file) => relative(ROOT, file));
    expect(outside).toEqual([]);
  });

  it('would be noticed', () => {
    expect(WRITE.test('await db.sheets.put(claim)')).toBe(true);
    expect(WRITE.test('env.db.facts.bulkDelete(keys)')).toBe(true);
    expect(MODIFY.test("db.sheets.where('site').equals(s).modify({ site: t })")).toBe(true);
    expect(WRITE.test('db.sheets.get(id)')).toBe(false);
  });
});
