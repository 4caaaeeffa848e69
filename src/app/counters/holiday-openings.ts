import type { Counter, ProcedureId } from '../../cities/schema';
import { dayStatus, lastSunday, parseIsoDate, type CardStatus, type DayHours, type IsoDate, type Reason } from '../../engine/time';

// A counter's next holiday openings (Satte: 「原則として毎月最終の日曜日」), with their dates, whether or not they fall
// in the plan's window: a parent who can only come on a Sunday wants to know which Sunday, weeks ahead.

/** How many holiday openings the page lists. */
export const HOLIDAY_OPENINGS_SHOWN = 3;

/** One coming holiday opening: its date, what card work that day is (a maintenance Sunday stops it), and why. */
export interface HolidayOpeningDay {
  date: IsoDate;
  status: CardStatus;
  reasons: Reason[];
  hours: DayHours | null;
  /** The page gives the rule "in principle" (原則として): the date may move; its calendar decides. */
  inPrinciple: boolean;
}

/** The counter's next `count` holiday openings from `today` (today included), for the procedure when given, or [] when it has none. */
export function nextHolidayOpenings(counter: Counter, today: IsoDate, procedure: ProcedureId | null = null, count = HOLIDAY_OPENINGS_SHOWN): HolidayOpeningDay[] {
  const o = counter.schedule.holidayOpening;
  if (!o) return [];
  const { year, month } = parseIsoDate(today);
  const out: HolidayOpeningDay[] = [];
  // The rule is monthly (last-sunday is the only one the schema knows), so count + 1 months always suffice.
  for (let i = 0; out.length < count && i <= count; i++) {
    const idx = year * 12 + month - 1 + i;
    const date = lastSunday(Math.floor(idx / 12), (idx % 12) + 1);
    if (date < today) continue;
    const d = dayStatus(counter, date, procedure);
    out.push({ date, status: d.status, reasons: d.reasons, hours: d.hours, inPrinciple: o.inPrinciple });
  }
  return out;
}
