import { i18n, type Lang } from './core';
import { stripRuby } from './ruby';

// Readings of Japanese names, as data: locales/ja/glossary.json gives each term its kana once (its offices,
// documents and terms sections, and `readings` for the other words of the city data's names). ./vite-plugin.ts
// makes them every language's `glossary` namespace as the app loads it (`readings`, nothing else), so they load with
// the language and cost the first-load bundle nothing. Nothing is guessed: a kanji that no term covers stays bare, and
// tests/render/readings.test.ts fails on it.

/** Japanese term → its reading in kana. */
export type Readings = Readonly<Record<string, string>>;

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]/;
const EMPTY: Readings = {};

/** True when the text has a kanji (a character that needs a reading). */
export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/**
 * The text with each known term marked `{漢字|かんじ}`, the longest term first at every position; terms written
 * only in kana are left as they are. The markup is what src/i18n/ruby-hook.ts renders as <ruby>.
 */
export function withReadings(text: string, readings: Readings): string {
  if (!hasKanji(text)) return text;
  const longest = longestTerm(readings);
  let out = '';
  let i = 0;
  outer: while (i < text.length) {
    for (let len = Math.min(longest, text.length - i); len > 0; len--) {
      const term = text.slice(i, i + len);
      const reading = readings[term];
      if (reading === undefined) continue;
      out += hasKanji(term) ? `{${term}|${reading}}` : term;
      i += len;
      continue outer;
    }
    out += text[i];
    i += 1;
  }
  return out;
}

const longestCache = new WeakMap<Readings, number>();
function longestTerm(readings: Readings): number {
  let longest = longestCache.get(readings);
  if (longest === undefined) {
    longest = Math.max(0, ...Object.keys(readings).map((term) => term.length));
    longestCache.set(readings, longest);
  }
  return longest;
}

/** The readings that came with a language's texts (empty before it loads). */
export function readingsOf(lang: Lang): Readings {
  const value: unknown = i18n.getResource(lang, 'glossary', 'readings');
  return value && typeof value === 'object' ? (value as Readings) : EMPTY;
}

// A quote is the city page's own words, printed as they are. A language that shows furigana on every kanji (easy
// Japanese) keeps a ruby-marked copy of each quote it shows in its city file's `quotes` (`{漢字|かんじ}`, written by
// hand: a sentence's readings depend on its context, so they are not pieced together from terms); with the markup
// removed, a copy is the quote exactly (tests/unit/i18n/quotes.test.ts), so the page still cites the city's words.
const copiesCache = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

/** The quote as `lang` shows it: its ruby-marked copy in namespace `ns`'s `quotes` if there is one, else as printed. */
export function quoteIn(lang: Lang, ns: string, quote: string): string {
  const copies: unknown = i18n.getResource(lang, ns, 'quotes');
  if (!Array.isArray(copies)) return quote;
  let byQuote = copiesCache.get(copies);
  if (byQuote === undefined) {
    byQuote = new Map(copies.filter((c): c is string => typeof c === 'string').map((c) => [stripRuby(c), c]));
    copiesCache.set(copies, byQuote);
  }
  return byQuote.get(quote) ?? quote;
}
