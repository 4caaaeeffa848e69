import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { LANGUAGES } from '../../../src/i18n/core';
import { checkImportedPeople, personProblems } from '../../../src/app/saved/import-checks';
import { importErrorKey, importProblemLines, importProblemText } from '../../../src/app/saved/import-messages';
import type { ImportProblem, SavedPerson } from '../../../src/storage';

// An import is checked against the data the app will open it with: its city, its checklist's items and documents,
// its answers, and a believable expiry. Every problem becomes a sentence in the person's language.

const NOW = Date.UTC(2026, 10, 24, 1); // 2026-11-24 in Japan
const person = (over: Partial<SavedPerson> = {}): SavedPerson => ({
  id: '6f1c1b7e-4d0a-4c59-9a53-1f7c2f0c9a11',
  label: '母',
  city: 'ryugasaki',
  procedure: 'pin-reset',
  applicant: 'legal-rep',
  answers: { dependent: 'child' },
  ticks: ['card', 'proof-child'],
  held: ['passport', 'agent-drivers-license'],
  expiry: '2027-03-31',
  revision: 1,
  createdAt: 1,
  updatedAt: 2,
  ...over,
});

describe('checkImportedPeople', () => {
  it('accepts people whose city, items, documents, answers and expiry the app knows', async () => {
    expect(await checkImportedPeople([person(), person({ expiry: undefined, ticks: [], held: [] })], NOW)).toEqual([]);
  });

  it('names an unknown city, an impossible expiry, and ticks, documents and answers the checklist does not have', async () => {
    const problems = await checkImportedPeople(
      [
        person({ city: 'atlantis' }),
        person({ expiry: '9999-12-31' }),
        person({ expiry: '2015-12-31' }),
        person({ ticks: ['card', 'no-such-item'] }),
        person({ held: ['agent-no-such-paper'] }),
        person({ answers: { dependent: 'dog', 'favourite-colour': 'blue' } }),
        person({ stayUntil: '2015-12-31' }),
        person({ stayUntil: '9999-12-31' }),
      ],
      NOW,
    );
    expect(problems).toEqual([
      { person: 0, label: '母', field: 'city', code: 'unknown-city', value: 'atlantis' },
      { person: 1, label: '母', field: 'expiry', code: 'expiry-too-late', value: '9999-12-31' },
      { person: 2, label: '母', field: 'expiry', code: 'expiry-too-early', value: '2015-12-31' },
      { person: 3, label: '母', field: 'ticks', code: 'unknown-tick', value: 'no-such-item' },
      { person: 4, label: '母', field: 'held', code: 'unknown-document', value: 'agent-no-such-paper' },
      { person: 5, label: '母', field: 'answers', code: 'unknown-answer', value: 'favourite-colour' },
      { person: 5, label: '母', field: 'answers', code: 'bad-answer', value: 'dependent' },
      { person: 6, label: '母', field: 'stayUntil', code: 'stay-until-too-early', value: '2015-12-31' },
      { person: 7, label: '母', field: 'stayUntil', code: 'stay-until-too-late', value: '9999-12-31' },
    ]);
  });

  it('knows the later visits’ boxes (v2-…) of a two-visit checklist', async () => {
    const city = await cities.load('satte');
    const proxy = person({ city: 'satte', procedure: 'pin-reset', applicant: 'proxy', answers: {}, ticks: ['v2-inquiry', 'person-card'], held: [] });
    expect(personProblems(proxy, 0, city, '2026-11-24')).toEqual([]);
  });
});

describe('import messages', () => {
  const locale = (lang: string) =>
    JSON.parse(readFileSync(new URL(`../../../locales/${lang}/saved.json`, import.meta.url), 'utf8')) as {
      import: { problem: { code: Record<string, string> } };
    };
  // Every code the store (export-import.ts) and import-checks.ts give.
  const CODES = [
    'not-a-record', 'label-empty', 'label-too-long', 'label-control', 'label-bidi', 'label-number', 'label-pin',
    'unknown-field', 'missing-field', 'bad-value', 'bad-date', 'duplicate-id', 'duplicate-label', 'unknown-city',
    'expiry-too-early', 'expiry-too-late', 'stay-until-too-early', 'stay-until-too-late', 'unknown-answer', 'bad-answer', 'unknown-tick', 'unknown-document', 'too-many-people', 'bad-file',
  ];

  it('has a sentence for every problem code in every language', () => {
    for (const lang of LANGUAGES) expect(Object.keys(locale(lang).import.problem.code).sort(), lang).toEqual([...CODES].sort());
  });

  // A stand-in for i18next's t over saved.json: the key and its values, so the test sees what is asked for.
  const t = (key: string, options: Record<string, unknown> = {}) =>
    `${key}(${Object.entries(options)
      .filter(([k]) => k !== 'defaultValue')
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(',')})`;

  it('says who (person n, with the label when it may be shown) and what, from the codes only', () => {
    const problem: ImportProblem = { person: 2, label: '父', field: 'ticks', code: 'unknown-tick', value: 'x' };
    expect(importProblemText(t, problem)).toBe(
      'import.problem.sentence(who=import.problem.personLabel(n=3,label=父),what=import.problem.code.unknown-tick(field=ticks,value=x,max=60,years=10))',
    );
    expect(importProblemText(t, { person: 0, field: 'label', code: 'label-number' })).toMatch(/^import\.problem\.sentence\(who=import\.problem\.person\(n=1\)/);
    expect(importProblemText(t, { field: 'people', code: 'too-many-people' })).toMatch(/^import\.problem\.code\.too-many-people\(.*max=1000/);
  });

  it('lists a few problems and counts the rest', () => {
    const many = Array.from({ length: 11 }, (_, i): ImportProblem => ({ person: i, field: 'city', code: 'unknown-city', value: 'x' }));
    const lines = importProblemLines(t, many);
    expect(lines).toHaveLength(9);
    expect(lines.at(-1)).toBe('import.problem.more(count=3)');
  });

  it('maps every refusal to its sentence', () => {
    expect(importErrorKey({ kind: 'truncated' })).toBe('import.error.truncated');
    expect(importErrorKey({ kind: 'undo-outdated' })).toBe('import.error.undoOutdated');
  });
});
