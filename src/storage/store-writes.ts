import type { IDBPObjectStore } from 'idb';
import { planImport, planSignature, resolveImport, type ClashResolution, type ImportPlan, type ImportResult, type ImportUndo } from './export-import';
import type { MadoguchiDB } from './migrations';
import { checkPersonRecord, labelKey, sameContent, type CheckedPersonInput, type SavedPerson } from './person-record';
import { mergeProgress, progressOf, type Progress } from './progress';
import { failure, success, type SkippedRecord, type StoreResult } from './storage-result';

// What each write does inside its one transaction: read what it must check (label clashes, ids, revisions), then
// write. Two tabs cannot both pass a check, and a write based on an older revision is merged or refused, never
// written over what another tab saved meanwhile.

/** The people store inside a transaction (typed read-write; readonly transactions only call the reading methods). */
export type People = IDBPObjectStore<MadoguchiDB, ['people'], 'people', 'readwrite'>;

/** Every record in the store: the readable people, the unreadable ones, and every key. */
export type Snapshot = { valid: SavedPerson[]; skipped: SkippedRecord[]; keys: Set<string> };

/** What a write needs besides the store: the clock and new ids. */
export interface WriteContext {
  now: () => number;
  newId: () => string;
}

/** Reads and validates every record (unreadable ones are reported, never deleted). */
export async function readAll(store: People): Promise<Snapshot> {
  const keys = await store.getAllKeys();
  const values = await store.getAll();
  const snapshot: Snapshot = { valid: [], skipped: [], keys: new Set(keys.map(String)) };
  values.forEach((raw, i) => {
    const checked = checkPersonRecord(raw);
    if (checked.ok) snapshot.valid.push(checked.value);
    else snapshot.skipped.push({ ...(typeof keys[i] === 'string' ? { id: keys[i] } : {}), reason: checked.issues.join('; ') });
  });
  return snapshot;
}

function otherWithLabel(people: SavedPerson[], label: string, id: string | undefined): SavedPerson | undefined {
  return people.find((p) => p.id !== id && labelKey(p.label) === labelKey(label));
}

function missing<T>(keys: Set<string>, id: string): StoreResult<T> {
  return failure(keys.has(id) ? { kind: 'corrupt', id, reason: 'unreadable record' } : { kind: 'not-found', id });
}

/** Writes the record after a last validation. */
async function put(store: People, record: SavedPerson): Promise<StoreResult<SavedPerson>> {
  const final = checkPersonRecord(record);
  if (!final.ok) return failure({ kind: 'invalid', issues: final.issues });
  await store.put(final.value);
  return success(final.value);
}

function touched(previous: SavedPerson, now: number): Pick<SavedPerson, 'revision' | 'updatedAt'> {
  return { revision: previous.revision + 1, updatedAt: Math.max(now, previous.createdAt, previous.updatedAt) };
}

/**
 * Creates a person (no id) or updates one (its id, and the revision the update is based on). An update based on
 * an older revision is refused with `conflict` and the current record, so the UI asks instead of overwriting.
 */
export async function savePersonIn(
  store: People,
  input: CheckedPersonInput,
  ctx: WriteContext,
): Promise<StoreResult<SavedPerson>> {
  const { id: givenId, revision, expiry, ...content } = input;
  const { valid, keys } = await readAll(store);
  const clash = otherWithLabel(valid, content.label, givenId);
  if (clash) return failure({ kind: 'label-taken', existing: clash });
  const withExpiry: Pick<SavedPerson, 'expiry'> = expiry === undefined ? {} : { expiry };
  if (givenId === undefined) {
    const instant = ctx.now();
    return put(store, { id: ctx.newId(), ...content, ...withExpiry, revision: 1, createdAt: instant, updatedAt: instant });
  }
  const previous = valid.find((p) => p.id === givenId);
  if (!previous) return missing(keys, givenId);
  if (revision !== previous.revision) return failure({ kind: 'conflict', current: previous });
  return put(store, { id: givenId, ...content, ...withExpiry, createdAt: previous.createdAt, ...touched(previous, ctx.now()) });
}

/** The outcome of saveProgress: the record as written, and whether another tab's changes were merged in. */
export interface ProgressSaved {
  person: SavedPerson;
  merged: boolean;
}

/**
 * Saves a checklist's progress (ticks, documents held, answers) changed from `base` (the progress at
 * `base.revision`) to `next`. When another tab wrote meanwhile, both changes are merged (ticks and documents as
 * sets); an answer both changed differently is a `conflict` naming the answers, and nothing is written.
 */
export async function saveProgressIn(
  store: People,
  id: string,
  base: { revision: number; progress: Progress },
  next: Progress,
  ctx: WriteContext,
): Promise<StoreResult<ProgressSaved>> {
  const current = await store.get(id);
  if (current === undefined) return failure({ kind: 'not-found', id });
  const checked = checkPersonRecord(current);
  if (!checked.ok) return failure({ kind: 'corrupt', id, reason: checked.issues.join('; ') });
  const person = checked.value;
  let progress = next;
  const merged = person.revision !== base.revision;
  if (merged) {
    const result = mergeProgress(base.progress, next, progressOf(person));
    if (!result.ok) return failure({ kind: 'conflict', current: person, answers: result.conflicts });
    progress = result.value;
  }
  const written = await put(store, {
    ...person,
    answers: { ...progress.answers },
    ticks: [...progress.ticks],
    held: [...progress.held],
    ...touched(person, ctx.now()),
  });
  return written.ok ? success({ person: written.value, merged }) : written;
}

/**
 * Renames a person. With `base` (the record as the rename form showed it), a rename that another tab's rename
 * overtook is a `conflict`; other changes made meanwhile are kept, since a rename touches only the label.
 */
export async function renamePersonIn(
  store: People,
  id: string,
  label: string,
  base: Pick<SavedPerson, 'revision' | 'label'> | undefined,
  ctx: WriteContext,
): Promise<StoreResult<SavedPerson>> {
  const { valid, keys } = await readAll(store);
  const person = valid.find((p) => p.id === id);
  if (!person) return missing(keys, id);
  if (base && person.revision !== base.revision && person.label !== base.label) return failure({ kind: 'conflict', current: person });
  const renamed = checkPersonRecord({ ...person, label, ...touched(person, ctx.now()) });
  if (!renamed.ok) return failure({ kind: 'invalid', issues: renamed.issues });
  const clash = otherWithLabel(valid, renamed.value.label, id);
  if (clash) return failure({ kind: 'label-taken', existing: clash });
  return put(store, renamed.value);
}

/** Puts a deleted record back exactly as it was (undo); refuses rather than overwrite anything. */
export async function restorePersonIn(store: People, person: SavedPerson): Promise<StoreResult<SavedPerson>> {
  const { valid, keys } = await readAll(store);
  const sameId = valid.find((p) => p.id === person.id);
  if (sameId && sameContent(sameId, person)) return success(sameId);
  if (sameId) return failure({ kind: 'id-taken', existing: sameId });
  if (keys.has(person.id)) return failure({ kind: 'corrupt', id: person.id, reason: 'unreadable record' });
  const clash = otherWithLabel(valid, person.label, person.id);
  if (clash) return failure({ kind: 'label-taken', existing: clash });
  return put(store, person);
}

/** Carries out an import plan, if the saved people are still those it was made for. */
export async function applyImportIn(
  store: People,
  plan: ImportPlan,
  incoming: SavedPerson[],
  resolutions: Readonly<Record<string, ClashResolution>>,
  ctx: WriteContext,
): Promise<StoreResult<ImportResult>> {
  const { valid, keys } = await readAll(store);
  const fresh = planImport(plan.version, incoming, valid);
  if (planSignature(fresh) !== planSignature(plan)) return failure({ kind: 'plan-outdated' });
  const writes = resolveImport(fresh, resolutions, valid, keys, ctx.newId, ctx.now());
  if (!writes.ok) return writes;
  for (const person of writes.value.puts) await store.put(person);
  return success(writes.value.result);
}

/**
 * Takes an import back: removes what it wrote and puts back the people it replaced (one revision on, as any write).
 * Refused, changing nothing, once a person it wrote has been changed or deleted since.
 */
export async function undoImportIn(store: People, undo: ImportUndo): Promise<StoreResult<{ removed: number; restored: number }>> {
  const { valid } = await readAll(store);
  const byId = new Map(valid.map((p) => [p.id, p]));
  if (undo.written.some((w) => byId.get(w.id)?.revision !== w.revision)) return failure({ kind: 'undo-outdated' });
  const replaced = new Map(undo.replaced.map((p) => [p.id, p]));
  for (const w of undo.written) {
    const before = replaced.get(w.id);
    if (before) await store.put({ ...before, revision: w.revision + 1 });
    else await store.delete(w.id);
  }
  return success({ removed: undo.written.length - replaced.size, restored: replaced.size });
}
