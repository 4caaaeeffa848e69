import { describe, expect, it } from 'vitest';
import { COMMON_NS, LANGUAGES, NAMESPACES, formatDate, getT, i18n, languageName, loadLanguage } from '../../../src/i18n';

// What i18n remembers to save work while a page renders must answer exactly as a fresh lookup would.
describe('getT', () => {
  it('a key looked up before its namespace loaded is looked up again after', async () => {
    const t = getT('en', 'checklist');
    expect(t('items.title')).toBe('⟦items.title⟧');
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
    expect(t('missing.key')).toBe('⟦missing.key⟧');
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
    let filled = 0;
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
          const text = i18n.getResource(lang, ns, key) as unknown;
          const names = typeof text === 'string' ? [...text.matchAll(/\{\{\s*-?\s*(\w+)/g)].map((m) => m[1]!) : [];
          if (names.length) {
            // Filled in as i18next fills it: every value given, a number among them, one left out, one too many.
            const values = Object.fromEntries(names.map((n, i) => [n, i === 0 ? 12 : `«${n}»`]));
            const [first, ...rest] = names;
            for (const options of [values, Object.fromEntries(rest.map((n) => [n, n])), { ...values, [`${first}Extra`]: 'x' }]) {
              expect(t(key, options), `${lang} ${ns} ${key} ${JSON.stringify(options)}`).toEqual(fixed(key, options));
              filled++;
            }
          }
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
    expect(filled).toBeGreaterThan(100);
  });

  it('fills in placeholders as i18next does, and leaves it what only it knows how to do', () => {
    const texts = {
      hello: 'Hello {{name}}, {{name}} again',
      spaced: 'Hello {{ name }}',
      raw: 'Hello {{- name}}',
      formatted: 'Costs {{price, number}}',
      braced: 'In braces {{{name}}}',
      plain: 'No placeholder',
      counted: 'one of {{count}}',
      counted_other: '{{count}} of them',
      deep: { inside: 'Deep {{name}}' },
    };
    i18n.addResourceBundle('en', 'zz-fill', texts);
    try {
      const t = getT('en', 'zz-fill');
      const fixed = i18n.getFixedT('en', 'zz-fill');
      const cases: Array<[string, Record<string, unknown>]> = [
        ['hello', { name: 'Aiko' }],
        ['hello', { name: 7 }],
        ['hello', { name: '$& and $1' }],
        ['hello', { name: '{{name}}' }],
        ['hello', { name: '$t(zz-fill:plain)' }],
        ['hello', { name: true }],
        ['hello', { name: null }],
        ['hello', {}],
        ['hello', { name: 'Aiko', lng: 'ja' }],
        ['hello', { name: 'Aiko', defaultValue: 'x' }],
        ['spaced', { name: 'Aiko' }],
        ['raw', { name: 'Aiko' }],
        ['formatted', { price: 1200 }],
        ['braced', { name: 'Aiko' }],
        ['plain', {}],
        ['plain', { count: 1 }],
        ['counted', { count: 1 }],
        ['counted', { count: 3 }],
        ['deep.inside', { name: 'Aiko' }],
        ['zz-fill:hello', { name: 'Aiko' }],
        ['missing', { name: 'Aiko' }],
      ];
      for (const [key, options] of cases) expect(t(key, options), `${key} ${JSON.stringify(options)}`).toEqual(fixed(key, options));
      expect(t('counted', { count: 3 })).toBe('3 of them');
      expect(t('hello', { name: 'Aiko' })).toBe('Hello Aiko, Aiko again');
      // The simple cases never reach i18next's translator (the point: it is several times slower); the rest do.
      const translator = (i18n as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator as { translate: (...args: unknown[]) => unknown };
      const translate = translator.translate;
      translator.translate = () => {
        throw new Error('reached i18next');
      };
      try {
        expect(t('hello', { name: 'Aiko' })).toBe('Hello Aiko, Aiko again');
        expect(t('deep.inside', { name: 7 })).toBe('Deep 7');
        expect(() => t('formatted', { price: 1200 })).toThrow('reached i18next');
        expect(() => t('counted', { count: 3 })).toThrow('reached i18next');
      } finally {
        translator.translate = translate;
      }
    } finally {
      i18n.removeResourceBundle('en', 'zz-fill');
    }
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

  it('names every language as i18next does', () => {
    for (const lang of LANGUAGES) expect(languageName(lang)).toBe(i18n.t('language.name', { lng: lang, ns: COMMON_NS }));
    expect(languageName('ja')).toBe('日本語');
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
