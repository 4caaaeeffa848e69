import { APPLICANTS, FACTS, PROCEDURES, type Answers, type ApplicantId, type FactId, type ProcedureId } from '../../cities/vocabulary';
import { STEP_ORDER, STEPS, type TriageStep } from '../flow/steps';
import { pinKindOf } from './answers';
import { quoted } from './quoted';

// The checklist's answers live in the URL (public contract, see README). This module is the one parser and
// serializer of those parameters, so hostile or mistyped links get a clear message instead of a crash.

export { PIN_KINDS, YES_NO_UNSURE, type PinKind, type YesNoUnsure } from './answers';

/** The triage answers, by their URL parameter (the flow's triage steps, src/app/flow/steps.ts). */
export type TriageAnswers = Partial<Record<TriageStep, string>>;

/** Every parameter of /checklist, parsed. Absent parameters are undefined (not yet answered). */
export interface ChecklistQuery {
  city?: string;
  procedure?: ProcedureId;
  applicant?: ApplicantId;
  /** The facts of the city's conditions. */
  answers: Answers;
  /** The PIN triage: which PIN (pin), the current PIN known (current-pin), the other one (other-pin), … */
  triage: TriageAnswers;
  /** Identity documents held: the person's and the agent's. */
  docs: string[];
  agentDocs: string[];
  /** Ticked checklist items. */
  done: string[];
}

/** A problem with one parameter, for the message page. */
export interface QueryProblem {
  param: string;
  code: 'unknown-city' | 'bad-value' | 'too-long' | 'too-many';
  /** The offending value, shortened; render it as text, never as markup. */
  value: string;
}

const MAX_VALUE = 400;
const MAX_LIST = 60;
const LIST_ITEM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The fact parameters use the fact ids directly (dependent, honseki, koseki, household, resident-pin, inquiry). */
export const FACT_PARAMS = Object.keys(FACTS) as FactId[];

function pick<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  problems: QueryProblem[],
): T | undefined {
  // The last of a repeated name, as the app's links (preact-iso's query) and the host's rewrites read it.
  const raw = params.getAll(name).at(-1);
  if (raw === undefined || raw === '') return undefined;
  if (raw.length > MAX_VALUE) {
    problems.push({ param: name, code: 'too-long', value: quoted(raw) });
    return undefined;
  }
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push({ param: name, code: 'bad-value', value: quoted(raw) });
  return undefined;
}

function list(params: URLSearchParams, name: string, problems: QueryProblem[]): string[] {
  // `docs=a&docs=b` (a form without script) is the list a,b.
  const raw = params.getAll(name).join(',');
  if (!raw) return [];
  if (raw.length > MAX_VALUE * 4) {
    problems.push({ param: name, code: 'too-long', value: quoted(raw) });
    return [];
  }
  const items = [...new Set(raw.split(',').filter(Boolean))];
  if (items.length > MAX_LIST) {
    problems.push({ param: name, code: 'too-many', value: quoted(raw) });
    return [];
  }
  const bad = items.find((x) => !LIST_ITEM.test(x) || x.length > 60);
  if (bad !== undefined) {
    problems.push({ param: name, code: 'bad-value', value: quoted(bad) });
    return [];
  }
  return items;
}

/** Parses /checklist parameters; unknown parameters are ignored, bad values are reported, never thrown. */
export function parseChecklistQuery(
  params: URLSearchParams,
  cityIds: readonly string[],
): { query: ChecklistQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const city = pick(params, 'city', cityIds, problems);
  if (problems.length && problems[0]?.param === 'city' && problems[0].code === 'bad-value') problems[0].code = 'unknown-city';
  const answers: Answers = {};
  for (const fact of FACT_PARAMS) {
    const value = pick(params, fact, FACTS[fact], problems);
    if (value !== undefined) answers[fact] = value;
  }
  const triage: TriageAnswers = {};
  for (const step of STEPS) {
    if (step.kind !== 'triage') continue;
    // Check boxes send one parameter per box: `pin=signature&pin=four-digit` is one answer; a value no box sends
    // is refused as it is alone.
    const pins = step.id === 'pin' ? params.getAll('pin') : [];
    const bad = pins.find((v) => v && !(step.values as readonly string[]).includes(v));
    const value =
      pins.length > 1 && bad === undefined
        ? pinKindOf(pins)
        : pick(bad === undefined ? params : new URLSearchParams({ pin: bad }), step.id, step.values, problems);
    if (value !== undefined) triage[step.id] = value;
  }
  const query: ChecklistQuery = {
    city,
    procedure: pick(params, 'procedure', PROCEDURES, problems),
    applicant: pick(params, 'applicant', APPLICANTS, problems),
    answers,
    triage,
    docs: list(params, 'docs', problems),
    agentDocs: list(params, 'agent-docs', problems),
    done: list(params, 'done', problems),
  };
  // The screen and the view a link names: a value the app never writes is a mistyped link, said as such.
  pick(params, 'ask', STEP_ORDER, problems);
  pick(params, 'view', VIEWS, problems);
  return { query, problems };
}

/** The values of `view` (README): the counter view. */
export const VIEWS = ['counter'] as const;

/** The parameters a link may repeat (one per check box), each of which the app writes as one value. */
export const REPEATABLE_PARAMS = ['pin', 'docs', 'agent-docs', 'done'] as const;

/** Serializes a checklist query in a stable parameter order, omitting unanswered values. */
export function checklistSearch(q: Partial<ChecklistQuery>, lang?: string): string {
  const out = new URLSearchParams();
  const set = (k: string, v: string | undefined) => {
    if (v) out.set(k, v);
  };
  set('city', q.city);
  set('procedure', q.procedure);
  set('applicant', q.applicant);
  for (const fact of FACT_PARAMS) set(fact, q.answers?.[fact]);
  for (const step of STEPS) if (step.kind === 'triage') set(step.id, q.triage?.[step.id]);
  set('docs', q.docs?.join(','));
  set('agent-docs', q.agentDocs?.join(','));
  set('done', q.done?.join(','));
  set('lang', lang);
  const s = out.toString();
  return s ? `?${s}` : '';
}
