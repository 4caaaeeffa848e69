import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// One name per Japanese term, in every language (audit finding 6, issue 16). Each language's glossary.json maps the
// Japanese terms the app shows beside a translation to that language's one name for them (in Japanese: the reading).
// - Wherever a translation shows a Japanese term in brackets, "name (日本語)", the name before it is the glossary's.
// - Every office and document (offices, documents) named in a translation keeps its Japanese name beside it.
// Labels the UI already shows beside the page's Japanese (a city's counters, lists, documents and items) are exempt
// from the second rule; they must not repeat the Japanese at all (tests/unit/rules/translations.test.ts).

const ROOT = path.resolve(__dirname, '../../../locales');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const LABEL_KEY = /^(counters|lists|documents|items)\.|^name$/;

type Glossary = Record<'offices' | 'documents' | 'terms', Record<string, string>>;

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, `${prefix}${name}/`);
    return name.endsWith('.json') ? [`${prefix}${name}`] : [];
  });
}

function strings(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${key}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const folders = readdirSync(ROOT).filter((l) => statSync(path.join(ROOT, l)).isDirectory());
/** A language's <html lang> tag (common.json language.tag, else its folder): 'ja' for Japanese and easy Japanese. */
const tag = (lang: string) =>
  (JSON.parse(readFileSync(path.join(ROOT, lang, 'common.json'), 'utf8')) as { language?: { tag?: string } }).language?.tag ?? lang;
const isJapanese = (lang: string) => tag(lang).split('-')[0] === 'ja';
// Japanese (ja, easy) shows the terms themselves: ja's glossary gives their readings, easy's a plain explanation.
const languages = folders.filter((l) => !isJapanese(l));
const japanese = folders.filter((l) => isJapanese(l) && l !== 'ja');
const jaGlossary = JSON.parse(readFileSync(path.join(ROOT, 'ja', 'glossary.json'), 'utf8')) as Glossary;

describe.each(languages)('glossary of %s', (lang) => {
  const glossary = JSON.parse(readFileSync(path.join(ROOT, lang, 'glossary.json'), 'utf8')) as Glossary;
  const all: Record<string, string> = { ...glossary.offices, ...glossary.documents, ...glossary.terms };
  const texts = files(path.join(ROOT, lang))
    .filter((f) => f !== 'glossary.json')
    .flatMap((f) => strings(JSON.parse(readFileSync(path.join(ROOT, lang, f), 'utf8'))).map(([k, v]) => ({ file: f, key: k, text: v })));

  it('names every Japanese term shown in brackets by its one glossary name', () => {
    const problems: string[] = [];
    for (const { file, key, text } of texts) {
      for (const m of text.matchAll(/\(([^()]*)\)/g)) {
        const inside = m[1]!;
        if (!JAPANESE.test(inside)) continue;
        const name = all[inside];
        if (!name) {
          problems.push(`${file} ${key}: (${inside}) is not in the glossary`);
          continue;
        }
        const before = text.slice(0, m.index).replace(/["”’\s]+$/, '');
        if (!new RegExp(`${escape(name)}s?$`, 'i').test(before)) problems.push(`${file} ${key}: “…${before.slice(-40)} (${inside})” should name it “${name}”`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the Japanese name beside every office and document it names', () => {
    const problems: string[] = [];
    for (const { file, key, text } of texts) {
      if (file.startsWith('cities/') && LABEL_KEY.test(key)) continue;
      const terms = Object.entries({ ...glossary.offices, ...glossary.documents });
      for (const [ja, name] of terms) {
        for (const m of text.matchAll(new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`, 'gi'))) {
          // Part of a longer name (residence card in specified residence card): that name is checked for itself.
          const lower = text.toLowerCase();
          const inLonger = terms.some(([, other]) => {
            if (other.length <= name.length || !other.toLowerCase().includes(name.toLowerCase())) return false;
            const at = lower.lastIndexOf(other.toLowerCase(), m.index);
            return at !== -1 && at + other.length >= m.index + m[0].length;
          });
          if (inLonger) continue;
          const after = text.slice(m.index + m[0].length);
          if (!new RegExp(`^s?["”’]? \\(${escape(ja)}\\)`).test(after)) problems.push(`${file} ${key}: “${name}” without (${ja})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has one name per term: no two terms share a name', () => {
    const names = Object.values(all).map((n) => n.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

describe.each(japanese.length ? japanese : ['(none)'])('glossary of %s, a Japanese language', (lang) => {
  it.skipIf(lang === '(none)')('explains every term of the Japanese glossary', () => {
    const glossary = JSON.parse(readFileSync(path.join(ROOT, lang, 'glossary.json'), 'utf8')) as Glossary;
    for (const section of ['offices', 'documents', 'terms'] as const) {
      const missing = Object.keys(jaGlossary[section]).filter((term) => !glossary[section]?.[term]?.trim());
      expect(missing, `${lang} glossary.${section}`).toEqual([]);
    }
  });
});
