import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentence, type Translate } from '../../src/app/ui/sentence';
import { getT, loadLanguage } from '../../src/i18n/core';

// A translated sentence keeps the translator's word order around its elements, and its text stays escaped text.

const t = (lang: string) => getT(lang, ['checklist']) as unknown as Translate;
const html = (nodes: ReturnType<typeof sentence>) => renderToString(h('p', null, nodes));

beforeAll(async () => {
  await Promise.all([loadLanguage('en'), loadLanguage('ja')]);
});

describe('sentence', () => {
  const date = h('time', { dateTime: '2026-05-01' }, '2026-05-01');

  it('puts the element where each language puts the slot', () => {
    expect(html(sentence(t('en'), 'source.checked', { date }))).toBe(
      '<p>Checked against the page on <time datetime="2026-05-01">2026-05-01</time>.</p>',
    );
    expect(html(sentence(t('ja'), 'source.checked', { date }))).toBe(
      '<p><time datetime="2026-05-01">2026-05-01</time>にページと照合しました。</p>',
    );
  });

  it('fills plain values as escaped text next to elements', () => {
    const fake: Translate = (_key, o) => `${String(o?.['name'])} before ${String(o?.['date'])} & after`;
    expect(html(sentence(fake, 'k', { date }, { name: '<b>x</b>' }))).toBe(
      '<p>&lt;b>x&lt;/b> before <time datetime="2026-05-01">2026-05-01</time> &amp; after</p>',
    );
  });

  it('leaves a text with no slot as it is', () => {
    const fake: Translate = () => 'No date here';
    expect(html(sentence(fake, 'k', { date }))).toBe('<p>No date here</p>');
  });
});
