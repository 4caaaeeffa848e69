import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, loadLanguage } from '../../../src/i18n';

describe('formatDate', () => {
  // Each language's date patterns live in its common.json, which loads with the rest of the language.
  beforeAll(() => Promise.all([loadLanguage('en'), loadLanguage('ja')]));

  // The patterns in locales/<lang>/common.json replace Intl.DateTimeFormat (slow to build in the browser): they must
  // word every date as the Unicode CLDR data behind Intl does for en-GB and ja-JP.
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const kinds = [
    { options: {}, intl: { year: 'numeric', month: 'long', day: 'numeric' } },
    { options: { weekday: true }, intl: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' } },
    { options: { year: false }, intl: { month: 'short', day: 'numeric' } },
    { options: { year: false, weekday: true }, intl: { month: 'short', day: 'numeric', weekday: 'short' } },
  ] as const;

  it('words every day of a leap year and the next as Intl does, in both languages', () => {
    for (const [lang, locale] of [['en', 'en-GB'], ['ja', 'ja-JP']] as const) {
      for (const kind of kinds) {
        const format = intl(locale, kind.intl);
        for (let day = 0; day < 731; day++) {
          const date = new Date(Date.UTC(2028, 0, 1 + day));
          const iso = date.toISOString().slice(0, 10);
          expect(formatDate(iso, lang, kind.options), `${lang} ${iso} ${JSON.stringify(kind.options)}`).toBe(format.format(date));
        }
      }
    }
  });

  it('returns what is not a calendar date unchanged', () => {
    expect(formatDate('2027-02-29', 'en', { year: false })).toBe('2027-02-29');
    expect(formatDate('12-29', 'ja')).toBe('12-29');
  });
});
