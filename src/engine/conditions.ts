import { FACTS, type Answers, type Condition, type FactId } from '../cities/vocabulary';

// Conditions are evaluated in Kleene's three-valued logic: an unanswered fact is 'unknown', and a compound is
// decided as soon as the known parts decide it (false AND unknown = false). The checklist can then show an item
// as conditional until exactly the answers that matter are given, and never asks a question that cannot matter.

/** A three-valued truth: decided, or 'unknown' until a fact it depends on is answered. */
export type Tri = boolean | 'unknown';

/** Every fact id in the schema's order, the order in which the UI asks its questions. */
export const FACT_ORDER = Object.keys(FACTS) as FactId[];

/** True when `answer` is one of the answers the fact can take; any other value is treated as unanswered. */
export function isValidAnswer(fact: FactId, answer: string | undefined): answer is string {
  return answer !== undefined && (FACTS[fact] as readonly string[]).includes(answer);
}

/** Three-valued AND: false wins, then unknown. */
export function triAll(values: Iterable<Tri>): Tri {
  let result: Tri = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

/** Three-valued OR: true wins, then unknown. */
export function triAny(values: Iterable<Tri>): Tri {
  let result: Tri = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

/** Three-valued NOT: unknown stays unknown. */
export function triNot(value: Tri): Tri {
  return value === 'unknown' ? 'unknown' : !value;
}

/** Evaluates a condition against the answers so far; an absent (or invalid) answer makes its leaf unknown. */
export function evaluate(condition: Condition, answers: Answers): Tri {
  if ('fact' in condition) {
    const answer = answers[condition.fact];
    return isValidAnswer(condition.fact, answer) ? answer === condition.is : 'unknown';
  }
  if ('all' in condition) return triAll(condition.all.map((c) => evaluate(c, answers)));
  if ('any' in condition) return triAny(condition.any.map((c) => evaluate(c, answers)));
  return triNot(evaluate(condition.not, answers));
}

/** Evaluates an optional condition: no condition always holds. */
export function holds(condition: Condition | undefined, answers: Answers): Tri {
  return condition ? evaluate(condition, answers) : true;
}

/** Sorts and de-duplicates fact ids into the schema's order. */
export function sortFacts(facts: Iterable<FactId>): FactId[] {
  const set = new Set(facts);
  return FACT_ORDER.filter((f) => set.has(f));
}

/** Every fact a condition mentions, in the schema's order (the questions the UI may need to ask). */
export function factsIn(condition: Condition): FactId[] {
  const found: FactId[] = [];
  const walk = (c: Condition): void => {
    if ('fact' in c) found.push(c.fact);
    else if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else walk(c.not);
  };
  walk(condition);
  return sortFacts(found);
}

/**
 * The unanswered facts whose answer can still change an undecided condition, in the schema's order.
 * Empty once the condition is decided: with dependent=adult-ward, "child AND honseki=no" no longer asks about 本籍.
 */
export function openFacts(condition: Condition, answers: Answers): FactId[] {
  const found: FactId[] = [];
  const walk = (c: Condition): void => {
    if (evaluate(c, answers) !== 'unknown') return;
    if ('fact' in c) found.push(c.fact);
    // In an undecided AND no child is false, and in an undecided OR none is true, so exactly the unknown
    // children can still decide it.
    else if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else walk(c.not);
  };
  walk(condition);
  return sortFacts(found);
}

/**
 * An equivalent condition without `not` (negation pushed to the leaves, a negated leaf becoming "any other answer").
 * Equivalent in three-valued logic too, because every fact has a closed set of answers; the UI phrases conditions
 * from this form, so it needs no wording for "not".
 */
export function withoutNot(condition: Condition, negate = false): Condition {
  if ('fact' in condition) {
    if (!negate) return condition;
    const others = (FACTS[condition.fact] as readonly string[]).filter((a) => a !== condition.is);
    const leaves = others.map((is) => ({ fact: condition.fact, is }));
    if (leaves.length === 0) return { not: condition }; // a one-answer fact has no "other answer" to name
    return leaves.length === 1 ? leaves[0]! : { any: leaves };
  }
  if ('not' in condition) return withoutNot(condition.not, !negate);
  const parts = ('all' in condition ? condition.all : condition.any).map((c) => withoutNot(c, negate));
  // De Morgan: a negated AND is an OR of negations, and the other way round.
  const isAll = 'all' in condition !== negate;
  return isAll ? { all: parts } : { any: parts };
}
