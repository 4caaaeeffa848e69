import { APPLICANTS, FACTS, PROCEDURES, type Answers, type ApplicantId, type FactId, type ProcedureId } from '../../cities/vocabulary';

// The checklist's answers live in the URL (public contract, see README). This module is the one parser and
// serializer of those parameters, so hostile or mistyped links get a clear message instead of a crash.

/** Which PIN is forgotten or locked, for the PIN-reset triage. */
export const PIN_KINDS = ['signature', 'auth', 'both', 'resident', 'cardinfo'] as const;
/** A PIN kind. */
export type PinKind = (typeof PIN_KINDS)[number];
/** Tri-state answers of the triage questions. */
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
/** A triage answer. */
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/** Every parameter of /checklist, parsed. Absent parameters are undefined (not yet answered). */
export interface ChecklistQuery {
  city?: string;
  procedure?: ProcedureId;
  applicant?: ApplicantId;
  answers: Answers;
  /** Triage: which PIN, whether the other certificate PIN is known and unlocked, whether both certificates are valid. */
  pin?: PinKind;
  otherPin?: YesNoUnsure;
  /** PIN change: the current PIN is known and not locked. */
  currentPin?: YesNoUnsure;
  certsValid?: YesNoUnsure;
  smartphone?: YesNoUnsure;
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

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function pick<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  problems: QueryProblem[],
): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  if (raw.length > MAX_VALUE) {
    problems.push({ param: name, code: 'too-long', value: shorten(raw) });
    return undefined;
  }
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  problems.push({ param: name, code: 'bad-value', value: shorten(raw) });
  return undefined;
}

function list(params: URLSearchParams, name: string, problems: QueryProblem[]): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  if (raw.length > MAX_VALUE * 4) {
    problems.push({ param: name, code: 'too-long', value: shorten(raw) });
    return [];
  }
  const items = [...new Set(raw.split(',').filter(Boolean))];
  if (items.length > MAX_LIST) {
    problems.push({ param: name, code: 'too-many', value: shorten(raw) });
    return [];
  }
  const bad = items.find((x) => !LIST_ITEM.test(x) || x.length > 60);
  if (bad !== undefined) {
    problems.push({ param: name, code: 'bad-value', value: shorten(bad) });
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
  const query: ChecklistQuery = {
    city,
    procedure: pick(params, 'procedure', PROCEDURES, problems),
    applicant: pick(params, 'applicant', APPLICANTS, problems),
    answers,
    pin: pick(params, 'pin', PIN_KINDS, problems),
    otherPin: pick(params, 'other-pin', YES_NO_UNSURE, problems),
    currentPin: pick(params, 'current-pin', YES_NO_UNSURE, problems),
    certsValid: pick(params, 'certs-valid', YES_NO_UNSURE, problems),
    smartphone: pick(params, 'smartphone', YES_NO_UNSURE, problems),
    docs: list(params, 'docs', problems),
    agentDocs: list(params, 'agent-docs', problems),
    done: list(params, 'done', problems),
  };
  return { query, problems };
}

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
  set('pin', q.pin);
  set('other-pin', q.otherPin);
  set('current-pin', q.currentPin);
  set('certs-valid', q.certsValid);
  set('smartphone', q.smartphone);
  set('docs', q.docs?.join(','));
  set('agent-docs', q.agentDocs?.join(','));
  set('done', q.done?.join(','));
  set('lang', lang);
  const s = out.toString();
  return s ? `?${s}` : '';
}
