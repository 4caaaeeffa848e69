import type { City, Counter } from '../../cities/schema';
import type { ProcedureId } from '../../cities/vocabulary';
import {
  addDays,
  dayStatus,
  instantOf,
  nextOpening,
  openInPrinciple,
  readDateEntry,
  YEAR_RANGE,
  type CardStatus,
  type DayHours,
  type IsoDate,
  type NextOpening,
  type Reason,
} from '../../engine/time';
import { countersFor } from './counter-model';
import { quoted } from '../query/quoted';

// "Can I go on that day?": for one Japan date, each counter's card work that day, why, its hours, and when card work
// is next possible from that day on when it is not. Pure: the page and the unit tests call the same function.

/**
 * The `date` parameter of /counters: absent, empty (the form sent without a date), a date, a date in a year the
 * engine does not count (YEAR_RANGE), or unreadable.
 */
export type DateParam =
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'out-of-range'; value: string }
  | { kind: 'bad'; value: string };

/** Reads `date=YYYY-MM-DD` (also as a person types it: 2026/11/22, 2026年11月22日). */
export function parseDateParam(value: string | undefined): DateParam {
  if (value === undefined) return { kind: 'none' };
  const read = readDateEntry(value);
  if (read === '') return { kind: 'empty' };
  if (read !== null) return { kind: 'date', date: read };
  // Well written but in a year outside the engine's: say which years, not how to write a date.
  const year = /^\s*(\d{4})\D/.exec(value.normalize('NFKC'))?.[1];
  const outside = year !== undefined && (Number(year) < YEAR_RANGE.min || Number(year) > YEAR_RANGE.max);
  return { kind: outside ? 'out-of-range' : 'bad', value: quoted(value) };
}

/** One counter on the asked day. */
export interface CounterOnDay {
  counter: Counter;
  status: CardStatus;
  reasons: Reason[];
  hours: DayHours | null;
  /** Open only as a holiday opening the page gives "in principle". */
  inPrinciple: boolean;
  /** When the day has no card work (or is not known): the next known opening from that day on. */
  next: NextOpening | null | 'unknown';
}

/** The answer for one date at a city's counters (those of the procedure, when one is chosen). */
export interface DateAnswer {
  date: IsoDate;
  counters: CounterOnDay[];
  /** Some counter does card work that day. */
  anyOpen: boolean;
}

/**
 * The next known opening from the day on (from the next day when the day itself is not known: "not known" again
 * would say nothing); 'unknown' when the engine's years end first.
 */
function nextAfter(counter: Counter, procedure: ProcedureId | null, date: IsoDate, fromNextDay: boolean): NextOpening | null | 'unknown' {
  try {
    return nextOpening(counter, instantOf(fromNextDay ? addDays(date, 1) : date, '00:00'), procedure);
  } catch {
    return 'unknown';
  }
}

/** Each counter's card work on `date`, with reasons, hours and, where it is not open, the next known opening. */
export function dateAnswer(city: City, procedure: ProcedureId | null, date: IsoDate): DateAnswer {
  const counters = countersFor(city, procedure).map((counter): CounterOnDay => {
    const d = dayStatus(counter, date, procedure);
    const next = d.status === 'open' ? null : nextAfter(counter, procedure, date, d.status === 'unknown');
    return { counter, status: d.status, reasons: d.reasons, hours: d.hours, inPrinciple: d.status === 'open' && openInPrinciple(d.reasons), next };
  });
  return { date, counters, anyOpen: counters.some((c) => c.status === 'open') };
}
