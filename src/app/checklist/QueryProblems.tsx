import type { QueryProblem } from '../query/checklist-query';

/** Placeholder until the message page lands: renders nothing. */
export function QueryProblems(_props: { problems: QueryProblem[] }) {
  return null;
}
