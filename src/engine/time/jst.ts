// Japan time without the host's time zone: only Date.UTC and getUTC* are used, so every answer is the same
// whatever TZ the process or browser runs in. JST is UTC+9 all year (Japan has no DST).

/** A calendar date in Japan, 'YYYY-MM-DD' (never a Date at midnight). */
export type IsoDate = string;
/** A time of day in Japan, 'HH:MM' (24 h). */
export type HhMm = string;
/** A day of the week, spelled as in the city schema. */
export type Weekday = 'sun' | 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat';

/** Why a date, time or instant was refused. */
export type DateErrorCode = 'bad-format' | 'no-such-date' | 'out-of-range' | 'bad-time' | 'bad-instant' | 'bad-order';

/** A date, time or instant the engine refuses: callers get this instead of a wrong answer. */
export class DateError extends Error {
  readonly code: DateErrorCode;
  readonly input: string;
  constructor(code: DateErrorCode, input: unknown, message: string) {
    super(message);
    this.name = 'DateError';
    this.code = code;
    this.input = String(input);
  }
}

/** Years the engine accepts at all; the holiday table is narrower (see holidays.ts). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkYear(year: number, input: unknown): void {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)
    throw new DateError('out-of-range', input, `year ${year} is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
}

/** The parts of a valid date; throws DateError for a malformed, impossible or out-of-range date. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const m = typeof date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) throw new DateError('bad-format', date, `not a YYYY-MM-DD date: ${String(date)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  checkYear(year, date);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new DateError('no-such-date', date, `no such date: ${date}`);
  return { year, month, day };
}

/** True when the string is a valid IsoDate inside the accepted years. */
export function isIsoDate(date: unknown): date is IsoDate {
  try {
    parseIsoDate(date as string);
    return true;
  } catch {
    return false;
  }
}

/** Builds an IsoDate from parts, checking that the date exists. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    throw new DateError('bad-format', s, `date parts must be integers: ${year}, ${month}, ${day}`);
  parseIsoDate(s);
  return s;
}

/** Days since 1970-01-01 (negative before); the engine's internal calendar arithmetic. */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The date for a day number (inverse of dayNumber); throws when outside the accepted years. */
export function fromDayNumber(n: number): IsoDate {
  if (!Number.isInteger(n)) throw new DateError('bad-instant', n, `day number must be an integer: ${n}`);
  const d = new Date(n * DAY_MS);
  const year = d.getUTCFullYear();
  checkYear(year, n);
  return isoDate(year, d.getUTCMonth() + 1, d.getUTCDate());
}

/** The date n days later (earlier when n < 0). */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new DateError('bad-format', n, `days must be an integer: ${n}`);
  return fromDayNumber(dayNumber(date) + n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day-of-month n months later, or the month's last day when it has no such day (5/31 + 1 → 6/30). */
export function addMonthsClamped(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  checkYear(y, date);
  return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** Day of the week of a date. */
export function weekday(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (index 4).
  return WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7] as Weekday;
}

function checkInstant(instantMs: number): void {
  if (typeof instantMs !== 'number' || !Number.isFinite(instantMs))
    throw new DateError('bad-instant', instantMs, `not an epoch-milliseconds instant: ${String(instantMs)}`);
}

/** The Japan calendar date at an instant (epoch ms). */
export function jstDateOf(instantMs: number): IsoDate {
  checkInstant(instantMs);
  return fromDayNumber(Math.floor((instantMs + JST_OFFSET_MS) / DAY_MS));
}

/** Minutes since Japan midnight at an instant, 0–1439 (seconds are dropped). */
export function jstMinutesOf(instantMs: number): number {
  checkInstant(instantMs);
  const ms = (((instantMs + JST_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.floor(ms / 60_000);
}

/** Minutes since midnight of an 'HH:MM' time; throws DateError for anything else. */
export function parseTime(time: HhMm): number {
  const m = typeof time === 'string' ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time) : null;
  if (!m) throw new DateError('bad-time', time, `not an HH:MM time: ${String(time)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 'HH:MM' for minutes since midnight (0–1439). */
export function formatTime(minutes: number): HhMm {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 1440)
    throw new DateError('bad-time', minutes, `minutes must be 0–1439: ${minutes}`);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant (epoch ms) of a Japan date and 'HH:MM' time. */
export function instantOf(date: IsoDate, time: HhMm = '00:00'): number {
  return dayNumber(date) * DAY_MS + parseTime(time) * 60_000 - JST_OFFSET_MS;
}
