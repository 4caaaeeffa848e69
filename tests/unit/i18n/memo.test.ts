import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDate, getT, i18n, loadLanguage } from '../../../src/i18n';

// What i18n remembers to save work while a page renders must answer exactly as a fresh lookup would.
describe('getT', () => {
  it('a key looked up before its namespace loaded is looked up again after', async () => {
    const t = getT('en', 'checklist');
    expect(t('items.title')).toBe('items.title');
    await loadLanguage('en');
    expect(t('items.title')).toBe(i18n.getResource('en', 'checklist', 'items.title'));
    expect(t('items.title')).not.toBe('items.title');
  });

  it('answers plain lookups and lookups with options as i18next does', async () => {
    await loadLanguage('ja');
    const t = getT('ja', ['checklist', 'rules']);
    const fixed = i18n.getFixedT('ja', ['checklist', 'rules']);
    for (const key of ['items.title', 'rules:procedures.renewal', 'missing.key']) expect(t(key)).toBe(fixed(key));
    expect(t('rules:visits.numbered', { n: 2 })).toBe(fixed('rules:visits.numbered', { n: 2 }));
    expect(t('rules:visits.numbered', { n: 3 })).toBe(fixed('rules:visits.numbered', { n: 3 }));
    expect(t('missing.key', { defaultValue: 'fallback' })).toBe('fallback');
    expect(t('missing.key')).toBe('missing.key');
  });
});

describe('dateTimeFormat', () => {
  it('builds one formatter per locale and options, and formats as Intl does', () => {
    const options = { timeZone: 'UTC', month: 'short', day: 'numeric' } as const;
    expect(dateTimeFormat('ja', options)).toBe(dateTimeFormat('ja', { ...options }));
    expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('ja', options));
    expect(dateTimeFormat('ja', { ...options, weekday: 'short' })).not.toBe(dateTimeFormat('ja', options));
    const date = new Date(Date.UTC(2026, 11, 29));
    expect(dateTimeFormat('ja', options).format(date)).toBe(new Intl.DateTimeFormat('ja-JP', options).format(date));
    expect(dateTimeFormat('en', options).format(date)).toBe(new Intl.DateTimeFormat('en-GB', options).format(date));
    // formatDate's two kinds stay apart.
    expect(formatDate('2026-12-29', 'ja')).toBe('2026年12月29日');
    expect(formatDate('2026-12-29', 'ja', { weekday: true })).toBe('2026年12月29日(火)');
    expect(formatDate('2026-12-29', 'ja')).toBe('2026年12月29日');
  });
});
