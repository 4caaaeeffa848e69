import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withReadings } from '../../../src/i18n/readings';
import { glossaryReadings, markBracketedTerms } from '../../../src/i18n/vite-plugin';

// Readings of Japanese names come from locales/ja/glossary.json, written once per term (src/i18n/readings.ts).

const readings = { 本人: 'ほんにん', 本人確認書類: 'ほんにんかくにんしょるい', 点: 'てん', マイナンバー: 'マイナンバー' };

describe('withReadings', () => {
  it('marks each known term, the longest first, and leaves kana and unknown kanji as they are', () => {
    expect(withReadings('本人確認書類1点', readings)).toBe('{本人確認書類|ほんにんかくにんしょるい}1{点|てん}');
    expect(withReadings('本人のマイナンバー', readings)).toBe('{本人|ほんにん}のマイナンバー');
    expect(withReadings('委任状', readings)).toBe('委任状');
    expect(withReadings('マイナンバー', readings)).toBe('マイナンバー');
  });
});

describe('markBracketedTerms', () => {
  it('gives a glossary term in brackets its reading, and nothing else', () => {
    expect(markBracketedTerms('ID check (本人確認書類) and (本人確認) (note)', readings)).toBe(
      'ID check ({本人確認書類|ほんにんかくにんしょるい}) and (本人確認) (note)',
    );
  });
});

describe('the glossary readings', () => {
  const ja = JSON.parse(readFileSync(path.resolve(__dirname, '../../../locales/ja/glossary.json'), 'utf8')) as Record<string, unknown>;
  const all = glossaryReadings(ja);

  it('are kana (and the Latin letters or digits of the name itself), one per term', () => {
    const bad = Object.entries(all).filter(([, reading]) => !/^[\u3040-\u30ffー・A-Za-z0-9]+$/.test(reading));
    expect(bad).toEqual([]);
  });

  it('keep every kana of the term in its reading (a slip in a reading shows)', () => {
    const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
    const bad = Object.entries(all).filter(([term, reading]) => {
      // ケ in a place name (龍ケ崎) is read が: it stands for a particle, not for its sound.
      const kana = toHiragana(term.replace(/[ケヶ]/g, '').replace(/[^\u3040-\u30ff]/g, ''));
      let at = 0;
      for (const c of toHiragana(reading)) if (c === kana[at]) at += 1;
      return at < kana.length;
    });
    expect(bad).toEqual([]);
  });
});

describe('the glossary as the app loads it', () => {
  it('holds the readings alone in every language: the names and explanations are for translators and tests', async () => {
    const { LANGUAGES, i18n, loadLanguage } = await import('../../../src/i18n');
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      const bundle = i18n.getResourceBundle(lang, 'glossary') as Record<string, Record<string, string>>;
      expect(Object.keys(bundle), lang).toEqual(['readings']);
      expect(bundle.readings?.['照会書兼回答書'], lang).toBe('しょうかいしょけんかいとうしょ');
    }
  });
});
