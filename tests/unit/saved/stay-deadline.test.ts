import { describe, expect, it } from 'vitest';
import { nearestDeadline, stayCountdown, stayHref } from '../../../src/app/saved/saved-model';
import { personInputFromQuery } from '../../../src/app/checklist/checklist-state';
import { parseChecklistQuery } from '../../../src/app/query/checklist-query';
import { checkPersonInput } from '../../../src/storage/person-record';

// Issue 21: a saved person keeps the period of stay's end date, and the start page counts down to the nearest deadline.
describe('the nearest deadline of a saved person', () => {
  it('the last city day when it comes before the e-certificate expiry, else the expiry', () => {
    expect(nearestDeadline({ stayUntil: '2027-03-31' }, '2026-11-01')).toBe('stay');
    expect(nearestDeadline({ expiry: '2028-06-15', stayUntil: '2027-03-31' }, '2026-11-01')).toBe('stay');
    expect(nearestDeadline({ expiry: '2027-01-10', stayUntil: '2027-03-31' }, '2026-11-01')).toBe('renewal');
    expect(nearestDeadline({ expiry: '2027-01-10' }, '2026-11-01')).toBe('renewal');
    expect(nearestDeadline({}, '2026-11-01')).toBeNull();
  });

  it('counts in Japan dates, never below zero; an unreadable date gives no countdown', () => {
    expect(stayCountdown('2027-03-31', '2027-03-20')).toMatchObject({ state: 'act-now', daysUntilLastCityDay: 10 });
    expect(stayCountdown('2027-03-31', '2027-05-01')).toMatchObject({ state: 'passed', daysUntilLastCityDay: 0 });
    expect(stayCountdown('2027-02-30', '2027-01-01')).toBeNull();
    expect(stayHref('2027-03-31', 'en')).toBe('/renewal?stay-until=2027-03-31&lang=en');
  });

  it('a validity-change checklist saves its end date as stayUntil, which the store accepts', () => {
    const { query: q } = parseChecklistQuery(new URLSearchParams('city=satte&procedure=validity-change&applicant=self&stay=extended'), ['satte']);
    const input = personInputFromQuery(q as Parameters<typeof personInputFromQuery>[0], 'Lan', undefined, '2027-03-31');
    expect(input).toMatchObject({ procedure: 'validity-change', stayUntil: '2027-03-31', answers: { stay: 'extended' } });
    expect(input.expiry).toBeUndefined();
    expect(checkPersonInput(input).ok).toBe(true);
    expect(checkPersonInput({ ...input, stayUntil: '2027-02-30' }).ok).toBe(false);
  });
});
