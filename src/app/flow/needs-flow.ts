import type { ChecklistQuery } from '../query/checklist-query';

/** True when /checklist should show a question screen (a step is asked, or a contract parameter is missing). */
export function needsFlow(query: ChecklistQuery, ask: string | undefined): boolean {
  return Boolean(ask) || !query.city || !query.procedure || !query.applicant;
}
