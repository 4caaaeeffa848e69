import type { City } from '../../cities/schema';
import { APPLICANTS, FACTS, PROCEDURES, type Answers, type FactId } from '../../cities/vocabulary';
import type { PinId } from '../../cities/national';
import { buildChecklist } from '../../engine/checklist';
import { FACT_ORDER, openFacts, sortFacts, type Tri } from '../../engine/conditions';
import { documentsFor } from '../../engine/id-check';
import { triage, type TriageInput, type TriageQuestion } from '../../engine/pin-triage';
import { PIN_KINDS, YES_NO_UNSURE, type ChecklistQuery, type PinKind, type YesNoUnsure } from '../query/checklist-query';
import { STEP_ORDER, isStepId, type StepId } from './step-ids';

export { STEP_ORDER, isStepId, type StepId };

// The question flow's steps as pure functions of the URL's answers (and the city's data), so Back, Change and shared
// links all land on the same screen. A step "applies" when an earlier answer makes it matter; which steps apply is
// decided in order, each from the answers before it only, so answering a later question never hides an earlier one.

/** The steps that set one URL parameter; 'route' and 'review' only show. */
export type QuestionStep = Exclude<StepId, 'route' | 'review'>;

/** The triage steps that follow `pin` while the convenience-store route depends on them. */
const STORE_STEPS = ['other-pin', 'certs-valid', 'smartphone'] as const satisfies readonly TriageQuestion[];

/** True for a step that is a condition fact of the checklist (dependent, honseki, …). */
export function isFactStep(step: StepId): step is FactId {
  return step in FACTS;
}

/** True for a step that sets a parameter. */
export function isQuestionStep(step: StepId): step is QuestionStep {
  return step !== 'route' && step !== 'review';
}

/** The values a question step can set, in the order shown; the city step offers the registry's ids. */
export function stepOptions(step: QuestionStep, cityIds: readonly string[]): readonly string[] {
  switch (step) {
    case 'city':
      return cityIds;
    case 'procedure':
      return PROCEDURES;
    case 'applicant':
      return APPLICANTS;
    case 'pin':
      return PIN_KINDS;
    case 'current-pin':
    case 'other-pin':
    case 'certs-valid':
    case 'smartphone':
      return YES_NO_UNSURE;
    default:
      return FACTS[step];
  }
}

/**
 * True when the step offers "I'm not sure" as an answer that leaves its parameter out: the facts (the checklist then
 * shows both cases) and `pin` (the counter resets any PIN). The yes/no/unsure steps have `unsure` as a real value.
 */
export function hasNotSure(step: QuestionStep): boolean {
  return step === 'pin' || isFactStep(step);
}

/** The answer a step holds in the query, if any. */
export function answerOf(q: ChecklistQuery, step: StepId): string | undefined {
  switch (step) {
    case 'city':
      return q.city;
    case 'procedure':
      return q.procedure;
    case 'applicant':
      return q.applicant;
    case 'current-pin':
      return q.currentPin;
    case 'pin':
      return q.pin;
    case 'other-pin':
      return q.otherPin;
    case 'certs-valid':
      return q.certsValid;
    case 'smartphone':
      return q.smartphone;
    case 'route':
    case 'review':
      return undefined;
    default:
      return q.answers[step];
  }
}

/** The query with one step's answer set, or removed when `value` is undefined (or not one the step takes). */
export function withAnswer(q: ChecklistQuery, step: StepId, value: string | undefined, cityIds: readonly string[]): ChecklistQuery {
  if (!isQuestionStep(step)) return q;
  const v = value !== undefined && stepOptions(step, cityIds).includes(value) ? value : undefined;
  const next: ChecklistQuery = { ...q, answers: { ...q.answers } };
  switch (step) {
    case 'city':
      next.city = v;
      break;
    case 'procedure':
      next.procedure = v as ChecklistQuery['procedure'];
      break;
    case 'applicant':
      next.applicant = v as ChecklistQuery['applicant'];
      break;
    case 'current-pin':
      next.currentPin = v as YesNoUnsure | undefined;
      break;
    case 'pin':
      next.pin = v as PinKind | undefined;
      break;
    case 'other-pin':
      next.otherPin = v as YesNoUnsure | undefined;
      break;
    case 'certs-valid':
      next.certsValid = v as YesNoUnsure | undefined;
      break;
    case 'smartphone':
      next.smartphone = v as YesNoUnsure | undefined;
      break;
    default:
      if (v === undefined) delete next.answers[step];
      else next.answers[step] = v;
  }
  return next;
}

/** The PINs a `pin` answer names (none while unanswered). */
export function pinsOf(pin: PinKind | undefined): PinId[] {
  if (!pin) return [];
  return pin === 'both' ? ['signature', 'auth'] : [pin];
}

/** A yes/no/unsure answer as the engine's three-valued truth. */
export function triOf(answer: YesNoUnsure | undefined): Tri {
  return answer === 'yes' ? true : answer === 'no' ? false : 'unknown';
}

/** The triage input for the query's answers; `only` keeps just the answers of these steps (the rest unknown). */
export function triageInput(q: ChecklistQuery, only?: readonly StepId[]): TriageInput {
  const keep = (step: StepId) => !only || only.includes(step);
  return {
    procedure: q.procedure === 'pin-change' ? 'pin-change' : 'pin-reset',
    pins: keep('pin') ? pinsOf(q.pin) : [],
    otherPinKnown: keep('other-pin') ? triOf(q.otherPin) : 'unknown',
    certsValid: keep('certs-valid') ? triOf(q.certsValid) : 'unknown',
    smartphone: keep('smartphone') ? triOf(q.smartphone) : 'unknown',
    currentPinKnown: keep('current-pin') ? triOf(q.currentPin) : 'unknown',
  };
}

/** True when the procedure has a triage (a route screen): PIN reset and PIN change. */
export function hasTriage(q: ChecklistQuery): boolean {
  return q.procedure === 'pin-reset' || q.procedure === 'pin-change';
}

/** True when the flow asks which PIN: always for a reset, and for a change whose current PIN is forgotten or locked. */
function asksPin(q: ChecklistQuery): boolean {
  return q.procedure === 'pin-reset' || (q.procedure === 'pin-change' && q.currentPin === 'no');
}

/** The triage follow-up steps that apply: those the store route still depends on, given the answers before each. */
function storeSteps(q: ChecklistQuery): StepId[] {
  // Without knowing which PIN, the store cannot be judged; the route screen then points to the counter, which resets any PIN.
  if (!asksPin(q) || !q.pin) return [];
  const steps: StepId[] = [];
  const before: StepId[] = ['current-pin', 'pin'];
  for (const step of STORE_STEPS) {
    const result = triage(triageInput(q, before));
    const store = result.routes.find((r) => r.route === 'store');
    if (store?.questions.includes(step)) steps.push(step);
    before.push(step);
  }
  return steps;
}

/**
 * The facts whose answer can still matter, asked in the schema's order, each judged from the earlier facts' answers:
 * the checklist's open questions, plus the facts that decide whether one of the person's documents counts as ID
 * (Ryugasaki: the card counts only when its resident-register PIN works).
 */
export function factSteps(q: ChecklistQuery, city: City): FactId[] {
  if (!q.procedure || !q.applicant) return [];
  const steps: FactId[] = [];
  const before: Answers = {};
  for (const fact of FACT_ORDER) {
    if (openQuestions(city, q, before).includes(fact)) steps.push(fact);
    const answer = q.answers[fact];
    if (answer !== undefined) before[fact] = answer;
  }
  return steps;
}

function openQuestions(city: City, q: ChecklistQuery, answers: Answers): FactId[] {
  const list = buildChecklist(city, q.procedure!, q.applicant!, answers);
  const found: FactId[] = [...list.questions];
  for (const visit of list.visits)
    for (const item of visit.items) {
      if (item.kind !== 'id' || item.whose !== 'person' || !item.idRule || item.state === 'not-needed') continue;
      for (const doc of documentsFor(city, item.idRule)) if (doc.countsOnlyIf) found.push(...openFacts(doc.countsOnlyIf, answers));
    }
  return sortFacts(found);
}

/**
 * The steps that apply to the query, in order. Until city, procedure and applicant are all answered, only those three.
 * Without the city's data (still loading) the fact steps are left out.
 */
export function flowSteps(q: ChecklistQuery, city?: City): StepId[] {
  const steps: StepId[] = ['city', 'procedure', 'applicant'];
  if (!q.city || !q.procedure || !q.applicant) return steps;
  if (q.procedure === 'pin-change') steps.push('current-pin');
  if (asksPin(q)) steps.push('pin', ...storeSteps(q));
  if (hasTriage(q)) steps.push('route');
  if (city && city.id === q.city) steps.push(...factSteps(q, city));
  steps.push('review');
  return steps;
}

/** The first of city, procedure and applicant without an answer, if any. */
export function firstMissing(q: ChecklistQuery): 'city' | 'procedure' | 'applicant' | undefined {
  if (!q.city) return 'city';
  if (!q.procedure) return 'procedure';
  if (!q.applicant) return 'applicant';
  return undefined;
}

/**
 * The screen to show for `ask`. A missing city, procedure or applicant before it is asked first; a step that does not
 * apply moves on to the next one that does (so a link made before JavaScript ran, which names the step that usually
 * follows, still lands right). Fact steps are trusted while the city's data is loading.
 */
export function resolveStep(q: ChecklistQuery, ask: string | undefined, city?: City): StepId {
  const missing = firstMissing(q);
  if (!isStepId(ask)) return missing ?? 'review';
  if (missing && STEP_ORDER.indexOf(missing) < STEP_ORDER.indexOf(ask)) return missing;
  if (isFactStep(ask) && !city) return ask;
  const steps = flowSteps(q, city);
  if (steps.includes(ask)) return ask;
  return steps.find((s) => STEP_ORDER.indexOf(s) > STEP_ORDER.indexOf(ask)) ?? 'review';
}

/** The step after `step` for the query (its answer already in it), or null after the review: the checklist itself. */
export function nextStep(q: ChecklistQuery, step: StepId, city?: City): StepId | null {
  if (step === 'review') return null;
  const steps = flowSteps(q, city);
  const at = STEP_ORDER.indexOf(step);
  return steps.find((s) => STEP_ORDER.indexOf(s) > at) ?? 'review';
}

/** The step before `step`, or null before the first one (Back then leads to the start page). */
export function previousStep(q: ChecklistQuery, step: StepId, city?: City): StepId | null {
  const steps = flowSteps(q, city);
  const at = STEP_ORDER.indexOf(step);
  return steps.filter((s) => STEP_ORDER.indexOf(s) < at).at(-1) ?? null;
}

/**
 * Where Continue leads after changing an answer from the review: to a question the change has just made relevant
 * (one not among the `shown` steps of the review), else straight back to the review.
 */
export function nextAfterChange(q: ChecklistQuery, step: StepId, shown: readonly StepId[], city?: City): StepId {
  const at = STEP_ORDER.indexOf(step);
  return flowSteps(q, city).find((s) => STEP_ORDER.indexOf(s) > at && !shown.includes(s)) ?? 'review';
}

/** The step that follows in the fixed order, for a form submitted before JavaScript runs (resolveStep skips ahead). */
export function followingStep(step: StepId): StepId | null {
  return step === 'review' ? null : STEP_ORDER[STEP_ORDER.indexOf(step) + 1] ?? null;
}

/**
 * The query without answers to steps that no longer apply (a PIN asked under "PIN reset" after switching to renewal,
 * 本籍 after switching to an adult ward), so the checklist link carries only what was asked. Fact answers are kept
 * while the city's data is not loaded; the checklist's own parameters (docs, agent-docs, done) always stay.
 */
export function pruneQuery(q: ChecklistQuery, city?: City): ChecklistQuery {
  const steps = flowSteps(q, city);
  if (!q.city || !q.procedure || !q.applicant) return q;
  let out = q;
  for (const step of STEP_ORDER) {
    if (!isQuestionStep(step) || steps.includes(step) || answerOf(q, step) === undefined) continue;
    if (isFactStep(step) && !(city && city.id === q.city)) continue;
    out = withAnswer(out, step, undefined, []);
  }
  return out;
}
