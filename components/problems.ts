import { i18n } from '#i18n';
import type { ImportProblem, ImportProblemCode } from '@/lib/db/transfer';

const claim = (p: ImportProblem) => p.claim ?? '';
const field = (p: ImportProblem) => p.field ?? '';
const detail = (p: ImportProblem) => p.detail ?? '';

// A message name takes no '-', so each code has its own line (and its own substitutions).
const TEXTS: Record<ImportProblemCode, (p: ImportProblem) => string> = {
  empty: () => i18n.t('problem.empty'),
  'too-large': (p) => i18n.t('problem.tooLarge', { detail: detail(p) }),
  'not-json': (p) => i18n.t('problem.notJson', { detail: detail(p) }),
  'not-tally': () => i18n.t('problem.notTally'),
  'wrong-version': (p) => i18n.t('problem.wrongVersion', { detail: detail(p) }),
  'not-array': () => i18n.t('problem.notArray'),
  'too-many': (p) => i18n.t('problem.tooMany', { detail: detail(p) }),
  'missing-field': (p) => i18n.t('problem.missingField', { claim: claim(p), field: field(p) }),
  'wrong-type': (p) =>
    p.field
      ? i18n.t('problem.wrongType', { claim: claim(p), field: field(p) })
      : i18n.t('problem.wrongTypeClaim', { claim: claim(p) }),
  'bad-value': (p) => i18n.t('problem.badValue', { claim: claim(p), field: field(p) }),
  'out-of-range': (p) => i18n.t('problem.outOfRange', { claim: claim(p), field: field(p) }),
  'invalid-date': (p) => i18n.t('problem.invalidDate', { claim: claim(p), field: field(p) }),
  'invalid-currency': (p) =>
    i18n.t('problem.invalidCurrency', { claim: claim(p), field: field(p) }),
  'invalid-url': (p) => i18n.t('problem.invalidUrl', { claim: claim(p), field: field(p) }),
  'duplicate-id': (p) => i18n.t('problem.duplicateId', { claim: claim(p), detail: detail(p) }),
};

/** A bad import file's problem, in the interface's language. */
export function problemText(problem: ImportProblem): string {
  return TEXTS[problem.code](problem);
}
