import { national as defaultRules, type National } from '../cities/national';
import type { DocumentKind } from '../cities/national-schema';
import type { Answers, City, Condition, FactId, IdDocument, IdRule, Source } from '../cities/schema';
import { evaluate, openFacts, sortFacts } from './conditions';

// Semantics of an ID rule (kept strict on purpose: the counter applies the page's words, not our generosity):
// - A rule is met when ANY of its alternatives is met.
// - An alternative {min, total} is met when, for every list L in `min`, the counted documents of list L number at
//   least min[L], and all counted documents number at least `total`.
// - Each document belongs to exactly one list and counts once (duplicates in `held` are ignored), so there is no
//   substitution: an A document never stands in for a B one unless an alternative itself says so
//   (Ryugasaki's agent rule "A×2 or A×1 + B×1" is two alternatives; 2×B meets neither).
// - A document counts only if it is known to the city, not in the rule's `excludes`, and its `countsOnlyIf`
//   holds for the answers given (the answers describe whoever holds the documents).
// - National rules come first: a document whose every kind has expired nationally (a paper 健康保険証, domain §1
//   and §9) never counts, whatever a city's older list says; one that names an expired kind and a valid one
//   (「健康保険又は介護保険の被保険者証」) counts only as the valid kind, and says so.

/** Why a held document does not count ('not-in-rule': its list is one the rule never counts, e.g. B for "A×1"). */
export const IGNORE_REASONS = [
  'excluded',
  'condition-false',
  'condition-unknown',
  'unknown-document',
  'not-in-rule',
  'no-longer-valid',
] as const;
/** A reason a held document does not count. */
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

/** A held document that counts, and the list it counts in; `validity` when it counts only as some of its kinds. */
export interface CountedDocument {
  id: string;
  list: string;
  validity?: DocumentValidity;
}

/** A held document that does not count, and why; `condition` for the two condition reasons, `validity` for an expired one. */
export interface IgnoredDocument {
  id: string;
  reason: IgnoreReason;
  condition?: Condition;
  validity?: DocumentValidity;
}

/**
 * How the national rules read a city's document: 'valid' (no kind of it has expired), 'expired' (every kind has:
 * it never counts) or 'partly' (it counts only as its `valid` kinds). `expired` carries each lapsed kind's date and
 * replacement.
 */
export interface DocumentValidity {
  status: 'valid' | 'expired' | 'partly';
  valid: DocumentKind[];
  expired: DocumentKind[];
}

/** The national reading of a document: which of the kinds it names still count (all of them when it names none). */
export function documentValidity(doc: IdDocument, rules: National = defaultRules): DocumentValidity {
  const kinds = (doc.kinds ?? []).map((id) => {
    const kind = rules.documentKinds.find((k) => k.id === id);
    if (!kind) throw new Error(`document ${doc.id}: unknown national document kind ${id}`);
    return kind;
  });
  const expired = kinds.filter((k) => k.expired);
  const valid = kinds.filter((k) => !k.expired);
  const status = expired.length === 0 ? 'valid' : valid.length === 0 ? 'expired' : 'partly';
  return { status, valid, expired };
}

/** What one unmet alternative still needs: `need[list]` more from that list, and `needAny` more from any list. */
export interface Shortfall {
  alternative: number;
  need: Record<string, number>;
  needAny?: number;
}

/** The result of checking held documents against one ID rule. */
export interface IdCheck {
  ruleId: string;
  enough: boolean;
  /** Indices of the alternatives that are met. */
  met: number[];
  /** One entry per alternative when not enough; empty when enough. */
  missing: Shortfall[];
  /** The first met alternative, or else the one short of the fewest documents (the first of equals). */
  closest: number;
  counted: CountedDocument[];
  ignored: IgnoredDocument[];
  /** Unanswered facts that decide whether an ignored document would count (Ryugasaki: resident-pin). */
  questions: FactId[];
  source: Source;
}

/** Finds an ID rule of a city, or throws: an item naming a missing rule is a data error the schema rejects. */
export function idRule(city: City, ruleId: string): IdRule {
  const rule = city.idRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`${city.id}: unknown idRule ${ruleId}`);
  return rule;
}

/** The lists a rule can count from: all of them when an alternative has a plain total, else those it names. */
function countingLists(city: City, rule: IdRule): Set<string> {
  if (rule.anyOf.some((a) => a.total !== undefined)) return new Set(city.lists.map((l) => l.id));
  return new Set(rule.anyOf.flatMap((a) => Object.keys(a.min ?? {})));
}

/** The documents that can count toward a rule (the UI's picker): in a counting list and not excluded. */
export function documentsFor(city: City, ruleId: string): IdDocument[] {
  const rule = idRule(city, ruleId);
  const lists = countingLists(city, rule);
  const excluded = new Set(rule.excludes ?? []);
  return city.documents.filter((d) => lists.has(d.list) && !excluded.has(d.id));
}

/** How many more documents an alternative needs, per list and from any list. */
export function shortfall(
  alt: IdRule['anyOf'][number],
  counted: readonly CountedDocument[],
): { need: Record<string, number>; needAny: number } {
  const need: Record<string, number> = {};
  let perList = 0;
  for (const [list, min] of Object.entries(alt.min ?? {})) {
    const short = min - counted.filter((d) => d.list === list).length;
    if (short > 0) {
      need[list] = short;
      perList += short;
    }
  }
  // Documents added for a list also count toward the total, so only the rest is needed from any list.
  const needAny = Math.max(0, (alt.total ?? 0) - counted.length - perList);
  return { need, needAny };
}

/** Checks the documents someone holds against one of the city's ID rules, national rules first. */
export function checkIds(
  city: City,
  ruleId: string,
  held: readonly string[],
  answers: Answers,
  rules: National = defaultRules,
): IdCheck {
  const rule = idRule(city, ruleId);
  const lists = countingLists(city, rule);
  const excluded = new Set(rule.excludes ?? []);
  const counted: CountedDocument[] = [];
  const ignored: IgnoredDocument[] = [];
  const questions: FactId[] = [];

  for (const id of new Set(held)) {
    const doc = city.documents.find((d) => d.id === id);
    if (!doc) {
      ignored.push({ id, reason: 'unknown-document' });
      continue;
    }
    const validity = documentValidity(doc, rules);
    if (validity.status === 'expired') {
      ignored.push({ id, reason: 'no-longer-valid', validity });
    } else if (excluded.has(id)) {
      ignored.push({ id, reason: 'excluded' });
    } else if (!lists.has(doc.list)) {
      ignored.push({ id, reason: 'not-in-rule' });
    } else {
      const value = doc.countsOnlyIf ? evaluate(doc.countsOnlyIf, answers) : true;
      if (value === true) counted.push(validity.status === 'partly' ? { id, list: doc.list, validity } : { id, list: doc.list });
      else {
        const condition = doc.countsOnlyIf!;
        ignored.push({ id, reason: value === false ? 'condition-false' : 'condition-unknown', condition });
        questions.push(...openFacts(condition, answers));
      }
    }
  }

  const shortfalls = rule.anyOf.map((alt, alternative) => ({ alternative, ...shortfall(alt, counted) }));
  const size = (s: (typeof shortfalls)[number]) => Object.values(s.need).reduce((a, b) => a + b, 0) + s.needAny;
  const met = shortfalls.filter((s) => size(s) === 0).map((s) => s.alternative);
  const enough = met.length > 0;
  const closest = enough
    ? met[0]!
    : shortfalls.reduce((best, s) => (size(s) < size(best) ? s : best), shortfalls[0]!).alternative;
  const missing: Shortfall[] = enough
    ? []
    : shortfalls.map(({ alternative, need, needAny }) => (needAny ? { alternative, need, needAny } : { alternative, need }));

  return { ruleId, enough, met, missing, closest, counted, ignored, questions: sortFacts(questions), source: rule.source };
}
