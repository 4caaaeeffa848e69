import type { ChecklistQuery } from '../query/checklist-query';

/** Placeholder until the checklist view lands: renders nothing. */
export function ChecklistView(_props: { query: ChecklistQuery }) {
  return null;
}
