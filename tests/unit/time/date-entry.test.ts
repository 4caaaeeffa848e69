import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDateEntry } from '../../../src/engine/time';

describe('readDateEntry', () => {
  it('reads the ways a date is written on paper, a keypad or a Japanese IME', () => {
    for (const text of ['20310331', '2031-03-31', '2031/3/31', '2031.3.31', '2031年3月31日', '2031年 3月 31日', ' 2031-3-31 ', '２０３１０３３１', '２０３１／３／３１', '2031年3月31']) {
      expect(readDateEntry(text), text).toBe('2031-03-31');
    }
  });

  it('is empty for an empty field', () => {
    expect(readDateEntry('')).toBe('');
    expect(readDateEntry('   ')).toBe('');
  });

  it('refuses what is not a real date', () => {
    for (const text of ['2027-02-30', '2031-13-01', '20310230', '2031-3', '31/03/2031', 'R13.3.31', '令和13年3月31日', 'tomorrow', '2031-03-31x', '1800-01-01', '203103311']) {
      expect(readDateEntry(text), text).toBeNull();
    }
  });

  it('gives back every real date it is given in any of its forms', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        for (const text of [iso, `${y}${m}${d}`, `${y}/${Number(m)}/${Number(d)}`, `${y}年${Number(m)}月${Number(d)}日`]) {
          expect(readDateEntry(text)).toBe(iso);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and only ever answers a date, empty or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const read = readDateEntry(text);
        expect(read === '' || read === null || /^\d{4}-\d{2}-\d{2}$/.test(read)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
