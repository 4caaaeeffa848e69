import { describe, expect, it } from 'vitest';
import ryugasakiJson from '../../../src/cities/data/ryugasaki.json';
import satteJson from '../../../src/cities/data/satte.json';
import { parseCity } from '../../../src/cities/schema';
import { dateAnswer, parseDateParam } from '../../../src/app/counters/date-answer';
import { nextHolidayOpenings } from '../../../src/app/counters/holiday-openings';
import { cityView } from '../../../src/app/counters/counter-model';
import { instantOf } from '../../../src/engine/time';

// "Can I go on that day?" answered for any date, from the city data (the page renders exactly this).

const ryugasaki = parseCity(ryugasakiJson, 'ryugasaki.json');
const satte = parseCity(satteJson, 'satte.json');
const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((r) => r.code);

describe('the date parameter', () => {
  it.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'empty' }],
    ['2026-11-22', { kind: 'date', date: '2026-11-22' }],
    ['2026/11/22', { kind: 'date', date: '2026-11-22' }],
    ['2026年11月22日', { kind: 'date', date: '2026-11-22' }],
    ['2026-02-30', { kind: 'bad', value: '2026-02-30' }],
    ['sunday', { kind: 'bad', value: 'sunday' }],
    // Well written, in a year the engine does not count: the message names the years, not the format.
    ['9999-12-31', { kind: 'out-of-range', value: '9999-12-31' }],
    ['1899/12/31', { kind: 'out-of-range', value: '1899/12/31' }],
    ['1900-01-01', { kind: 'date', date: '1900-01-01' }],
    ['2100-12-31', { kind: 'date', date: '2100-12-31' }],
  ])('%s', (value, expected) => expect(parseDateParam(value)).toEqual(expected));

  it('cuts a long bad value', () => expect(parseDateParam('x'.repeat(100))).toEqual({ kind: 'bad', value: `${'x'.repeat(40)}…` }));
});

describe('the answer for a date at Satte', () => {
  it('an ordinary Sunday (2026-11-15): closed, not a working day; next opening Monday 8:30', () => {
    const [c] = dateAnswer(satte, 'pin-reset', '2026-11-15').counters;
    expect(c).toMatchObject({ status: 'closed', inPrinciple: false, next: { date: '2026-11-16', time: '08:30' } });
    expect(codes(c!.reasons)).toEqual(['not-a-working-day']);
  });

  it('the maintenance Sunday (2026-11-22), then a holiday: the next opening is Tuesday the 24th', () => {
    const a = dateAnswer(satte, 'pin-reset', '2026-11-22');
    expect(a.anyOpen).toBe(false);
    expect(a.counters[0]).toMatchObject({ status: 'closed', next: { date: '2026-11-24', time: '08:30' } });
    expect(codes(a.counters[0]!.reasons)).toContain('maintenance-sunday');
  });

  it('the last Sunday (2026-11-29): open in principle, 8:30–16:45', () => {
    const a = dateAnswer(satte, null, '2026-11-29');
    expect(a.anyOpen).toBe(true);
    expect(a.counters[0]).toMatchObject({ status: 'open', inPrinciple: true, next: null });
    expect(a.counters[0]!.hours?.windows).toContainEqual({ open: '08:30', close: '16:45' });
  });

  it('a last Sunday that is the maintenance Sunday (2026-02-22): open building, no card work', () => {
    const [c] = dateAnswer(satte, null, '2026-02-22').counters;
    expect(c!.status).toBe('no-card-work');
    expect(codes(c!.reasons)).toContain('holiday-opening-suspended');
    expect(c!.next).toEqual({ date: '2026-02-24', time: '08:30' }); // the 23rd is 天皇誕生日
  });

  it('a national holiday (2026-11-23): closed, by name', () => {
    const [c] = dateAnswer(satte, null, '2026-11-23').counters;
    expect(c!.status).toBe('closed');
    expect(c!.reasons).toContainEqual({ code: 'holiday', name: '勤労感謝の日' });
  });

  it('a last Sunday inside the year-end (2030-12-29): not known, with both reasons', () => {
    const [c] = dateAnswer(satte, null, '2030-12-29').counters;
    expect(c!.status).toBe('unknown');
    expect(codes(c!.reasons)).toEqual(['year-end', 'holiday-opening']);
    expect(c!.next).toEqual({ date: '2031-01-06', time: '08:30' });
  });

  it('past the holiday table, and at the end of the engine\'s years: not known, never open, never a crash', () => {
    expect(dateAnswer(satte, null, '2051-03-01').counters[0]).toMatchObject({ status: 'unknown', next: 'unknown' });
    expect(dateAnswer(satte, null, '2100-12-31').counters[0]).toMatchObject({ status: 'unknown', next: 'unknown' });
  });
});

describe('the answer for a date at Ryugasaki', () => {
  it('the maintenance Sunday: no card work at the station, which is open; the halls are not known', () => {
    const a = dateAnswer(ryugasaki, 'pin-reset', '2026-11-22');
    const by = Object.fromEntries(a.counters.map((c) => [c.counter.id, c]));
    expect(by.station).toMatchObject({ status: 'no-card-work', next: 'unknown' }); // the 23rd is a holiday the page is silent on
    expect(by.station!.hours?.windows).toEqual([{ open: '10:30', close: '19:00' }]);
    expect(by.center!.status).toBe('no-card-work');
  });

  it('an ordinary weekday: the station is open until 18:00 for card work', () => {
    const a = dateAnswer(ryugasaki, 'pin-reset', '2026-11-25');
    const station = a.counters.find((c) => c.counter.id === 'station')!;
    expect(station).toMatchObject({ status: 'open', next: null, hours: { cardWorkUntil: '18:00' } });
    expect(a.anyOpen).toBe(true);
  });
});

describe('holiday openings and the plan', () => {
  it('lists the next three last Sundays with their dates, the maintenance one without card work', () => {
    const days = nextHolidayOpenings(satte.counters[0]!, '2026-01-26');
    expect(days.map((d) => [d.date, d.status, d.inPrinciple])).toEqual([
      ['2026-02-22', 'no-card-work', true],
      ['2026-03-29', 'open', true],
      ['2026-04-26', 'open', true],
    ]);
    expect(nextHolidayOpenings(satte.counters[0]!, '2026-11-29')[0]!.date).toBe('2026-11-29');
    expect(nextHolidayOpenings(ryugasaki.counters[0]!, '2026-11-29')).toEqual([]);
  });

  it('the plan lists every day of the window, closed days included, up to the 14th open day', () => {
    const view = cityView(satte, 'pin-reset', instantOf('2026-11-18', '09:00'));
    const plan = view.counters[0]!.plan;
    expect(plan[0]!.from).toBe('2026-11-18');
    expect(plan.filter((r) => r.status === 'open')).toHaveLength(14);
    // One line per day, with no gap: the weekend and the holiday are there.
    plan.slice(1).forEach((r, i) => expect(new Date(r.from).getTime() - new Date(plan[i]!.to).getTime()).toBe(86_400_000));
    expect(plan.find((r) => r.from === '2026-11-21')).toMatchObject({ status: 'closed' });
  });
});
