import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { likelyCrowded, upcomingDays } from '../../../src/engine/time/openings';
import { DateError, addDays, dayNumber, fromDayNumber } from '../../../src/engine/time/jst';
import { dayStatus } from '../../../src/engine/time/day-status';
import { allCounters, center, satte, station } from './fixtures';

describe('upcomingDays', () => {
  it('plans the September 2026 silver week at Satte: five closed days, then a crowded Thursday', () => {
    const plan = upcomingDays([satte, station], '2026-09-18', 8);
    expect(plan.map((d) => d.date)).toEqual(['2026-09-18', '2026-09-19', '2026-09-20', '2026-09-21', '2026-09-22', '2026-09-23', '2026-09-24', '2026-09-25']);
    const satteDays = plan.map((d) => d.counters[0]);
    expect(satteDays.map((c) => c?.status)).toEqual(['open', 'closed', 'closed', 'closed', 'closed', 'closed', 'open', 'open']);
    expect(satteDays.map((c) => c?.likelyCrowded)).toEqual([false, false, false, false, false, false, true, false]);
    expect(plan[2]).toMatchObject({ maintenanceSunday: true, holiday: null });
    expect(plan[4]).toMatchObject({ holiday: '国民の休日' });
    expect(plan[0]?.counters[0]?.hours).toEqual({ windows: [{ open: '08:30', close: null }], cardWorkUntil: null });
    const stationDays = plan.map((d) => d.counters[1]);
    expect(stationDays.map((c) => c?.status)).toEqual(['open', 'open', 'no-card-work', 'unknown', 'unknown', 'unknown', 'open', 'open']);
    // No card work on the maintenance Sunday, and holidays counted as closed by the national calendar.
    expect(stationDays[6]?.likelyCrowded).toBe(true);
  });

  it('refuses a bad length and returns nothing for 0 days', () => {
    expect(upcomingDays([satte], '2026-01-01', 0)).toEqual([]);
    expect(() => upcomingDays([satte], '2026-01-01', -1)).toThrow(DateError);
    expect(() => upcomingDays([satte], '2026-01-01', 1.5)).toThrow(DateError);
    expect(() => upcomingDays([satte], '2026-02-30', 3)).toThrow(DateError);
  });

  it('agrees with dayStatus for every counter and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2050-11-30') }).map(fromDayNumber), (from) => {
        const plan = upcomingDays(allCounters, from, 14);
        return plan.every((d, i) => d.date === addDays(from, i) && d.counters.every((c, j) => c.status === dayStatus(allCounters[j]!, d.date).status));
      }),
      { numRuns: 50 },
    );
  });
});

describe('likelyCrowded: the first working day after three or more closed days (seed 000)', () => {
  it('after a three-day weekend, not after an ordinary one', () => {
    expect(likelyCrowded('2026-07-21', satte)).toBe(true); // Sat, Sun, 海の日
    expect(likelyCrowded('2026-07-22', satte)).toBe(false);
    expect(likelyCrowded('2026-06-08', satte)).toBe(false); // an ordinary Monday
    expect(likelyCrowded('2026-06-07', satte)).toBe(false); // not a working day itself
  });

  it('uses the national calendar where a counter’s days are unknown (Golden Week 2026 at the centre)', () => {
    expect(likelyCrowded('2026-05-07', center)).toBe(true); // 5/2–5/6: Sat, Sun, three holidays
    expect(likelyCrowded('2026-05-08', center)).toBe(false);
    expect(likelyCrowded('2026-04-30', center)).toBe(false);
    expect(likelyCrowded('2027-01-04', center)).toBe(true); // after the year-end closure
  });

  it('uses the counter’s own open days where known (the station works weekends)', () => {
    expect(likelyCrowded('2026-06-08', station)).toBe(false);
    expect(likelyCrowded('2027-01-04', station)).toBe(true);
  });

  it('is never true on a day without card work', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2050-12-31') }).map(fromDayNumber), fc.constantFrom(...allCounters), (date, c) => {
        const s = dayStatus(c, date).status;
        return !likelyCrowded(date, c) || s === 'open' || s === 'unknown';
      }),
      { numRuns: 2000 },
    );
  });
});
