import type { Counter, ProcedureId } from '../../cities/schema';
import { NATIONAL_YEAR_END, inMonthDayRange, isMaintenanceSunday, isWeekend } from './calendar';
import { dayStatus, type CardStatus, type DayHours, type Reason } from './day-status';
import { holidayName, inHolidayRange } from './holidays';
import { DateError, addDays, parseIsoDate, type IsoDate } from './jst';

// The planner: the next days at each counter, and which of them are likely crowded.

/** One counter on one planned day. */
export interface PlannedCounterDay {
  counterId: string;
  status: CardStatus;
  reasons: Reason[];
  hours: DayHours | null;
  /** The first working day after three or more days without card work (seed 000: 連休明けは窓口の混雑…). */
  likelyCrowded: boolean;
}

/** One planned day across counters. */
export interface PlannedDay {
  date: IsoDate;
  /** The holiday's name, null, or 'unknown' outside the holiday table. */
  holiday: string | null;
  maintenanceSunday: boolean;
  counters: PlannedCounterDay[];
}

/** The longest plan upcomingDays makes, in days. */
export const MAX_PLAN_DAYS = 366;
/** Days without card work in a row after which the next working day is likely crowded. */
export const CROWDED_AFTER_CLOSED_DAYS = 3;

/**
 * Whether card work is possible that day, for counting closed runs: the counter's own status where known;
 * where its own data is silent ('unknown'), the national calendar (weekends, holidays, 12/29–1/3 are closed).
 * Null outside the holiday table, where neither is known.
 */
function worksThatDay(counter: Counter, date: IsoDate): boolean | null {
  if (!inHolidayRange(date)) return null;
  const own = dayStatus(counter, date).status;
  if (own === 'open') return true;
  if (own === 'closed' || own === 'no-card-work') return false;
  return !(isWeekend(date) || holidayName(date) !== null || inMonthDayRange(date, NATIONAL_YEAR_END.from, NATIONAL_YEAR_END.to));
}

/** True when the date is a working day at the counter that follows three or more days in a row without card work. */
export function likelyCrowded(date: IsoDate, counter: Counter): boolean {
  parseIsoDate(date);
  if (worksThatDay(counter, date) !== true) return false;
  for (let i = 1; i <= CROWDED_AFTER_CLOSED_DAYS; i++) if (worksThatDay(counter, addDays(date, -i)) !== false) return false;
  return true;
}

/** For each of n days from `from` (inclusive), each counter's card-work status (for the procedure, when given), reasons, hours and crowding. */
export function upcomingDays(counters: readonly Counter[], from: IsoDate, n: number, procedure: ProcedureId | null = null): PlannedDay[] {
  parseIsoDate(from);
  if (!Number.isInteger(n) || n < 0 || n > MAX_PLAN_DAYS)
    throw new DateError('out-of-range', n, `plan length must be an integer 0–${MAX_PLAN_DAYS}: ${n}`);
  const days: PlannedDay[] = [];
  for (let i = 0; i < n; i++) {
    const date = addDays(from, i);
    days.push({
      date,
      holiday: holidayName(date),
      maintenanceSunday: isMaintenanceSunday(date),
      counters: counters.map((c) => {
        const d = dayStatus(c, date, procedure);
        return { counterId: c.id, status: d.status, reasons: d.reasons, hours: d.hours, likelyCrowded: likelyCrowded(date, c) };
      }),
    });
  }
  return days;
}
