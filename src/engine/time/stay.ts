import { addDays, addMonthsClamped, daysBetween, parseIsoDate, type IsoDate } from './jst';

// A foreign resident's card that ends with the period of stay (domain §8): the card and its e-certificates stop on
// the period's end date printed on the 在留カード (or on the usual expiry, when that comes first), and no notice is
// mailed. Immigration takes the extension from about 3 months before the end date (stays of 6 months or more); the
// city changes the card's validity before the old end date. Pure: `today` (a Japan date) is passed in.

/** Where the person stands: before immigration's window, inside it (extend, then the city), or past the last day. */
export type StayStateCode = 'not-yet' | 'act-now' | 'passed';

/** The deadlines of a card that ends with the period of stay, seen on `today`; day counts are never negative. */
export interface StayDeadlines {
  /** The period of stay's end date (在留期間満了日). */
  stayUntil: IsoDate;
  /** The day the card and its certificates stop: the earlier of the stay's end and the usual expiry, when given. */
  stopsOn: IsoDate;
  /** What sets `stopsOn`: the period of stay, or the usual (5th/10th birthday) expiry coming first. */
  cause: 'stay' | 'usual';
  /** About 3 months before the end date: immigration accepts the extension (stays of 6 months or more). */
  immigrationFrom: IsoDate;
  /** The last day for the city visit: the day before the old end date ("before the old end date", domain §8). */
  lastCityDay: IsoDate;
  state: StayStateCode;
  /** Days until immigration's window opens (0 once open). */
  daysUntilImmigration: number;
  /** Days until the last day for the city visit (0 on that day and after). */
  daysUntilLastCityDay: number;
  /** Days since the last day for the city visit passed (0 before). */
  daysSinceLastCityDay: number;
}

/** How many months before the end date immigration accepts an extension (domain §8: "about 3 months"). */
export const IMMIGRATION_MONTHS_BEFORE = 3;

/**
 * The deadlines for a period of stay ending on `stayUntil`, seen on `today`; `usualExpiry` (the certificates' own
 * expiry, when known) makes `stopsOn` the earlier of the two. Throws DateError for an impossible date.
 */
export function stayDeadlines(stayUntil: IsoDate, today: IsoDate, usualExpiry?: IsoDate): StayDeadlines {
  parseIsoDate(stayUntil);
  parseIsoDate(today);
  if (usualExpiry !== undefined) parseIsoDate(usualExpiry);
  const usualFirst = usualExpiry !== undefined && usualExpiry < stayUntil;
  const immigrationFrom = addMonthsClamped(stayUntil, -IMMIGRATION_MONTHS_BEFORE);
  const lastCityDay = addDays(stayUntil, -1);
  const state: StayStateCode = today > lastCityDay ? 'passed' : today >= immigrationFrom ? 'act-now' : 'not-yet';
  return {
    stayUntil,
    stopsOn: usualFirst ? usualExpiry : stayUntil,
    cause: usualFirst ? 'usual' : 'stay',
    immigrationFrom,
    lastCityDay,
    state,
    daysUntilImmigration: Math.max(0, daysBetween(today, immigrationFrom)),
    daysUntilLastCityDay: Math.max(0, daysBetween(today, lastCityDay)),
    daysSinceLastCityDay: Math.max(0, daysBetween(lastCityDay, today)),
  };
}
