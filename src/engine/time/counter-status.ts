import type { Counter, ProcedureId } from '../../cities/schema';
import { dayStatus, minutesOrInfinity, type CardStatus, type DayHours, type DayStatus, type Hours, type Reason } from './day-status';
import { addDays, formatTime, jstDateOf, jstMinutesOf, parseTime, type HhMm, type IsoDate } from './jst';

// A counter at one instant: the day's status narrowed to the minute, and when card work is next possible.

/** The next time card work is known to be possible at a counter; `inPrinciple` when the page hedges that day (原則). */
export interface NextOpening {
  date: IsoDate;
  time: HhMm;
  inPrinciple?: true;
}

/** True when a day is open only as a holiday opening the page gives "in principle" (Satte's last Sunday). */
export function openInPrinciple(reasons: readonly Reason[]): boolean {
  return reasons.some((r) => r.code === 'holiday-opening' && r.inPrinciple);
}

function opening(d: DayStatus, time: HhMm): NextOpening {
  return openInPrinciple(d.reasons) ? { date: d.date, time, inPrinciple: true } : { date: d.date, time };
}

/** A counter's status at an instant, with the day's hours and the next opening. */
export interface CounterStatus {
  status: CardStatus;
  reasons: Reason[];
  /** The Japan date and time of the instant. */
  date: IsoDate;
  time: HhMm;
  /** Today's status and hours, for display. */
  day: CardStatus;
  hours: DayHours | null;
  /**
   * Now when card work is possible now; else the next window start on a day known to have card work; 'unknown'
   * when a day the sources are silent about comes first (it might open); null when none within the search.
   */
  nextOpening: NextOpening | null | 'unknown';
}

/** How far nextOpening looks ahead, in days. */
export const NEXT_OPENING_SEARCH_DAYS = 60;

/** The minute card work stops in a window: its closing, or cardWorkUntil when earlier; Infinity when unknown. */
function cardEnd(w: Hours, h: DayHours): number {
  return Math.min(minutesOrInfinity(w.close), minutesOrInfinity(h.cardWorkUntil));
}

function withoutClosingUnknown(reasons: Reason[]): Reason[] {
  return reasons.filter((r) => r.code !== 'closing-unknown');
}

/** A day's status narrowed to a minute of that day (0–1439). */
export function statusAt(day: DayStatus, minutes: number): { status: CardStatus; reasons: Reason[] } {
  const h = day.hours;
  if (day.status === 'closed' || !h || h.windows.length === 0) return { status: day.status, reasons: day.reasons };
  // A day without card work (the maintenance Sunday) says so all day: that, not the hour, is what spares a trip.
  if (day.status === 'no-card-work') return { status: 'no-card-work', reasons: day.reasons };
  const inside = h.windows.find((w) => parseTime(w.open) <= minutes && minutes < minutesOrInfinity(w.close));
  if (!inside) {
    // Outside every window the counter is closed, whatever else is true or unknown about the day.
    const next = h.windows.find((w) => parseTime(w.open) > minutes);
    const lastClose = h.windows.map((w) => w.close as HhMm).sort().at(-1) as HhMm;
    const reason: Reason = next ? { code: 'before-opening', open: next.open } : { code: 'after-closing', close: lastClose };
    return { status: 'closed', reasons: [reason, ...withoutClosingUnknown(day.reasons)] };
  }
  if (h.cardWorkUntil !== null && minutes >= parseTime(h.cardWorkUntil))
    return { status: 'no-card-work', reasons: [{ code: 'after-card-hours', until: h.cardWorkUntil }, ...withoutClosingUnknown(day.reasons)] };
  if (day.status === 'unknown') return { status: 'unknown', reasons: day.reasons };
  // After an opening whose closing the page does not give, never make one up.
  if (inside.close === null) return { status: 'unknown', reasons: [{ code: 'closing-unknown' }, ...withoutClosingUnknown(day.reasons)] };
  return { status: 'open', reasons: withoutClosingUnknown(day.reasons) };
}

/** When card work (for the procedure, when given) is next possible at or after an instant (see CounterStatus.nextOpening). */
export function nextOpening(
  counter: Counter,
  instantMs: number,
  procedure: ProcedureId | null = null,
  searchDays = NEXT_OPENING_SEARCH_DAYS,
): NextOpening | null | 'unknown' {
  const today = jstDateOf(instantMs);
  const now = jstMinutesOf(instantMs);
  for (let i = 0; i <= searchDays; i++) {
    const d = dayStatus(counter, addDays(today, i), procedure);
    if (d.status === 'closed' || d.status === 'no-card-work') continue;
    const h = d.hours;
    if (d.status === 'unknown') {
      // A silent day blocks the answer unless all its possible card time today is already over.
      if (i === 0 && h && h.windows.length && h.windows.every((w) => cardEnd(w, h) <= now)) continue;
      return 'unknown';
    }
    if (!h) return 'unknown';
    if (i === 0 && statusAt(d, now).status === 'open') return opening(d, formatTime(now));
    const start = h.windows.find((w) => cardEnd(w, h) > parseTime(w.open) && (i > 0 || parseTime(w.open) > now));
    if (start) return opening(d, start.open);
  }
  return null;
}

/** A counter's card-work status (for the procedure, when given) at an instant (epoch ms), with reasons, today's hours and the next opening. */
export function counterStatus(counter: Counter, instantMs: number, procedure: ProcedureId | null = null): CounterStatus {
  const date = jstDateOf(instantMs);
  const minutes = jstMinutesOf(instantMs);
  const day = dayStatus(counter, date, procedure);
  const now = statusAt(day, minutes);
  return {
    ...now,
    date,
    time: formatTime(minutes),
    day: day.status,
    hours: day.hours,
    nextOpening: nextOpening(counter, instantMs, procedure),
  };
}
