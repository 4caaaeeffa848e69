import type { Source } from '../cities/schema';
import { national as defaultRules, pinRule, ruleSource, type National, type PinId } from '../cities/national';
import type { Tri } from './conditions';

// Which way gets a PIN reset or changed with the least effort: at home (マイナポータル / JPKI client software),
// at a convenience store (booked in the JPKI reset app), or at the city counter, which always works. The rules
// and their sources live in national.json; this module only combines them, and never guesses an unknown input:
// a route that depends on one is 'conditional' and names the question to ask.

/** A way to get the PIN reset or changed, cheapest first. */
export const ROUTES = ['myna-portal', 'store', 'counter'] as const;
/** A route id. */
export type RouteId = (typeof ROUTES)[number];

/** 'conditional': depends on an answer not given yet (or on something the inputs do not cover). */
export type RouteStatus = 'possible' | 'conditional' | 'impossible';

/** The triage questions; the answers are `Tri` inputs. 'pins' asks which PIN is forgotten or locked. */
export const TRIAGE_QUESTIONS = ['pins', 'current-pin', 'other-pin', 'certs-valid', 'smartphone'] as const;
/** A triage question id. */
export type TriageQuestion = (typeof TRIAGE_QUESTIONS)[number];

/** Every reason id the triage can give; each is a rule in national.json and a key in rules.json. */
export const TRIAGE_REASONS = [
  'store-app',
  'store-window',
  'other-pin-needed',
  'auth-some-stores',
  'both-certificate-pins',
  'certs-valid',
  'store-certificate-pins-only',
  'counter-reset',
  'change-at-home',
  'change-at-counter',
  'change-needs-known-pin',
  'home-change-certificate-pins',
  'home-device',
  'lock-no-timeout',
  'which-pin-needed',
  'store-cardholder-only',
  'home-cardholder-only',
] as const;
/** A reason id. */
export type TriageReason = (typeof TRIAGE_REASONS)[number];

/** What the user told us; every yes/no may still be 'unknown'. */
export interface TriageInput {
  procedure: 'pin-reset' | 'pin-change';
  /**
   * pin-reset: the PINs forgotten or locked. pin-change: the PINs to change. Empty: not asked yet; 'not-sure': asked,
   * and the person does not know which (no route that must know is then offered).
   */
  pins: readonly PinId[] | 'not-sure';
  /** The cardholder does it (a store's reset app matches their face; a change at home is theirs); default true. */
  byCardholder?: boolean;
  /** pin-reset: the other e-certificate PIN (auth for signature, signature for auth) is known and not locked. */
  otherPinKnown: Tri;
  /** Both e-certificates are valid (not expired or revoked). */
  certsValid: Tri;
  /** A smartphone that can read the card (the reset app needs one). */
  smartphone: Tri;
  /** pin-change: the current value of the PIN(s) to change is known and not locked; default 'unknown'. */
  currentPinKnown?: Tri;
}

/** Why a route is ruled out ('rules-out'), what it depends on ('depends-on', with its question), or what to know ('info'). */
export interface TriageReasonItem {
  id: TriageReason;
  effect: 'rules-out' | 'depends-on' | 'info';
  question?: TriageQuestion;
  /** The PINs the reason is about, when not all of them. */
  pins?: PinId[];
  source: Source;
}

/** One route, for the PINs it can handle. */
export interface TriageRoute {
  route: RouteId;
  status: RouteStatus;
  /** The asked PINs this route handles; fewer than asked means another route is needed for the rest. */
  pins: PinId[];
  coversAll: boolean;
  reasons: TriageReasonItem[];
  /** The questions whose answers would decide a conditional route. */
  questions: TriageQuestion[];
  source: Source;
}

/** The triage: routes that may work (cheapest complete route first), the ruled-out ones with why, open questions. */
export interface Triage {
  procedure: TriageInput['procedure'];
  /** pin-change only: the current PIN is forgotten or locked, so the routes are those of a reset. */
  resetFirst: Tri;
  routes: TriageRoute[];
  ruledOut: TriageRoute[];
  questions: TriageQuestion[];
  /** General facts worth showing (e.g. a lock never expires with time). */
  notes: TriageReasonItem[];
}

type Check = [value: Tri, reason: TriageReason, question?: TriageQuestion];

function reason(
  rules: National,
  id: TriageReason,
  effect: TriageReasonItem['effect'],
  question?: TriageQuestion,
  pins?: PinId[],
): TriageReasonItem {
  return { id, effect, ...(question ? { question } : {}), ...(pins?.length ? { pins } : {}), source: ruleSource(rules, id) };
}

/** Turns checks into a route: any false rules it out, any unknown makes it conditional. */
function route(
  rules: National,
  id: RouteId,
  input: TriageInput,
  pins: PinId[],
  sourceId: TriageReason,
  checks: Check[],
  notes: TriageReasonItem[] = [],
): TriageRoute {
  const reasons: TriageReasonItem[] = [];
  for (const [value, rid, question] of checks) {
    if (value === false) reasons.push(reason(rules, rid, 'rules-out'));
    else if (value === 'unknown') reasons.push(reason(rules, rid, 'depends-on', question));
  }
  const impossible = reasons.some((r) => r.effect === 'rules-out');
  const status: RouteStatus = impossible ? 'impossible' : reasons.length ? 'conditional' : 'possible';
  // Questions about a route that is out anyway would only waste the user's time.
  const questions = impossible ? [] : TRIAGE_QUESTIONS.filter((q) => reasons.some((r) => r.question === q));
  return {
    route: id,
    status,
    pins,
    coversAll: pinList(input).every((p) => pins.includes(p)),
    reasons: [...reasons, ...notes],
    questions,
    source: ruleSource(rules, sourceId),
  };
}

/** The PINs asked about; none when not asked or not known. */
function pinList(input: TriageInput): readonly PinId[] {
  return input.pins === 'not-sure' ? [] : input.pins;
}

function split(rules: National, pins: readonly PinId[]): { cert: PinId[]; other: PinId[] } {
  return {
    cert: pins.filter((p) => pinRule(rules, p).certificate),
    other: pins.filter((p) => !pinRule(rules, p).certificate),
  };
}

/** Convenience store: one e-certificate PIN, the other one known, valid certificates, a phone for the app. */
function storeRoute(rules: National, input: TriageInput): TriageRoute {
  const { cert, other } = split(rules, pinList(input));
  const checks: Check[] = [[input.byCardholder ?? true, 'store-cardholder-only']];
  // The app resets one e-certificate PIN by checking the other: without knowing which, a store cannot be counted on.
  if (input.pins === 'not-sure') checks.push([false, 'which-pin-needed']);
  else if (input.pins.length === 0) checks.push(['unknown', 'store-certificate-pins-only', 'pins']);
  else if (cert.length === 0) checks.push([false, 'store-certificate-pins-only']);
  // The app checks the *other* certificate PIN, so with both forgotten there is nothing to check against.
  else if (cert.length > 1) checks.push([false, 'both-certificate-pins']);
  else checks.push([input.otherPinKnown, 'other-pin-needed', 'other-pin']);
  checks.push([input.certsValid, 'certs-valid', 'certs-valid'], [input.smartphone, 'store-app', 'smartphone']);

  const notes = [reason(rules, 'store-window', 'info')];
  const someStores = cert.filter((p) => pinRule(rules, p).store === 'some-stores');
  if (someStores.length) notes.push(reason(rules, 'auth-some-stores', 'info', undefined, someStores));
  if (cert.length === 1 && other.length) notes.push(reason(rules, 'store-certificate-pins-only', 'info', undefined, other));
  return route(rules, 'store', input, cert.length === 1 ? cert : [], 'store-app', checks, notes);
}

/** At home (マイナポータル or the JPKI client software): an e-certificate PIN whose current value is known. */
function homeRoute(rules: National, input: TriageInput): TriageRoute {
  const { other } = split(rules, pinList(input));
  const checks: Check[] = [[input.byCardholder ?? true, 'home-cardholder-only']];
  if (input.pins === 'not-sure') checks.push([false, 'which-pin-needed']);
  else if (input.pins.length === 0) checks.push(['unknown', 'home-change-certificate-pins', 'pins']);
  // The sources name マイナポータル and the JPKI software for the certificate PINs and are silent on the other two.
  else if (other.length) checks.push(['unknown', 'home-change-certificate-pins']);
  checks.push([input.currentPinKnown ?? 'unknown', 'change-needs-known-pin', 'current-pin']);
  // Without a card-reading phone a computer may still do (the page names both), which we do not ask: conditional.
  if (input.smartphone !== true) {
    checks.push(['unknown', 'home-device', input.smartphone === 'unknown' ? 'smartphone' : undefined]);
  }
  return route(rules, 'myna-portal', input, [...pinList(input)], 'change-at-home', checks, []);
}

/** Runs the triage: which routes can reset or change the given PINs, cheapest complete route first. */
export function triage(input: TriageInput, rules: National = defaultRules): Triage {
  const current = input.currentPinKnown ?? 'unknown';
  // A change with a forgotten or locked PIN is a reset (Satte: まず再設定が必要です), so it gets the reset routes.
  const resetFirst: Tri = input.procedure === 'pin-reset' ? false : current === 'unknown' ? 'unknown' : !current;
  const asReset = input.procedure === 'pin-reset' || resetFirst === true;
  const counter = route(rules, 'counter', input, [...pinList(input)], asReset ? 'counter-reset' : 'change-at-counter', []);
  const all = asReset ? [storeRoute(rules, input), counter] : [homeRoute(rules, input), counter];

  const rank = (r: TriageRoute) => (r.coversAll ? 0 : ROUTES.length) + ROUTES.indexOf(r.route);
  const routes = all.filter((r) => r.status !== 'impossible').sort((a, b) => rank(a) - rank(b));
  const notes = asReset ? [reason(rules, 'lock-no-timeout', 'info')] : [];
  if (resetFirst === true) notes.unshift(reason(rules, 'change-needs-known-pin', 'info'));
  return {
    procedure: input.procedure,
    resetFirst,
    routes,
    ruledOut: all.filter((r) => r.status === 'impossible'),
    questions: TRIAGE_QUESTIONS.filter((q) => routes.some((r) => r.questions.includes(q))),
    notes,
  };
}
