import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  NAMESPACES,
  formatDate,
  getT,
  i18n,
  isLanguage,
  languageName,
  loadLanguage,
  matchLanguage,
  parseLocalePath,
  resolveLanguage,
} from '../../../src/i18n/core';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../locales');

describe('language discovery', () => {
  it('finds every locale folder, the default first', () => {
    const folders = readdirSync(ROOT).filter((n) => statSync(path.join(ROOT, n)).isDirectory());
    expect([...LANGUAGES].sort()).toEqual(folders.sort());
    expect(LANGUAGES[0]).toBe(DEFAULT_LANGUAGE);
  });

  it('parses namespaces, nested ones too', () => {
    expect(parseLocalePath('/locales/ja/common.json')).toEqual({ lang: 'ja', ns: 'common' });
    expect(parseLocalePath('/locales/en/cities/satte.json')).toEqual({ lang: 'en', ns: 'cities/satte' });
    expect(parseLocalePath('/src/other.json')).toBeUndefined();
  });

  it('knows each language by its own name', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('en')).toBe('English');
  });

  it('loads every namespace of a language before it is shown', async () => {
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      for (const ns of NAMESPACES) expect(i18n.hasResourceBundle(lang, ns), `${lang}/${ns}`).toBe(true);
    }
    expect(getT('en')('update.reload')).toBe('Reload to update');
    await expect(loadLanguage('xx')).rejects.toThrow(/unknown language/);
  });
});

describe('resolveLanguage', () => {
  it('lets the URL win, then the stored choice, then the browser', () => {
    expect(resolveLanguage({ url: 'en', stored: 'ja', browser: ['ja-JP'] })).toBe('en');
    expect(resolveLanguage({ url: null, stored: 'en', browser: ['ja-JP'] })).toBe('en');
    expect(resolveLanguage({ url: 'xx', stored: null, browser: ['ja-JP', 'en'] })).toBe('ja');
    expect(resolveLanguage({ browser: ['fr-FR', 'en-US'] })).toBe('en');
  });

  it('falls back to English for browsers in none of the languages', () => {
    expect(resolveLanguage({ browser: ['tlh-Qaak', 'x-none'] })).toBe('en');
    expect(resolveLanguage({})).toBe('en');
  });

  it('matches a browser language to a language folder by its primary tag', () => {
    for (const lang of LANGUAGES.filter((l) => /^[a-z]{2,3}$/.test(l))) expect(resolveLanguage({ browser: ['tlh', `${lang}-XX`] })).toBe(lang);
  });

  it('normalizes tags', () => {
    expect(matchLanguage('JA')).toBe('ja');
    expect(matchLanguage('ja_JP')).toBe('ja');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('')).toBeUndefined();
    expect(isLanguage('fr')).toBe(false);
  });
});

describe('formatDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('writes calendar dates per language', () => {
    expect(formatDate('2025-03-04', 'ja')).toBe('2025年3月4日');
    expect(formatDate('2025-03-04', 'en')).toBe('4 March 2025');
    expect(formatDate('2025-03-04', 'ja', { weekday: true })).toBe('2025年3月4日(火)');
    expect(formatDate('2025-03-04', 'en', { weekday: true })).toMatch(/^Tue,? 4 March 2025$/);
  });

  it('does not drift a day in any time zone', () => {
    for (const zone of ['Pacific/Honolulu', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = zone;
      expect(formatDate('2024-12-31', 'ja'), zone).toBe('2024年12月31日');
      expect(formatDate('2025-01-01', 'en'), zone).toBe('1 January 2025');
    }
  });

  it('returns anything that is not a calendar date unchanged', () => {
    expect(formatDate('2025-02-30', 'ja')).toBe('2025-02-30');
    expect(formatDate('2025-3-4', 'en')).toBe('2025-3-4');
    expect(formatDate('', 'en')).toBe('');
  });
});
