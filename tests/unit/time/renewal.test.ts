import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateError, addDays, addMonthsClamped, dayNumber, daysBetween, fromDayNumber } from '../../../src/engine/time/jst';
import {
  ageOn, birthdayIn, cardExpiryFrom, certificateExpiryFrom, insuranceGrace, nthBirthdayAfter, renewalState, renewalWindowOpens,
} from '../../../src/engine/time/renewal';

const date2026to2050 = fc.integer({ min: dayNumber('2026-01-01'), max: dayNumber('2050-12-31') }).map(fromDayNumber);

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof DateError ? e.code : `untyped: ${String(e)}`;
  }
  return 'no error';
}

describe('renewal window opens (domain §1)', () => {
  it('matches the cities’ worked examples', () => {
    expect(renewalWindowOpens('2026-06-15')).toBe('2026-03-16'); // Tsurugashima: 6/15 → 3/16
    expect(renewalWindowOpens('2026-08-17')).toBe('2026-05-18'); // Suita: 8/17 → 5/18
    expect(renewalWindowOpens('2023-05-28')).toBe('2023-03-01'); // Nerima: 02-28 exists, the day after is 03-01
  });

  it('opens on the 1st of the next month when the date three months earlier does not exist', () => {
    for (const d of ['2023-05-29', '2023-05-30', '2023-05-31']) expect(renewalWindowOpens(d), d).toBe('2023-03-01');
    // Leap year: 02-29 exists.
    expect(renewalWindowOpens('2024-05-28')).toBe('2024-02-29');
    expect(renewalWindowOpens('2024-05-29')).toBe('2024-03-01');
    expect(renewalWindowOpens('2024-05-30')).toBe('2024-03-01');
    expect(renewalWindowOpens('2024-05-31')).toBe('2024-03-01');
    expect(renewalWindowOpens('2026-07-31')).toBe('2026-05-01'); // 04-31
    expect(renewalWindowOpens('2026-12-31')).toBe('2026-10-01'); // 09-31
  });

  it('crosses the year', () => {
    expect(renewalWindowOpens('2027-01-15')).toBe('2026-10-16');
    expect(renewalWindowOpens('2027-02-28')).toBe('2026-11-29');
    expect(renewalWindowOpens('2026-03-31')).toBe('2026-01-01');
  });

  it('is the day after the date three months earlier, clamped to its month’s end; 88–91 days before expiry', () => {
    // An independent closed form: a missing date clamps to the month's last day, whose next day is the 1st.
    fc.assert(
      fc.property(date2026to2050, (expiry) => {
        const opens = renewalWindowOpens(expiry);
        const threeMonthsEarlier = addMonthsClamped(expiry, -3);
        const days = daysBetween(opens, expiry);
        return opens === addDays(threeMonthsEarlier, 1) && opens > threeMonthsEarlier && days >= 88 && days <= 91;
      }),
      { numRuns: 3000 },
    );
    expect(renewalWindowOpens('2040-11-30')).toBe('2040-08-31');
  });

  it('refuses impossible and out-of-range expiries with a typed error', () => {
    expect(errorCode(() => renewalWindowOpens('2027-02-30'))).toBe('no-such-date');
    expect(errorCode(() => renewalWindowOpens('1900-02-15'))).toBe('out-of-range');
    expect(errorCode(() => renewalWindowOpens('2026-6-15'))).toBe('bad-format');
  });
});

describe('renewal state', () => {
  it('is not-yet, open (expiry day included), then expired', () => {
    expect(renewalState('2026-06-15', '2026-03-15')).toEqual({
      state: 'not-yet', expiry: '2026-06-15', opensOn: '2026-03-16', daysUntilOpen: 1, daysUntilExpiry: 92, action: 'wait-for-window',
    });
    expect(renewalState('2026-06-15', '2026-03-16')).toMatchObject({ state: 'open', daysUntilOpen: 0, action: 'renew-at-counter' });
    expect(renewalState('2026-06-15', '2026-06-15')).toMatchObject({ state: 'open', daysUntilExpiry: 0 });
    expect(renewalState('2026-06-15', '2026-06-16')).toMatchObject({ state: 'expired', daysUntilExpiry: -1, action: 'reissue-at-counter' });
  });

  it('agrees with the window for any expiry and day', () => {
    fc.assert(
      fc.property(date2026to2050, fc.integer({ min: -200, max: 200 }), (expiry, offset) => {
        const today = addDays(expiry, offset);
        const s = renewalState(expiry, today);
        const expected = today < s.opensOn ? 'not-yet' : today <= expiry ? 'open' : 'expired';
        return s.state === expected && s.daysUntilExpiry === -offset && (s.daysUntilOpen === 0) === (s.state !== 'not-yet');
      }),
    );
  });
});

describe('expiry from birth and issue dates', () => {
  it('counts birthdays strictly after the issue date', () => {
    expect(nthBirthdayAfter('1990-06-10', '2021-06-10', 5)).toBe('2026-06-10');
    expect(nthBirthdayAfter('1990-06-10', '2021-06-09', 5)).toBe('2025-06-10');
    expect(certificateExpiryFrom('1990-06-10', '2021-06-09')).toBe('2025-06-10');
  });

  it('reads a 2/29 birthday as 2/28 in common years (sources silent; the earlier, safe reading)', () => {
    expect(birthdayIn('2000-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('2000-02-29', 2028)).toBe('2028-02-29');
    expect(nthBirthdayAfter('2000-02-29', '2021-03-01', 5)).toBe('2026-02-28');
    expect(nthBirthdayAfter('2000-02-29', '2023-03-01', 5)).toBe('2028-02-29');
    expect(ageOn('2000-02-29', '2018-02-28')).toBe(18);
    expect(ageOn('2000-02-29', '2018-02-27')).toBe(17);
  });

  it('gives the card 10 birthdays from 18 (20 for applications before 2022-04-01), else 5', () => {
    expect(cardExpiryFrom('1990-06-10', '2021-06-01')).toEqual({ expiry: '2030-06-10', years: 10, uncertain: false });
    expect(cardExpiryFrom('2010-06-10', '2021-06-01')).toEqual({ expiry: '2025-06-10', years: 5, uncertain: false });
    // 19 years old: 5 years before 2022-04-01, 10 after.
    expect(cardExpiryFrom('2002-06-10', '2021-09-01', '2021-08-01').years).toBe(5);
    expect(cardExpiryFrom('2002-06-10', '2022-06-01', '2022-05-01').years).toBe(10);
    // Applied in March 2022 (before the change), issued in April: judged at application.
    expect(cardExpiryFrom('2003-01-10', '2022-04-20', '2022-03-25').years).toBe(5);
    // Without the application date, a result that an earlier application would change is flagged.
    expect(cardExpiryFrom('2003-01-10', '2022-04-20')).toMatchObject({ years: 10, uncertain: true });
    expect(cardExpiryFrom('2008-05-01', '2026-06-01')).toMatchObject({ years: 10, uncertain: true });
    expect(cardExpiryFrom('2008-05-01', '2026-12-01')).toMatchObject({ years: 10, uncertain: false });
  });

  it('caps the certificate at the card’s expiry, and keeps the window’s 3 months on renewal', () => {
    expect(certificateExpiryFrom('1990-06-10', '2029-01-05', { cardExpiry: '2031-06-10' })).toBe('2031-06-10');
    // Renewed on 2026-04-01 inside the window of 2026-06-10: 6th birthday after renewal.
    expect(certificateExpiryFrom('1990-06-10', '2026-04-01', { previousExpiry: '2026-06-10' })).toBe('2031-06-10');
    // Renewed on the old expiry (a birthday) itself: the earlier reading, five birthdays after it.
    expect(certificateExpiryFrom('1990-06-10', '2026-06-10', { previousExpiry: '2026-06-10' })).toBe('2031-06-10');
    // Renewed after expiry: an ordinary new certificate.
    expect(certificateExpiryFrom('1990-06-10', '2026-07-01', { previousExpiry: '2026-06-10' })).toBe('2031-06-10');
    expect(certificateExpiryFrom('1990-06-10', '2026-06-09', { previousExpiry: '2026-06-10' })).toBe('2031-06-10');
  });

  it('refuses impossible inputs', () => {
    expect(errorCode(() => cardExpiryFrom('2030-01-01', '2026-01-01'))).toBe('bad-order');
    expect(errorCode(() => cardExpiryFrom('1990-01-01', '2026-01-01', '2026-02-01'))).toBe('bad-order');
    expect(errorCode(() => certificateExpiryFrom('1990-02-30', '2026-01-01'))).toBe('no-such-date');
    expect(errorCode(() => cardExpiryFrom('1990-01-01', '2095-01-01'))).toBe('out-of-range');
  });
});

describe('マイナ保険証 grace after expiry (two readings, domain §1)', () => {
  it('returns both readings and the earlier as the safer', () => {
    expect(insuranceGrace('2026-06-15')).toEqual({ endOfThirdMonth: '2026-09-30', threeMonthsFromExpiry: '2026-09-15', safer: '2026-09-15' });
    expect(insuranceGrace('2026-11-30')).toEqual({ endOfThirdMonth: '2027-02-28', threeMonthsFromExpiry: '2027-02-28', safer: '2027-02-28' });
    expect(insuranceGrace('2027-11-29').threeMonthsFromExpiry).toBe('2028-02-29');
    expect(insuranceGrace('2026-05-31').threeMonthsFromExpiry).toBe('2026-08-31');
    expect(errorCode(() => insuranceGrace('2100-11-01'))).toBe('out-of-range');
  });

  it('never puts the safer reading after either one', () => {
    fc.assert(
      fc.property(date2026to2050, (expiry) => {
        const g = insuranceGrace(expiry);
        return g.safer <= g.endOfThirdMonth && g.safer <= g.threeMonthsFromExpiry && g.safer > expiry;
      }),
    );
  });
});
