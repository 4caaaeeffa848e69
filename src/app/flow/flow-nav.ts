import { checklistSearch, type ChecklistQuery } from '../query/checklist-query';
import { buildHref, ROUTES } from '../routes';
import type { StepId } from './flow-steps';

// Links between the flow's screens. Every answer is in the URL; `ask` names the screen. Only the "return to the review
// after a change" intent lives in memory: it is a detour, not an answer, and the public URL contract has no place for it.

/** The parameters of a flow URL, in the contract's order, then `ask`, then `lang`. */
export function flowParams(q: ChecklistQuery, step: StepId | null, lang?: string): Array<[string, string]> {
  const params: Array<[string, string]> = [...new URLSearchParams(checklistSearch(q))];
  if (step) params.push(['ask', step]);
  if (lang) params.push(['lang', lang]);
  return params;
}

/** A link to a screen of the flow (or, with step null, to the checklist itself). */
export function flowHref(q: ChecklistQuery, step: StepId | null, lang?: string): string {
  return buildHref(ROUTES.checklist, Object.fromEntries(flowParams(q, step, lang)));
}

/** A change started from the review: which step, and the steps the review showed then. */
export interface ChangeSession {
  step: StepId;
  shown: readonly StepId[];
}

let change: ChangeSession | undefined;

/** Remembers that the person chose "Change" on the review. */
export function startChange(session: ChangeSession): void {
  change = session;
}

/** The change in progress, if any. */
export function currentChange(): ChangeSession | undefined {
  return change;
}

/** Forgets the change (back on the review, or on the checklist). */
export function endChange(): void {
  change = undefined;
}
