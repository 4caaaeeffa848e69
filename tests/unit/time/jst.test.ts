import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DateError, addDays, addMonthsClamped, dayNumber, daysBetween, formatTime, fromDayNumber, instantOf, isIsoDate,
  jstDateOf, jstMinutesOf, parseIsoDate, parseTime, weekday,
} from '../../../src/engine/time/jst';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof DateError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('parseIsoDate is strict', () => {
  it('accepts real dates and refuses impossible ones with a typed error', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(codeOf(() => parseIsoDate('2027-02-30'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('2023-02-29'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('2100-02-29'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('2026-13-01'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('2026-04-31'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('2026-00-10'))).toBe('no-such-date');
    expect(codeOf(() => parseIsoDate('1899-12-31'))).toBe('out-of-range');
    expect(codeOf(() => parseIsoDate('2101-01-01'))).toBe('out-of-range');
    for (const bad of ['2026-1-01', '2026-01-1', '26-01-01', '2026/01/01', ' 2026-01-01', '2026-01-01T00:00', ''])
      expect(codeOf(() => parseIsoDate(bad)), bad).toBe('bad-format');
    expect(codeOf(() => parseIsoDate(20260101 as unknown as string))).toBe('bad-format');
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('parses and formats HH:MM strictly', () => {
    expect(parseTime('08:30')).toBe(510);
    expect(formatTime(1439)).toBe('23:59');
    for (const bad of ['8:30', '24:00', '12:60', '12:5', 'noon']) expect(codeOf(() => parseTime(bad)), bad).toBe('bad-time');
    expect(codeOf(() => formatTime(1440))).toBe('bad-time');
  });
});

describe('Japan time from an instant', () => {
  it('turns the date at 15:00 UTC (JST midnight)', () => {
    expect(jstDateOf(Date.UTC(2026, 0, 1, 14, 59, 59))).toBe('2026-01-01');
    expect(jstDateOf(Date.UTC(2026, 0, 1, 15, 0, 0))).toBe('2026-01-02');
    expect(jstMinutesOf(Date.UTC(2026, 0, 1, 15, 0, 0))).toBe(0);
    expect(jstMinutesOf(Date.UTC(2026, 0, 1, 9, 30, 59))).toBe(18 * 60 + 30);
    expect(jstDateOf(Date.UTC(1969, 11, 31, 15, 0))).toBe('1970-01-01');
    expect(jstMinutesOf(-1)).toBe(9 * 60 - 1);
  });

  it('refuses non-instants and instants outside the accepted years', () => {
    expect(codeOf(() => jstDateOf(NaN))).toBe('bad-instant');
    expect(codeOf(() => jstMinutesOf(Infinity))).toBe('bad-instant');
    expect(codeOf(() => jstDateOf(Date.UTC(2101, 0, 1)))).toBe('out-of-range');
  });

  it('instantOf is the inverse of jstDateOf/jstMinutesOf', () => {
    expect(instantOf('2026-02-22', '08:30')).toBe(Date.UTC(2026, 1, 21, 23, 30));
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-02'), max: dayNumber('2100-12-30') }), fc.integer({ min: 0, max: 1439 }), (n, m) => {
        const date = fromDayNumber(n);
        const t = instantOf(date, formatTime(m));
        return jstDateOf(t) === date && jstMinutesOf(t) === m && jstMinutesOf(t + 59_999) === m;
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('knows weekdays, leap days and day counts', () => {
    expect(weekday('1970-01-01')).toBe('thu');
    expect(weekday('2026-02-01')).toBe('sun');
    expect(weekday('1900-01-01')).toBe('mon');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    expect(addMonthsClamped('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonthsClamped('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonthsClamped('2026-01-15', -3)).toBe('2025-10-15');
    expect(codeOf(() => addDays('2100-12-31', 1))).toBe('out-of-range');
    expect(codeOf(() => addDays('2026-01-01', 0.5))).toBe('bad-format');
  });

  it('addDays and daysBetween agree', () => {
    const day = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') });
    fc.assert(
      fc.property(day, day, (n, m) => {
        const a = fromDayNumber(n);
        const k = m - n;
        const b = addDays(a, k);
        return daysBetween(a, b) === k && addDays(b, -k) === a;
      }),
    );
  });
});
