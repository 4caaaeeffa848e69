import type { ChecklistQuery } from '../query/checklist-query';

/** Placeholder until the question flow lands: renders nothing. */
export function QuestionFlow(_props: { query: ChecklistQuery }) {
  return null;
}
