import type { Counter, ProcedureId, Schedule } from '../../cities/schema';
import { inMonthDayRange, isLastSunday, isMaintenanceSunday } from './calendar';
import { holidayName, inHolidayRange } from './holidays';
import { parseIsoDate, parseTime, weekday, type HhMm, type IsoDate } from './jst';

// What a counter does on one Japan date, for card work. The precedence (docs/time.md) is:
// outside the holiday table > one-off date > year-end > maintenance Sunday > holiday > holiday opening > weekly windows.

/** Whether card work (the procedure) can be done: at a counter, at an instant or on a day. */
export type CardStatus = 'open' | 'closed' | 'no-card-work' | 'unknown';

/** Why a status is what it is: a machine-readable code with its parameters, for the UI to word. */
export type Reason =
  | { code: 'holiday'; name: string }
  | { code: 'maintenance-sunday' }
  | { code: 'year-end'; from: string; to: string }
  | { code: 'after-card-hours'; until: HhMm }
  | { code: 'before-opening'; open: HhMm }
  | { code: 'after-closing'; close: HhMm }
  | { code: 'not-a-working-day' }
  | { code: 'hours-unknown' }
  | { code: 'closing-unknown' }
  | { code: 'holiday-opening'; inPrinciple: boolean }
  | { code: 'days-inferred' }
  | { code: 'holiday-opening-suspended' }
  | { code: 'holiday-opening-ask-first' }
  | { code: 'one-off'; reason: string }
  | { code: 'outside-holiday-table' };

/** One opening window of a day; `close` is null when the page does not give it. */
export interface Hours {
  open: HhMm;
  close: HhMm | null;
}

/** A day's hours for display: its windows, and when card work stops before closing (or null). */
export interface DayHours {
  windows: Hours[];
  cardWorkUntil: HhMm | null;
}

/**
 * A counter's day. `open`: card work is possible at some time of the day (see `hours`); `no-card-work`: the
 * counter may open but card work is stopped all day; `closed`: known closed; `unknown`: the sources do not say.
 * `hours` are the windows that apply if the counter opens that day, or null when closed or nothing is known.
 */
export interface DayStatus {
  date: IsoDate;
  status: CardStatus;
  reasons: Reason[];
  hours: DayHours | null;
}

type OneOff = NonNullable<Schedule['dates']>[number];

function day(date: IsoDate, status: CardStatus, reasons: Reason[], hours: DayHours | null = null): DayStatus {
  return { date, status, reasons, hours };
}

function sortWindows(windows: Hours[]): Hours[] {
  return [...windows].sort((a, b) => parseTime(a.open) - parseTime(b.open));
}

/** The weekly windows covering this date's weekday. */
function weeklyWindows(s: Schedule, date: IsoDate): Hours[] {
  const w = weekday(date);
  return sortWindows(
    s.weekly.filter((x) => x.days === 'every-day' || x.days.includes(w)).map((x) => ({ open: x.open, close: x.close })),
  );
}

function hoursOf(s: Schedule, windows: Hours[]): DayHours {
  return { windows, cardWorkUntil: s.cardWorkUntil?.time ?? null };
}

/** True when some window leaves time for card work before closing and before cardWorkUntil. */
function hasCardTime(h: DayHours): boolean {
  const until = h.cardWorkUntil === null ? Infinity : parseTime(h.cardWorkUntil);
  return h.windows.some((w) => Math.min(until, w.close === null ? Infinity : parseTime(w.close)) > parseTime(w.open));
}

/** True when a weekly window for this date only stands because the data reads its days from another sentence. */
function daysInferred(s: Schedule, date: IsoDate): boolean {
  const w = weekday(date);
  return s.weekly.some((x) => x.daysInferredFrom && (x.days === 'every-day' || x.days.includes(w)));
}

/**
 * A day with windows: open, or no card work when cardWorkUntil leaves no time (noted as after-card-hours). A day
 * read from inferred days says so ('days-inferred'), beside whatever status it has.
 */
function openDay(date: IsoDate, s: Schedule, windows: Hours[], reasons: Reason[]): DayStatus {
  const hours = hoursOf(s, windows);
  const extra: Reason[] = windows.some((w) => w.close === null) ? [{ code: 'closing-unknown' }] : [];
  if (daysInferred(s, date)) extra.push({ code: 'days-inferred' });
  if (!hasCardTime(hours))
    return day(date, 'no-card-work', [...reasons, { code: 'after-card-hours', until: hours.cardWorkUntil ?? '00:00' }], hours);
  return day(date, 'open', [...reasons, ...extra], hours);
}

function fromOneOff(date: IsoDate, s: Schedule, entry: OneOff): DayStatus {
  const reason: Reason = { code: 'one-off', reason: entry.reason };
  if (entry.kind === 'closed') return day(date, 'closed', [reason]);
  // An entry with its own times replaces the weekly windows; without them the weekly windows still apply.
  const windows = entry.open
    ? [{ open: entry.open, close: entry.close ?? null }]
    : weeklyWindows(s, date);
  if (entry.kind === 'no-card-work') return day(date, 'no-card-work', [reason], windows.length ? hoursOf(s, windows) : null);
  if (windows.length === 0) return day(date, 'unknown', [reason, { code: 'hours-unknown' }]);
  return openDay(date, s, windows, [reason]);
}

/** The day as if it were not a maintenance Sunday: holidays, then the holiday opening, then the weekly windows. */
function ordinaryDay(date: IsoDate, s: Schedule): DayStatus {
  const name = holidayName(date);
  const windows = weeklyWindows(s, date);
  const opening = s.holidayOpening && isLastSunday(date) ? s.holidayOpening : null;
  if (name !== null) {
    const holiday: Reason = { code: 'holiday', name };
    // Satte excludes holidays from its weekday hours only; its holiday-opening line has no exclusion, so a
    // holiday opening that falls on a holiday is unknown, not closed.
    if (s.closedOnHolidays && !opening) return day(date, 'closed', [holiday]);
    // The page lists its days and this is not one of them: a holiday cannot make it open.
    if (s.daysKnown && windows.length === 0 && !opening) return day(date, 'closed', [{ code: 'not-a-working-day' }, holiday]);
    // The page is silent about holidays: never assume open.
    const all = opening ? sortWindows([...windows, { open: opening.open, close: opening.close }]) : windows;
    return day(date, 'unknown', [holiday], all.length ? hoursOf(s, all) : null);
  }
  if (opening) {
    const all = sortWindows([...windows, { open: opening.open, close: opening.close }]);
    return openDay(date, s, all, [{ code: 'holiday-opening', inPrinciple: opening.inPrinciple }]);
  }
  if (windows.length) return openDay(date, s, windows, []);
  return s.daysKnown ? day(date, 'closed', [{ code: 'not-a-working-day' }]) : day(date, 'unknown', [{ code: 'hours-unknown' }]);
}

/**
 * What a counter does for card work on a Japan date, with the reasons and the day's hours; for a procedure the data
 * marks "ask first" at a holiday opening (domain §8), such an opening is 'unknown', never 'open'.
 */
export function dayStatus(counter: Counter, date: IsoDate, procedure?: ProcedureId | null): DayStatus {
  const d = anyCardWork(counter, date);
  const o = counter.schedule.holidayOpening;
  if (!procedure || d.status !== 'open' || !o?.askFirst.procedures.includes(procedure)) return d;
  // Only a day that is open because of the holiday opening: its weekly hours, if any, stand.
  if (!d.reasons.some((r) => r.code === 'holiday-opening') || weeklyWindows(counter.schedule, date).length) return d;
  return { ...d, status: 'unknown', reasons: [...d.reasons, { code: 'holiday-opening-ask-first' }] };
}

function anyCardWork(counter: Counter, date: IsoDate): DayStatus {
  parseIsoDate(date);
  const s = counter.schedule;
  if (!inHolidayRange(date)) return day(date, 'unknown', [{ code: 'outside-holiday-table' }]);
  const entry = s.dates?.find((d) => d.date === date);
  if (entry) return fromOneOff(date, s, entry);
  if (s.yearEnd && inMonthDayRange(date, s.yearEnd.from, s.yearEnd.to)) {
    const yearEnd: Reason = { code: 'year-end', from: s.yearEnd.from, to: s.yearEnd.to };
    // The same reading for a holiday opening inside the year-end break (e.g. 2030-12-29): the page does not say.
    const o = s.holidayOpening && isLastSunday(date) ? s.holidayOpening : null;
    if (o)
      return day(date, 'unknown', [yearEnd, { code: 'holiday-opening', inPrinciple: o.inPrinciple }], hoursOf(s, [{ open: o.open, close: o.close }]));
    return day(date, 'closed', [yearEnd]);
  }
  const base = ordinaryDay(date, s);
  if (!isMaintenanceSunday(date)) return base;
  const maintenance: Reason = { code: 'maintenance-sunday' };
  if (base.status === 'closed') return { ...base, reasons: [...base.reasons, maintenance] };
  const isOpening = base.reasons.some((r) => r.code === 'holiday-opening');
  // The data may say a holiday opening keeps card work on that Sunday; Satte's says it does not (seed 001).
  if (isOpening && s.holidayOpening?.cardWorkOnMaintenanceSunday) return base;
  const suspended: Reason[] = isOpening ? [{ code: 'holiday-opening-suspended' }] : [];
  return day(date, 'no-card-work', [maintenance, ...base.reasons, ...suspended], base.hours);
}

/** Minutes of 'HH:MM', or Infinity for a missing closing time (exported for counter-status). */
export function minutesOrInfinity(time: HhMm | null): number {
  return time === null ? Infinity : parseTime(time);
}
