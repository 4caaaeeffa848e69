import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { seedText, squash } from './helpers';

// The parts of each page that are not checklists: counters, hours, notes, errata. Each expectation restates the
// page's sentence, so changing the data without the page (or the other way round) fails here.
const ryugasaki = await cities.load('ryugasaki');
const satte = await cities.load('satte');
const note = (city: typeof satte, id: string) => city.notes.find((n) => n.id === id);

describe('Ryugasaki (seed 000)', () => {
  it('the page itself', () => {
    expect(ryugasaki.page).toMatchObject({ seed: '000', title: 'マイナンバーカードの更新について' });
    expect(seedText('000').split('\n')[0]).toBe(ryugasaki.page.title);
  });

  it('four counters, the same for renewal and PIN reset', () => {
    expect(ryugasaki.counters.map((c) => c.ja)).toEqual([
      'マイナンバーカードセンター(市役所本庁舎)',
      '西部出張所',
      '東部出張所',
      '市民窓口ステーション',
    ]);
    expect(ryugasaki.procedures.renewal.counters).toEqual(ryugasaki.procedures['pin-reset'].counters);
  });

  it('the station: 10:30–19:00, no card or PIN work from 18:00; other counters’ hours unknown', () => {
    const station = ryugasaki.counters.find((c) => c.id === 'station')!;
    expect(station.schedule.weekly).toMatchObject([{ open: '10:30', close: '19:00' }]);
    expect(station.schedule.cardWorkUntil?.time).toBe('18:00');
    expect(ryugasaki.counters.filter((c) => c.id !== 'station').every((c) => c.schedule.weekly.length === 0)).toBe(true);
    expect(ryugasaki.counters.every((c) => c.schedule.yearEnd?.from === '12-29' && c.schedule.yearEnd.to === '01-03')).toBe(true);
  });

  it('the renewal notes: expiry notice, no reservation, the card still ID, new card on card expiry, notice not forwarded', () => {
    expect(note(ryugasaki, 'expiry-notice')?.source.quote).toBe(
      '有効期限が近づくと、「有効期限通知書」が地方公共団体情報システム機構から送付されます。',
    );
    expect(ryugasaki.procedures.renewal.notes).toEqual([
      'expiry-notice',
      'no-reservation',
      'certificate-still-id',
      'card-expiry-new-application',
      'expiry-notice-not-forwarded',
      'originals-only',
    ]);
    expect(ryugasaki.procedures.renewal.source?.quote).toBe('電子証明書の更新手続きは有効期限の3か月前から可能です。');
  });

  it('warnings are warnings', () => {
    for (const id of ['expiry-notice-not-forwarded', 'renewal-needs-pin', 'proxy-no-same-day', 'originals-only', 'crowded-after-holidays'])
      expect(note(ryugasaki, id)?.level).toBe('warning');
  });
});

describe('Satte (seed 001)', () => {
  it('the page itself, with its update date', () => {
    expect(satte.page).toMatchObject({ seed: '001', updated: '2024-12-23' });
    expect(squash(seedText('001'))).toContain('更新日:2024年12月23日');
  });

  it('one counter: 市民課, weekdays from 8:30 (closing cut off), closed on holidays and at year end', () => {
    const [c] = satte.counters;
    expect(satte.counters).toHaveLength(1);
    expect(c!.schedule).toMatchObject({
      daysKnown: true,
      weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:30', close: null }],
      yearEnd: { from: '12-29', to: '01-03', erratum: 'year-end-typo' },
    });
    expect(c!.schedule.closedOnHolidays).toBeDefined();
  });

  it('the holiday opening: last Sunday 8:30–16:45, without card work on the maintenance Sunday', () => {
    expect(satte.counters[0]!.schedule.holidayOpening).toMatchObject({
      rule: 'last-sunday',
      open: '08:30',
      close: '16:45',
      cardWorkOnMaintenanceSunday: false,
      askFirst: { procedures: ['validity-change'], source: { ref: 'domain §8' } },
    });
    expect(note(satte, 'maintenance-sunday')?.level).toBe('warning');
    expect(note(satte, 'holiday-opening-suspended')?.level).toBe('warning');
  });

  it('errata: the 12月9日 typo read as 12月29日, and the cut-off closing time', () => {
    expect(satte.errata?.map((e) => [e.id, e.printed, e.read])).toEqual([
      ['year-end-typo', '12月9日~1月3日', '12月29日~1月3日'],
      ['weekday-closing-cut-off', '午前8時30分', 'opening time only; the closing time is cut off on the page'],
    ]);
  });

  it('PIN change: マイナポータル or the counter (no reservation), only with the current PIN known', () => {
    expect(satte.procedures['pin-change'].notes).toEqual(
      expect.arrayContaining(['no-reservation', 'change-needs-known-pin', 'change-online']),
    );
  });

  it('PIN reset and change both stop on the maintenance Sunday, holiday opening included', () => {
    for (const p of ['pin-reset', 'pin-change'] as const)
      expect(satte.procedures[p].notes).toEqual(expect.arrayContaining(['maintenance-sunday', 'holiday-opening-suspended']));
  });

  it('the proof waiver is for a parent (親権者) only', () => {
    expect(note(satte, 'proof-waiver')?.when).toEqual({ fact: 'dependent', is: 'child' });
  });
});
