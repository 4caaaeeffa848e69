import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkPersonInput,
  checkPersonRecord,
  isCalendarDate,
  labelKey,
  sameContent,
  type SavedPerson,
} from '../../../src/storage/person-record';
import { NOW, personInput } from './helpers';

const record = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'e944f6da-dab6-4574-9db5-ac8396c30697',
  ...personInput(),
  revision: 1,
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
  });
  it('rejects dates that do not exist or are not YYYY-MM-DD', () => {
    for (const text of ['2027-02-30', '2027-02-29', '1900-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-1-01', '27-01-01', '2027-01-01T00:00']) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });
  it('agrees with the calendar for every day of a span of years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(isCalendarDate(text)).toBe(d <= daysInMonth);
      }),
    );
  });
});

describe('checkPersonRecord', () => {
  it('accepts a current record', () => {
    expect(checkPersonRecord(record())).toEqual({ ok: true, value: record() });
  });
  it('rejects an impossible expiry date with a readable issue', () => {
    const result = checkPersonRecord(record({ expiry: '2027-02-30' }));
    expect(result).toEqual({ ok: false, issues: ['expiry: expiry must be a real date YYYY-MM-DD'] });
  });
  it('rejects a PIN, an individual number or any other unknown field', () => {
    for (const extra of [{ pin: '1234' }, { myNumber: '123456789012' }, { note: 'hello' }]) {
      const result = checkPersonRecord(record(extra));
      expect(result.ok, JSON.stringify(extra)).toBe(false);
    }
  });
  it('rejects PIN-like digits hidden in answers, ticks or held ids', () => {
    expect(checkPersonRecord(record({ answers: { 'resident-pin': '1234' } })).ok).toBe(false);
    expect(checkPersonRecord(record({ ticks: ['pin-5678'] })).ok).toBe(false);
    expect(checkPersonRecord(record({ held: ['123456789012'] })).ok).toBe(false);
    expect(checkPersonRecord(record({ answers: { constructor: 'x' } })).ok).toBe(false);
  });
  it('rejects a label holding a 12-digit number, even spaced or full-width', () => {
    for (const label of ['1234 5678 9012', '母 123456789012', '１２３４-５６７８-９０１２']) {
      expect(checkPersonRecord(record({ label })).ok, label).toBe(false);
    }
    expect(checkPersonRecord(record({ label: '母 1950年生' })).ok).toBe(true);
  });
  it('rejects what label-guard.ts refuses: the number as a Japanese keyboard types it, a PIN, bidi controls', () => {
    // The stored-record validator is what savePerson, renamePerson and importFile all pass through.
    for (const label of ['母のマイナンバー 1234ー5678ー9012', '1234\u22125678\u22129012', '一二三四五六七八九〇一二', 'PIN 1234', 'Dad \u202efdp.exe']) {
      const result = checkPersonRecord(record({ label }));
      expect(result.ok, label).toBe(false);
      expect(!result.ok && result.issues[0], label).toMatch(/^label: /);
    }
  });
  it('bounds and trims labels', () => {
    expect(checkPersonRecord(record({ label: '   ' })).ok).toBe(false);
    expect(checkPersonRecord(record({ label: 'あ'.repeat(61) })).ok).toBe(false);
    expect(checkPersonRecord(record({ label: '𠮷'.repeat(60) })).ok).toBe(true); // 60 characters, 120 UTF-16 units
    expect(checkPersonRecord(record({ label: 'a\u0000b' })).ok).toBe(false);
    const trimmed = checkPersonRecord(record({ label: '  母  ' }));
    expect(trimmed.ok && trimmed.value.label).toBe('母');
  });
  it('validates ids, cities, procedures, applicants and timestamps', () => {
    expect(checkPersonRecord(record({ id: 'not-a-uuid' })).ok).toBe(false);
    expect(checkPersonRecord(record({ city: 'Ryugasaki' })).ok).toBe(false);
    expect(checkPersonRecord(record({ city: 'future-city-2' })).ok).toBe(true);
    expect(checkPersonRecord(record({ procedure: 'issue' })).ok).toBe(false);
    expect(checkPersonRecord(record({ applicant: 'friend' })).ok).toBe(false);
    expect(checkPersonRecord(record({ updatedAt: NOW - 1 })).ok).toBe(false);
    expect(checkPersonRecord(record({ ticks: ['card', 'card'] })).ok).toBe(false);
    expect(checkPersonRecord(record({ revision: 0 })).ok).toBe(false);
    expect(checkPersonRecord(record({ revision: 1.5 })).ok).toBe(false);
    expect(checkPersonRecord(record({ revision: undefined })).ok).toBe(false);
  });
  it('never accepts a record that has a field outside the schema', () => {
    const known = new Set(Object.keys(record()).concat('expiry'));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.has(k) && k !== '__proto__'), fc.jsonValue(), (key, value) => {
        expect(checkPersonRecord({ ...record(), [key]: value }).ok).toBe(false);
      }),
    );
  });
});

describe('checkPersonInput', () => {
  it('accepts input without id or timestamps and rejects timestamps', () => {
    expect(checkPersonInput(personInput()).ok).toBe(true);
    expect(checkPersonInput({ ...personInput(), createdAt: NOW }).ok).toBe(false);
  });
});

describe('labelKey and sameContent', () => {
  it('treats width, case and surrounding spaces as the same label', () => {
    expect(labelKey(' My Card ')).toBe(labelKey('my card'));
    expect(labelKey('ＭＹ ＣＡＲＤ')).toBe(labelKey('my card'));
    expect(labelKey('母')).not.toBe(labelKey('父'));
  });
  it('ignores ids, revisions, timestamps and list order but not content', () => {
    const a = record({ held: ['passport', 'residence-card'] }) as SavedPerson;
    const b = { ...a, id: '82711d38-04de-4439-8dc6-3f92e8bb2acf', revision: 4, createdAt: 1, updatedAt: 2, held: [...a.held].reverse() };
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, { ...a, ticks: [] })).toBe(false);
    expect(sameContent(a, { ...a, expiry: undefined })).toBe(false);
  });
});
