import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, everyPage, renderPage, textOf } from './render';
import { languageTag, loadLanguage } from '../../src/i18n';

// Readings for Japanese names (issue 22 point 2): outside Japanese, every Japanese name the app shows beside a
// translation (an element marked lang="ja": a counter, a document, an item, a city, a page's title, a translation's
// "name (日本語)") carries its reading as <ruby>, from locales/ja/glossary.json. A kanji outside <ruby> there is a
// term without a reading: add it to the glossary's `readings`. Quotes (<q>) are the city page's own words, cited as
// printed, and the language menu names each language in itself for its own readers; both are left as they are.

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const others = LANGS.filter((lang) => lang !== 'ja');

/** The text of an element's kanji outside <ruby> (empty when every kanji has its reading). */
function bareKanji(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const ruby of copy.querySelectorAll('ruby')) ruby.remove();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return KANJI.test(text) ? text : '';
}

describe.each(others)('readings in %s', (lang) => {
  // The counter sheet shows the Japanese texts beside the language's once Japanese has loaded: load it first.
  beforeAll(() => loadLanguage('ja'));

  it('every Japanese name on every page has its reading (no kanji outside <ruby>)', async () => {
    const problems = new Map<string, string>();
    let names = 0;
    for (const path of everyPage()) {
      const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
      const { document } = await renderPage(url);
      for (const el of document.querySelectorAll('[lang]')) {
        if (languageTag('ja') !== (el.getAttribute('lang') ?? '').split('-')[0]) continue;
        if (el.closest('q, .lang-menu')) continue;
        names += 1;
        const bare = bareKanji(el);
        if (bare && !problems.has(bare)) problems.set(bare, url);
      }
    }
    expect(names).toBeGreaterThan(0);
    expect([...problems].map(([text, url]) => `${text}  (${url})`)).toEqual([]);
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
  expect(document.querySelector('.cl-notes')?.innerHTML).toContain('(<ruby>照会書兼回答書<rt aria-hidden="true">しょうかいしょけんかいとうしょ</rt></ruby>)');
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
});
