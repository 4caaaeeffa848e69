import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FACTS, type Answers, type Condition, type FactId } from '../../../src/cities/schema';
import { evaluate, factsIn, holds, openFacts, triAll, triAny, triNot, withoutNot } from '../../../src/engine/conditions';

const U = 'unknown' as const;
const child: Condition = { fact: 'dependent', is: 'child' };
const honsekiNo: Condition = { fact: 'honseki', is: 'no' };
// Ryugasaki's 戸籍謄本 and Satte's waiver, as the data writes them.
const ryugasakiProof: Condition = { all: [child, honsekiNo] };
const satteProof: Condition = {
  all: [child, { not: { any: [{ fact: 'household', is: 'same' }, { fact: 'koseki', is: 'same-in-city' }] } }],
};

describe('Kleene connectives', () => {
  it('AND: false wins over unknown, unknown over true', () => {
    expect(triAll([true, true])).toBe(true);
    expect(triAll([true, U])).toBe(U);
    expect(triAll([U, false])).toBe(false);
    expect(triAll([])).toBe(true);
  });
  it('OR: true wins over unknown, unknown over false', () => {
    expect(triAny([false, false])).toBe(false);
    expect(triAny([false, U])).toBe(U);
    expect(triAny([U, true])).toBe(true);
    expect(triAny([])).toBe(false);
  });
  it('NOT keeps unknown', () => {
    expect([triNot(true), triNot(false), triNot(U)]).toEqual([false, true, U]);
  });
});

describe('evaluate', () => {
  it('leaves an unanswered or invalid answer unknown', () => {
    expect(evaluate(child, {})).toBe(U);
    expect(evaluate(child, { dependent: 'grandchild' })).toBe(U);
    expect(evaluate(child, { dependent: 'child' })).toBe(true);
    expect(evaluate(child, { dependent: 'adult-ward' })).toBe(false);
    expect(holds(undefined, {})).toBe(true);
  });
  it("decides Ryugasaki's 戸籍謄本 as soon as the answers decide it", () => {
    expect(evaluate(ryugasakiProof, {})).toBe(U);
    expect(evaluate(ryugasakiProof, { dependent: 'adult-ward' })).toBe(false);
    expect(evaluate(ryugasakiProof, { honseki: 'yes' })).toBe(false);
    expect(evaluate(ryugasakiProof, { dependent: 'child' })).toBe(U);
    expect(evaluate(ryugasakiProof, { dependent: 'child', honseki: 'no' })).toBe(true);
  });
  it("decides Satte's waiver (same household OR same register in the city)", () => {
    expect(evaluate(satteProof, { dependent: 'child', household: 'same' })).toBe(false);
    expect(evaluate(satteProof, { dependent: 'child', koseki: 'same-in-city' })).toBe(false);
    expect(evaluate(satteProof, { dependent: 'child', household: 'different' })).toBe(U);
    expect(evaluate(satteProof, { dependent: 'child', household: 'different', koseki: 'other' })).toBe(true);
  });
});

describe('factsIn and openFacts', () => {
  it('lists every fact once, in the schema order', () => {
    expect(factsIn(satteProof)).toEqual(['dependent', 'koseki', 'household']);
    expect(factsIn({ all: [honsekiNo, child, honsekiNo] })).toEqual(['dependent', 'honseki']);
  });
  it('asks only what can still change the result', () => {
    expect(openFacts(ryugasakiProof, {})).toEqual(['dependent', 'honseki']);
    expect(openFacts(ryugasakiProof, { dependent: 'child' })).toEqual(['honseki']);
    expect(openFacts(ryugasakiProof, { dependent: 'adult-ward' })).toEqual([]);
    expect(openFacts(satteProof, { dependent: 'child', household: 'different' })).toEqual(['koseki']);
  });
});

// Property tests over random conditions and random partial answers.
const leaves = (Object.keys(FACTS) as FactId[]).flatMap((fact) => FACTS[fact].map((is) => ({ fact, is })));
const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...leaves),
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));
const answers = fc.record(
  Object.fromEntries((Object.keys(FACTS) as FactId[]).map((f) => [f, fc.constantFrom(...FACTS[f])])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;
const fullAnswers = fc.record(
  Object.fromEntries((Object.keys(FACTS) as FactId[]).map((f) => [f, fc.constantFrom(...FACTS[f])])),
) as fc.Arbitrary<Answers>;
const hasNot = (c: Condition): boolean =>
  'not' in c || ('all' in c && c.all.some(hasNot)) || ('any' in c && c.any.some(hasNot));

describe('properties', () => {
  it('is never unknown once every fact is answered', () => {
    fc.assert(fc.property(condition, fullAnswers, (c, a) => evaluate(c, a) !== U));
  });
  it('never changes a decided value when more answers come', () => {
    fc.assert(
      fc.property(condition, answers, fullAnswers, (c, some, more) => {
        const before = evaluate(c, some);
        return before === U || evaluate(c, { ...more, ...some }) === before;
      }),
    );
  });
  it('open facts are exactly what matters: answering anything else leaves it undecided', () => {
    fc.assert(
      fc.property(condition, answers, fullAnswers, (c, some, more) => {
        const open = openFacts(c, some);
        if ((open.length > 0) !== (evaluate(c, some) === U)) return false;
        const others = Object.fromEntries(Object.entries(more).filter(([f]) => !open.includes(f as FactId)));
        return evaluate(c, { ...others, ...some }) === evaluate(c, some);
      }),
    );
  });
  it('withoutNot is equivalent and has no not', () => {
    fc.assert(
      fc.property(condition, answers, (c, a) => !hasNot(withoutNot(c)) && evaluate(withoutNot(c), a) === evaluate(c, a)),
    );
  });
});
