import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inMonthDayRange, isMaintenanceSunday } from '../../../src/engine/time/calendar';
import { counterStatus, nextOpening, openInPrinciple } from '../../../src/engine/time/counter-status';
import { dayStatus, type Reason } from '../../../src/engine/time/day-status';
import { holidayName } from '../../../src/engine/time/holidays';
import { instantOf, jstDateOf } from '../../../src/engine/time/jst';
import { allCounters, center, known, satte, station } from './fixtures';

const at = (date: string, time: string) => instantOf(date, time);
const codes = (reasons: Reason[]) => reasons.map((r) => r.code);

describe('Ryugasaki station: 10:30–19:00, no card work after 18:00 (seed 000)', () => {
  it('on a weekday', () => {
    expect(counterStatus(station, at('2026-06-01', '12:00')).status).toBe('open');
    const evening = counterStatus(station, at('2026-06-01', '18:30'));
    expect(evening.status).toBe('no-card-work');
    expect(evening.reasons).toContainEqual({ code: 'after-card-hours', until: '18:00' });
    expect(evening.nextOpening).toEqual({ date: '2026-06-02', time: '10:30' });
    expect(counterStatus(station, at('2026-06-01', '17:59')).status).toBe('open');
    expect(counterStatus(station, at('2026-06-01', '18:00')).status).toBe('no-card-work');
    const late = counterStatus(station, at('2026-06-01', '19:30'));
    expect(late.status).toBe('closed');
    expect(late.reasons[0]).toEqual({ code: 'after-closing', close: '19:00' });
    const early = counterStatus(station, at('2026-06-01', '10:00'));
    expect(early.status).toBe('closed');
    expect(early.reasons[0]).toEqual({ code: 'before-opening', open: '10:30' });
    expect(early.nextOpening).toEqual({ date: '2026-06-01', time: '10:30' });
    expect(early.hours).toEqual({ windows: [{ open: '10:30', close: '19:00' }], cardWorkUntil: '18:00' });
  });

  it('its days are inferred (the page gives hours only): every status of an ordinary day says so (finding 3)', () => {
    for (const date of ['2026-02-15', '2026-02-16', '2026-02-21']) {
      expect(codes(dayStatus(station, date).reasons), date).toContain('days-inferred');
      expect(codes(counterStatus(station, at(date, '12:00')).reasons), date).toContain('days-inferred');
    }
    // A counter whose days the page lists has nothing inferred.
    expect(codes(dayStatus(satte, '2026-02-16').reasons)).not.toContain('days-inferred');
  });

  it('on a maintenance Sunday: open, but no card work', () => {
    const s = counterStatus(station, at('2026-02-22', '12:00'));
    expect(s.status).toBe('no-card-work');
    expect(codes(s.reasons)).toEqual(['maintenance-sunday', 'days-inferred']);
    // No card work all day, before opening and after closing too: that is what spares the trip.
    expect(counterStatus(station, at('2026-02-22', '09:00')).status).toBe('no-card-work');
    expect(counterStatus(station, at('2026-02-22', '20:00')).status).toBe('no-card-work');
    // The third Sunday (the 15th) is an ordinary day.
    expect(counterStatus(station, at('2026-02-15', '12:00')).status).toBe('open');
    expect(counterStatus(station, at('2026-03-22', '12:00')).nextOpening).toEqual({ date: '2026-03-23', time: '10:30' });
  });

  it('on a holiday: unknown, since the page is silent, and so is the next opening', () => {
    const s = counterStatus(station, at('2026-09-22', '12:00'));
    expect(s.status).toBe('unknown');
    expect(s.reasons).toEqual([{ code: 'holiday', name: '国民の休日' }]);
    expect(s.nextOpening).toBe('unknown');
    // Before opening and after closing the counter is closed either way.
    expect(counterStatus(station, at('2026-09-22', '09:00')).status).toBe('closed');
    expect(counterStatus(station, at('2026-09-22', '18:30')).status).toBe('no-card-work');
    expect(counterStatus(station, at('2026-09-23', '20:00')).nextOpening).toEqual({ date: '2026-09-24', time: '10:30' });
    expect(counterStatus(station, at('2026-09-22', '20:00')).nextOpening).toBe('unknown'); // 9/23 is 秋分の日
  });

  it('at year-end: closed until 1/3', () => {
    const s = counterStatus(station, at('2026-12-30', '12:00'));
    expect(s.status).toBe('closed');
    expect(s.reasons).toEqual([{ code: 'year-end', from: '12-29', to: '01-03' }]);
    expect(counterStatus(station, at('2026-12-28', '19:30')).nextOpening).toEqual({ date: '2027-01-04', time: '10:30' });
  });
});

describe('Satte 市民課: weekdays from 8:30, holidays and 12/29–1/3 closed, last-Sunday opening (seed 001)', () => {
  it('weekday before opening: closed, next opening 8:30 the same day', () => {
    const s = counterStatus(satte, at('2026-06-02', '08:00'));
    expect(s.status).toBe('closed');
    expect(s.reasons[0]).toEqual({ code: 'before-opening', open: '08:30' });
    expect(s.nextOpening).toEqual({ date: '2026-06-02', time: '08:30' });
  });

  it('weekday after opening: unknown, because the page cuts off the closing time', () => {
    const s = counterStatus(satte, at('2026-06-02', '10:00'));
    expect(s.status).toBe('unknown');
    expect(codes(s.reasons)).toEqual(['closing-unknown']);
    expect(s.hours?.windows).toEqual([{ open: '08:30', close: null }]);
    expect(s.day).toBe('open');
    expect(s.nextOpening).toEqual({ date: '2026-06-03', time: '08:30' });
    expect(counterStatus(satte, at('2026-06-05', '20:00')).nextOpening).toEqual({ date: '2026-06-08', time: '08:30' });
  });

  it('holidays, substitute and citizens’ holidays included: closed', () => {
    for (const [date, name] of [['2026-09-22', '国民の休日'], ['2027-03-22', '振替休日'], ['2026-09-21', '敬老の日']]) {
      const s = counterStatus(satte, at(date as string, '10:00'));
      expect(s.status, date).toBe('closed');
      expect(s.reasons).toEqual([{ code: 'holiday', name }]);
    }
  });

  it('2026-12-30: closed for the year-end', () => {
    const s = counterStatus(satte, at('2026-12-30', '10:00'));
    expect(s.status).toBe('closed');
    expect(codes(s.reasons)).toEqual(['year-end']);
    expect(counterStatus(satte, at('2026-12-28', '20:00')).nextOpening).toEqual({ date: '2027-01-04', time: '08:30' });
  });

  it('last Sunday: open 8:30–16:45, in principle (原則として), and said so wherever that day is given (finding 11)', () => {
    const s = counterStatus(satte, at('2026-01-25', '12:00'));
    expect(s.status).toBe('open');
    expect(s.reasons).toEqual([{ code: 'holiday-opening', inPrinciple: true }]);
    expect(openInPrinciple(s.reasons)).toBe(true);
    expect(counterStatus(satte, at('2026-01-25', '17:00')).status).toBe('closed');
    expect(counterStatus(satte, at('2026-06-27', '12:00')).nextOpening).toEqual({ date: '2026-06-28', time: '08:30', inPrinciple: true });
    expect(counterStatus(satte, at('2026-01-25', '12:00')).nextOpening).toEqual({ date: '2026-01-25', time: '12:00', inPrinciple: true });
    // An ordinary weekday opening carries no hedge.
    expect(counterStatus(satte, at('2026-06-26', '07:00')).nextOpening).toEqual({ date: '2026-06-26', time: '08:30' });
  });

  it('2026-02-22, last Sunday and maintenance Sunday at once: no card work', () => {
    const day = dayStatus(satte, '2026-02-22');
    expect(day.status).toBe('no-card-work');
    expect(codes(day.reasons)).toEqual(['maintenance-sunday', 'holiday-opening', 'holiday-opening-suspended']);
    expect(counterStatus(satte, at('2026-02-22', '10:00')).status).toBe('no-card-work');
    expect(counterStatus(satte, at('2026-02-22', '08:00')).status).toBe('no-card-work');
    expect(counterStatus(satte, at('2026-02-22', '17:00')).status).toBe('no-card-work');
    // The next day is 天皇誕生日, so the next opening is the 24th.
    expect(counterStatus(satte, at('2026-02-22', '10:00')).nextOpening).toEqual({ date: '2026-02-24', time: '08:30' });
  });

  it('an ordinary Saturday, and a maintenance Sunday that is not a last Sunday: closed', () => {
    expect(dayStatus(satte, '2026-06-06')).toMatchObject({ status: 'closed', reasons: [{ code: 'not-a-working-day' }] });
    expect(codes(dayStatus(satte, '2026-06-21').reasons)).toEqual(['not-a-working-day', 'maintenance-sunday']);
  });
});

describe('a counter without hours, one-off dates and the holiday table’s edge', () => {
  it('Ryugasaki centre: unknown every day, except year-end and maintenance Sunday', () => {
    expect(counterStatus(center, at('2026-06-02', '12:00'))).toMatchObject({ status: 'unknown', reasons: [{ code: 'hours-unknown' }], nextOpening: 'unknown' });
    expect(dayStatus(center, '2026-06-21').status).toBe('no-card-work');
    expect(dayStatus(center, '2027-01-02').status).toBe('closed');
  });

  it('one-off dates come first', () => {
    expect(dayStatus(known, '2026-06-10')).toMatchObject({ status: 'closed', reasons: [{ code: 'one-off', reason: 'system-replacement' }] });
    expect(counterStatus(known, at('2026-06-11', '10:00')).status).toBe('no-card-work');
    expect(counterStatus(known, at('2026-06-13', '10:00')).status).toBe('open');
    expect(counterStatus(known, at('2026-06-13', '12:30')).status).toBe('closed');
    expect(counterStatus(known, at('2026-06-12', '17:30')).nextOpening).toEqual({ date: '2026-06-13', time: '09:00' });
    expect(dayStatus(known, '2026-06-14')).toMatchObject({ status: 'unknown', reasons: [{ code: 'one-off' }, { code: 'hours-unknown' }] });
  });

  it('outside the holiday table every day is unknown', () => {
    for (const c of allCounters) {
      expect(dayStatus(c, '2051-01-05')).toMatchObject({ status: 'unknown', reasons: [{ code: 'outside-holiday-table' }] });
      expect(dayStatus(c, '1969-06-02').status).toBe('unknown');
    }
    expect(nextOpening(satte, at('2050-12-30', '20:00'))).toBe('unknown');
  });
});

describe('properties over 2026–2050, at every fixture counter', () => {
  const instant = fc.integer({ min: instantOf('2026-01-01'), max: instantOf('2050-12-31', '23:59') });
  const counter = fc.constantFrom(...allCounters);

  it('holidays, year-end days and maintenance Sundays are never open', () => {
    const special = fc.integer({ min: 0, max: 1439 }).chain((m) =>
      fc.constantFrom(...['2026-09-22', '2027-03-22', '2026-12-30', '2027-01-03', '2026-02-22', '2026-11-22', '2050-01-01'].map((d) => instantOf(d) + m * 60_000)),
    );
    fc.assert(
      fc.property(counter, fc.oneof(instant, special), (c, t) => {
        const date = jstDateOf(t);
        const closedDay = holidayName(date) !== null || inMonthDayRange(date, '12-29', '01-03') || isMaintenanceSunday(date);
        return !closedDay || counterStatus(c, t).status !== 'open';
      }),
      { numRuns: 2000 },
    );
  });

  it('the next opening is an opening, and nothing between now and then is open', () => {
    fc.assert(
      fc.property(counter, instant, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (c, t, f) => {
        const now = counterStatus(c, t);
        const next = now.nextOpening;
        if (next === null || next === 'unknown') return true;
        const minute = Math.floor(t / 60_000) * 60_000;
        const start = instantOf(next.date, next.time);
        const s = counterStatus(c, start);
        const isOpening = s.status === 'open' || (s.status === 'unknown' && s.reasons[0]?.code === 'closing-unknown');
        if (!isOpening || start < minute) return false;
        if (now.status === 'open') return start === minute;
        const between = minute + Math.floor((f * (start - minute)) / 60_000) * 60_000;
        return between === start || counterStatus(c, between).status !== 'open';
      }),
      { numRuns: 1000 },
    );
  });
});
