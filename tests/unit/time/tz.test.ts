import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayRemindersIcs, renewalReminderIcs } from '../../../src/engine/ics';
import { stayDeadlines } from '../../../src/engine/time/stay';
import { counterStatus } from '../../../src/engine/time/counter-status';
import { holidayName } from '../../../src/engine/time/holidays';
import { addDays, instantOf, jstDateOf, jstMinutesOf, weekday } from '../../../src/engine/time/jst';
import { upcomingDays } from '../../../src/engine/time/openings';
import { cardExpiryFrom, insuranceGrace, renewalState } from '../../../src/engine/time/renewal';
import { allCounters } from './fixtures';

// Every answer must be the same whatever the host's time zone: compute once, switch TZ, compute again.
const ZONES = ['Asia/Tokyo', 'America/Los_Angeles', 'Europe/Athens', 'Asia/Baghdad', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'UTC'];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const samples = fc.sample(fc.integer({ min: instantOf('2026-01-01'), max: instantOf('2050-12-31', '23:59') }), { numRuns: 300, seed: 42 });

function everything(): unknown {
  return {
    statuses: samples.map((t) => allCounters.map((c) => counterStatus(c, t))),
    clock: samples.map((t) => [jstDateOf(t), jstMinutesOf(t), weekday(jstDateOf(t))]),
    holidays: Array.from({ length: 400 }, (_, i) => holidayName(addDays('2026-01-01', i * 23))),
    plan: upcomingDays(allCounters, '2026-12-20', 20),
    renewal: samples.slice(0, 50).map((t) => {
      const d = jstDateOf(t);
      return [renewalState(d, addDays(d, -60)), insuranceGrace(d), cardExpiryFrom('2000-02-29', addDays(d, -3000))];
    }),
    stay: samples.slice(0, 50).map((t) => stayDeadlines('2027-03-31', jstDateOf(t), '2029-08-01')),
    stayIcs: dayRemindersIcs([{ key: 'k', date: '2027-03-30', title: '在留', description: 'x', alarmDaysBefore: 14 }], samples[0] as number),
    ics: renewalReminderIcs({ opensOn: '2026-03-16', expiry: '2026-06-15', title: '更新', description: 'x', now: samples[0] as number }),
  };
}

describe('the same answers in every time zone', () => {
  it('status, clock, holidays, plan, renewal and ICS', () => {
    const reference = everything();
    for (const tz of ZONES) {
      process.env.TZ = tz;
      expect(everything(), tz).toEqual(reference);
    }
    process.env.TZ = 'Asia/Baghdad';
    expect(new Date(0).getTimezoneOffset(), 'the zone switch took effect').toBe(-180);
  });
});
