import { describe, expect, it } from 'vitest';
import { dayRemindersIcs } from '../../../src/engine/ics';
import { instantOf, jstDateOf } from '../../../src/engine/time/jst';
import { IMMIGRATION_MONTHS_BEFORE, stayDeadlines } from '../../../src/engine/time/stay';

// Issue 21, domain §8: a card that ends with the period of stay. Each rule here fails if the engine's reading changes.

describe('stayDeadlines', () => {
  it('immigration from about 3 months before; the city by the day before the old end date', () => {
    expect(IMMIGRATION_MONTHS_BEFORE).toBe(3);
    const d = stayDeadlines('2027-03-31', '2026-11-01');
    expect(d).toMatchObject({ stayUntil: '2027-03-31', stopsOn: '2027-03-31', cause: 'stay', immigrationFrom: '2026-12-31', lastCityDay: '2027-03-30', state: 'not-yet' });
    expect(d.daysUntilImmigration).toBe(60);
    expect(d.daysUntilLastCityDay).toBe(149);
    // A month without that day: the month's last day (5/31 − 3 months → 2/28).
    expect(stayDeadlines('2027-05-31', '2026-01-01').immigrationFrom).toBe('2027-02-28');
  });

  it('the earlier of the stay end and the usual expiry stops the card and its certificates', () => {
    expect(stayDeadlines('2027-03-31', '2026-11-01', '2029-08-01')).toMatchObject({ stopsOn: '2027-03-31', cause: 'stay' });
    expect(stayDeadlines('2027-03-31', '2026-11-01', '2027-01-15')).toMatchObject({ stopsOn: '2027-01-15', cause: 'usual' });
    expect(stayDeadlines('2027-03-31', '2026-11-01', '2027-03-31')).toMatchObject({ stopsOn: '2027-03-31', cause: 'stay' });
  });

  it('inside immigration’s window: act now; on the last city day the count is 0, never negative', () => {
    expect(stayDeadlines('2027-03-31', '2026-12-31')).toMatchObject({ state: 'act-now', daysUntilImmigration: 0, daysUntilLastCityDay: 89 });
    expect(stayDeadlines('2027-03-31', '2027-03-30')).toMatchObject({ state: 'act-now', daysUntilLastCityDay: 0, daysSinceLastCityDay: 0 });
  });

  it('a past date says what to do now: passed, with days since and no negative count', () => {
    const d = stayDeadlines('2027-03-31', '2027-04-10');
    expect(d).toMatchObject({ state: 'passed', daysUntilImmigration: 0, daysUntilLastCityDay: 0, daysSinceLastCityDay: 11 });
    expect(stayDeadlines('2027-03-31', '2027-03-31').state).toBe('passed');
  });

  it('Japan time from a device in another zone: 2027-03-30 23:30 in Los Angeles is already the 31st in Japan', () => {
    // 2027-03-31 15:30 JST = 2027-03-30 23:30 in Los Angeles (PDT): the last city day (the 30th) has passed in Japan.
    const instant = instantOf('2027-03-31', '15:30');
    expect(new Date(instant).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' })).toBe('2027-03-30');
    expect(stayDeadlines('2027-03-31', jstDateOf(instant)).state).toBe('passed');
    // And 08:00 on the 30th in Japan is still the 29th in Los Angeles: the last day is today in Japan.
    expect(stayDeadlines('2027-03-31', jstDateOf(instantOf('2027-03-30', '08:00'))).daysUntilLastCityDay).toBe(0);
  });

  it('refuses an impossible date', () => {
    expect(() => stayDeadlines('2027-02-30', '2026-01-01')).toThrow();
  });
});

describe('dayRemindersIcs: both steps in one calendar file', () => {
  const ics = dayRemindersIcs(
    [
      { key: 'stay-immigration', date: '2026-12-31', title: 'Immigration', description: 'a', alarmDaysBefore: 0 },
      { key: 'stay-city', date: '2027-03-30', title: 'City, last day', description: 'b', alarmDaysBefore: 14 },
    ],
    instantOf('2026-11-01', '09:00'),
  );
  it('has two all-day events with CRLF lines and alarms on the day and 14 days before at 9:00', () => {
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270330\r\n');
    expect(ics).toContain('TRIGGER;RELATED=START:PT9H\r\n');
    expect(ics).toContain('TRIGGER;RELATED=START:-P13DT15H\r\n');
    expect(ics).toContain('SUMMARY:City\\, last day\r\n');
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});
