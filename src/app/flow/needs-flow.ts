import type { ChecklistQuery } from '../query/checklist-query';
import { isStepId } from './steps';

/**
 * True when /checklist should show a question screen: `ask` names a step, or city, procedure or applicant is missing.
 * With all three and no `ask` the checklist shows at once (public contract); so does an `ask` that names no step.
 */
export function needsFlow(query: ChecklistQuery, ask: string | undefined): boolean {
  return isStepId(ask) || !query.city || !query.procedure || !query.applicant;
}
