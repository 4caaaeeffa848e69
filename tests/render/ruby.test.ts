import { describe, expect, it } from 'vitest';
import { Fragment, h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import '../../src/i18n/ruby-hook';
import { APPS, CITIES, LANGS, PROCS, renderPage } from './render';

// Furigana markup `{漢字|かんじ}` is rendered by one vnode hook (src/i18n/ruby-hook.ts), so the prerender and the
// browser build the same tree. In easy Japanese every kanji that remains carries its reading.

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

describe('furigana', () => {
  it('renders markup in element text as <ruby>, and keeps only the kanji in attributes', () => {
    const html = renderToString(h('p', { title: '{窓口|まどぐち}' }, '{市役所|しやくしょ}の', h(Fragment, null, '{窓口|まどぐち}')));
    expect(html).toBe('<p title="窓口"><ruby>市役所<rt aria-hidden="true">しやくしょ</rt></ruby>の<ruby>窓口<rt aria-hidden="true">まどぐち</rt></ruby></p>');
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
