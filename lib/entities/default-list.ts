import packed from './data/companies.generated.json';
import { type CompanyList, createCompanyList } from './list.ts';
import type { PackedCompanyList } from './pack.ts';

let cached: CompanyList | null = null;

/** The bundled company list, decoded on first use (a few milliseconds) and kept. */
export function defaultCompanyList(): CompanyList {
  cached ??= createCompanyList(packed as PackedCompanyList);
  return cached;
}
