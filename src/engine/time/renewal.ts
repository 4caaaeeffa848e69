import { DateError, addDays, addMonthsClamped, daysBetween, daysInMonth, isoDate, parseIsoDate, type IsoDate } from './jst';

// Validity and the renewal window (domain §1). Every impossible or out-of-range date throws a DateError.

/** Where a person stands with a certificate's renewal. */
export type RenewalStateCode = 'not-yet' | 'open' | 'expired';
/** What to do: wait (and add a reminder), renew at a counter now, or have a new one issued (free) at a counter. */
export type RenewalAction = 'wait-for-window' | 'renew-at-counter' | 'reissue-at-counter';

/** The renewal state on a given day. Day counts are from `today`; daysUntilExpiry is negative once expired. */
export interface RenewalState {
  state: RenewalStateCode;
  expiry: IsoDate;
  opensOn: IsoDate;
  /** 0 once the window is open (or past). */
  daysUntilOpen: number;
  daysUntilExpiry: number;
  action: RenewalAction;
}

/** The two readings of the マイナ保険証 grace after expiry (domain §1) and the safer (earlier) one. */
export interface InsuranceGrace {
  /** "Until the end of the 3rd month after the expiry month" (Matsuyama, Tama, Iwaki). */
  endOfThirdMonth: IsoDate;
  /** "3 months from the expiry date" (an insurer FAQ); the same day-of-month, or that month's last day. */
  threeMonthsFromExpiry: IsoDate;
  safer: IsoDate;
}

/** A card's expiry with its term; `uncertain` when an unknown application date could change the term. */
export interface CardExpiry {
  expiry: IsoDate;
  years: 5 | 10;
  uncertain: boolean;
}

/** How long before issuance an application may have been accepted, when the caller does not know (conservative). */
export const APPLICATION_LEAD_DAYS = 180;
/** From this application date the card's 10-year term starts at 18 instead of 20 (domain §1). */
export const AGE_18_FROM = '2022-04-01';

function monthIndex(year: number, month: number): { y: number; mo: number } {
  const idx = year * 12 + (month - 1);
  const y = Math.floor(idx / 12);
  return { y, mo: idx - y * 12 + 1 };
}

/**
 * The first day renewal is possible: the day after the same date three months earlier, or the 1st of the following
 * month when that date does not exist (domain §1: 6/15 → 3/16; 2023-05-28 → 2023-03-01; 2023-05-31 → 2023-03-01).
 */
export function renewalWindowOpens(expiry: IsoDate): IsoDate {
  const { year, month, day } = parseIsoDate(expiry);
  const { y, mo } = monthIndex(year, month - 3);
  if (day <= daysInMonth(y, mo)) return addDays(isoDate(y, mo, day), 1);
  const next = monthIndex(y, mo + 1);
  return isoDate(next.y, next.mo, 1);
}

/** The renewal state of a certificate expiring on `expiry`, seen on `today` (the expiry day itself is still valid). */
export function renewalState(expiry: IsoDate, today: IsoDate): RenewalState {
  const opensOn = renewalWindowOpens(expiry);
  const daysUntilExpiry = daysBetween(today, expiry);
  const daysUntilOpen = Math.max(0, daysBetween(today, opensOn));
  if (today < opensOn) return { state: 'not-yet', expiry, opensOn, daysUntilOpen, daysUntilExpiry, action: 'wait-for-window' };
  if (today <= expiry) return { state: 'open', expiry, opensOn, daysUntilOpen, daysUntilExpiry, action: 'renew-at-counter' };
  // After expiry a new certificate can still be issued at the counter, free of charge (domain §1, J-LIS).
  return { state: 'expired', expiry, opensOn, daysUntilOpen, daysUntilExpiry, action: 'reissue-at-counter' };
}

/**
 * The person's birthday in a year. A 2/29 birthday falls on 2/28 in common years: the sources we have are silent,
 * and the earlier day is the safe reading for an expiry (never later than the real one).
 */
export function birthdayIn(birth: IsoDate, year: number): IsoDate {
  const { month, day } = parseIsoDate(birth);
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** The nth birthday strictly after a date (a birthday on the date itself does not count: 「発行日後」). */
export function nthBirthdayAfter(birth: IsoDate, after: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new DateError('out-of-range', n, `n must be a positive integer: ${n}`);
  const { year } = parseIsoDate(after);
  const first = birthdayIn(birth, year) > after ? year : year + 1;
  return birthdayIn(birth, first + n - 1);
}

/** Completed years of age on a date (counted with birthdayIn, so a 2/29 person ages on 2/28 in common years). */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  checkOrder(birth, date, 'birth', 'date');
  const { year } = parseIsoDate(date);
  const { year: by } = parseIsoDate(birth);
  return year - by - (birthdayIn(birth, year) > date ? 1 : 0);
}

function checkOrder(earlier: IsoDate, later: IsoDate, a: string, b: string): void {
  parseIsoDate(earlier);
  parseIsoDate(later);
  if (earlier > later) throw new DateError('bad-order', `${earlier} > ${later}`, `${a} (${earlier}) is after ${b} (${later})`);
}

function termFor(birth: IsoDate, applied: IsoDate): 5 | 10 {
  return ageOn(birth, applied) >= (applied < AGE_18_FROM ? 20 : 18) ? 10 : 5;
}

/**
 * The card's expiry (domain §1): the 10th birthday after issuance for someone 18 or over on the application date
 * (20 for applications before 2022-04-01), else the 5th. Without `applied`, the issue date stands in for it and
 * `uncertain` says whether an application up to APPLICATION_LEAD_DAYS earlier would give the other term.
 * Foreign residents' cards that end with the period of stay are not covered.
 */
export function cardExpiryFrom(birth: IsoDate, issued: IsoDate, applied?: IsoDate): CardExpiry {
  checkOrder(birth, issued, 'birth', 'issue date');
  if (applied !== undefined) {
    checkOrder(birth, applied, 'birth', 'application date');
    checkOrder(applied, issued, 'application date', 'issue date');
  }
  const years = termFor(birth, applied ?? issued);
  // The term only grows with the application date (age rises, the threshold falls), so the earliest candidate suffices.
  const earliest = [addDays(issued, -APPLICATION_LEAD_DAYS), birth].sort().at(-1) as IsoDate;
  const uncertain = applied === undefined && termFor(birth, earliest) !== years;
  return { expiry: nthBirthdayAfter(birth, issued, years), years, uncertain };
}

/**
 * An e-certificate's expiry: the 5th birthday after issuance, never after the card's expiry (domain §1).
 * Renewed inside the window of `previousExpiry`, it runs to the 6th birthday after renewal; when the renewal falls
 * on the old expiry (a birthday) itself, the earlier reading, 5 birthdays after the old expiry, is used.
 */
export function certificateExpiryFrom(
  birth: IsoDate,
  issued: IsoDate,
  opts: { cardExpiry?: IsoDate; previousExpiry?: IsoDate } = {},
): IsoDate {
  checkOrder(birth, issued, 'birth', 'issue date');
  const prev = opts.previousExpiry;
  const inWindow = prev !== undefined && issued >= renewalWindowOpens(prev) && issued <= prev;
  const own = inWindow
    ? [nthBirthdayAfter(birth, issued, 6), nthBirthdayAfter(birth, prev, 5)].sort()[0] as IsoDate
    : nthBirthdayAfter(birth, issued, 5);
  if (opts.cardExpiry !== undefined) {
    parseIsoDate(opts.cardExpiry);
    return opts.cardExpiry < own ? opts.cardExpiry : own;
  }
  return own;
}

/** Both readings of how long the card still works as a health-insurance card after the certificate expires. */
export function insuranceGrace(expiry: IsoDate): InsuranceGrace {
  const { year, month } = parseIsoDate(expiry);
  const { y, mo } = monthIndex(year, month + 3);
  const endOfThirdMonth = isoDate(y, mo, daysInMonth(y, mo));
  const threeMonthsFromExpiry = addMonthsClamped(expiry, 3);
  return { endOfThirdMonth, threeMonthsFromExpiry, safer: threeMonthsFromExpiry < endOfThirdMonth ? threeMonthsFromExpiry : endOfThirdMonth };
}
