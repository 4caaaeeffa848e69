import type { City } from '../../cities/schema';
import { FACTS, type Answers, type FactId } from '../../cities/vocabulary';
import { buildChecklist } from '../../engine/checklist';
import { FACT_ORDER, openFacts, sortFacts, type Tri } from '../../engine/conditions';
import { documentsFor } from '../../engine/id-check';
import { triage, type TriageInput, type TriageQuestion } from '../../engine/pin-triage';
import { pinsOf, type PinKind, type YesNoUnsure } from '../query/answers';
import type { ChecklistQuery } from '../query/checklist-query';
import { STEP_ORDER, TRIAGE_STEPS, isQuestionStep, isStepId, isTriageStep, stepOf, type QuestionStep, type StepId, type TriageStep } from './steps';

export { STEP_ORDER, isQuestionStep, isStepId, type QuestionStep, type StepId };

// The question flow's steps (src/app/flow/steps.ts) as pure functions of the URL's answers (and the city's data), so
// Back, Change and shared links all land on the same screen. A step "applies" when an earlier answer makes it matter;
// which steps apply is decided in order, each from the answers before it only, so answering a later question never
// hides an earlier one.

/** True for a step that is a condition fact of the checklist (dependent, honseki, …). */
export function isFactStep(step: StepId): step is FactId {
  return step in FACTS;
}

/** The values a question step offers, in the order shown; the city step offers the registry's ids. */
export function stepOptions(step: QuestionStep, cityIds: readonly string[]): readonly string[] {
  const row = stepOf(step);
  if (step === 'city') return cityIds;
  return ('offered' in row && row.offered) || row.values || [];
}

/** The values a step's parameter may hold in a URL. */
function stepValues(step: QuestionStep, cityIds: readonly string[]): readonly string[] {
  return step === 'city' ? cityIds : stepOf(step).values ?? [];
}

/** True when the step offers "I'm not sure" as an answer that leaves its parameter out. */
export function hasNotSure(step: QuestionStep): boolean {
  return Boolean(stepOf(step).notSure);
}

/** The answer a step holds in the query, if any. */
export function answerOf(q: ChecklistQuery, step: StepId): string | undefined {
  if (!isQuestionStep(step)) return undefined;
  if (step === 'city' || step === 'procedure' || step === 'applicant') return q[step];
  if (isTriageStep(step)) return q.triage[step];
  return q.answers[step];
}

/** The query with one step's answer set, or removed when `value` is undefined (or not one the step takes). */
export function withAnswer(q: ChecklistQuery, step: StepId, value: string | undefined, cityIds: readonly string[]): ChecklistQuery {
  if (!isQuestionStep(step)) return q;
  const v = value !== undefined && stepValues(step, cityIds).includes(value) ? value : undefined;
  if (step === 'city' || step === 'procedure' || step === 'applicant') return { ...q, [step]: v } as ChecklistQuery;
  if (isTriageStep(step)) {
    const triage = { ...q.triage };
    if (v === undefined) delete triage[step];
    else triage[step] = v;
    return { ...q, triage };
  }
  const answers = { ...q.answers };
  if (v === undefined) delete answers[step];
  else answers[step] = v;
  return { ...q, answers };
}

/** A yes/no/unsure answer as the engine's three-valued truth. */
export function triOf(answer: string | undefined): Tri {
  return (answer as YesNoUnsure | undefined) === 'yes' ? true : answer === 'no' ? false : 'unknown';
}

/** The PIN triage's question for a triage step. */
const QUESTION_OF: Record<TriageStep, TriageQuestion> = {
  pin: 'pins',
  'current-pin': 'current-pin',
  'other-pin': 'other-pin',
  'certs-valid': 'certs-valid',
  smartphone: 'smartphone',
};

/**
 * The triage input for the query's answers; `only` keeps just the answers of these steps (the rest unknown). A `pin`
 * left out after its screen (asked, and "I'm not sure") is 'not-sure': no route that must know which is offered.
 */
export function triageInput(q: ChecklistQuery, only?: readonly StepId[]): TriageInput {
  const keep = (step: TriageStep) => !only || only.includes(step);
  const pin = q.triage.pin as PinKind | undefined;
  return {
    procedure: q.procedure === 'pin-change' ? 'pin-change' : 'pin-reset',
    pins: !keep('pin') ? [] : pin ? pinsOf(pin) : asksPin(q) ? 'not-sure' : [],
    byCardholder: q.applicant === 'self',
    otherPinKnown: keep('other-pin') ? triOf(q.triage['other-pin']) : 'unknown',
    certsValid: keep('certs-valid') ? triOf(q.triage['certs-valid']) : 'unknown',
    smartphone: keep('smartphone') ? triOf(q.triage.smartphone) : 'unknown',
    currentPinKnown: keep('current-pin') ? triOf(q.triage['current-pin']) : 'unknown',
  };
}

/**
 * True when the procedure has a triage (a route screen): PIN reset and PIN change, for the cardholder. For anyone
 * else the counter is the way (a store's reset app matches the cardholder's face; a change at home is theirs).
 */
export function hasTriage(q: ChecklistQuery): boolean {
  return q.applicant === 'self' && (q.procedure === 'pin-reset' || q.procedure === 'pin-change');
}

/** True when the flow asks which PIN: always for a reset, and for a change whose current PIN is forgotten or locked. */
function asksPin(q: ChecklistQuery): boolean {
  return hasTriage(q) && (q.procedure === 'pin-reset' || q.triage['current-pin'] === 'no');
}

/**
 * The triage steps that apply, in the table's order: the current PIN for a change, which PIN when one is asked,
 * then each question a cheaper route for every PIN named still depends on, given the answers before it.
 */
function triageSteps(q: ChecklistQuery): TriageStep[] {
  if (!hasTriage(q)) return [];
  const steps: TriageStep[] = [];
  const before: TriageStep[] = [];
  for (const step of TRIAGE_STEPS) {
    if (step === 'current-pin') {
      if (q.procedure === 'pin-change') steps.push(step);
    } else if (step === 'pin') {
      if (asksPin(q)) steps.push(step);
    } else {
      const result = triage(triageInput(q, before));
      // Only a route that would do the whole job is worth more questions (a store resets one 4-digit PIN of three).
      const open = result.routes.filter((r) => r.route !== 'counter' && r.coversAll);
      if (asksPin(q) && open.some((r) => r.questions.includes(QUESTION_OF[step]))) steps.push(step);
    }
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
  steps.push(...triageSteps(q));
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
