import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cities } from '../../../src/cities/registry';
import { checkIds, shortfall } from '../../../src/engine';

const ryugasaki = await cities.load('ryugasaki');
const satte = await cities.load('satte');
const A1 = 'passport';
const A2 = 'drivers-license';
const B1 = 'student-id';
const B2 = 'pension-certificate';

describe('Ryugasaki: A×1 or B×2 (the person)', () => {
  const check = (held: string[], answers = {}) => checkIds(ryugasaki, 'a1-or-b2', held, answers);

  it('1 A is enough', () => {
    expect(check([A1])).toMatchObject({ enough: true, met: [0], closest: 0, missing: [] });
  });
  it('2 B are enough', () => {
    expect(check([B1, B2])).toMatchObject({ enough: true, met: [1], closest: 1 });
  });
  it('1 B only is not: one more A, or one more B', () => {
    const r = check([B1]);
    expect(r.enough).toBe(false);
    expect(r.missing).toEqual([
      { alternative: 0, need: { A: 1 } },
      { alternative: 1, need: { B: 1 } },
    ]);
    expect(r.closest).toBe(0);
    expect(r.counted).toEqual([{ id: B1, list: 'B' }]);
  });
  it('nothing held: the A alternative is closest', () => {
    expect(check([])).toMatchObject({ closest: 0, missing: [{ alternative: 0, need: { A: 1 } }, { alternative: 1, need: { B: 2 } }] });
  });
  it('a duplicate counts once', () => {
    const r = check([B1, B1]);
    expect(r.enough).toBe(false);
    expect(r.counted).toEqual([{ id: B1, list: 'B' }]);
  });
  it('an unknown id is ignored with a reason', () => {
    const r = check(['library-card', A1]);
    expect(r.enough).toBe(true);
    expect(r.ignored).toEqual([{ id: 'library-card', reason: 'unknown-document' }]);
  });
});

describe('Ryugasaki: the card counts as A only when its resident PIN can be entered', () => {
  const condition = { fact: 'resident-pin', is: 'usable' };
  it('unanswered: not counted yet, and the question is asked', () => {
    const r = checkIds(ryugasaki, 'a1-or-b2', ['mynumber-card'], {});
    expect(r.enough).toBe(false);
    expect(r.ignored).toEqual([{ id: 'mynumber-card', reason: 'condition-unknown', condition }]);
    expect(r.questions).toEqual(['resident-pin']);
  });
  it('usable: the card is an A document', () => {
    const r = checkIds(ryugasaki, 'a1-or-b2', ['mynumber-card'], { 'resident-pin': 'usable' });
    expect(r).toMatchObject({ enough: true, counted: [{ id: 'mynumber-card', list: 'A' }], questions: [] });
  });
  it('unusable: it does not count', () => {
    const r = checkIds(ryugasaki, 'a1-or-b2', ['mynumber-card'], { 'resident-pin': 'unusable' });
    expect(r.enough).toBe(false);
    expect(r.ignored).toEqual([{ id: 'mynumber-card', reason: 'condition-false', condition }]);
    expect(r.questions).toEqual([]);
  });
  it('the legal representative’s person rule excludes the card whatever the PIN', () => {
    const r = checkIds(ryugasaki, 'person-non-card-a1-or-b2', ['mynumber-card'], { 'resident-pin': 'usable' });
    expect(r.enough).toBe(false);
    expect(r.ignored).toEqual([{ id: 'mynumber-card', reason: 'excluded' }]);
  });
});

describe('Ryugasaki: A×2 or A×1 + B×1 (the legal representative)', () => {
  const check = (held: string[]) => checkIds(ryugasaki, 'a2-or-a1-b1', held, {});
  it('A + B is enough (second alternative)', () => {
    expect(check([A1, B1])).toMatchObject({ enough: true, met: [1] });
  });
  it('2 A is enough (first alternative)', () => {
    expect(check([A1, A2])).toMatchObject({ enough: true, met: [0] });
  });
  it('1 A is not: one more A, or one B', () => {
    expect(check([A1]).missing).toEqual([
      { alternative: 0, need: { A: 1 } },
      { alternative: 1, need: { B: 1 } },
    ]);
  });
  it('2 B is not: B never stands in for A', () => {
    const r = check([B1, B2]);
    expect(r.enough).toBe(false);
    expect(r.missing).toEqual([
      { alternative: 0, need: { A: 2 } },
      { alternative: 1, need: { A: 1 } },
    ]);
    expect(r.closest).toBe(1);
  });
  it('A for the proxy rule: only List A counts; a B document is not from an accepted list', () => {
    const r = checkIds(ryugasaki, 'a1', [B1], {});
    expect(r.enough).toBe(false);
    expect(r.ignored).toEqual([{ id: B1, reason: 'not-in-rule' }]);
    expect(r.missing).toEqual([{ alternative: 0, need: { A: 1 } }]);
  });
});

describe('Satte', () => {
  it('the person: one document other than the card', () => {
    expect(checkIds(satte, 'person-one-non-card', ['eligibility-certificate'], {}).enough).toBe(true);
    const r = checkIds(satte, 'person-one-non-card', ['mynumber-card'], {});
    expect(r.enough).toBe(false);
    expect(r.ignored).toEqual([{ id: 'mynumber-card', reason: 'excluded' }]);
    expect(r.missing).toEqual([{ alternative: 0, need: {}, needAny: 1 }]);
  });
  it('the agent: 2 documents without an official photo ID are not enough: one photo ID is needed', () => {
    const r = checkIds(satte, 'two-with-official-photo', ['health-insurance-card', 'eligibility-certificate'], {});
    expect(r.enough).toBe(false);
    expect(r.missing).toEqual([{ alternative: 0, need: { photo: 1 } }]);
  });
  it('the agent: 1 photo ID alone needs one more of any kind; nothing needs both', () => {
    expect(checkIds(satte, 'two-with-official-photo', ['drivers-license'], {}).missing).toEqual([
      { alternative: 0, need: {}, needAny: 1 },
    ]);
    expect(checkIds(satte, 'two-with-official-photo', [], {}).missing).toEqual([
      { alternative: 0, need: { photo: 1 }, needAny: 1 },
    ]);
  });
  it('the agent: a photo ID and another document are enough; the agent’s own card is not excluded', () => {
    expect(checkIds(satte, 'two-with-official-photo', ['drivers-license', 'eligibility-certificate'], {}).enough).toBe(true);
    expect(checkIds(satte, 'two-with-official-photo', ['mynumber-card', 'eligibility-certificate'], {}).enough).toBe(true);
  });
});

describe('shortfall', () => {
  it('counts list needs toward the total', () => {
    expect(shortfall({ total: 3, min: { A: 1 } }, [])).toEqual({ need: { A: 1 }, needAny: 2 });
  });
});

describe('properties', () => {
  const ids = ryugasaki.documents.map((d) => d.id).concat(['unknown-x']);
  const held = fc.array(fc.constantFrom(...ids), { maxLength: 6 });
  const rules = fc.constantFrom(...ryugasaki.idRules.map((r) => r.id));
  const answers = fc.constantFrom({}, { 'resident-pin': 'usable' }, { 'resident-pin': 'unusable' });

  it('more documents never make it worse; order and duplicates do not matter', () => {
    fc.assert(
      fc.property(rules, held, held, answers, (rule, a, b, ans) => {
        const one = checkIds(ryugasaki, rule, a, ans);
        const both = checkIds(ryugasaki, rule, [...a, ...b], ans);
        const reversed = checkIds(ryugasaki, rule, [...a].reverse().concat(a), ans);
        return (!one.enough || both.enough) && reversed.enough === one.enough;
      }),
    );
  });
  it('enough exactly when nothing is missing, and adding the closest alternative’s needs makes it enough', () => {
    fc.assert(
      fc.property(rules, held, answers, (rule, h, ans) => {
        const r = checkIds(ryugasaki, rule, h, ans);
        if (r.enough) return r.missing.length === 0;
        const need = r.missing.find((m) => m.alternative === r.closest)!;
        const extra = Object.entries(need.need).flatMap(([list, n]) =>
          ryugasaki.documents.filter((d) => d.list === list && !d.countsOnlyIf && !h.includes(d.id)).slice(0, n).map((d) => d.id),
        );
        return checkIds(ryugasaki, rule, [...h, ...extra], ans).enough;
      }),
    );
  });
});
