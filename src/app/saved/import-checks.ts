import { cities } from '../../cities/registry';
import type { City } from '../../cities/schema';
import { buildChecklist } from '../../engine/checklist';
import { jstDateOf } from '../../engine/time';
import type { ImportProblem, SavedPerson } from '../../storage';
import { AGENT_HELD_PREFIX, SAVED_ANSWER_PARAMS, tickId } from '../checklist/checklist-state';
import { parseChecklistQuery } from '../query/checklist-query';
import { expiryProblem } from './saved-model';

// What an import file's people are checked against besides their shape: the data the app will open them with.
// A person for a city this version does not cover, an expiry no certificate can have, or ticks and answers the
// checklist does not have would be saved and then show as something else (or nothing), so the file is refused with
// a message that names the person and what to fix. Loaded only when a file is imported.

const ANSWER_KEYS = new Set(SAVED_ANSWER_PARAMS);
// Enough to tell the person what is wrong; a file with hundreds of bad ids needs exporting again, not a long list.
const PER_PERSON = 3;

/** Every tick id a checklist can have: each item of each visit, as the checklist names its boxes. */
export function tickIdsOf(city: City, person: Pick<SavedPerson, 'procedure' | 'applicant'>): Set<string> {
  const ids = new Set<string>();
  try {
    // Unanswered, every conditional item is on the list with its condition: all boxes there could be.
    buildChecklist(city, person.procedure, person.applicant, {}).visits.forEach((visit, i) => {
      for (const item of visit.items) ids.add(tickId(i, item.id));
    });
  } catch {
    // A data error: no box can be checked against it, so every tick is reported.
  }
  return ids;
}

/** The problems of one person against its city's data (`city` undefined: a city this version does not cover). */
export function personProblems(person: SavedPerson, index: number, city: City | undefined, today: string): ImportProblem[] {
  const at = { person: index, label: person.label };
  const problems: ImportProblem[] = [];
  if (!city) return [{ ...at, field: 'city', code: 'unknown-city', value: person.city }];
  if (person.expiry) {
    const problem = expiryProblem(person.expiry, today);
    if (problem) problems.push({ ...at, field: 'expiry', code: `expiry-${problem}`, value: person.expiry });
  }
  // A period of stay's end date gets the save form's range too (a card cannot end before 2016 or years ahead).
  if (person.stayUntil) {
    const problem = expiryProblem(person.stayUntil, today);
    if (problem) problems.push({ ...at, field: 'stayUntil', code: `stay-until-${problem}`, value: person.stayUntil });
  }
  const answerParams = new URLSearchParams(Object.entries(person.answers));
  const unknown = Object.keys(person.answers).filter((k) => !ANSWER_KEYS.has(k));
  const bad = parseChecklistQuery(answerParams, [city.id]).problems.map((p) => p.param);
  const answerProblems = [...unknown.map((key) => ['unknown-answer', key]), ...bad.map((key) => ['bad-answer', key])];
  for (const [code, key] of answerProblems.slice(0, PER_PERSON)) problems.push({ ...at, field: 'answers', code: code!, value: key! });
  const ticks = tickIdsOf(city, person);
  for (const id of person.ticks.filter((t) => !ticks.has(t)).slice(0, PER_PERSON)) problems.push({ ...at, field: 'ticks', code: 'unknown-tick', value: id });
  const documents = new Set(city.documents.map((d) => d.id));
  const unheld = person.held.filter((h) => !documents.has(h.startsWith(AGENT_HELD_PREFIX) ? h.slice(AGENT_HELD_PREFIX.length) : h));
  for (const id of unheld.slice(0, PER_PERSON)) problems.push({ ...at, field: 'held', code: 'unknown-document', value: id });
  return problems;
}

/** Checks imported people against the cities' data; resolves to the problems (none: the file can be imported). */
export async function checkImportedPeople(people: readonly SavedPerson[], now: number): Promise<ImportProblem[]> {
  const today = jstDateOf(now);
  const loaded = new Map<string, City | undefined>();
  for (const id of new Set(people.map((p) => p.city))) {
    loaded.set(id, cities.has(id) ? await cities.load(id).catch(() => undefined) : undefined);
  }
  return people.flatMap((person, i) => personProblems(person, i, loaded.get(person.city), today));
}
