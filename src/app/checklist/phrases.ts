import type { City, Condition } from '../../cities/schema';
import { withoutNot } from '../../engine/conditions';
import type { IdCheck, IgnoredDocument, Shortfall } from '../../engine/id-check';
import type { Translate } from '../ui/sentence';

// Conditions and ID shortfalls in words, from the rules engineer's phrases (locales/<lang>/rules.json). Pure
// functions over a translate function, so they are unit-tested without a browser.

/** The part of t() these helpers need; i18next's TFunction fits. */
export type { Translate };

/** Flattens nested ANDs into one AND (and ORs into one OR), so phrases read as one list, not brackets in brackets. */
function flatten(kind: 'all' | 'any', parts: Condition[]): Condition[] {
  return parts.flatMap((p) => (kind in p ? flatten(kind, (p as Record<typeof kind, Condition[]>)[kind]) : [p]));
}

function clauseOf(c: Condition, t: Translate, city: string, nested: boolean): string {
  if ('fact' in c) return t(`rules:facts.${c.fact}.clause.${c.is}`, { city });
  if ('not' in c) return clauseOf(c.not, t, city, nested); // withoutNot leaves `not` only on one-answer facts: none exist
  const kind = 'all' in c ? 'all' : 'any';
  const parts = flatten(kind, 'all' in c ? c.all : c.any).map((p) => clauseOf(p, t, city, true));
  const joined = parts.reduce((left, right) => t(kind === 'all' ? 'rules:conditions.and' : 'rules:conditions.or', { left, right }));
  return nested && parts.length > 1 ? t('rules:conditions.group', { clause: joined }) : joined;
}

/** A condition as a clause: "the person is a child under 15 and …" (no "only if"). */
export function conditionClause(condition: Condition, t: Translate, cityName: string): string {
  return clauseOf(withoutNot(condition), t, cityName, false);
}

/** A condition as "only if …". */
export function onlyIf(condition: Condition, t: Translate, cityName: string): string {
  return t('rules:conditions.onlyIf', { clause: conditionClause(condition, t, cityName) });
}

/** Why a not-needed item is not needed: "Not needed in your case: it is needed only if …". */
export function notNeededBecause(condition: Condition, t: Translate, cityName: string): string {
  return t('rules:conditions.notNeeded', { clause: conditionClause(condition, t, cityName) });
}

/** A list's name for a sentence: its short name if the city has one, quoted, so names with "or" stay readable. */
export function listName(cityId: string, listId: string, t: Translate): string {
  const full = t(`cities/${cityId}:lists.${listId}`);
  return t('checklist:id.listQuoted', { name: t(`cities/${cityId}:listsShort.${listId}`, { defaultValue: full }) });
}

/** One unmet alternative in words: "1 more from “List A”" or "1 more from “photo ID” plus 1 more of any listed kind". */
export function shortfallPhrase(s: Shortfall, cityId: string, t: Translate): string {
  const parts = Object.entries(s.need).map(([list, count]) => t('rules:idCheck.needList', { count, list: listName(cityId, list, t) }));
  if (s.needAny) parts.push(t('rules:idCheck.needAny', { count: s.needAny }));
  return parts.reduce((left, right) => t('rules:idRule.and', { left, right }));
}

/** What is still needed, every alternative joined with "or"; the alternative closest to done comes first. */
export function missingPhrase(check: IdCheck, cityId: string, t: Translate): string {
  const ordered = [...check.missing].sort((a, b) => (a.alternative === check.closest ? -1 : b.alternative === check.closest ? 1 : 0));
  return ordered.map((s) => shortfallPhrase(s, cityId, t)).reduce((left, right) => t('rules:idRule.or', { left, right }));
}

/** Why one held document does not count, in words (a lapsed one names its kind; the date is at its checkbox). */
export function ignoredPhrase(doc: IgnoredDocument, t: Translate, cityName: string): string {
  const condition = doc.condition ? onlyIf(doc.condition, t, cityName) : '';
  const lapsed = doc.validity?.expired[0];
  const kind = lapsed ? t(`rules:documentKinds.${lapsed.id}`) : '';
  const replacement = lapsed?.expired ? t(`rules:documentKinds.${lapsed.expired.replacedBy}`) : '';
  return t(`rules:idCheck.ignored.${doc.reason}`, { condition, kind, replacement });
}

/** The name of a document of a city (its id, as text, when the city does not know it). */
export function documentName(city: City, docId: string, t: Translate): string {
  return city.documents.some((d) => d.id === docId) ? t(`cities/${city.id}:documents.${docId}`) : docId;
}
