import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateError, parseIsoDate, renewalState, cardExpiryFrom, certificateExpiryFrom } from '../../../src/engine/time';

// Whatever a resident types or a link carries, a date input yields an answer or a DateError, never a crash
// and never an answer for an impossible date.
const dateLike = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.integer({ min: -5, max: 3000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.constantFrom('2027-02-30', '1800-01-01', '2026-13-01', 'tomorrow', '２０２６-０１-０１', '2026-1-1', ''),
);

function outcome(f: () => unknown): 'ok' | 'refused' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (e instanceof DateError) return 'refused';
    throw e;
  }
}

describe('date input fuzz', () => {
  it('refuses impossible dates by name', () => {
    for (const bad of ['2027-02-30', '1800-01-01', 'text', '2026-00-10']) expect(outcome(() => parseIsoDate(bad))).toBe('refused');
  });

  it('answers or refuses 3,000 generated inputs, and only accepts real dates', () => {
    fc.assert(
      fc.property(dateLike, dateLike, dateLike, (a, b, c) => {
        const parsed = outcome(() => parseIsoDate(a));
        if (parsed === 'ok') {
          const { year, month, day } = parseIsoDate(a);
          const d = new Date(Date.UTC(year, month - 1, day));
          expect(d.getUTCDate()).toBe(day);
        }
        outcome(() => renewalState(a, b));
        outcome(() => cardExpiryFrom(a, b, c));
        outcome(() => certificateExpiryFrom(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
