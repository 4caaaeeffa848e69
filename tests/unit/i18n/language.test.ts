import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANG_STORAGE_KEY, browserLanguage, matchLanguageIn, resolveLanguageIn } from '../../../src/i18n/language';

const both = new Set(['ja', 'en']);

describe('the language a page load shows', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('matches tags to the offered languages only', () => {
    expect(matchLanguageIn('en-US', both)).toBe('en');
    expect(matchLanguageIn('JA_jp', both)).toBe('ja');
    expect(matchLanguageIn('zh-TW', both)).toBeUndefined();
    expect(matchLanguageIn('en', new Set(['ja']))).toBeUndefined();
    expect(matchLanguageIn('', both)).toBeUndefined();
  });

  it('URL, then memory, then browser, then English, then the fallback', () => {
    expect(resolveLanguageIn({ url: 'en', stored: 'ja', browser: ['ja'] }, both, 'ja')).toBe('en');
    expect(resolveLanguageIn({ url: 'xx', stored: 'en', browser: ['ja'] }, both, 'ja')).toBe('en');
    expect(resolveLanguageIn({ browser: ['fr-FR', 'ja-JP'] }, both, 'ja')).toBe('ja');
    expect(resolveLanguageIn({ browser: ['vi-VN'] }, both, 'ja')).toBe('en');
    expect(resolveLanguageIn({ browser: ['vi-VN'] }, new Set(['ja']), 'ja')).toBe('ja');
  });

  it('reads the page URL, the remembered choice and the browser', () => {
    const storage = new Map([[LANG_STORAGE_KEY, 'en']]);
    vi.stubGlobal('window', { location: { search: '' } });
    vi.stubGlobal('localStorage', { getItem: (k: string) => storage.get(k) ?? null });
    vi.stubGlobal('navigator', { languages: ['ja-JP'], language: 'ja-JP' });
    expect(browserLanguage(both, 'ja')).toBe('en');
    storage.clear();
    expect(browserLanguage(both, 'ja')).toBe('ja');
    vi.stubGlobal('navigator', { languages: [], language: 'pt-BR' });
    expect(browserLanguage(both, 'ja')).toBe('en');
    vi.stubGlobal('window', { location: { search: '?lang=ja' } });
    expect(browserLanguage(both, 'ja')).toBe('ja');
  });
});
