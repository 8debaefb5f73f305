import type { ImportProblem } from '@/lib/db/transfer';
import type { UiLang } from '@/lib/format/figure';
import { type UiKey, ui } from './ui-strings';

/** A bad import file's problem, in the reader's language. */
export function problemText(lang: UiLang, problem: ImportProblem): string {
  const key: UiKey =
    problem.code === 'wrong-type' && !problem.field
      ? 'problem_wrong-type-claim'
      : `problem_${problem.code}`;
  return ui(lang, key, {
    claim: problem.claim ?? '',
    field: problem.field ?? '',
    detail: problem.detail ?? '',
  });
}
