import { cities } from '../../cities/registry';
import { DateError, renewalState, stayDeadlines, type IsoDate, type RenewalStateCode, type StayDeadlines } from '../../engine/time';
import { AGENT_HELD_PREFIX } from '../checklist/checklist-state';
import { checklistSearch, parseChecklistQuery } from '../query/checklist-query';
import { buildHref, ROUTES } from '../routes';
import { LABEL_MAX, labelKey, labelProblem, type LabelProblem as StoredLabelProblem, type SavedPerson, type StorageError, type UnavailableReason } from '../../storage';

// The pure half of the saved-people UI: links, label checks, countdowns and which sentence fits which error.
// Components only pick the text; everything here is unit-tested (tests/unit/saved/).

// Parameters that are never answers in a saved record's `answers` (they have fields of their own, or are UI state).
const NOT_ANSWERS = new Set(['city', 'procedure', 'applicant', 'docs', 'agent-docs', 'done', 'lang', 'ask']);

/**
 * The /checklist link of a saved person: its answers, documents held (`docs`, and `agent-docs` kept in `held` with
 * the checklist's AGENT_HELD_PREFIX) and ticks (`done`), in the URL contract's order, then `person=<id>`, so the
 * page knows whose checklist it shows and saves its changes to them. Answers are kept by their parameter name (as
 * the checklist's Save writes them); anything the parser does not know is left out.
 */
export function savedChecklistHref(person: SavedPerson, lang?: string, cityIds: readonly string[] = cities.ids): string {
  const params = new URLSearchParams();
  params.set('city', person.city);
  params.set('procedure', person.procedure);
  params.set('applicant', person.applicant);
  for (const [key, value] of Object.entries(person.answers)) if (!NOT_ANSWERS.has(key)) params.set(key, value);
  const docs = person.held.filter((d) => !d.startsWith(AGENT_HELD_PREFIX));
  const agentDocs = person.held.filter((d) => d.startsWith(AGENT_HELD_PREFIX)).map((d) => d.slice(AGENT_HELD_PREFIX.length));
  if (docs.length) params.set('docs', docs.join(','));
  if (agentDocs.length) params.set('agent-docs', agentDocs.join(','));
  if (person.ticks.length) params.set('done', person.ticks.join(','));
  const { query } = parseChecklistQuery(params, cityIds);
  const search = new URLSearchParams(checklistSearch(query));
  search.set('person', person.id);
  if (lang) search.set('lang', lang);
  // URLSearchParams percent-encodes commas; the README's links keep them readable.
  return `${ROUTES.checklist}?${search.toString().replace(/%2C/gi, ',')}`;
}

/** The /renewal link for an expiry date. */
export function renewalHref(expiry: IsoDate, lang?: string): string {
  return buildHref(ROUTES.renewal, { expiry, lang });
}

/** What is wrong with a label typed by the user, or null when it can be saved. */
export type LabelProblem = StoredLabelProblem | 'taken';

/** Checks a label as the store will (the one rule of label-guard.ts), plus the clash with another saved person. */
export function checkLabel(label: string, people: readonly SavedPerson[], selfId?: string): LabelProblem | null {
  const problem = labelProblem(label);
  if (problem) return problem;
  const key = labelKey(label.trim());
  if (people.some((p) => p.id !== selfId && labelKey(p.label) === key)) return 'taken';
  return null;
}

/** The sentence for a label problem, from saved.json: the save form, rename and import say the same. */
export function labelProblemText(t: (key: string, options?: Record<string, unknown>) => string, problem: LabelProblem, label: string): string {
  return t(problem === 'too-long' ? 'label.tooLong' : `label.${problem}`, { max: LABEL_MAX, label: label.trim() });
}

/** The earliest e-certificate expiry Madoguchi accepts: My Number cards were first issued in January 2016. */
export const EARLIEST_EXPIRY = '2016-01-01';
/** How far ahead an expiry may be: a certificate runs to the 5th birthday after issue, so 10 years is generous. */
export const EXPIRY_YEARS_AHEAD = 10;

/** What is wrong with an e-certificate expiry date (YYYY-MM-DD) on `today`, or null. */
export function expiryProblem(expiry: IsoDate, today: IsoDate): 'too-early' | 'too-late' | null {
  if (expiry < EARLIEST_EXPIRY) return 'too-early';
  const latest = `${Number(today.slice(0, 4)) + EXPIRY_YEARS_AHEAD}${today.slice(4)}`;
  return expiry > latest ? 'too-late' : null;
}

/** A saved expiry's countdown on `today` (Japan time), or null for a date the calendar cannot handle. */
export interface Countdown {
  state: RenewalStateCode;
  expiry: IsoDate;
  opensOn: IsoDate;
  /** Days until the window opens (not-yet), until expiry (open; 0 on the expiry day), or since expiry (expired). */
  days: number;
}

/** The countdown for a saved expiry date. */
export function countdown(expiry: IsoDate, today: IsoDate): Countdown | null {
  try {
    const s = renewalState(expiry, today);
    const days = s.state === 'not-yet' ? s.daysUntilOpen : s.state === 'open' ? s.daysUntilExpiry : -s.daysUntilExpiry;
    return { state: s.state, expiry: s.expiry, opensOn: s.opensOn, days };
  } catch (e) {
    if (e instanceof DateError) return null;
    throw e;
  }
}

/** A saved period-of-stay end's deadlines on `today` (Japan time), or null for a date the calendar cannot handle. */
export function stayCountdown(stayUntil: IsoDate, today: IsoDate): StayDeadlines | null {
  try {
    return stayDeadlines(stayUntil, today);
  } catch (e) {
    if (e instanceof DateError) return null;
    throw e;
  }
}

/**
 * Which of a person's deadlines comes first (issue 21): the last day to change the card for the period of stay, or
 * the e-certificates' expiry. The start page counts down to that one.
 */
export function nearestDeadline(person: { expiry?: IsoDate; stayUntil?: IsoDate }, today: IsoDate): 'stay' | 'renewal' | null {
  const stay = person.stayUntil ? stayCountdown(person.stayUntil, today) : null;
  if (!person.expiry) return person.stayUntil ? 'stay' : null;
  if (!stay) return 'renewal';
  return stay.lastCityDay <= person.expiry ? 'stay' : 'renewal';
}

/** The /renewal link for a period-of-stay end date. */
export function stayHref(stayUntil: IsoDate, lang?: string): string {
  return buildHref(ROUTES.renewal, { 'stay-until': stayUntil, lang });
}

/** The export file's name: madoguchi-YYYY-MM-DD.json, dated in Japan time. */
export function exportFileName(today: IsoDate): string {
  return `madoguchi-${today}.json`;
}

/** The saved.json key of the sentence for a device that cannot save. */
export function unavailableKey(reason: UnavailableReason | null): string {
  switch (reason) {
    case 'timeout':
      return 'unavailable.timeout';
    case 'blocked':
      return 'unavailable.blocked';
    case 'closed-for-upgrade':
      return 'unavailable.updated';
    case 'newer-version':
      return 'unavailable.newer';
    case 'terminated':
      return 'unavailable.terminated';
    case 'migration-failed':
      return 'unavailable.migrationFailed';
    default:
      // no-indexeddb, open-failed (private browsing, blocked storage) and anything unforeseen.
      return 'unavailable.none';
  }
}

/** The saved.json key of the sentence for a failed save, rename, delete or undo. */
export function writeErrorKey(error: StorageError): string {
  switch (error.kind) {
    case 'unavailable':
      return unavailableKey(error.reason);
    case 'quota':
      return 'error.quota';
    case 'label-taken':
      return 'error.labelTaken';
    case 'id-taken':
      return 'error.idTaken';
    case 'not-found':
      return 'error.notFound';
    case 'corrupt':
      return 'error.corrupt';
    default:
      return 'error.failed';
  }
}

