import { addMonthsClamped, parseIsoDate, type IsoDate } from './jst';

// Cities change their hours and lists (domain §9: several nearby cities shortened their hours in 2025–2026), so a
// city's data that has not been checked against its page for a while must say so on every page of that city.

/** How long a check against the city page holds before the app warns that the data may be out of date. */
export const STALE_AFTER_MONTHS = 6;

/** True when `verified` lies more than STALE_AFTER_MONTHS before `today` (both Japan calendar dates). */
export function isStale(verified: IsoDate, today: IsoDate): boolean {
  parseIsoDate(verified);
  return verified < addMonthsClamped(today, -STALE_AFTER_MONTHS);
}
