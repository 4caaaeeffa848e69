import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseRuby, stripRuby } from '../../../src/i18n/ruby';

// A quote is the city page's own words (src/cities/data/<id>.json: a source's `quote`, an erratum's `printed`). A
// language with furigana on every kanji (easy Japanese) shows it from a ruby-marked copy in its
// locales/<lang>/cities/<id>.json `quotes` (src/i18n/readings.ts quoteIn). The copy must be the quote exactly once its
// markup is removed: the page cites the city, and a reading must never change a word.

const ROOT = path.resolve(__dirname, '../../..');
const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/;
const KANA = /^[\u3040-\u30ffー]+$/;
const langs = readdirSync(path.join(ROOT, 'locales')).sort();
const cityIds = readdirSync(path.join(ROOT, 'src/cities/data'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** Every quote and printed text of a city's data: the words its page prints. */
function originalWords(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const x of node) originalWords(x, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'quote' || k === 'printed') && typeof v === 'string') out.add(v);
      else originalWords(v, out);
    }
  return out;
}

const copies = langs.flatMap((lang) =>
  cityIds.flatMap((city) => {
    const file = path.join(ROOT, 'locales', lang, 'cities', `${city}.json`);
    if (!existsSync(file)) return [];
    const quotes = (JSON.parse(readFileSync(file, 'utf8')) as { quotes?: unknown }).quotes;
    return quotes === undefined ? [] : [{ lang, city, quotes }];
  }),
);

it('easy Japanese keeps ruby-marked copies of the quotes it shows', () => {
  expect(copies.map((c) => `${c.lang}/${c.city}`)).toEqual(expect.arrayContaining(cityIds.map((city) => `easy/${city}`)));
});

describe.each(copies.map((c) => [`${c.lang}/cities/${c.city}.json`, c] as const))('%s quotes', (_file, { city, quotes }) => {
  const words = originalWords(JSON.parse(readFileSync(path.join(ROOT, 'src/cities/data', `${city}.json`), 'utf8')));
  const list = Array.isArray(quotes) ? (quotes as unknown[]) : [];

  it('are a list of texts, each once', () => {
    expect(Array.isArray(quotes) && list.every((q) => typeof q === 'string')).toBe(true);
    const plain = list.map((q) => stripRuby(String(q)));
    expect(plain.filter((q, i) => plain.indexOf(q) !== i)).toEqual([]);
  });

  it("are each the city's own words exactly, with the markup removed", () => {
    expect(list.map((q) => stripRuby(String(q))).filter((q) => !words.has(q))).toEqual([]);
  });

  it('give every kanji a reading in kana, on kanji only', () => {
    const bad = list.flatMap((q) =>
      parseRuby(String(q)).filter((part) =>
        typeof part === 'string' ? KANJI.test(part) : !KANJI.test(part.base) || !/^[\u3400-\u9fff々〆ヶぁ-ゖ]+$/.test(part.base) || !KANA.test(part.reading),
      ),
    );
    expect(bad).toEqual([]);
  });
});
