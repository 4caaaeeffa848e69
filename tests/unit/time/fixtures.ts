import type { Counter, Schedule } from '../../../src/cities/schema';

// Small inline counters shaped like the two seeds, so the engine is tested independently of the city files.

const src = { ref: 'domain §4', quote: 'fixture' };
const yearEnd = { from: '12-29', to: '01-03', source: src };

function counter(id: string, schedule: Schedule): Counter {
  return { id, ja: id, source: src, schedule };
}

/** Satte 市民課: weekdays from 8:30 (closing cut off), closed on holidays and 12/29–1/3, last-Sunday opening. */
export const satte = counter('shimin-ka', {
  daysKnown: true,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: null, source: src }],
  closedOnHolidays: src,
  yearEnd,
  holidayOpening: { rule: 'last-sunday', inPrinciple: true, open: '08:30', close: '16:45', cardWorkOnMaintenanceSunday: false, source: src, askFirst: { procedures: ['validity-change'], source: src } },
});

/** Ryugasaki's 市民窓口ステーション: 10:30–19:00, no card work after 18:00, days not listed. */
export const station = counter('station', {
  daysKnown: false,
  weekly: [{ days: 'every-day', open: '10:30', close: '19:00', source: src, daysInferredFrom: src }],
  cardWorkUntil: { time: '18:00', source: src },
  yearEnd,
});

/** Ryugasaki's センター: named on the page without any hours. */
export const center = counter('center', { daysKnown: false, weekly: [], yearEnd });

/** A fully described counter with one-off dates. */
export const known = counter('known', {
  daysKnown: true,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: '17:15', source: src }],
  closedOnHolidays: src,
  yearEnd,
  dates: [
    { date: '2026-06-10', kind: 'closed', reason: 'system-replacement', source: src },
    { date: '2026-06-11', kind: 'no-card-work', reason: 'jlis-outage', source: src },
    { date: '2026-06-13', kind: 'open', open: '09:00', close: '12:00', reason: 'saturday-opening', source: src },
    { date: '2026-06-14', kind: 'open', reason: 'sunday-opening-no-hours', source: src },
  ],
});

/** Every fixture, for properties that must hold at any counter. */
export const allCounters: Counter[] = [satte, station, center, known];
