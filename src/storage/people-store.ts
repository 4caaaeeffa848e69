import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import {
  buildExport,
  parseImportFile,
  planImport,
  planSignature,
  resolveImport,
  type ClashResolution,
  type ImportPlan,
  type ImportSummary,
} from './export-import';
import { PEOPLE_STORE, type MadoguchiDB } from './migrations';
import { openConnection, type OpenOptions, type StoreNotice } from './open-connection';
import { checkPersonInput, checkPersonRecord, labelKey, sameContent, type PersonInput, type SavedPerson } from './person-record';
import { requestPersistence } from './persistence';
import { failure, success, toStorageError, type StorageError, type StoreResult, type UnavailableReason } from './storage-result';

// Every write is one transaction that reads what it must check (label clashes, ids) and then writes, so two tabs
// cannot both pass the check, and a failed write (quota) leaves nothing half-written.

/** Whether this device can save, and if not, why. */
export type StoreStatus = { available: true } | { available: false; reason: UnavailableReason; message: string };

/** A stored record that could not be read as a person; listPeople leaves it out and says so. */
export interface SkippedRecord {
  id?: string;
  reason: string;
}

/** The readable people, and the records that were skipped. */
export interface PeopleList {
  people: SavedPerson[];
  skipped: SkippedRecord[];
}

/** Options of openStore. */
export interface StoreOptions extends OpenOptions {
  /** New record ids; defaults to crypto.randomUUID. */
  newId?: () => string;
}

/** The saved people on this device. Every method resolves (never rejects) with a result. */
export interface PeopleStore {
  /** Live status: may turn unavailable when another tab upgrades the database. */
  readonly status: StoreStatus;
  /** All readable people, most recently updated first, and the records skipped as unreadable. */
  listPeople(): Promise<StoreResult<PeopleList>>;
  /** One person, or null if there is none with this id. */
  getPerson(id: string): Promise<StoreResult<SavedPerson | null>>;
  /** Creates (no id, or a new one) or updates (existing id) a person; refuses a label another person has. */
  savePerson(input: PersonInput): Promise<StoreResult<SavedPerson>>;
  /** Changes a person's label; refuses a label another person has. */
  renamePerson(id: string, label: string): Promise<StoreResult<SavedPerson>>;
  /** Deletes a person; returns the record to pass to restorePerson for undo (null if it was unreadable). */
  deletePerson(id: string): Promise<StoreResult<SavedPerson | null>>;
  /** Puts a deleted record back as it was (undo). */
  restorePerson(record: SavedPerson): Promise<StoreResult<SavedPerson>>;
  /** Every readable person as an export file (JSON text), with what was left out. */
  exportAll(): Promise<StoreResult<{ json: string; skipped: SkippedRecord[] }>>;
  /** Validates an import file and plans the merge; writes nothing. */
  importFile(text: string): Promise<StoreResult<ImportPlan>>;
  /** Carries out a plan with a resolution for every clash, in one transaction. */
  applyImport(plan: ImportPlan, resolutions: Readonly<Record<string, ClashResolution>>): Promise<StoreResult<ImportSummary>>;
  /** Closes the connection (the store is then unavailable). */
  close(): void;
}

// Typed as read-write; readonly transactions only call the reading methods.
type People = IDBPObjectStore<MadoguchiDB, ['people'], 'people', 'readwrite'>;
type Snapshot = { valid: SavedPerson[]; skipped: SkippedRecord[]; keys: Set<string> };

async function readAll(store: People): Promise<Snapshot> {
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

/** Opens the store; resolves within the timeout, unavailable with a reason if this device cannot save. */
export async function openStore(options: StoreOptions = {}): Promise<PeopleStore> {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const notify = (notice: StoreNotice) => {
    try {
      options.onNotice?.(notice);
    } catch {
      // A failing UI callback must not break storage.
    }
  };
  const opened = await openConnection({ ...options, onNotice: notify });
  let db: IDBPDatabase<MadoguchiDB> | null = opened.ok ? opened.db : null;
  let status: StoreStatus = opened.ok ? { available: true } : { available: false, reason: opened.reason, message: opened.message };
  let persistenceAsked = false;

  const shutDown = (reason: UnavailableReason, message: string) => {
    db?.close();
    db = null;
    status = { available: false, reason, message };
  };
  if (opened.ok) {
    // Another tab wants to upgrade: let it, and tell the user this tab must reload.
    opened.raw.addEventListener('versionchange', () => {
      shutDown('closed-for-upgrade', 'another tab upgraded the database');
      notify({ type: 'versionchange' });
    });
    opened.raw.addEventListener('close', () => {
      shutDown('terminated', 'the browser closed the database');
      notify({ type: 'terminated' });
    });
  }

  const unavailable = (): StorageError =>
    status.available
      ? { kind: 'unavailable', reason: 'terminated', message: 'the database is closed' }
      : { kind: 'unavailable', reason: status.reason, message: status.message };
  const mapError = (e: unknown): StorageError => (db ? toStorageError(e) : unavailable());

  async function inTransaction<T>(
    mode: IDBTransactionMode,
    body: (store: People) => Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    if (!db) return failure(unavailable());
    let tx;
    try {
      tx = db.transaction(PEOPLE_STORE, mode);
    } catch (e) {
      return failure(mapError(e));
    }
    // Settles either way, so an aborted transaction never becomes an unhandled rejection.
    const done = tx.done.then(
      () => undefined,
      (e: unknown) => e ?? new Error('transaction aborted'),
    );
    const abort = async () => {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      await done;
    };
    try {
      const result = await body(tx.store as unknown as People);
      if (!result.ok) {
        await abort();
        return result;
      }
      const error = await done;
      return error === undefined ? result : failure(mapError(error));
    } catch (e) {
      await abort();
      return failure(mapError(e));
    }
  }

  const afterWrite = () => {
    if (persistenceAsked) return;
    persistenceAsked = true;
    void requestPersistence().then((granted) => {
      if (granted !== null) notify({ type: 'persisted', granted });
    });
  };
  const written = <T>(result: StoreResult<T>) => {
    if (result.ok) afterWrite();
    return result;
  };

  const listPeople = () =>
    inTransaction('readonly', async (store) => {
      const { valid, skipped } = await readAll(store);
      valid.sort((a, b) => b.updatedAt - a.updatedAt || a.label.localeCompare(b.label));
      return success({ people: valid, skipped });
    });

  return {
    get status() {
      return status;
    },
    listPeople,
    getPerson: (id) =>
      inTransaction('readonly', async (store) => {
        const raw = await store.get(id);
        if (raw === undefined) return success(null);
        const checked = checkPersonRecord(raw);
        return checked.ok ? success(checked.value) : failure({ kind: 'corrupt', id, reason: checked.issues.join('; ') });
      }),
    savePerson: async (input) => {
      const checked = checkPersonInput(input);
      if (!checked.ok) return failure({ kind: 'invalid', issues: checked.issues });
      const { id: givenId, expiry, ...content } = checked.value;
      const result = await inTransaction('readwrite', async (store) => {
        const { valid } = await readAll(store);
        const clash = otherWithLabel(valid, content.label, givenId);
        if (clash) return failure<SavedPerson>({ kind: 'label-taken', existing: clash });
        const previous = givenId === undefined ? undefined : valid.find((p) => p.id === givenId);
        const instant = now();
        const createdAt = previous?.createdAt ?? instant;
        const record: SavedPerson = {
          id: givenId ?? newId(),
          ...content,
          ...(expiry === undefined ? {} : { expiry }),
          createdAt,
          updatedAt: Math.max(instant, createdAt),
        };
        const final = checkPersonRecord(record);
        if (!final.ok) return failure<SavedPerson>({ kind: 'invalid', issues: final.issues });
        await store.put(final.value);
        return success(final.value);
      });
      return written(result);
    },
    renamePerson: async (id, label) => {
      const result = await inTransaction('readwrite', async (store) => {
        const { valid, keys } = await readAll(store);
        const person = valid.find((p) => p.id === id);
        if (!person) {
          return failure<SavedPerson>(keys.has(id) ? { kind: 'corrupt', id, reason: 'unreadable record' } : { kind: 'not-found', id });
        }
        const renamed = checkPersonRecord({ ...person, label, updatedAt: Math.max(now(), person.createdAt) });
        if (!renamed.ok) return failure<SavedPerson>({ kind: 'invalid', issues: renamed.issues });
        const clash = otherWithLabel(valid, renamed.value.label, id);
        if (clash) return failure<SavedPerson>({ kind: 'label-taken', existing: clash });
        await store.put(renamed.value);
        return success(renamed.value);
      });
      return written(result);
    },
    deletePerson: (id) =>
      inTransaction('readwrite', async (store) => {
        const raw = await store.get(id);
        if (raw === undefined) return failure<SavedPerson | null>({ kind: 'not-found', id });
        await store.delete(id);
        const checked = checkPersonRecord(raw);
        return success(checked.ok ? checked.value : null);
      }),
    restorePerson: async (record) => {
      const checked = checkPersonRecord(record);
      if (!checked.ok) return failure({ kind: 'invalid', issues: checked.issues });
      const person = checked.value;
      const result = await inTransaction('readwrite', async (store) => {
        const { valid, keys } = await readAll(store);
        const sameId = valid.find((p) => p.id === person.id);
        if (sameId && sameContent(sameId, person)) return success(sameId);
        if (sameId) return failure<SavedPerson>({ kind: 'id-taken', existing: sameId });
        if (keys.has(person.id)) return failure<SavedPerson>({ kind: 'corrupt', id: person.id, reason: 'unreadable record' });
        const clash = otherWithLabel(valid, person.label, person.id);
        if (clash) return failure<SavedPerson>({ kind: 'label-taken', existing: clash });
        await store.put(person);
        return success(person);
      });
      return written(result);
    },
    exportAll: async () => {
      const list = await listPeople();
      if (!list.ok) return list;
      return success({ json: buildExport(list.value.people, now()), skipped: list.value.skipped });
    },
    importFile: async (text) => {
      if (!db) return failure(unavailable());
      const parsed = parseImportFile(text, now());
      if (!parsed.ok) return parsed;
      return inTransaction('readonly', async (store) => {
        const { valid } = await readAll(store);
        return success(planImport(parsed.value.version, parsed.value.people, valid));
      });
    },
    applyImport: async (plan, resolutions) => {
      const incoming: SavedPerson[] = [];
      for (const raw of plan.incoming) {
        const checked = checkPersonRecord(raw);
        if (!checked.ok) return failure({ kind: 'invalid', issues: checked.issues });
        incoming.push(checked.value);
      }
      const result = await inTransaction('readwrite', async (store) => {
        const { valid, keys } = await readAll(store);
        const fresh = planImport(plan.version, incoming, valid);
        if (planSignature(fresh) !== planSignature(plan)) return failure<ImportSummary>({ kind: 'plan-outdated' });
        const writes = resolveImport(fresh, resolutions, valid, keys, newId, now());
        if (!writes.ok) return writes;
        for (const id of writes.value.deletes) await store.delete(id);
        for (const person of writes.value.puts) await store.put(person);
        return success(writes.value.summary);
      });
      if (result.ok && result.value.added + result.value.replaced + result.value.keptBoth > 0) afterWrite();
      return result;
    },
    close: () => shutDown('terminated', 'the store was closed'),
  };
}
