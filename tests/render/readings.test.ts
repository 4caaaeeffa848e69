import { beforeAll, describe, expect, it } from 'vitest';
import { CITIES, LANGS, everyPageIn, renderPage, textOf } from './render';
import { languageTag, loadLanguage } from '../../src/i18n';
import { cities } from '../../src/cities/registry';

// Readings for Japanese names (issue 22 point 2): outside Japanese, every Japanese name the app shows beside a
// translation (an element marked lang="ja": a counter, a document, an item, a city, a page's title, a PIN, a
// translation's "name (日本語)") carries its reading as <ruby>, from locales/ja/glossary.json. A kanji outside <ruby>
// there is a term without a reading: add it to the glossary's `readings`. The language menu names each language in
// itself for its own readers and is left as it is. Quotes (<q>) are the city page's own words, cited as printed: in
// English, Vietnamese or Chinese as printed; in easy Japanese, where every kanji has its furigana, from ruby-marked
// copies of the same words (locales/easy/cities/<id>.json `quotes`).

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const others = LANGS.filter((lang) => lang !== 'ja');

/** The text of an element's kanji outside <ruby> (empty when every kanji has its reading). */
function bareKanji(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const ruby of copy.querySelectorAll('ruby')) ruby.remove();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return KANJI.test(text) ? text : '';
}

/** True for a language written in Japanese other than ja itself (easy Japanese): furigana on every kanji, quotes too. */
const furigana = (lang: string) => lang !== 'ja' && languageTag(lang).split('-')[0] === 'ja';

describe.each(others)('readings in %s', (lang) => {
  // The counter sheet shows the Japanese texts beside the language's once Japanese has loaded: load it first.
  beforeAll(() => loadLanguage('ja'));

  it('every Japanese name on every page has its reading (no kanji outside <ruby>)', async () => {
    const problems = new Map<string, string>();
    let names = 0;
    for await (const { url, document } of everyPageIn(lang)) {
      for (const el of document.querySelectorAll('[lang]')) {
        if (languageTag('ja') !== (el.getAttribute('lang') ?? '').split('-')[0]) continue;
        if (el.closest(furigana(lang) ? '.lang-menu' : 'q, .lang-menu')) continue;
        names += 1;
        const bare = bareKanji(el);
        if (bare && !problems.has(bare)) problems.set(bare, url);
      }
    }
    expect(names).toBeGreaterThan(0);
    expect([...problems].map(([text, url]) => `${text}  (${url})`)).toEqual([]);
  });
});

/** Languages written in the Latin alphabet: any kanji on their pages is Japanese, wherever it stands. */
const latin = others.filter((lang) => !furigana(lang) && !['zh'].includes(languageTag(lang).split('-')[0]!));

describe.each(latin)('Japanese inside the sentences of %s', (lang) => {
  beforeAll(() => loadLanguage('ja'));

  it('has its reading too: no kanji outside <ruby>, quotes and the language menu', async () => {
    const bare = new Map<string, string>();
    for await (const { url, document } of everyPageIn(lang)) {
      for (const el of document.querySelectorAll('ruby, q, .brand, .lang-menu, .cv-print-footer, .print-only')) el.remove();
      const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
      for (const m of text.matchAll(new RegExp(`.{0,20}${KANJI.source}.{0,12}`, 'g'))) if (!bare.has(m[0])) bare.set(m[0], url);
    }
    expect([...bare].map(([text, url]) => `${text}  (${url})`)).toEqual([]);
  });
});

describe.each(others.filter(furigana))('furigana in %s', (lang) => {
  /** Every quote and printed text of the cities' data: the words their pages print. */
  async function cityWords(): Promise<Set<string>> {
    const words = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) {
          if ((k === 'quote' || k === 'printed') && typeof v === 'string') words.add(v);
          else walk(v);
        }
    };
    for (const city of CITIES) walk(await cities.load(city));
    return words;
  }

  it("has no kanji outside <ruby> on any page, and quotes the cities' words exactly", async () => {
    const words = await cityWords();
    const bare = new Map<string, string>();
    const misquoted = new Map<string, string>();
    let quotes = 0;
    for await (const { url, document } of everyPageIn(lang)) {
      for (const q of document.querySelectorAll('q')) {
        quotes += 1;
        // Read without the furigana, a quote is still the city page's sentence.
        if (!words.has(textOf(q)) && !misquoted.has(textOf(q))) misquoted.set(textOf(q), url);
      }
      for (const ruby of document.querySelectorAll('ruby')) ruby.remove();
      // The brand (窓口 Madoguchi) is a name, and the menu names each other language in itself, for its readers.
      for (const el of document.querySelectorAll('.brand, .lang-menu a:not([aria-current])')) el.remove();
      const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
      for (const m of text.matchAll(new RegExp(`.{0,12}${KANJI.source}.{0,12}`, 'g'))) if (!bare.has(m[0])) bare.set(m[0], url);
    }
    expect(quotes).toBeGreaterThan(0);
    expect([...bare].map(([text, url]) => `${text}  (${url})`)).toEqual([]);
    expect([...misquoted].map(([text, url]) => `${text}  (${url})`)).toEqual([]);
  });
});

it('Japanese shows the names as written, without readings', async () => {
  const { document } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=ja');
  expect(document.querySelectorAll('.cl-ja').length).toBeGreaterThan(0);
  expect(document.querySelectorAll('.cl-ja ruby')).toHaveLength(0);
});

it('English shows a name with its reading', async () => {
  const { document } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=en');
  const ruby = [...document.querySelectorAll('.cl-ja ruby')].map((r) => r.outerHTML);
  expect(ruby).toContain('<ruby>運転免許証<rt aria-hidden="true">うんてんめんきょしょう</rt></ruby>');
  // A translation's "name (日本語)" gets its reading from the glossary too.
  expect(document.querySelector('.cl-notes')?.innerHTML).toContain('(<span class="w"><ruby>照会書兼回答書<rt aria-hidden="true">しょうかいしょけんかいとうしょ</rt></ruby></span>)');
});

it('names each PIN of a `pin` answer with its Japanese name and reading, and in Japanese once', async () => {
  const path = '/checklist?city=satte&procedure=pin-reset&applicant=self&ask=pin';
  const en = (await renderPage(`${path}&lang=en`)).document;
  const hint = en.querySelector('#pin-0-hint');
  expect(textOf(hint)).toBe('That is: Signature PIN (署名用電子証明書の暗証番号).');
  expect(hint?.querySelector('[lang="ja"]')?.innerHTML).toBe(
    '(<ruby>署名用電子証明書の暗証番号<rt aria-hidden="true">しょめいようでんししょうめいしょのあんしょうばんごう</rt></ruby>)',
  );
  expect(en.querySelectorAll('#pin-1-hint [lang="ja"] ruby')).toHaveLength(3);
  const ja = (await renderPage(`${path}&lang=ja`)).document;
  expect(textOf(ja.querySelector('#pin-0-hint'))).toBe('署名用電子証明書の暗証番号です。');
  expect(textOf(ja.querySelector('#pin-1-hint'))).toBe('利用者証明用電子証明書の暗証番号または住民基本台帳用暗証番号または券面事項入力補助用暗証番号です。');
  expect(ja.querySelectorAll('.choice__hint ruby')).toHaveLength(0);
  // Easy Japanese names each PIN once too: its label is the name, written with furigana and words apart.
  const easy = (await renderPage(`${path}&lang=easy`)).document;
  for (const hint of easy.querySelectorAll('.choice__hint')) expect(hint.textContent, hint.id).not.toContain('(');
});
