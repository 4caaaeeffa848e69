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

/** Every key and value of the store, unvalidated. */
export async function readRaw(store: People): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  return { keys: await store.getAllKeys(), values: await store.getAll() };
}

/** How many records are validated between two yields to the page (listPeople only; see validateInSlices). */
const SLICE = 100;

function validateSlice(snapshot: Snapshot, keys: readonly IDBValidKey[], values: readonly unknown[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const checked = checkPersonRecord(values[i]);
    const key = keys[i];
    if (checked.ok) snapshot.valid.push(checked.value);
    else snapshot.skipped.push({ ...(typeof key === 'string' ? { id: key } : {}), reason: checked.issues.join('; ') });
  }
}

/** Validates records read with readRaw (unreadable ones are reported, never deleted). */
export function validateAll(keys: readonly IDBValidKey[], values: readonly unknown[]): Snapshot {
  const snapshot: Snapshot = { valid: [], skipped: [], keys: new Set(keys.map(String)) };
  validateSlice(snapshot, keys, values, 0, values.length);
  return snapshot;
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The same as validateAll, a slice at a time with the page's other work in between: a thousand records checked in
 * one go held a slow phone's main thread for over 100 ms. Only outside a transaction (a transaction would commit
 * while waiting).
 */
export async function validateInSlices(keys: readonly IDBValidKey[], values: readonly unknown[]): Promise<Snapshot> {
  const snapshot: Snapshot = { valid: [], skipped: [], keys: new Set(keys.map(String)) };
  for (let from = 0; from < values.length; from += SLICE) {
    if (from > 0) await yieldToPage();
    validateSlice(snapshot, keys, values, from, Math.min(from + SLICE, values.length));
  }
  return snapshot;
}

/** Reads and validates every record, inside a transaction. */
export async function readAll(store: People): Promise<Snapshot> {
  const { keys, values } = await readRaw(store);
  return validateAll(keys, values);
}

/** The records a single-person write looks at, validated only when looked at. */
interface Index {
  keys: Set<string>;
  /** The readable person with this id. */
  get(id: string): SavedPerson | undefined;
  /** A readable person other than `id` whose label clashes with `label`. */
  otherWithLabel(label: string, id: string | undefined): SavedPerson | undefined;
}

// A save, rename or undo checks one label against every record, inside its transaction (where it cannot pause for
// the page): validating a thousand records there was one task of over 100 ms on a slow phone. Only the records
// it looks at are validated; the rest are read for their label.
async function readIndex(store: People): Promise<Index> {
  const { keys, values } = await readRaw(store);
  const byId = new Map<string, unknown>(keys.map((k, i) => [String(k), values[i]]));
  const readable = (raw: unknown) => {
    const checked = raw === undefined ? null : checkPersonRecord(raw);
    return checked?.ok ? checked.value : undefined;
  };
  return {
    keys: new Set(byId.keys()),
    get: (id) => readable(byId.get(id)),
    otherWithLabel: (label, id) => {
      const key = labelKey(label);
      for (const [other, raw] of byId) {
        const otherLabel = typeof raw === 'object' && raw !== null ? (raw as { label?: unknown }).label : undefined;
        if (other === id || typeof otherLabel !== 'string' || labelKey(otherLabel) !== key) continue;
        const person = readable(raw);
        if (person) return person;
      }
      return undefined;
    },
  };
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
  const index = await readIndex(store);
  const clash = index.otherWithLabel(content.label, givenId);
  if (clash) return failure({ kind: 'label-taken', existing: clash });
  const withExpiry: Pick<SavedPerson, 'expiry'> = expiry === undefined ? {} : { expiry };
  if (givenId === undefined) {
    const instant = ctx.now();
    return put(store, { id: ctx.newId(), ...content, ...withExpiry, revision: 1, createdAt: instant, updatedAt: instant });
  }
  const previous = index.get(givenId);
  if (!previous) return missing(index.keys, givenId);
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
  const index = await readIndex(store);
  const person = index.get(id);
  if (!person) return missing(index.keys, id);
  if (base && person.revision !== base.revision && person.label !== base.label) return failure({ kind: 'conflict', current: person });
  const renamed = checkPersonRecord({ ...person, label, ...touched(person, ctx.now()) });
  if (!renamed.ok) return failure({ kind: 'invalid', issues: renamed.issues });
  const clash = index.otherWithLabel(renamed.value.label, id);
  if (clash) return failure({ kind: 'label-taken', existing: clash });
  return put(store, renamed.value);
}

/** Puts a deleted record back exactly as it was (undo); refuses rather than overwrite anything. */
export async function restorePersonIn(store: People, person: SavedPerson): Promise<StoreResult<SavedPerson>> {
  const index = await readIndex(store);
  const sameId = index.get(person.id);
  if (sameId && sameContent(sameId, person)) return success(sameId);
  if (sameId) return failure({ kind: 'id-taken', existing: sameId });
  if (index.keys.has(person.id)) return failure({ kind: 'corrupt', id: person.id, reason: 'unreadable record' });
  const clash = index.otherWithLabel(person.label, person.id);
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
