import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCity } from '../../../src/cities/schema';
import { ROOT, misquoted, seedText, translationProblems } from './helpers';

// A broken city file must fail loudly: each case breaks one thing in a copy of Ryugasaki's file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mutable JSON copy to break on purpose
type Json = any;
const original = (): Json => JSON.parse(readFileSync(join(ROOT, 'src/cities/data/ryugasaki.json'), 'utf8'));
const pages = { '000': seedText('000'), '001': seedText('001') };

describe('a broken city file fails', () => {
  it('the unbroken file passes every check', () => {
    const city = parseCity(original());
    expect(misquoted(city, pages)).toEqual([]);
    expect(translationProblems(city, join(ROOT, 'locales'))).toEqual([]);
  });

  it('an unknown document in an idRule’s excludes', () => {
    const json = original();
    json.idRules[1].excludes = ['library-card'];
    expect(() => parseCity(json, 'ryugasaki.json')).toThrow(/idRule person-non-card-a1-or-b2: unknown document library-card/);
  });

  it('an item naming an unknown idRule', () => {
    const json = original();
    json.procedures['pin-reset'].applicants.self.visits[0].items[2].idRule = 'a3';
    expect(() => parseCity(json)).toThrow(/unknown idRule a3/);
  });

  it('a procedure naming an unknown counter', () => {
    const json = original();
    json.procedures.renewal.counters.push('north');
    expect(() => parseCity(json)).toThrow(/unknown counter north/);
  });

  it('a duplicate document id', () => {
    const json = original();
    json.documents.push({ ...json.documents[1] });
    expect(() => parseCity(json)).toThrow(/duplicate document juki-card/);
  });

  it('a year-end erratum that does not exist', () => {
    const json = original();
    json.counters[0].schedule.yearEnd.erratum = 'nope';
    expect(() => parseCity(json)).toThrow(/counter center: unknown erratum nope/);
  });

  it('a same-as that points to itself or to another same-as', () => {
    const self = original();
    self.procedures['pin-change'].applicants.self = { status: 'same-as', procedure: 'pin-change', source: self.notes[0].source };
    expect(() => parseCity(self)).toThrow(/pin-change\/self: same-as must point/);
    const chain = original();
    chain.procedures['pin-change'].applicants.proxy = { status: 'same-as', procedure: 'pin-reset', source: chain.notes[0].source };
    chain.procedures['pin-reset'].applicants.proxy = { status: 'same-as', procedure: 'renewal', source: chain.notes[0].source };
    expect(() => parseCity(chain)).toThrow(/same-as must point/);
  });

  it('an empty source quote', () => {
    const json = original();
    json.documents[0].source.quote = '  ';
    expect(() => parseCity(json)).toThrow(/documents\.0\.source\.quote/);
  });

  it('a source ref that is neither a seed nor a domain section', () => {
    const json = original();
    json.notes[0].source.ref = 'web';
    expect(() => parseCity(json)).toThrow(/ref must be/);
  });

  it('a condition with an answer its fact cannot take', () => {
    const json = original();
    json.procedures['pin-reset'].applicants['legal-rep'].visits[0].items[3].when.all[1].is = 'maybe';
    expect(() => parseCity(json)).toThrow(/unknown answer/);
  });

  it('a quote that is not on the page', () => {
    const json = original();
    json.documents[2].source.quote = '旅券(有効期限内のもの)';
    expect(misquoted(parseCity(json), pages)).toEqual(['documents[2].source (seed:000): 旅券(有効期限内のもの)']);
  });

  it('a domain quote in the wrong section', () => {
    const json = original();
    json.notes.at(-1).source.ref = 'domain §3';
    expect(misquoted(parseCity(json), pages)).toHaveLength(1);
  });

  it('a missing translation, and an empty one', () => {
    const root = mkdtempSync(join(tmpdir(), 'locales-'));
    for (const lang of ['en', 'ja']) {
      mkdirSync(join(root, lang, 'cities'), { recursive: true });
      const tr = JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'cities/ryugasaki.json'), 'utf8'));
      if (lang === 'en') delete tr.documents.passport;
      if (lang === 'ja') tr.notes['originals-only'] = '';
      writeFileSync(join(root, lang, 'cities/ryugasaki.json'), JSON.stringify(tr));
    }
    mkdirSync(join(root, 'fr'));
    expect(translationProblems(parseCity(original()), root)).toEqual([
      'en: documents.passport is missing',
      'fr: no cities/ryugasaki.json',
      'ja: notes.originals-only is empty',
    ]);
  });
});
