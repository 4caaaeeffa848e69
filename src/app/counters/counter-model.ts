import type { City, Counter } from '../../cities/schema';
import type { ProcedureId } from '../../cities/vocabulary';
import {
  counterStatus,
  isoDate,
  jstDateOf,
  lastSunday,
  maintenanceSunday,
  parseIsoDate,
  parseTime,
  upcomingDays,
  weekday,
  type CardStatus,
  type CounterStatus,
  type DayHours,
  type IsoDate,
  type NextOpening,
  type Reason,
} from '../../engine/time';

// What the counters page shows, computed from the city data and one instant by the pure engine. No JSX here.

/** How many days on which the procedure can be done the planner's window holds (every day up to the last is listed). */
export const PLAN_OPEN_DAYS = 14;
/** How far ahead the planner looks for those days; a counter the page gives no days for lists PLAN_OPEN_DAYS days. */
export const PLAN_SEARCH_DAYS = 60;

/** One line of a counter's plan: a day (or a run of days, for the year-end) with its status and why. */
export interface PlanRow {
  from: IsoDate;
  to: IsoDate;
  status: CardStatus;
  reasons: Reason[];
  hours: DayHours | null;
  crowded: boolean;
}

/** A counter now, and its plan. */
export interface CounterView {
  counter: Counter;
  now: CounterStatus;
  /** The page gives no days or hours at all for this counter: the plan lists only the known exceptions. */
  silent: boolean;
  plan: PlanRow[];
  /** When nextOpening is 'unknown': the first day the sources are silent about, and the first known opening after it. */
  unknownDay: { date: IsoDate; reasons: Reason[] } | null;
  knownAfter: NextOpening | null;
}

/** The counters page for one city at one instant. */
export interface CityView {
  today: IsoDate;
  time: string;
  counters: CounterView[];
}

function isSilent(counter: Counter): boolean {
  const s = counter.schedule;
  return !s.daysKnown && s.weekly.length === 0 && !s.holidayOpening && !(s.dates ?? []).some((d) => d.kind === 'open');
}

/** True when all of today's possible card time at this counter is already over (the plan then starts tomorrow). */
function todayIsOver(now: CounterStatus): boolean {
  const h = now.hours;
  if (!h || h.windows.length === 0) return false;
  const minutes = parseTime(now.time);
  const until = h.cardWorkUntil === null ? Infinity : parseTime(h.cardWorkUntil);
  return h.windows.every((w) => Math.min(until, w.close === null ? Infinity : parseTime(w.close)) <= minutes);
}

function sameRun(a: PlanRow, b: PlanRow): boolean {
  // Only the year-end is merged into one line: every other exception has its own reason and date.
  return a.status === b.status && a.reasons.some((r) => r.code === 'year-end') && b.reasons.some((r) => r.code === 'year-end');
}

/** The counters of a city that handle the procedure (all of them when no procedure is chosen). */
export function countersFor(city: City, procedure: ProcedureId | null): Counter[] {
  if (!procedure) return city.counters;
  const ids = city.procedures[procedure].counters;
  return city.counters.filter((c) => ids.includes(c.id));
}

/** Every counter's status now, its next opening and its plan (throws the engine's DateError on a bad instant). */
export function cityView(city: City, procedure: ProcedureId | null, instantMs: number): CityView {
  const counters = countersFor(city, procedure);
  const statuses = counters.map((c) => counterStatus(c, instantMs, procedure));
  const today = jstDateOf(instantMs);
  const days = upcomingDays(counters, today, PLAN_SEARCH_DAYS, procedure);
  return {
    today,
    time: statuses[0]?.time ?? '',
    counters: counters.map((counter, k) => {
      const now = statuses[k] as CounterStatus;
      const silent = isSilent(counter);
      const skipToday = todayIsOver(now);
      const plan: PlanRow[] = [];
      let openDays = 0;
      let unknownDay: CounterView['unknownDay'] = null;
      let knownAfter: NextOpening | null = null;
      let listed = 0;
      for (const [i, day] of days.entries()) {
        const c = day.counters[k];
        if (!c || (i === 0 && skipToday)) continue;
        if (c.status === 'unknown' && !unknownDay) unknownDay = { date: day.date, reasons: c.reasons };
        if (c.status === 'open' && unknownDay && !knownAfter) {
          const w = c.hours?.windows[0];
          if (w) knownAfter = { date: day.date, time: w.open };
        }
        // Every day of the window has its line, so "can I go this Sunday?" is answered by a line that says why not.
        if (silent ? listed >= PLAN_OPEN_DAYS : openDays >= PLAN_OPEN_DAYS) continue;
        listed++;
        const row: PlanRow = { from: day.date, to: day.date, status: c.status, reasons: c.reasons, hours: c.hours, crowded: c.likelyCrowded };
        if (c.status === 'open') openDays++;
        const last = plan.at(-1);
        if (last && sameRun(last, row)) last.to = row.to;
        else plan.push(row);
      }
      return { counter, now, silent, plan, unknownDay, knownAfter };
    }),
  };
}

/** The next maintenance Sundays from today (this month's while it is still ahead), with the third Sunday beside each. */
export function upcomingMaintenanceSundays(today: IsoDate, count = 2): Array<{ date: IsoDate; thirdSunday: IsoDate }> {
  const { year, month } = parseIsoDate(today);
  const out: Array<{ date: IsoDate; thirdSunday: IsoDate }> = [];
  for (let i = 0; out.length < count && i < count + 1; i++) {
    const idx = year * 12 + month - 1 + i;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    const date = maintenanceSunday(y, m);
    if (date < today) continue;
    const first = isoDate(y, m, 1);
    const firstSunday = 1 + ((7 - ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(weekday(first))) % 7);
    out.push({ date, thirdSunday: isoDate(y, m, firstSunday + 14) });
  }
  return out;
}

/** The next month (within `months`) whose last Sunday is its maintenance Sunday: a holiday opening without card work. */
export function nextOpeningOnMaintenanceSunday(today: IsoDate, months = 48): IsoDate | null {
  const { year, month } = parseIsoDate(today);
  for (let i = 0; i < months; i++) {
    const idx = year * 12 + month - 1 + i;
    const y = Math.floor(idx / 12);
    const m = (idx % 12) + 1;
    const date = maintenanceSunday(y, m);
    if (date >= today && lastSunday(y, m) === date) return date;
  }
  return null;
}
