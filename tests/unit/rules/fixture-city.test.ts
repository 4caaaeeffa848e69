import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry } from '../../../src/cities/registry';
import { APPLICANTS, PROCEDURES, parseCity } from '../../../src/cities/schema';
import { buildChecklist, checkIds } from '../../../src/engine';
import { ROOT, misquoted, translationProblems } from './helpers';

// A third city, only as files (data + one locale file per language), loaded through the app's own registry:
// if anything here needed a code change, adding a real city would too.
const registry = createRegistry(import.meta.glob<{ default: unknown }>('../../fixtures/cities/*.json'), parseCity);
const fixtures = join(ROOT, 'tests/fixtures');
const page = readFileSync(join(fixtures, 'cities/900_testville.txt'), 'utf8');
const city = await registry.load('testville');
const ja = (procedure: (typeof PROCEDURES)[number], applicant: (typeof APPLICANTS)[number], answers = {}) =>
  buildChecklist(city, procedure, applicant, answers).visits.map((v) => v.items.map((i) => [i.ja, i.state]));

describe('fixture city testville', () => {
  it('is found by the registry and validates', () => {
    expect(registry.ids).toEqual(['testville']);
    expect(city.ja).toBe('テストビル市');
  });

  it('cites its own page verbatim and is translated in every fixture language', () => {
    expect(misquoted(city, { '900': page })).toEqual([]);
    expect(translationProblems(city, join(fixtures, 'locales'))).toEqual([]);
  });

  it('builds every checklist without error', () => {
    for (const p of PROCEDURES) for (const a of APPLICANTS) expect(buildChecklist(city, p, a, {}).city).toBe('testville');
  });

  it('keeps conditional items with their condition until answered', () => {
    expect(ja('pin-reset', 'self')).toEqual([
      [['マイナンバーカード', 'required'], ['本人確認書類(写真付き1点または写真なし2点)', 'required'], ['世帯の確認書類', 'conditional']],
    ]);
    expect(buildChecklist(city, 'pin-reset', 'self', {}).questions).toEqual(['household']);
    expect(ja('pin-reset', 'self', { household: 'same' })[0]?.[2]).toEqual(['世帯の確認書類', 'not-needed']);
    expect(ja('pin-reset', 'legal-rep', { dependent: 'child', honseki: 'no' })[0]?.[1]).toEqual(['戸籍謄本', 'required']);
  });

  it('resolves same-as to another procedure and keeps the reference', () => {
    const proxy = buildChecklist(city, 'pin-reset', 'proxy', {});
    expect(proxy.status).toBe('same-as');
    expect(proxy.sameAs?.procedure).toBe('renewal');
    expect(proxy.visits).toHaveLength(2);
    expect(proxy.mailedInquiry).toMatchObject({ registeredMail: true, noForwarding: true });
    expect(proxy.notes.filter((n) => n.scope === 'city').map((n) => [n.id, n.state])).toEqual([['inquiry-blank-refused', 'conditional']]);
    expect(buildChecklist(city, 'pin-change', 'proxy', {}).status).toBe('silent');
    expect(buildChecklist(city, 'renewal', 'legal-rep', {}).ruleSource?.quote).toBe('法定代理人が手続きする場合は、お問い合わせください。');
  });

  it('checks IDs with its own lists', () => {
    expect(checkIds(city, 'three-with-photo', ['insurance-card', 'pension-book', 'bank-book'], {}).missing).toEqual([
      { alternative: 0, need: { photo: 1 } },
    ]);
    expect(checkIds(city, 'three-with-photo', ['passport', 'bank-book'], {}).missing).toEqual([
      { alternative: 0, need: {}, needAny: 1 },
    ]);
    expect(checkIds(city, 'photo1-or-paper2', ['mynumber-card'], { 'resident-pin': 'usable' }).enough).toBe(true);
    expect(checkIds(city, 'non-card-photo', ['mynumber-card'], { 'resident-pin': 'usable' }).ignored).toEqual([
      { id: 'mynumber-card', reason: 'excluded' },
    ]);
  });
});
