import { describe, expect, it } from 'vitest';
import ryugasakiJson from '../../../src/cities/data/ryugasaki.json';
import satteJson from '../../../src/cities/data/satte.json';
import { parseCity, type City, type Counter } from '../../../src/cities/schema';
import { counterStatus } from '../../../src/engine/time/counter-status';
import { dayStatus } from '../../../src/engine/time/day-status';
import { instantOf } from '../../../src/engine/time/jst';
import { likelyCrowded, upcomingDays } from '../../../src/engine/time/openings';

// The same explicit cases as the fixtures, against the lead's city files as validated by the schema.
const ryugasaki = parseCity(ryugasakiJson, 'ryugasaki.json');
const satte = parseCity(satteJson, 'satte.json');

function counterOf(city: City, id: string): Counter {
  const c = city.counters.find((x) => x.id === id);
  if (!c) throw new Error(`${city.id} has no counter ${id}; counters: ${city.counters.map((x) => x.id).join(', ')}`);
  return c;
}

const station = counterOf(ryugasaki, 'station');
const shiminKa = counterOf(satte, 'shimin-ka');
const at = (date: string, time: string) => instantOf(date, time);

describe('Ryugasaki (seed 000)', () => {
  it('station: no card work at 18:30 on a weekday, closed at 19:30', () => {
    expect(counterStatus(station, at('2026-06-01', '12:00')).status).toBe('open');
    expect(counterStatus(station, at('2026-06-01', '18:30')).status).toBe('no-card-work');
    expect(counterStatus(station, at('2026-06-01', '19:30')).status).toBe('closed');
    expect(counterStatus(station, at('2026-02-22', '12:00')).status).toBe('no-card-work');
  });

  it('counters without hours are unknown, never open, and closed at year-end', () => {
    for (const c of ryugasaki.counters.filter((x) => x.schedule.weekly.length === 0)) {
      expect(dayStatus(c, '2026-06-02').status, c.id).toBe('unknown');
      expect(dayStatus(c, '2026-12-30').status, c.id).toBe('closed');
      expect(dayStatus(c, '2026-11-22').status, c.id).toBe('no-card-work');
    }
  });
});

describe('Satte (seed 001)', () => {
  it('weekday 8:00 closed with next opening 8:30; after 8:30 unknown (closing cut off)', () => {
    const s = counterStatus(shiminKa, at('2026-06-02', '08:00'));
    expect(s.status).toBe('closed');
    expect(s.nextOpening).toEqual({ date: '2026-06-02', time: '08:30' });
    expect(counterStatus(shiminKa, at('2026-06-02', '09:00')).status).toBe('unknown');
  });

  it('holidays and 2026-12-30 are closed', () => {
    expect(counterStatus(shiminKa, at('2026-09-22', '10:00')).status).toBe('closed');
    expect(counterStatus(shiminKa, at('2027-03-22', '10:00')).status).toBe('closed');
    expect(counterStatus(shiminKa, at('2026-12-30', '10:00'))).toMatchObject({ status: 'closed', reasons: [{ code: 'year-end' }] });
  });

  it('2026-02-22: the last-Sunday opening on the maintenance Sunday has no card work', () => {
    expect(dayStatus(shiminKa, '2026-02-22')).toMatchObject({ status: 'no-card-work' });
    expect(counterStatus(shiminKa, at('2026-01-25', '10:00')).status).toBe('open');
  });

  it('plans and flags crowding from the real data', () => {
    const plan = upcomingDays(satte.counters, '2026-09-18', 7);
    expect(plan.map((d) => d.counters[0]?.status)).toEqual(['open', 'closed', 'closed', 'closed', 'closed', 'closed', 'open']);
    expect(likelyCrowded('2026-09-24', shiminKa)).toBe(true);
  });
});

describe('Satte holiday opening on a holiday or in the year-end break (the page excludes those only on weekdays)', () => {
  it('is unknown with its hours, never closed and never open', () => {
    const counter = satte.counters[0]!;
    for (const date of ['2029-04-29', '2030-12-29']) {
      const d = dayStatus(counter, date);
      expect(d.status, date).toBe('unknown');
      expect(d.hours?.windows).toEqual([{ open: '08:30', close: '16:45' }]);
    }
    expect(dayStatus(counter, '2026-11-23').status).toBe('closed');
  });
});

describe('a holiday opening is "ask first" for the procedures the data names (domain §8)', () => {
  it('Satte, Sunday 27 December 2026: open for a PIN reset, not known for a validity change, with the reason', () => {
    expect(dayStatus(shiminKa, '2026-12-27').status).toBe('open');
    expect(dayStatus(shiminKa, '2026-12-27', 'pin-reset').status).toBe('open');
    const change = dayStatus(shiminKa, '2026-12-27', 'validity-change');
    expect(change.status).toBe('unknown');
    expect(change.reasons.map((r) => r.code)).toEqual(['holiday-opening', 'holiday-opening-ask-first']);
    expect(change.hours).toEqual(dayStatus(shiminKa, '2026-12-27').hours);
    // A weekday is what it was; the next opening for a validity change is not stated as that Sunday.
    expect(dayStatus(shiminKa, '2026-12-28', 'validity-change').status).toBe('open');
    const saturday = at('2026-12-26', '12:00');
    expect(counterStatus(shiminKa, saturday, 'pin-reset').nextOpening).toEqual({ date: '2026-12-27', time: '08:30', inPrinciple: true });
    expect(counterStatus(shiminKa, saturday, 'validity-change').nextOpening).toBe('unknown');
  });

  it('a day open by its weekly hours stays open, holiday opening or not', () => {
    const everyDay: Counter = { ...shiminKa, schedule: { ...shiminKa.schedule, weekly: [{ ...shiminKa.schedule.weekly[0]!, days: 'every-day' }] } };
    expect(dayStatus(everyDay, '2026-12-27', 'validity-change').status).toBe('open');
  });
});

