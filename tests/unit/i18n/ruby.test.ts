import { describe, expect, it } from 'vitest';
import { parseRuby, stripRuby } from '../../../src/i18n/ruby';

describe('furigana markup', () => {
  it('splits text into plain pieces and {base|reading} pieces', () => {
    expect(parseRuby('{市役所|しやくしょ}に{行|い}きます。')).toEqual([
      { base: '市役所', reading: 'しやくしょ' },
      'に',
      { base: '行', reading: 'い' },
      'きます。',
    ]);
    expect(parseRuby('no markup')).toEqual(['no markup']);
    expect(parseRuby('')).toEqual(['']);
  });

  it('leaves i18next placeholders, lone braces and bars alone', () => {
    expect(parseRuby('{{count}} | {x}')).toEqual(['{{count}} | {x}']);
    expect(stripRuby('a|b {c}')).toBe('a|b {c}');
  });

  it('keeps only the kanji in plain text', () => {
    expect(stripRuby('{在留|ざいりゅう}カード ({委任状|いにんじょう})')).toBe('在留カード (委任状)');
  });
});
