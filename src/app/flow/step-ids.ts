import { FACT_ORDER } from '../../engine/conditions';

// The names of the flow's screens, apart from the flow itself: the checklist page decides from them whether to
// show a question screen, and it should not load the question flow's code to find out that it does not.

/** Every screen of the flow in the order asked; `ask` names one. 'route' shows the cheapest way, 'review' the answers. */
export const STEP_ORDER = [
  'city',
  'procedure',
  'applicant',
  'current-pin',
  'pin',
  'other-pin',
  'certs-valid',
  'smartphone',
  'route',
  ...FACT_ORDER,
  'review',
] as const;
/** A step name (the value of the `ask` parameter). */
export type StepId = (typeof STEP_ORDER)[number];

/** True for a string that names a step. */
export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_ORDER as readonly string[]).includes(value);
}
