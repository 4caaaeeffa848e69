import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inMonthDayRange, isLastSunday, isMaintenanceSunday, lastSunday, maintenanceSunday } from '../../../src/engine/time/calendar';
import { addDays, isoDate, parseIsoDate, weekday } from '../../../src/engine/time/jst';

const yearMonth = fc.record({ year: fc.integer({ min: 2026, max: 2050 }), month: fc.integer({ min: 1, max: 12 }) });

describe('maintenance Sunday: the Sunday after the third Saturday', () => {
  it('is the 22nd, not the third Sunday, when the 1st is a Sunday (2026-02, 2026-03, 2026-11)', () => {
    for (const month of [2, 3, 11]) {
      expect(weekday(isoDate(2026, month, 1))).toBe('sun');
      expect(maintenanceSunday(2026, month)).toBe(isoDate(2026, month, 22));
      expect(isMaintenanceSunday(isoDate(2026, month, 15)), 'the third Sunday is not it').toBe(false);
    }
    expect(maintenanceSunday(2026, 1)).toBe('2026-01-18');
    expect(maintenanceSunday(2026, 9)).toBe('2026-09-20');
  });

  it('is always a Sunday on days 16–22, the day after the month’s third Saturday', () => {
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        const sunday = maintenanceSunday(year, month);
        const { day } = parseIsoDate(sunday);
        const saturday = addDays(sunday, -1);
        let saturdaysUpTo = 0;
        for (let d = 1; d <= day - 1; d++) if (weekday(isoDate(year, month, d)) === 'sat') saturdaysUpTo++;
        return weekday(sunday) === 'sun' && day >= 16 && day <= 22 && weekday(saturday) === 'sat' && saturdaysUpTo === 3;
      }),
    );
  });

  it('isMaintenanceSunday holds on exactly one day a month', () => {
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        let count = 0;
        for (let d = 1; d <= 28; d++) if (isMaintenanceSunday(isoDate(year, month, d))) count++;
        return count === 1;
      }),
    );
  });
});

describe('last Sunday and year-end ranges', () => {
  it('finds the month’s last Sunday', () => {
    expect(lastSunday(2026, 2)).toBe('2026-02-22');
    expect(lastSunday(2026, 5)).toBe('2026-05-31');
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        const s = lastSunday(year, month);
        return weekday(s) === 'sun' && parseIsoDate(addDays(s, 7)).month !== month && isLastSunday(s) && !isLastSunday(addDays(s, -7));
      }),
    );
  });

  it('handles month-day ranges across the new year', () => {
    expect(inMonthDayRange('2026-12-29', '12-29', '01-03')).toBe(true);
    expect(inMonthDayRange('2027-01-03', '12-29', '01-03')).toBe(true);
    expect(inMonthDayRange('2027-01-04', '12-29', '01-03')).toBe(false);
    expect(inMonthDayRange('2026-12-28', '12-29', '01-03')).toBe(false);
    expect(inMonthDayRange('2026-08-14', '08-13', '08-15')).toBe(true);
  });

  it('refuses months that do not exist', () => {
    expect(() => maintenanceSunday(2026, 13)).toThrow(/no month/);
    expect(() => lastSunday(2101, 1)).toThrow(/outside/);
  });
});
