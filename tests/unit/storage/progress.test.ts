import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeProgress, sameProgress, type Progress } from '../../../src/storage/progress';

// Two tabs change one saved checklist from the same base. Ticks and documents are sets: every change either side
// made is kept. An answer only one side changed takes that change; one both changed differently is a conflict.

const ITEMS = ['card', 'photo', 'application', 'passport', 'v2-card', 'inquiry'];
const FACTS = ['honseki', 'dependent', 'household'];
const VALUES = ['yes', 'no', 'child'];

const set = fc.subarray(ITEMS);
const answers = fc.dictionary(fc.constantFrom(...FACTS), fc.constantFrom(...VALUES), { maxKeys: 3 });
const progress = fc.record({ answers, ticks: set, held: set }) as fc.Arbitrary<Progress>;

/** Whether `x` is in the merged set: kept if theirs has it and mine did not remove it, or mine added it. */
function expectedIn(x: string, base: readonly string[], mine: readonly string[], theirs: readonly string[]): boolean {
  const addedByMine = mine.includes(x) && !base.includes(x);
  const removedByMine = base.includes(x) && !mine.includes(x);
  return addedByMine || (theirs.includes(x) && !removedByMine);
}

describe('mergeProgress', () => {
  it('keeps every tick and document either side added or kept, and drops what a side removed', () => {
    fc.assert(
      fc.property(progress, progress, progress, (base, mine, theirs) => {
        const onlyTicks = (p: Progress) => ({ ...p, answers: {} });
        const merged = mergeProgress(onlyTicks(base), onlyTicks(mine), onlyTicks(theirs));
        expect(merged.ok).toBe(true);
        if (!merged.ok) return;
        for (const x of ITEMS) {
          expect(merged.value.ticks.includes(x), `tick ${x}`).toBe(expectedIn(x, base.ticks, mine.ticks, theirs.ticks));
          expect(merged.value.held.includes(x), `held ${x}`).toBe(expectedIn(x, base.held, mine.held, theirs.held));
        }
        expect(new Set(merged.value.ticks).size).toBe(merged.value.ticks.length);
      }),
    );
  });

  it('is the other side’s change when one side changed nothing', () => {
    fc.assert(
      fc.property(progress, progress, (base, changed) => {
        for (const [mine, theirs] of [[base, changed], [changed, base]] as const) {
          const merged = mergeProgress(base, mine, theirs);
          expect(merged.ok && sameProgress(merged.value, changed)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on which side is which, for sets', () => {
    fc.assert(
      fc.property(progress, progress, progress, (base, a, b) => {
        const ab = mergeProgress({ ...base, answers: {} }, { ...a, answers: {} }, { ...b, answers: {} });
        const ba = mergeProgress({ ...base, answers: {} }, { ...b, answers: {} }, { ...a, answers: {} });
        expect(ab.ok && ba.ok && sameProgress(ab.value, ba.value)).toBe(true);
      }),
    );
  });

  it('takes an answer changed on one side, and names those both sides changed differently', () => {
    fc.assert(
      fc.property(progress, progress, progress, (base, mine, theirs) => {
        const merged = mergeProgress(base, mine, theirs);
        const conflicts = FACTS.filter((k) => {
          const [b, m, t] = [base.answers[k], mine.answers[k], theirs.answers[k]];
          return m !== b && t !== b && m !== t;
        });
        if (conflicts.length) {
          expect(merged).toEqual({ ok: false, conflicts: [...conflicts].sort() });
          return;
        }
        expect(merged.ok).toBe(true);
        if (!merged.ok) return;
        for (const k of FACTS) {
          const [b, m, t] = [base.answers[k], mine.answers[k], theirs.answers[k]];
          expect(merged.value.answers[k], k).toBe(m !== b ? m : t);
        }
      }),
    );
  });
});

describe('mergeProgress with a preference', () => {
  it('resolves every conflicting answer the chosen way and keeps the rest of the merge', () => {
    fc.assert(
      fc.property(progress, progress, progress, fc.constantFrom('mine' as const, 'theirs' as const), (base, mine, theirs, prefer) => {
        const merged = mergeProgress(base, mine, theirs, prefer);
        expect(merged.ok).toBe(true);
        const plain = mergeProgress(base, mine, theirs);
        if (!merged.ok) return;
        if (plain.ok) expect(merged.value).toEqual(plain.value);
        else for (const key of plain.conflicts) expect(merged.value.answers[key]).toBe((prefer === 'mine' ? mine : theirs).answers[key]);
      }),
    );
  });
});
