import type { TFunction } from 'i18next';
import { PIN_IDS, national, pinRule, type PinId } from '../../cities/national';
import type { ApplicantId } from '../../cities/vocabulary';
import { isChildRenewal } from '../../engine/child-renewal';
import { pinShapes, pinsOf, type PinKind } from '../query/answers';
import { isSeveral } from './steps';
import type { ChecklistQuery } from '../query/checklist-query';
import { cityNames } from './city-name';
import { isFactStep, stepOptions, type QuestionStep } from './flow-steps';

// The words of each question screen, from locales: flow.json for the flow's own text, rules.json for the facts and the
// PIN names (so the checklist and the questions say the same thing), cities/<id>.json for city names.

/** One answer as shown: its label, the Japanese term shown beside it (for the counter staff), and a hint. */
export interface Choice {
  value: string;
  label: string;
  /** Japanese name shown beside the label when the page is not in Japanese. */
  ja?: string;
  hint?: string;
  /** Names the answer stands for, each with its Japanese name, shown as its hint (PinNames: the `pin` step's PINs). */
  names?: NameAndJa[];
}

/** A name in the shown language and, when different, the Japanese name it translates. */
export interface NameAndJa {
  label: string;
  ja?: string;
}

/** The question of a step, its hint, and its answers. */
export interface StepText {
  question: string;
  hint?: string;
  choices: Choice[];
  /** The "I'm not sure" answer that leaves the parameter out. */
  notSure?: Choice;
}

const MISSING = '\u0000';

/** A text that may be absent (i18next answers an empty default with the key): undefined then. */
export function optionalText(t: TFunction, key: string, values: Record<string, unknown> = {}): string | undefined {
  const text = t(key, { ...values, defaultValue: MISSING });
  return text === MISSING ? undefined : text;
}

/** The namespaces the flow reads, given the registry's city ids. */
export function flowNamespaces(cityIds: readonly string[]): string[] {
  return ['flow', 'rules', ...cityIds.map((id) => `cities/${id}`)];
}

/** A city's name in the shown language, with its Japanese name beside it when different. */
export function cityChoice(t: TFunction, id: string): Choice {
  return { value: id, ...cityNames(t, id) };
}

/** A PIN's name in the shown language, with its Japanese name (as on the card's paperwork) when different. */
export function pinName(t: TFunction, id: PinId): NameAndJa {
  const label = t(`rules:triage.pins.${id}.name`);
  const ja = pinRule(national, id).ja;
  return ja !== label ? { label, ja } : { label };
}

/**
 * The technical names of the PINs a `pin` answer stands for, each with its Japanese name (the counter staff's words):
 * parts, not a line, so the Japanese names are rendered as such (PinNames, with their readings) and the wording of
 * the line stays in flow.json (`pin.means`, `pin.or`).
 */
export function pinKindNames(t: TFunction, kind: PinKind): NameAndJa[] {
  return pinsOf(kind).map((id) => pinName(t, id));
}

/** A PIN's format and lock rule, in one line. */
export function pinFacts(t: TFunction, id: PinId): string {
  const rule = pinRule(national, id);
  return t('flow:pin.facts', {
    format: t(`rules:triage.pins.${id}.format`),
    locks: t(`rules:triage.pins.${id}.locks`, { count: rule.locksAfter }),
  });
}

/** The words of a question step for the query (the city's name fills the facts' questions). */
export function stepText(t: TFunction, step: QuestionStep, q: ChecklistQuery, cityIds: readonly string[]): StepText {
  const city = q.city ? cityChoice(t, q.city).label : '';
  const yesNo = (value: string): Choice => ({ value, label: t(`flow:yesNoUnsure.${value}`) });
  switch (step) {
    case 'city':
      return { question: t('flow:city.question'), hint: t('flow:city.hint'), choices: cityIds.map((id) => cityChoice(t, id)) };
    case 'procedure':
    case 'applicant':
      return {
        question: t(`flow:${step}.question`),
        choices: stepOptions(step, cityIds).map((value) => {
          const hint = t(`flow:${step}.options.${value}.hint`);
          // Issue 20.2: a parent "renewing" a child's certificates is applying for a new card; say so before the choice.
          const child = step === 'applicant' && isChildRenewal(q.procedure, value as ApplicantId, q.answers);
          return { value, label: t(`flow:${step}.options.${value}.label`), hint: child ? `${hint} ${t('flow:applicant.childRenewal.hint')}` : hint };
        }),
      };
    case 'current-pin':
      return {
        question: t('flow:current-pin.question'),
        hint: t('flow:current-pin.hint'),
        choices: stepOptions(step, cityIds).map((value) => ({ value, label: t(`flow:current-pin.options.${value}`) })),
      };
    case 'pin':
      return {
        question: t('flow:pin.question'),
        hint: t('flow:pin.hint'),
        choices: stepOptions(step, cityIds).map((value): Choice => ({
          value,
          label: t(`flow:pin.options.${value}`),
          names: pinKindNames(t, value as PinKind),
        })),
        notSure: { value: '', label: t('flow:notSure.pin'), hint: t('flow:notSure.pinHint') },
      };
    case 'other-pin':
      return {
        question: t(`flow:other-pin.question.${q.triage.pin === 'auth' ? 'auth' : 'signature'}`),
        hint: t('flow:other-pin.hint'),
        choices: stepOptions(step, cityIds).map(yesNo),
      };
    case 'certs-valid':
    case 'smartphone':
      return { question: t(`flow:${step}.question`), hint: t(`flow:${step}.hint`), choices: stepOptions(step, cityIds).map(yesNo) };
    default:
      if (!isFactStep(step)) throw new Error(`no text for ${String(step)}`);
      return {
        question: t(`rules:facts.${step}.question`, { city }),
        choices: stepOptions(step, cityIds).map((value) => {
          const hint = optionalText(t, `flow:facts.${step}.hints.${value}`);
          return { value, label: t(`rules:facts.${step}.answers.${value}`, { city }), ...(hint ? { hint } : {}) };
        }),
        notSure: { value: '', label: t('flow:notSure.label'), hint: t('flow:notSure.fact') },
      };
  }
}

/** The answers shown as chosen for a step's value: one, or for check boxes each shape the value covers (pinShapes). */
export function chosenChoices(step: QuestionStep, value: string | undefined, choices: readonly Choice[]): Choice[] {
  if (value === undefined) return [];
  if (!isSeveral(step)) return choices.filter((c) => c.value === value);
  const shapes: readonly string[] = pinShapes(value as PinKind);
  return choices.filter((c) => shapes.includes(c.value));
}

/** A question screen's name in the document title: its question (the h1), after "Error:" while its error shows. */
export function screenTitle(t: TFunction, question: string, error = false): string {
  return error ? `${t('flow:error.prefix')} ${question}` : question;
}

/** The PINs in the help of the `pin` step, in the card's order. */
export const HELP_PINS: readonly PinId[] = PIN_IDS;
