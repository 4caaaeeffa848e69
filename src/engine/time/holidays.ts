import JapaneseHolidays from 'japanese-holidays';
import { parseIsoDate, type IsoDate } from './jst';

// National holidays, computed at run time by japanese-holidays (~2 KB gz) instead of shipping a 14 KB gz table.
// The tests check every date of HOLIDAY_RANGE against the @holiday-jp/holiday_jp table (domain §5).

/** The dates whose holidays are known (and cross-checked); outside it holidayName answers 'unknown'. */
export const HOLIDAY_RANGE = { from: '1970-01-01', to: '2050-12-31' } as const;
/** The answer for a date outside HOLIDAY_RANGE: callers must say "unknown", never "open". */
export const UNKNOWN = 'unknown';

const FIRST_YEAR = 1970;
const LAST_YEAR = 2050;

/**
 * Runs `fn` with the global Date's local-time methods answering in UTC. Exported for the tests.
 * Why: japanese-holidays shifts dates with setFullYear/setMonth (local time). Those are meant as no-ops, but when
 * the host zone repeats a local hour (a DST fall-back) they move the instant back, so in Europe/Athens,
 * Asia/Baghdad, Asia/Dili or Australia/Lord_Howe the library misplaces some holidays by a day. With local = UTC
 * there is no repeated hour. The swap is synchronous and always undone, and the library caches each year.
 */
export function withUtcDate<T>(fn: () => T): T {
  const RealDate = globalThis.Date;
  class UtcDate extends RealDate {
    constructor(...args: number[]) {
      // Multi-argument construction means local fields; read them as UTC fields.
      if (args.length >= 2) super(RealDate.UTC(args[0] as number, args[1] as number, ...args.slice(2)));
      else if (args.length === 1) super(args[0] as number);
      else super(NaN); // The library never asks for "now"; an engine must not either.
    }
    override getFullYear() { return this.getUTCFullYear(); }
    override getMonth() { return this.getUTCMonth(); }
    override getDate() { return this.getUTCDate(); }
    override getDay() { return this.getUTCDay(); }
    override getHours() { return this.getUTCHours(); }
    override getMinutes() { return this.getUTCMinutes(); }
    override getSeconds() { return this.getUTCSeconds(); }
    override getMilliseconds() { return this.getUTCMilliseconds(); }
    override getTimezoneOffset() { return 0; }
    override setFullYear(...a: [number, number?, number?]) { return this.setUTCFullYear(...(a as [number])); }
    override setMonth(...a: [number, number?]) { return this.setUTCMonth(...(a as [number])); }
    override setDate(d: number) { return this.setUTCDate(d); }
    override setHours(...a: [number, number?, number?, number?]) { return this.setUTCHours(...(a as [number])); }
    override setMinutes(...a: [number, number?, number?]) { return this.setUTCMinutes(...(a as [number])); }
  }
  globalThis.Date = UtcDate as DateConstructor;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

const years = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let table = years.get(year);
  if (!table) {
    const list = withUtcDate(() => JapaneseHolidays.getHolidaysOf(year, true));
    table = new Map(list.map((h) => [`${String(h.month).padStart(2, '0')}-${String(h.date).padStart(2, '0')}`, h.name]));
    years.set(year, table);
  }
  return table;
}

/** True when the date is inside HOLIDAY_RANGE, so its holiday status is known. */
export function inHolidayRange(date: IsoDate): boolean {
  const { year } = parseIsoDate(date);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/**
 * The holiday's Japanese name (振替休日 and 国民の休日 included), null on an ordinary day,
 * or 'unknown' outside HOLIDAY_RANGE. Throws DateError for an invalid date.
 */
export function holidayName(date: IsoDate): string | null {
  const { year } = parseIsoDate(date);
  if (!inHolidayRange(date)) return UNKNOWN;
  return holidaysOf(year).get(date.slice(5)) ?? null;
}

/** True on a national holiday, false on an ordinary day, 'unknown' outside HOLIDAY_RANGE. */
export function isHoliday(date: IsoDate): boolean | typeof UNKNOWN {
  if (!inHolidayRange(date)) return UNKNOWN;
  return holidayName(date) !== null;
}
