import { describe, expect, it } from 'vitest';
import { COMMON_NS, LANGUAGES, NAMESPACES, formatDate, getT, i18n, loadLanguage } from '../../../src/i18n';

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

/** Every leaf key of a resource tree, 'a.b.c'. */
function leafKeys(tree: unknown, prefix = ''): string[] {
  if (!tree || typeof tree !== 'object' || Array.isArray(tree)) return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

describe('getT over every translation', () => {
  it('answers every key of every namespace and language exactly as i18next does', async () => {
    await Promise.all(LANGUAGES.map(loadLanguage));
    let compared = 0;
    for (const lang of LANGUAGES) {
      for (const ns of NAMESPACES) {
        const keys = leafKeys(i18n.store.data[lang]?.[ns]);
        const t = getT(lang, ns);
        const fixed = i18n.getFixedT(lang, ns);
        // Bound to several namespaces: a key of the first, and the same key read through 'ns:' from the common one.
        const multi = getT(lang, [ns, COMMON_NS]);
        const fixedMulti = i18n.getFixedT(lang, [ns, COMMON_NS]);
        for (const key of keys) {
          expect(t(key), `${lang} ${ns} ${key}`).toEqual(fixed(key));
          expect(multi(key), `${lang} [${ns}, common] ${key}`).toEqual(fixedMulti(key));
          expect(getT(lang)(`${ns}:${key}`), `${lang} ${ns}:${key}`).toEqual(i18n.getFixedT(lang)(`${ns}:${key}`));
          compared++;
        }
        // Parents of leaves are objects: i18next's answer for them, not a leaf's text.
        for (const parent of new Set(keys.filter((k) => k.includes('.')).map((k) => k.slice(0, k.lastIndexOf('.'))))) {
          expect(t(parent), `${lang} ${ns} ${parent}`).toEqual(fixed(parent));
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('leaves to i18next what is not plain text: interpolation, nesting, empty text, objects, flat dotted keys', () => {
    const first = { hello: 'Hello {{name}}', nested: '$t(zz-second:target)', empty: '', tree: { leaf: 'leaf' }, 'flat.key': 'flat' };
    const second = { target: 'Target', empty: 'from the second', tree: 'a string in the second' };
    i18n.addResourceBundle('en', 'zz-first', first);
    i18n.addResourceBundle('en', 'zz-second', second);
    try {
      const t = getT('en', ['zz-first', 'zz-second']);
      const fixed = i18n.getFixedT('en', ['zz-first', 'zz-second']);
      for (const key of ['hello', 'nested', 'empty', 'tree', 'tree.leaf', 'flat.key', 'target', 'zz-second:empty', 'zz-first:tree']) {
        expect(t(key), key).toEqual(fixed(key));
      }
      // The cases above would differ if read as plain text.
      expect(t('nested')).toBe('Target');
      expect(t('empty')).toBe('from the second');
      expect(t('tree')).not.toBe('a string in the second');
    } finally {
      i18n.removeResourceBundle('en', 'zz-first');
      i18n.removeResourceBundle('en', 'zz-second');
    }
  });

  it('is one function per language and namespaces, so what it remembers is shared by every component', () => {
    expect(getT('ja', 'checklist')).toBe(getT('ja', 'checklist'));
    expect(getT('ja', ['checklist', 'rules'])).toBe(getT('ja', ['checklist', 'rules']));
    expect(getT('ja', ['checklist', 'rules'])).not.toBe(getT('ja', ['rules', 'checklist']));
    expect(getT('en', 'checklist')).not.toBe(getT('ja', 'checklist'));
  });
});

describe('formatDate', () => {
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
