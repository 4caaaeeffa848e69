import { beforeAll, describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import type { City, Condition } from '../../../src/cities/schema';
import { checkIds } from '../../../src/engine/id-check';
import { getT, loadLanguage } from '../../../src/i18n/core';
import {
  conditionClause,
  ignoredPhrase,
  missingPhrase,
  notNeededBecause,
  onlyIf,
  type Translate,
} from '../../../src/app/checklist/phrases';

// Conditions and ID shortfalls in words, with the real locale files, in both languages.

let ryugasaki: City;
let satte: City;
const t = (lang: string, city: string) => getT(lang, ['checklist', 'rules', `cities/${city}`]) as unknown as Translate;

beforeAll(async () => {
  await Promise.all([loadLanguage('en'), loadLanguage('ja')]);
  ryugasaki = await cities.load('ryugasaki');
  satte = await cities.load('satte');
});

const item = (city: City, procedure: 'pin-reset', applicant: 'legal-rep', id: string): Condition => {
  const rule = city.procedures[procedure].applicants[applicant];
  if (rule.status !== 'described') throw new Error('not described');
  const found = rule.visits.flatMap((v) => v.items).find((i) => i.id === id);
  if (!found?.when) throw new Error(`no condition on ${id}`);
  return found.when;
};

// English names a Japanese term in brackets with its reading as furigana markup (added from locales/ja/glossary.json
// when the locale is bundled), which the page renders as <ruby>.
describe('conditions in words', () => {
  it('joins an AND with the city named', () => {
    const when = item(ryugasaki, 'pin-reset', 'legal-rep', 'proof-child');
    expect(onlyIf(when, t('en', 'ryugasaki'), 'Ryugasaki')).toBe(
      "only if the person is a child under 15 and the person's registered domicile ({本籍|ほんせき}) is outside Ryugasaki",
    );
    expect(onlyIf(when, t('ja', 'ryugasaki'), '龍ケ崎市')).toBe('本人が15歳未満である、かつ本人の本籍が龍ケ崎市外にある場合のみ');
  });

  it('reads a negated OR as the other answers, flattened into one AND (Satte’s waiver)', () => {
    const when = item(satte, 'pin-reset', 'legal-rep', 'proof-child');
    expect(conditionClause(when, t('en', 'satte'), 'Satte')).toBe(
      'the person is a child under 15 and parent and child are in different households on the resident record ({住民票|じゅうみんひょう}) and parent and child are not in the same family register ({戸籍|こせき}) domiciled in Satte',
    );
  });

  it('brackets an OR inside an AND', () => {
    const when: Condition = {
      all: [
        { fact: 'dependent', is: 'child' },
        { any: [{ fact: 'household', is: 'same' }, { fact: 'honseki', is: 'yes' }] },
      ],
    };
    expect(conditionClause(when, t('en', 'satte'), 'Satte')).toBe(
      "the person is a child under 15 and (parent and child are in the same household on the resident record ({住民票|じゅうみんひょう}) or the person's registered domicile ({本籍|ほんせき}) is in Satte)",
    );
  });

  it('says why an item is not needed', () => {
    expect(notNeededBecause({ fact: 'dependent', is: 'adult-ward' }, t('en', 'satte'), 'Satte')).toBe(
      'Not needed in your case: it is needed only if the person is an adult ward.',
    );
  });
});

describe('ID shortfalls in words', () => {
  it('lists every alternative, the closest first, with quoted list names', () => {
    const en = t('en', 'ryugasaki');
    expect(missingPhrase(checkIds(ryugasaki, 'a1-or-b2', [], {}), 'ryugasaki', en)).toBe(
      '1 more from “List A: official photo ID showing current information”, or 2 more from “List B: documents with your name and address, or name and date of birth”',
    );
    // One B held: both alternatives are one short; the page's order decides.
    expect(missingPhrase(checkIds(ryugasaki, 'a1-or-b2', ['student-id'], {}), 'ryugasaki', en)).toBe(
      '1 more from “List A: official photo ID showing current information”, or 1 more from “List B: documents with your name and address, or name and date of birth”',
    );
    // "2 from A, or 1 from A and 1 from B" with one B held: the second alternative is closest and comes first.
    expect(missingPhrase(checkIds(ryugasaki, 'a2-or-a1-b1', ['student-id'], {}), 'ryugasaki', en)).toBe(
      '1 more from “List A: official photo ID showing current information”, or 2 more from “List A: official photo ID showing current information”',
    );
  });

  it('names a list minimum plus the rest from any list (Satte’s agent)', () => {
    const check = checkIds(satte, 'two-with-official-photo', ['health-insurance-card', 'eligibility-certificate'], {});
    expect(missingPhrase(check, 'satte', t('en', 'satte'))).toBe('1 more from “Official photo ID (issued by a public authority)”');
    const none = checkIds(satte, 'two-with-official-photo', [], {});
    expect(missingPhrase(none, 'satte', t('ja', 'satte'))).toBe('「官公署発行の顔写真付き本人確認書類」からあと1点+いずれかの書類をあと1点');
  });

  it('explains a card that counts only with its resident PIN', () => {
    const check = checkIds(ryugasaki, 'a1-or-b2', ['mynumber-card'], {});
    expect(ignoredPhrase(check.ignored[0]!, t('en', 'ryugasaki'), 'Ryugasaki')).toBe(
      "Counts only if the card's 4-digit resident register PIN can be entered.",
    );
  });
});
