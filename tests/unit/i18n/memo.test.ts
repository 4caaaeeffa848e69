import { describe, expect, it } from 'vitest';
import { getT, i18n, languageName, loadLanguage } from '../../../src/i18n';

// getT is i18next's own getFixedT, remembered per language and namespaces so components get a stable function.
describe('getT', () => {
  it('is one function per language and namespaces, answering as i18next does', async () => {
    const t = getT('en', 'checklist');
    expect(getT('en', ['checklist'])).toBe(t);
    await loadLanguage('en');
    expect(t('items.title')).toBe(i18n.getResource('en', 'checklist', 'items.title'));
    const fixed = i18n.getFixedT('en', ['checklist', 'rules']);
    const both = getT('en', ['checklist', 'rules']);
    expect(both('rules:visits.numbered', { n: 2 })).toBe(fixed('rules:visits.numbered', { n: 2 }));
    expect(both('missing.key', { defaultValue: 'fallback' })).toBe('fallback');
  });

  it('names each language in itself', () => {
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('en')).toBe('English');
  });
});
