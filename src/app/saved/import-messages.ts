import { LABEL_MAX, type ImportProblem, type StorageError } from '../../storage';
import { EXPIRY_YEARS_AHEAD, writeErrorKey } from './saved-model';

// The sentences of an import, in the person's language: what is wrong with a file, person by person and field by
// field, from the codes the store and import-checks.ts give (never the validator's own English).

/** A translate function over saved.json. */
export type SavedT = (key: string, options?: Record<string, unknown>) => string;

/** How many problems of a file are listed; the rest are counted. */
export const PROBLEMS_SHOWN = 8;

/** One problem of an import file as a sentence: who (person n, and the label when it can be shown), then what. */
export function importProblemText(t: SavedT, problem: ImportProblem): string {
  const what = t(`import.problem.code.${problem.code}`, {
    field: problem.field,
    value: problem.value ?? '',
    max: problem.code === 'too-many-people' ? 1000 : LABEL_MAX,
    years: EXPIRY_YEARS_AHEAD,
    defaultValue: t('import.problem.code.bad-value', { field: problem.field }),
  });
  if (problem.person === undefined) return what;
  const n = problem.person + 1;
  const who = problem.label ? t('import.problem.personLabel', { n, label: problem.label }) : t('import.problem.person', { n });
  return t('import.problem.sentence', { who, what });
}

/** The sentences for a refused file's problems: at most PROBLEMS_SHOWN, then how many more. */
export function importProblemLines(t: SavedT, problems: readonly ImportProblem[]): string[] {
  const lines = problems.slice(0, PROBLEMS_SHOWN).map((p) => importProblemText(t, p));
  const more = problems.length - PROBLEMS_SHOWN;
  return more > 0 ? [...lines, t('import.problem.more', { count: more })] : lines;
}

/** The saved.json key of the sentence for a refused import file or a failed import. */
export function importErrorKey(error: StorageError): string {
  switch (error.kind) {
    case 'not-json':
    case 'foreign':
      return 'import.error.foreign';
    case 'truncated':
      return 'import.error.truncated';
    case 'too-new':
      return 'import.error.tooNew';
    case 'too-large':
      return 'import.error.tooLarge';
    case 'invalid':
      return 'import.error.invalid';
    case 'unresolved':
      return 'import.error.unresolved';
    case 'plan-outdated':
      return 'import.error.outdated';
    case 'undo-outdated':
      return 'import.error.undoOutdated';
    default:
      return writeErrorKey(error);
  }
}
