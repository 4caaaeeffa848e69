import type { SavedPerson } from './person-record';

// A checklist's progress is what the person changes while using it: the items ticked, the documents held, the
// answers. Two tabs may change it at once; ticks and documents are sets, so both sides' changes can be kept; an
// answer changed to two different values cannot, and the person is asked.

/** What a person changes while using a saved checklist. */
export interface Progress {
  answers: Readonly<Record<string, string>>;
  ticks: readonly string[];
  held: readonly string[];
}

/** The merge of two changes of one progress, or the answers both changed differently. */
export type MergeResult = { ok: true; value: Progress } | { ok: false; conflicts: string[] };

/** The progress part of a saved person. */
export function progressOf(person: Pick<SavedPerson, 'answers' | 'ticks' | 'held'>): Progress {
  return { answers: person.answers, ticks: person.ticks, held: person.held };
}

/** True when two progresses hold the same answers, ticks and documents (list order aside). */
export function sameProgress(a: Progress, b: Progress): boolean {
  return sameSet(a.ticks, b.ticks) && sameSet(a.held, b.held) && sameAnswers(a.answers, b.answers);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

function sameAnswers(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

// Theirs, less what mine removed, plus what mine added (in mine's order).
function mergeSet(base: readonly string[], mine: readonly string[], theirs: readonly string[]): string[] {
  const baseSet = new Set(base);
  const mineSet = new Set(mine);
  const removed = new Set(base.filter((x) => !mineSet.has(x)));
  const out = theirs.filter((x) => !removed.has(x));
  const seen = new Set(out);
  for (const x of mine) {
    if (!baseSet.has(x) && !seen.has(x)) {
      out.push(x);
      seen.add(x);
    }
  }
  return out;
}

/**
 * A three-way merge: `mine` and `theirs` both started from `base`. Ticks and documents merge as sets (an item
 * ticked on one side and another ticked on the other are both ticked); an answer changed on one side only takes
 * that change; an answer changed differently on both is a conflict, unless `prefer` says whose answer wins (the
 * person chose, after being asked).
 */
export function mergeProgress(base: Progress, mine: Progress, theirs: Progress, prefer?: 'mine' | 'theirs'): MergeResult {
  const answers: Record<string, string> = {};
  const conflicts: string[] = [];
  const keys = new Set([...Object.keys(base.answers), ...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
  for (const key of [...keys].sort()) {
    const [b, m, t] = [base.answers[key], mine.answers[key], theirs.answers[key]];
    const value = m === b ? t : t === b || t === m ? m : prefer === 'mine' ? m : prefer === 'theirs' ? t : null;
    if (value === null) conflicts.push(key);
    else if (value !== undefined) answers[key] = value;
  }
  if (conflicts.length) return { ok: false, conflicts };
  return {
    ok: true,
    value: { answers, ticks: mergeSet(base.ticks, mine.ticks, theirs.ticks), held: mergeSet(base.held, mine.held, theirs.held) },
  };
}
