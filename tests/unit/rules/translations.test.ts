import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { national } from '../../../src/cities/national';
import { cities } from '../../../src/cities/registry';
import { APPLICANTS, FACTS, PROCEDURES, type FactId } from '../../../src/cities/schema';
import { IGNORE_REASONS, ITEM_STATES, ROUTES, TRIAGE_QUESTIONS, TRIAGE_REASONS } from '../../../src/engine';
import { ROOT, flatten, languages, requiredCityKeys, translationProblems } from './helpers';

// Every language folder under locales/ must translate every id of every city and every shared rule phrase.
// The language list is the folders, so a new language is checked the moment its folder exists.
const LOCALES = join(ROOT, 'locales');
const langs = languages(LOCALES);
const all = await Promise.all(cities.ids.map((id) => cities.load(id)));
const read = (lang: string, file: string) => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8'));
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const placeholders = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

it('there are at least the two languages of the app', () => {
  expect(langs).toEqual(expect.arrayContaining(['en', 'ja']));
});

describe.each(all.map((c) => [c.id, c] as const))('city %s', (_id, city) => {
  it('has every counter, list, document, item, note and erratum translated, none empty', () => {
    expect(translationProblems(city, LOCALES)).toEqual([]);
  });

  it('has no stale key that no longer matches the data', () => {
    // `quotes` (ruby-marked copies of the city's quotes, in easy Japanese) are matched to the data by
    // tests/unit/i18n/quotes.test.ts.
    const required = new Set([...requiredCityKeys(city), 'quotes']);
    for (const lang of langs) expect([...flatten(read(lang, `cities/${city.id}.json`)).keys()].filter((k) => !required.has(k))).toEqual([]);
  });

  it('English labels do not repeat the Japanese (the UI shows the page’s name beside them)', () => {
    const en = flatten(read('en', `cities/${city.id}.json`));
    // Notes name offices and forms with their Japanese beside (the glossary test checks those); labels never do.
    const labels = [...en].filter(([k]) => /^(counters|lists|documents|items)\./.test(k));
    expect(labels.filter(([, v]) => JAPANESE.test(String(v)))).toEqual([]);
  });

  it('Japanese labels are the page’s own words, shown once (finding 12: no paraphrase beside the page’s text)', () => {
    const ja = flatten(read('ja', `cities/${city.id}.json`));
    for (const c of city.counters) expect(ja.get(`counters.${c.id}`), c.id).toBe(c.ja);
    for (const d of city.documents) expect(ja.get(`documents.${d.id}`), d.id).toBe(d.ja);
    for (const [pid, p] of Object.entries(city.procedures))
      for (const [aid, a] of Object.entries(p.applicants))
        if (a.status === 'described')
          for (const v of a.visits) for (const it of v.items) expect(ja.get(`items.${pid}.${aid}.${it.id}`), `${pid}/${aid}/${it.id}`).toBe(it.ja);
  });

  it('names the city in Japanese exactly as its data does, in every language (shown beside the translated name)', () => {
    for (const lang of langs) expect(read(lang, `cities/${city.id}.json`).nameJa, lang).toBe(city.ja);
  });
});

/** Every key the UI looks up in rules.json. */
function requiredRuleKeys(): string[] {
  const keys: string[] = [];
  for (const p of PROCEDURES) keys.push(`procedures.${p}`);
  for (const a of APPLICANTS) keys.push(`applicants.${a}`);
  for (const f of Object.keys(FACTS) as FactId[]) {
    keys.push(`facts.${f}.question`);
    for (const answer of FACTS[f]) keys.push(`facts.${f}.answers.${answer}`, `facts.${f}.clause.${answer}`, `facts.${f}.${answer}`);
  }
  keys.push('conditions.onlyIf', 'conditions.and', 'conditions.or', 'conditions.notNeeded');
  for (const s of ITEM_STATES) keys.push(`states.${s}`);
  for (const s of ['applies', 'conditional']) keys.push(`noteStates.${s}`);
  for (const l of ['info', 'warning']) keys.push(`levels.${l}`);
  for (const s of ['described', 'silent', 'same-as']) keys.push(`status.${s}`);
  for (const w of ['person', 'agent']) keys.push(`whose.${w}`);
  for (const r of IGNORE_REASONS) keys.push(`idCheck.ignored.${r}`);
  for (const r of ROUTES) keys.push(`triage.routes.${r}.title`, `triage.routes.${r}.summary`);
  for (const s of ['possible', 'conditional', 'impossible']) keys.push(`triage.status.${s}`);
  for (const q of TRIAGE_QUESTIONS) keys.push(`triage.questions.${q}`);
  for (const r of TRIAGE_REASONS) keys.push(`triage.reasons.${r}`);
  for (const p of national.pins) keys.push(`triage.pins.${p.id}.name`, `triage.pins.${p.id}.format`, `triage.pins.${p.id}.locks`);
  for (const c of national.store.chains) keys.push(`triage.stores.${c.id}`);
  keys.push('status.baseline');
  for (const n of national.notes) keys.push(`national.notes.${n.id}`);
  for (const b of national.baselines)
    for (const rule of Object.values(b.applicants))
      for (const v of rule.visits) for (const it of v.items) keys.push(`baseline.${b.procedure}.items.${it.id}`);
  return keys;
}

describe('rules.json', () => {
  it('exists in every language with the same keys and the same placeholders, none empty', () => {
    const en = flatten(read('en', 'rules.json'));
    for (const lang of langs) {
      expect(existsSync(join(LOCALES, lang, 'rules.json')), lang).toBe(true);
      const tr = flatten(read(lang, 'rules.json'));
      expect([...tr.keys()].sort(), lang).toEqual([...en.keys()].sort());
      for (const [key, value] of tr) {
        expect(typeof value === 'string' && value.trim() !== '', `${lang}: ${key}`).toBe(true);
        expect(placeholders(value), `${lang}: ${key}`).toEqual(placeholders(en.get(key)));
      }
    }
  });

  it('has every phrase the engine and the data can call for', () => {
    const en = flatten(read('en', 'rules.json'));
    expect(requiredRuleKeys().filter((k) => !en.has(k))).toEqual([]);
  });

  it('no fact answer is named like a phrase key, so facts.<fact>.<answer> cannot collide', () => {
    for (const answers of Object.values(FACTS)) for (const a of answers) expect(['question', 'answers', 'clause']).not.toContain(a);
  });

  it('phrases every fact condition with the city interpolated where the fact names the city', () => {
    const en = flatten(read('en', 'rules.json'));
    expect(en.get('facts.honseki.no')).toBe("only if the person's registered domicile (本籍) is outside {{city}}");
    for (const f of ['honseki', 'koseki']) expect(String(en.get(`facts.${f}.question`))).toContain('{{city}}');
  });
});
