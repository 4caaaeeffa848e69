import type { PersonInput } from '../../storage';
import type { ChecklistQuery } from '../query/checklist-query';

// The checklist's own state lives in the URL (done, docs, agent-docs). These helpers name ticks, toggle list
// values, and map a checklist to a saved person (src/app/saved/saved-model.ts maps it back to a link).

/** The tick id of an item: its id on the first visit, `v<n>-<id>` on visit n (an item may be on both visits). */
export function tickId(visitIndex: number, itemId: string): string {
  return visitIndex === 0 ? itemId : `v${visitIndex + 1}-${itemId}`;
}

/** The list with `value` added (at the end) or removed; never a duplicate. */
export function toggled(list: readonly string[], value: string, on: boolean): string[] {
  const without = list.filter((x) => x !== value);
  return on ? [...without, value] : without;
}

/** Saved people keep one `held` list: the agent's documents are kept there with this prefix. */
export const AGENT_HELD_PREFIX = 'agent-';

/**
 * The answers that describe whoever holds the documents: the cardholder's as given, the agent's own card through
 * its own fact (agent-resident-pin), so a rule like "the card counts only if its PIN can be entered" reads right.
 */
export function holderAnswers(query: ChecklistQuery, whose: 'person' | 'agent'): ChecklistQuery['answers'] {
  if (whose === 'person') return query.answers;
  const pin = query.answers['agent-resident-pin'];
  return pin ? { 'resident-pin': pin } : {};
}

/** The query parameters kept as a saved person's answers (besides the facts): the PIN triage answers. */
const TRIAGE_KEYS = [
  ['pin', 'pin'],
  ['otherPin', 'other-pin'],
  ['currentPin', 'current-pin'],
  ['certsValid', 'certs-valid'],
  ['smartphone', 'smartphone'],
] as const;

/** What savePerson needs to keep this checklist under a label (answers keyed by their URL parameter names). */
export function personInputFromQuery(
  query: ChecklistQuery & Required<Pick<ChecklistQuery, 'city' | 'procedure' | 'applicant'>>,
  label: string,
  expiry?: string,
): PersonInput {
  const answers: Record<string, string> = {};
  for (const [fact, value] of Object.entries(query.answers)) if (value) answers[fact] = value;
  for (const [field, param] of TRIAGE_KEYS) {
    const value = query[field];
    if (value) answers[param] = value;
  }
  return {
    label,
    city: query.city,
    procedure: query.procedure,
    applicant: query.applicant,
    answers,
    ticks: [...query.done],
    held: [...query.docs, ...query.agentDocs.map((d) => `${AGENT_HELD_PREFIX}${d}`)],
    ...(expiry ? { expiry } : {}),
  };
}
