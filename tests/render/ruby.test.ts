import { describe, expect, it } from 'vitest';
import { Fragment, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import '../../src/i18n/ruby-hook';
import { parseHTML } from 'linkedom';
import { APPS, CITIES, LANGS, PROCS, renderPage, textOf } from './render';

// Furigana markup `{漢字|かんじ}` is rendered by one vnode hook (src/i18n/ruby-hook.ts), so the prerender and the
// browser build the same tree. In easy Japanese every kanji that remains carries its reading.

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

describe('furigana', () => {
  it('renders markup in element text as <ruby>, and keeps only the kanji in attributes', () => {
    const html = renderToString(h('p', { title: '{窓口|まどぐち}' }, '{市役所|しやくしょ}の', h(Fragment, null, '{窓口|まどぐち}')));
    expect(html).toBe('<p title="窓口"><ruby>市役所<rt aria-hidden="true">しやくしょ</rt></ruby>の<ruby>窓口<rt aria-hidden="true">まどぐち</rt></ruby></p>');
  });

  it.each(LANGS)('main says how its language breaks lines: at spaces only where words are written apart (%s)', async (lang) => {
    const { document } = await renderPage(`/?lang=${lang}`);
    expect(document.querySelector('main')?.getAttribute('data-line-break')).toBe(lang === 'easy' ? 'spaces' : 'auto');
  });

  it('in text with spaces between words, keeps a word with furigana whole with the kana written onto it (class w)', () => {
    const words = (text: string) => {
      const { document } = parseHTML(`<p>${renderToString(h('p', null, text))}</p>`);
      return [...document.querySelectorAll('.w')].map((w) => textOf(w as unknown as Element));
    };
    expect(words('カードの {持|も}ち{主|ぬし}は どの {市|し}に {住|す}んでいますか？')).toEqual(['持ち', '主は', '市に', '住んでいますか']);
    expect(words('3{回目|かいめ}に {在留|ざいりゅう}カード')).toEqual(['回目に', '在留カード']);
    expect(words('the {マイナ保険証|マイナほけんしょう} grace')).toEqual(['マイナ保険証']);
    // Text written solid (a name, Chinese) is one long run: held together, it would be wider than a phone.
    expect(words('{本人|ほんにん}のマイナンバーカード{以外|いがい}の{本人確認書類|ほんにんかくにんしょるい}1{点|てん}')).toEqual([]);
    expect(words('{マイナ保険証|マイナほけんしょう}约3个月的宽限期')).toEqual([]);
  });

  // Languages are discovered from disk: this runs as soon as locales/easy exists.
  const easy = LANGS.includes('easy');
  describe.skipIf(!easy)('easy Japanese', () => {
    const paths = ['/', '/checklist', '/counters', '/renewal'].map((p) => `${p}?lang=easy`);
    for (const city of CITIES)
      for (const procedure of PROCS)
        for (const applicant of APPS) paths.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}&lang=easy`);

    it.each(paths)('%s has no kanji outside <ruby>', async (path) => {
      const { document } = await renderPage(path);
      for (const ruby of document.querySelectorAll('ruby')) ruby.remove();
      // The brand (窓口 Madoguchi) is a name, not a sentence, and the language menu names each other language in
      // itself, for its readers. Everything else is read, the city page's quotes included (ruby-marked copies).
      for (const brand of document.querySelectorAll('.brand, .lang-menu a:not([aria-current])')) brand.remove();
      const text = document.body.textContent ?? '';
      const found = [...text.matchAll(new RegExp(`.{0,12}${KANJI.source}.{0,12}`, 'g'))].map((m) => m[0]);
      expect(found).toEqual([]);
    });
  });
});
