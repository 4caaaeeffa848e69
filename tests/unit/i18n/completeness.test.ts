import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// Every language folder must have every file and every key of every other language, with no empty value and no
// {{placeholder}} name the others lack. Reads the folders from disk, so new languages, namespaces and cities are checked unasked.

const ROOT = path.resolve(__dirname, '../../../locales');

function jsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return jsonFiles(full, `${prefix}${name}/`);
      return name.endsWith('.json') ? [`${prefix}${name}`] : [];
    })
    .sort();
}

type Leaf = { key: string; value: unknown };

function leaves(value: unknown, prefix = ''): Leaf[] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [{ key: prefix, value }];
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();

const languages = readdirSync(ROOT).filter((name) => statSync(path.join(ROOT, name)).isDirectory()).sort();
const filesByLang = new Map(languages.map((lang) => [lang, jsonFiles(path.join(ROOT, lang))]));
const allFiles = [...new Set([...filesByLang.values()].flat())].sort();

/** Japanese's glossary alone has `readings` (kana of the names the city data shows): data, not a translation. */
const JA_ONLY = (file: string, key: string) => file === 'glossary.json' && key.startsWith('readings.');
/**
 * A language with furigana on every kanji (easy Japanese) keeps ruby-marked copies of a city's quotes in its city
 * file's `quotes`: the city's own words, not a translation (tests/unit/i18n/quotes.test.ts checks them).
 */
const QUOTE_COPIES = (file: string, key: string) => file.startsWith('cities/') && key === 'quotes';

function load(lang: string, file: string): Map<string, unknown> {
  const text = readFileSync(path.join(ROOT, lang, file), 'utf8');
  const data = leaves(JSON.parse(text)).filter((l) => !JA_ONLY(file, l.key) && !QUOTE_COPIES(file, l.key));
  return new Map(data.map((l) => [l.key, l.value]));
}

describe('locales', () => {
  it('has at least Japanese and English, each with common.json', () => {
    expect(languages).toEqual(expect.arrayContaining(['ja', 'en']));
    for (const lang of languages) expect(filesByLang.get(lang)).toContain('common.json');
  });

  it('names every language in its own common.json, with its date patterns', () => {
    for (const lang of languages) {
      const common = load(lang, 'common.json');
      expect(common.get('language.name'), `${lang}: language.name`).toEqual(expect.any(String));
      // formatDate() reads these: four patterns, 12 month names of each length, 7 weekdays from Sunday.
      for (const kind of ['long', 'longWeekday', 'short', 'shortWeekday']) {
        expect(common.get(`dates.${kind}`), `${lang}: dates.${kind}`).toMatch(/\{\{day\}\}/);
      }
      expect(common.get('dates.monthNames'), `${lang}: dates.monthNames`).toHaveLength(12);
      expect(common.get('dates.monthShortNames'), `${lang}: dates.monthShortNames`).toHaveLength(12);
      expect(common.get('dates.weekdayShortNames'), `${lang}: dates.weekdayShortNames`).toHaveLength(7);
    }
  });

  for (const file of allFiles) {
    describe(file, () => {
      it('exists in every language', () => {
        const missing = languages.filter((lang) => !filesByLang.get(lang)!.includes(file));
        expect(missing, `${file} is missing in`).toEqual([]);
      });

      const present = languages.filter((lang) => filesByLang.get(lang)!.includes(file));
      const maps = new Map(present.map((lang) => [lang, load(lang, file)]));
      const keys = [...new Set([...maps.values()].flatMap((m) => [...m.keys()]))].sort();

      it('has every key in every language', () => {
        const problems: string[] = [];
        for (const [lang, map] of maps) for (const key of keys) if (!map.has(key)) problems.push(`${lang}: ${key}`);
        expect(problems, `missing keys in ${file}`).toEqual([]);
      });

      it('has no empty or non-text values', () => {
        const problems: string[] = [];
        for (const [lang, map] of maps) {
          for (const [key, value] of map) {
            const ok =
              (typeof value === 'string' && value.trim() !== '') ||
              (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim()));
            if (!ok) problems.push(`${lang}: ${key} = ${JSON.stringify(value)}`);
          }
        }
        expect(problems, `empty values in ${file}`).toEqual([]);
      });

      it('uses no {{placeholder}} that the other languages do not know (a typo would show on screen)', () => {
        // A translation may leave a value out ("No, somewhere else"), but every name it uses must be one the
        // other languages use too, since the code passes the same values to all of them.
        const problems: string[] = [];
        for (const key of keys) {
          const used = new Map<string, string[]>();
          for (const [lang, map] of maps) {
            const value = map.get(key);
            if (typeof value === 'string') used.set(lang, placeholders(value));
          }
          if (used.size < 2) continue;
          for (const [lang, names] of used) {
            const others = new Set([...used].filter(([l]) => l !== lang).flatMap(([, n]) => n));
            for (const name of names) if (!others.has(name)) problems.push(`${lang}: ${key} uses {{${name}}}`);
          }
        }
        expect(problems, `unknown placeholders in ${file}`).toEqual([]);
      });
    });
  }
});
