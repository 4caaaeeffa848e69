import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import holidayJp from '@holiday-jp/holiday_jp';
import { HOLIDAY_RANGE, holidayName, inHolidayRange, isHoliday, withUtcDate } from '../../../src/engine/time/holidays';
import { addDays, dayNumber, fromDayNumber } from '../../../src/engine/time/jst';

const table = holidayJp.holidays as Record<string, { name: string }>;

function* everyDate(from: string, to: string): Generator<string> {
  for (let n = dayNumber(from); n <= dayNumber(to); n++) yield fromDayNumber(n);
}

describe('holidays from japanese-holidays', () => {
  it('agree with the @holiday-jp/holiday_jp table on every date 1970–2050', () => {
    const disagreements: string[] = [];
    let holidays = 0;
    for (const date of everyDate(HOLIDAY_RANGE.from, HOLIDAY_RANGE.to)) {
      const mine = holidayName(date) !== null;
      if (mine) holidays++;
      if (mine !== date in table) disagreements.push(date);
    }
    expect(disagreements).toEqual([]);
    expect(holidays).toBe(Object.keys(table).length);
  });

  it('names holidays like the table, modulo wording of substitute and citizens’ holidays', () => {
    // [date, the library's name, the table's name]: same holidays, sometimes different wording.
    const spot: [string, string, string][] = [
      ['2026-01-01', '元日', '元日'],
      ['2026-02-23', '天皇誕生日', '天皇誕生日'],
      ['2026-05-06', '振替休日', 'こどもの日 振替休日'],
      ['2026-09-21', '敬老の日', '敬老の日'],
      ['2026-09-22', '国民の休日', '休日'],
      ['2026-09-23', '秋分の日', '秋分の日'],
      ['2027-03-22', '振替休日', '春分の日 振替休日'],
      ['2019-05-01', '即位の日', '休日（祝日扱い）'],
      ['2020-07-24', 'スポーツの日', 'スポーツの日'],
      ['1989-02-24', '昭和天皇の大喪の礼', '大喪の礼'],
      ['2021-08-08', '山の日', '山の日'],
    ];
    for (const [date, mine, theirs] of spot) {
      expect(holidayName(date), date).toBe(mine);
      expect(table[date]?.name, date).toBe(theirs);
    }
    expect(holidayName('2026-09-24')).toBeNull();
    expect(isHoliday('2026-09-22')).toBe(true);
    expect(isHoliday('2026-09-24')).toBe(false);
  });

  it('answers unknown outside 1970–2050 rather than "not a holiday"', () => {
    expect(holidayName('1969-12-31')).toBe('unknown');
    expect(holidayName('2051-01-01')).toBe('unknown');
    expect(isHoliday('2051-01-01')).toBe('unknown');
    expect(inHolidayRange('2050-12-31')).toBe(true);
    expect(inHolidayRange(addDays(HOLIDAY_RANGE.to, 1))).toBe(false);
  });
});

describe('independence from the host time zone', () => {
  // The library shifts dates with local-time setters; in zones with a DST fall-back at the wrong hour it
  // misplaces holidays. A fresh copy of the library is loaded per zone so its per-year cache starts empty.
  const require = createRequire(import.meta.url);
  const originalTz = process.env.TZ;
  afterAll(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });
  function freshLibrary(): { getHolidaysOf(y: number): { month: number; date: number }[] } {
    for (const id of ['japanese-holidays', 'japanese-holidays/lib/japanese-holidays.js']) delete require.cache[require.resolve(id)];
    return require('japanese-holidays');
  }
  function mismatches(compute: (y: number) => { month: number; date: number }[]): number {
    let n = 0;
    for (let y = 1970; y <= 2050; y++) {
      const mine = new Set(compute(y).map((h) => `${y}-${String(h.month).padStart(2, '0')}-${String(h.date).padStart(2, '0')}`));
      for (const d of mine) if (!(d in table)) n++;
      for (const d of Object.keys(table)) if (d.startsWith(`${y}-`) && !mine.has(d)) n++;
    }
    return n;
  }

  it('withUtcDate makes the library exact in zones where it is otherwise wrong', () => {
    let raw = 0;
    for (const tz of ['Europe/Athens', 'Asia/Baghdad', 'Asia/Dili', 'Australia/Lord_Howe', 'America/Los_Angeles']) {
      process.env.TZ = tz;
      raw += mismatches((y) => freshLibrary().getHolidaysOf(y));
      const lib = freshLibrary();
      expect(mismatches((y) => withUtcDate(() => lib.getHolidaysOf(y))), tz).toBe(0);
    }
    // Documents why the shim exists (with the tz data of Node 20: Athens, Baghdad, Dili and Lord Howe go wrong).
    expect(raw).toBeGreaterThan(0);
  });

  it('restores the real Date, even when the wrapped call throws', () => {
    const RealDate = Date;
    expect(() => withUtcDate(() => { throw new Error('boom'); })).toThrow('boom');
    expect(globalThis.Date).toBe(RealDate);
    expect(withUtcDate(() => new Date(2026, 0, 1).getTime())).toBe(RealDate.UTC(2026, 0, 1));
  });
});
