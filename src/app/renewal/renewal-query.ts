import {
  DateError,
  cardExpiryFrom,
  certificateExpiryFrom,
  daysInMonth,
  insuranceGrace,
  parseIsoDate,
  renewalState,
  stayDeadlines,
  YEAR_RANGE,
  type StayDeadlines,
  type CardExpiry,
  type InsuranceGrace,
  type IsoDate,
  type RenewalState,
} from '../../engine/time';
import { quoted } from '../query/quoted';

// The /renewal query (public contract): expiry=YYYY-MM-DD, or birth=YYYY-MM-DD&issued=YYYY-MM-DD. Pure: `today`
// (the Japan date) is passed in. Every impossible date becomes a message for the person, never a wrong answer.

/** A form field, named as its query parameter; `stay-until`: the period of stay's end date on the 在留カード. */
export type RenewalField = 'expiry' | 'birth' | 'issued' | 'stay-until';

/** The answer to "does the cardholder have a fixed period of stay?" (`stay=fixed|none`), asked before any date. */
export type StayAnswer = 'fixed' | 'none';

/** What is wrong with a field. */
export type FieldProblem =
  | 'missing'
  | 'bad-format'
  | 'no-such-date'
  | 'out-of-range'
  | 'birth-after-issue'
  | 'in-future'
  | 'too-late'
  | 'before-cards';

/** The first day a My Number card (and its e-certificates) could be issued: no issue or expiry date is earlier. */
export const CARDS_SINCE = '2016-01-01';

/** One problem with one field; `value` is what was given (cut to a readable length), `daysInMonth` for no-such-date. */
export interface FieldError {
  field: RenewalField;
  problem: FieldProblem;
  value: string;
  /** For a day past the month's end: how many days that month has, with its year and month. */
  month?: { year: number; month: number; days: number };
}

/** The result of a /renewal query. */
export interface RenewalResult {
  mode: 'expiry' | 'birth';
  /** The e-certificates' expiry (given, or worked out from birth and issue date). */
  expiry: IsoDate;
  state: RenewalState;
  grace: InsuranceGrace;
  /** From birth + issue date only: the card's own expiry. */
  card: CardExpiry | null;
  /** The certificates end with the card: a new card application is needed, not a renewal. */
  endsWithCard: boolean;
  birth: IsoDate | null;
  issued: IsoDate | null;
}

/** A card that ends with the period of stay: its deadlines, and the usual result when the other dates were given. */
export interface StayResult {
  deadlines: StayDeadlines;
  usual: RenewalResult | null;
}

/** What the renewal page shows for a query. */
export type RenewalView =
  | { kind: 'empty' }
  | { kind: 'invalid'; mode: 'expiry' | 'birth' | 'stay'; errors: FieldError[] }
  | { kind: 'result'; result: RenewalResult }
  | { kind: 'stay'; stay: StayResult };

/** The `stay` answer of the query, if it is one. */
export function stayAnswer(query: Readonly<Record<string, string | undefined>>): StayAnswer | undefined {
  return query.stay === 'fixed' || query.stay === 'none' ? query.stay : undefined;
}

/**
 * Reads the query with `stay-until` (public contract): alone, or with `expiry` or `birth`+`issued`, whose expiry then
 * makes the stop date the earlier of the two. A problem with the other dates is reported; the stay's deadlines do
 * not wait for them.
 */
function stayFromQuery(query: Readonly<Record<string, string | undefined>>, today: IsoDate): RenewalView {
  const checked = checkDate('stay-until', query['stay-until']);
  if ('error' in checked) return { kind: 'invalid', mode: 'stay', errors: [checked.error] };
  const { ['stay-until']: _ignored, ...rest } = query;
  const other = rest.expiry !== undefined || rest.birth !== undefined || rest.issued !== undefined ? renewalFromQuery(rest, today) : null;
  if (other?.kind === 'invalid') return other;
  const usual = other?.kind === 'result' ? other.result : null;
  try {
    return { kind: 'stay', stay: { deadlines: stayDeadlines(checked.date, today, usual?.expiry), usual } };
  } catch {
    return { kind: 'invalid', mode: 'stay', errors: [{ field: 'stay-until', problem: 'too-late', value: quoted(checked.date) }] };
  }
}

/** Checks one date field; returns the date or the problem. */
export function checkDate(field: RenewalField, raw: string | undefined): { date: IsoDate } | { error: FieldError } {
  const value = (raw ?? '').trim();
  if (!value) return { error: { field, problem: 'missing', value: '' } };
  try {
    parseIsoDate(value);
    return { date: value };
  } catch (e) {
    const code = e instanceof DateError ? e.code : 'bad-format';
    if (code === 'no-such-date') {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const year = Number(m?.[1]);
      const month = Number(m?.[2]);
      const month_ = month >= 1 && month <= 12 ? { year, month, days: daysInMonth(year, month) } : undefined;
      return { error: { field, problem: 'no-such-date', value: quoted(value), ...(month_ ? { month: month_ } : {}) } };
    }
    return { error: { field, problem: code === 'out-of-range' ? 'out-of-range' : 'bad-format', value: quoted(value) } };
  }
}

function compute(mode: 'expiry' | 'birth', expiry: IsoDate, today: IsoDate, extra: Pick<RenewalResult, 'card' | 'birth' | 'issued' | 'endsWithCard'>): RenewalResult {
  return { mode, expiry, state: renewalState(expiry, today), grace: insuranceGrace(expiry), ...extra };
}

/**
 * Reads the query: `expiry` wins when present; otherwise `birth` and `issued` together. A parameter that is present
 * but empty (a form sent blank) is "missing"; no parameter at all is the empty form.
 */
export function renewalFromQuery(query: Readonly<Record<string, string | undefined>>, today: IsoDate): RenewalView {
  if (query['stay-until'] !== undefined) return stayFromQuery(query, today);
  const hasExpiry = query.expiry !== undefined && (query.expiry.trim() !== '' || (query.birth === undefined && query.issued === undefined));
  if (hasExpiry) {
    const checked = checkDate('expiry', query.expiry);
    if ('error' in checked) return { kind: 'invalid', mode: 'expiry', errors: [checked.error] };
    if (checked.date < CARDS_SINCE) return { kind: 'invalid', mode: 'expiry', errors: [{ field: 'expiry', problem: 'before-cards', value: checked.date }] };
    try {
      return { kind: 'result', result: compute('expiry', checked.date, today, { card: null, birth: null, issued: null, endsWithCard: false }) };
    } catch {
      // Past the engine's years (e.g. a grace period running into 2101).
      return { kind: 'invalid', mode: 'expiry', errors: [{ field: 'expiry', problem: 'too-late', value: quoted(checked.date) }] };
    }
  }
  if (query.birth === undefined && query.issued === undefined) return { kind: 'empty' };
  const birth = checkDate('birth', query.birth);
  const issued = checkDate('issued', query.issued);
  const errors: FieldError[] = [];
  if ('error' in birth) errors.push(birth.error);
  else if (birth.date > today) errors.push({ field: 'birth', problem: 'in-future', value: birth.date });
  if ('error' in issued) errors.push(issued.error);
  else if (issued.date > today) errors.push({ field: 'issued', problem: 'in-future', value: issued.date });
  if (errors.length === 0 && 'date' in birth && 'date' in issued && birth.date > issued.date)
    errors.push({ field: 'issued', problem: 'birth-after-issue', value: issued.date });
  // A date before the cards existed is a wrong year, not a date "too far ahead" for the calendar.
  else if (errors.length === 0 && 'date' in issued && issued.date < CARDS_SINCE)
    errors.push({ field: 'issued', problem: 'before-cards', value: issued.date });
  if (errors.length || !('date' in birth) || !('date' in issued)) return { kind: 'invalid', mode: 'birth', errors };
  try {
    const card = cardExpiryFrom(birth.date, issued.date);
    const expiry = certificateExpiryFrom(birth.date, issued.date, { cardExpiry: card.expiry });
    return {
      kind: 'result',
      result: compute('birth', expiry, today, { card, birth: birth.date, issued: issued.date, endsWithCard: expiry === card.expiry }),
    };
  } catch {
    return { kind: 'invalid', mode: 'birth', errors: [{ field: 'issued', problem: 'too-late', value: issued.date }] };
  }
}

/** The years a date may have, for the messages. */
export const ACCEPTED_YEARS = YEAR_RANGE;
