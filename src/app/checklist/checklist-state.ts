import type { PersonInput, Progress } from '../../storage';
import { FACT_PARAMS, type ChecklistQuery } from '../query/checklist-query';
import type { QueryParams } from '../routes';
import { TRIAGE_STEPS } from '../flow/steps';

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

/**
 * The address to share: the page's, without `person` (which saved person of this device it is: meaningless
 * on another device, where it would say the checklist is not saved there).
 */
export function shareableHref(href: string): string {
  const url = new URL(href);
  if (!url.searchParams.has('person')) return href;
  url.searchParams.delete('person');
  return url.toString().replace(/%2C/gi, ',');
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

/** Every URL parameter a saved person keeps among its answers: the facts and the PIN triage answers. */
export const SAVED_ANSWER_PARAMS: readonly string[] = [...FACT_PARAMS, ...TRIAGE_STEPS];

/** The progress of the checklist in the URL: answers (by parameter name), ticks, and documents held (agent's prefixed). */
export function progressFromQuery(query: ChecklistQuery): Progress {
  const answers: Record<string, string> = {};
  for (const [fact, value] of Object.entries(query.answers)) if (value) answers[fact] = value;
  for (const [step, value] of Object.entries(query.triage)) if (value) answers[step] = value;
  return { answers, ticks: [...query.done], held: [...query.docs, ...query.agentDocs.map((d) => `${AGENT_HELD_PREFIX}${d}`)] };
}

/** The URL parameters that show `progress` (every answer parameter named, so one no longer given is removed). */
export function progressParams(progress: Progress): QueryParams {
  const params: Record<string, string | readonly string[] | null> = {};
  for (const param of SAVED_ANSWER_PARAMS) params[param] = progress.answers[param] ?? null;
  params.docs = progress.held.filter((d) => !d.startsWith(AGENT_HELD_PREFIX));
  params['agent-docs'] = progress.held.filter((d) => d.startsWith(AGENT_HELD_PREFIX)).map((d) => d.slice(AGENT_HELD_PREFIX.length));
  params.done = progress.ticks;
  return params;
}

/** What savePerson needs to keep this checklist under a label (answers keyed by their URL parameter names). */
export function personInputFromQuery(
  query: ChecklistQuery & Required<Pick<ChecklistQuery, 'city' | 'procedure' | 'applicant'>>,
  label: string,
  expiry?: string,
  stayUntil?: string,
): PersonInput {
  const progress = progressFromQuery(query);
  return {
    label,
    city: query.city,
    procedure: query.procedure,
    applicant: query.applicant,
    answers: { ...progress.answers },
    ticks: [...progress.ticks],
    held: [...progress.held],
    ...(expiry ? { expiry } : {}),
    ...(stayUntil ? { stayUntil } : {}),
  };
}
