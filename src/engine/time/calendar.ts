import { DateError, YEAR_RANGE, daysInMonth, isoDate, parseIsoDate, weekday, type IsoDate } from './jst';

// Monthly rules that are not national holidays: the nationwide maintenance Sunday (domain §4; seeds 000, 001),
// Satte's last-Sunday holiday opening (seed 001) and the year-end closure (domain §4).

const INDEX = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } as const;

function checkMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)
    throw new DateError('out-of-range', year, `year ${year} is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new DateError('no-such-date', month, `no month ${month}`);
}

/**
 * The month's maintenance Sunday: the day after its third Saturday (「毎月第3土曜日に続く日曜日」, seed 000).
 * Not always the third Sunday: when the 1st is a Sunday (2026-02, 2026-03, 2026-11) it is the 22nd, not the 15th.
 */
export function maintenanceSunday(year: number, month: number): IsoDate {
  checkMonth(year, month);
  const firstWeekday = INDEX[weekday(isoDate(year, month, 1))];
  const firstSaturday = 1 + ((6 - firstWeekday + 7) % 7);
  return isoDate(year, month, firstSaturday + 14 + 1);
}

/** True when the date is its month's maintenance Sunday (no card work at any counter nationwide). */
export function isMaintenanceSunday(date: IsoDate): boolean {
  const { year, month } = parseIsoDate(date);
  return maintenanceSunday(year, month) === date;
}

/** The month's last Sunday (Satte's holiday opening: 「原則として毎月最終の日曜日」, seed 001). */
export function lastSunday(year: number, month: number): IsoDate {
  checkMonth(year, month);
  const last = daysInMonth(year, month);
  const lastWeekday = INDEX[weekday(isoDate(year, month, last))];
  return isoDate(year, month, last - lastWeekday);
}

/** True when the date is its month's last Sunday. */
export function isLastSunday(date: IsoDate): boolean {
  const { year, month } = parseIsoDate(date);
  return lastSunday(year, month) === date;
}

/** True when the date's MM-DD lies in the inclusive range from..to, which may cross the new year (12-29..01-03). */
export function inMonthDayRange(date: IsoDate, from: string, to: string): boolean {
  parseIsoDate(date);
  if (!/^\d{2}-\d{2}$/.test(from) || !/^\d{2}-\d{2}$/.test(to))
    throw new DateError('bad-format', `${from}..${to}`, `month-days must be MM-DD: ${from}..${to}`);
  const md = date.slice(5);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/** The national year-end closure of city counters, 12/29–1/3 (domain §4); used only where a counter's own days are unknown. */
export const NATIONAL_YEAR_END = { from: '12-29', to: '01-03' } as const;

/** True on a Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 'sat' || w === 'sun';
}
