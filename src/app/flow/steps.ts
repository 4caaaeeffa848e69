import { APPLICANTS, FACTS, PROCEDURES } from '../../cities/vocabulary';
import { FACT_ORDER } from '../../engine/conditions';
import { PIN_KINDS, YES_NO_UNSURE } from '../query/answers';

// The question flow as one table, in the order asked (GOV.UK smart-answers style). Each step is a screen named by
// the URL's `ask`; a question step sets one URL parameter. Parsing and writing the URL, the review screen, the
// screens themselves and saved people all read this table. When a triage step applies is the engine's triage
// (src/app/flow/flow-steps.ts asks it); a fact step applies while the city's checklist still depends on it.
//
// kind: 'core' — city, procedure, applicant, always asked first; 'triage' — the cheapest way for a PIN (only the
// cardholder can use a store or home route); 'fact' — a condition of the city's list (src/cities/vocabulary.ts);
// 'show' — a screen without a question (the cheapest way, the answers to check).
//
// A step's words are data: flow.json `<id>.question`, `<id>.hint`, `<id>.options.<value>` (core and triage), or
// rules.json `facts.<id>` (facts). Adding a triage question is a row here, its answers in the engine's triage and
// its words in the locales.

/** One screen of the flow. */
export interface Step {
  readonly id: string;
  readonly kind: 'core' | 'triage' | 'fact' | 'show';
  /** The answers the URL may hold (the city step's are the registry's cities). */
  readonly values?: readonly string[];
  /** The answers offered on the screen, when fewer than the URL may hold (older links keep working). */
  readonly offered?: readonly string[];
  /** The screen offers check boxes: several answers, written as one value (pinKindOf). */
  readonly several?: boolean;
  /** "I'm not sure" is offered and leaves the parameter out. */
  readonly notSure?: boolean;
}

/** Every step, in the order asked. */
export const STEPS = [
  { id: 'city', kind: 'core' },
  { id: 'procedure', kind: 'core', values: PROCEDURES },
  { id: 'applicant', kind: 'core', values: APPLICANTS },
  { id: 'current-pin', kind: 'triage', values: YES_NO_UNSURE },
  { id: 'pin', kind: 'triage', values: PIN_KINDS, offered: ['signature', 'four-digit'], several: true, notSure: true },
  { id: 'other-pin', kind: 'triage', values: YES_NO_UNSURE },
  { id: 'certs-valid', kind: 'triage', values: YES_NO_UNSURE },
  { id: 'smartphone', kind: 'triage', values: YES_NO_UNSURE },
  { id: 'route', kind: 'show' },
  ...FACT_ORDER.map((fact) => ({ id: fact, kind: 'fact' as const, values: FACTS[fact], notSure: true })),
  { id: 'review', kind: 'show' },
] as const satisfies readonly Step[];

/** A step's name (the value of `ask`). */
export type StepId = (typeof STEPS)[number]['id'];
/** A step that sets a parameter of the same name. */
export type QuestionStep = Extract<(typeof STEPS)[number], { kind: 'core' | 'triage' | 'fact' }>['id'];
/** A triage step. */
export type TriageStep = Extract<(typeof STEPS)[number], { kind: 'triage' }>['id'];

/** Every step name in order. */
export const STEP_ORDER: readonly StepId[] = STEPS.map((s) => s.id);

/** The triage steps, in order. */
export const TRIAGE_STEPS = STEPS.filter((s) => s.kind === 'triage').map((s) => s.id) as readonly TriageStep[];

/** The table's row for a step. */
export function stepOf(id: StepId): Step {
  return STEPS.find((s) => s.id === id)!;
}

/** True for a string that names a step. */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_ORDER as readonly string[]).includes(value);
}

/** True for a step that sets a parameter. */
export function isQuestionStep(step: StepId): step is QuestionStep {
  return stepOf(step).kind !== 'show';
}

/** True for a triage step. */
export function isTriageStep(step: StepId): step is TriageStep {
  return stepOf(step).kind === 'triage';
}

/** True for a step answered with check boxes (several answers). */
export function isSeveral(step: StepId): boolean {
  return Boolean(stepOf(step).several);
}
