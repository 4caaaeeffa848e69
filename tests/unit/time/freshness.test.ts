import { describe, expect, it } from 'vitest';
import { STALE_AFTER_MONTHS, isStale } from '../../../src/engine/time';

// Domain §9: cities change their hours, so data checked more than six months ago says so on every page of the city.
describe('isStale', () => {
  it('is fresh up to six months after the check, stale from the day after', () => {
    expect(STALE_AFTER_MONTHS).toBe(6);
    expect(isStale('2026-11-24', '2026-12-07')).toBe(false);
    expect(isStale('2026-11-24', '2027-05-24')).toBe(false);
    expect(isStale('2026-11-24', '2027-05-25')).toBe(true);
  });

  it('reads month ends as calendar dates (31 August + 6 months is the last day of February)', () => {
    expect(isStale('2026-08-31', '2027-02-28')).toBe(false);
    expect(isStale('2026-08-31', '2027-03-01')).toBe(true);
  });

  it('rejects a date that is not one', () => {
    expect(() => isStale('2026-02-30', '2026-12-01')).toThrow();
  });
});
