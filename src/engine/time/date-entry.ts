import { isIsoDate, type IsoDate } from './jst';

// A date typed by a person, for a date they know (the e-certificate expiry on J-LIS's notice): a text field, not
// the browser's date picker, which is slow to reach a year years away and costs the page a long first render
// (its locale data). People copy what the paper says, on a phone keypad or with a Japanese IME.

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DIGITS = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * The calendar date in what a person typed: '20310331', '2031-03-31', '2031/3/31', '2031.3.31' or '2031年3月31日',
 * full-width digits and spaces included. '' for an empty field; null for anything that is not a real date within
 * the engine's years.
 */
export function readDateEntry(text: string): IsoDate | '' | null {
  const s = text.normalize('NFKC').trim();
  if (s === '') return '';
  const m = DIGITS.exec(s) ?? SEPARATED.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
