import type { PinId } from '../../cities/vocabulary';

// The answers of the PIN triage, as the URL holds them (public contract, README).

/** Tri-state answers of the yes/no triage questions. */
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
/** A yes/no/unsure answer. */
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/**
 * Which PIN is forgotten or locked. People remember a PIN by its shape, so the screen offers the long one
 * ('signature', 6 to 16 letters and digits) and 'four-digit' (the card's three 4-digit PINs), together 'all'. The
 * technical names stay valid in links: 'auth', 'resident', 'cardinfo', and 'both' (the two e-certificate PINs).
 */
export const PIN_KINDS = ['signature', 'auth', 'both', 'resident', 'cardinfo', 'four-digit', 'all'] as const;
/** A `pin` answer. */
export type PinKind = (typeof PIN_KINDS)[number];

const PINS_OF: Record<PinKind, readonly PinId[]> = {
  signature: ['signature'],
  auth: ['auth'],
  both: ['signature', 'auth'],
  resident: ['resident'],
  cardinfo: ['cardinfo'],
  // Which of the three it is, people rarely know: each is taken as possibly the one, so no route that needs to know
  // (a store resets only the user-authentication PIN) is offered on a guess.
  'four-digit': ['auth', 'resident', 'cardinfo'],
  all: ['signature', 'auth', 'resident', 'cardinfo'],
};

/** The PINs a `pin` answer stands for (none while unanswered). */
export function pinsOf(kind: PinKind | undefined): PinId[] {
  return kind ? [...PINS_OF[kind]] : [];
}

/** The one `pin` value for several answers (a form's check boxes): the smallest kind that covers them all. */
export function pinKindOf(values: readonly string[]): PinKind | undefined {
  const pins = new Set(values.flatMap((v) => ((PIN_KINDS as readonly string[]).includes(v) ? PINS_OF[v as PinKind] : [])));
  if (!pins.size) return undefined;
  const covering = PIN_KINDS.filter((k) => [...pins].every((p) => PINS_OF[k].includes(p)));
  return covering.sort((a, b) => PINS_OF[a].length - PINS_OF[b].length)[0];
}

/** The offered answers a `pin` value is shown as ticked with (its PINs, by shape). */
export function pinShapes(kind: PinKind | undefined): Array<'signature' | 'four-digit'> {
  const pins = pinsOf(kind);
  const shapes: Array<'signature' | 'four-digit'> = [];
  if (pins.includes('signature')) shapes.push('signature');
  if (pins.some((p) => p !== 'signature')) shapes.push('four-digit');
  return shapes;
}
