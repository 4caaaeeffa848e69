import type { IDBPDatabase } from 'idb';
import { buildExport, parseImportFile, planImport, type ClashResolution, type ImportPlan, type ImportResult, type ImportUndo } from './export-import';
import { PEOPLE_STORE, type MadoguchiDB } from './migrations';
import { openConnection, type OpenOptions, type StoreNotice } from './open-connection';
import { checkPersonInput, checkPersonRecord, type PersonInput, type SavedPerson } from './person-record';
import { requestPersistence } from './persistence';
import type { Progress } from './progress';
import {
  failure,
  success,
  toStorageError,
  type SkippedRecord,
  type StorageError,
  type StoreResult,
  type UnavailableReason,
} from './storage-result';
import {
  applyImportIn,
  readAll,
  readRaw,
  renamePersonIn,
  restorePersonIn,
  savePersonIn,
  saveProgressIn,
  undoImportIn,
  validateInSlices,
  type People,
  type ProgressSaved,
  type WriteContext,
} from './store-writes';

// The connection and its failure modes; each write is one transaction (store-writes.ts), so two tabs cannot both
// pass a check, a write based on an older revision never overwrites a newer one, and a failed write (quota)
// leaves nothing half-written.

export type { SkippedRecord } from './storage-result';
export type { ProgressSaved } from './store-writes';

/**
 * Whether this device can save, and if not, why. `readable`: nothing can be saved, but the saved people can still
 * be read and exported (the database is newer than this page).
 */
export type StoreStatus = { available: true } | { available: false; reason: UnavailableReason; message: string; readable?: boolean };

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
  /**
   * Creates (no id) or updates (id and the revision the update is based on) a person; refuses a label another
   * person has (`label-taken`), and an update based on an older revision (`conflict`, with the current record).
   */
  savePerson(input: PersonInput): Promise<StoreResult<SavedPerson>>;
  /** Saves ticks, documents and answers changed from `base`; merges another tab's changes, or says `conflict`. */
  saveProgress(id: string, base: { revision: number; progress: Progress }, next: Progress): Promise<StoreResult<ProgressSaved>>;
  /** Changes a person's label; refuses a label another person has, and (with `base`) a rename overtaken by another. */
  renamePerson(id: string, label: string, base?: Pick<SavedPerson, 'revision' | 'label'>): Promise<StoreResult<SavedPerson>>;
  /** Deletes a person; returns the record to pass to restorePerson for undo (null if it was unreadable). */
  deletePerson(id: string): Promise<StoreResult<SavedPerson | null>>;
  /** Puts a deleted record back as it was (undo). */
  restorePerson(record: SavedPerson): Promise<StoreResult<SavedPerson>>;
  /** Every readable person as an export file (JSON text), with what was left out. */
  exportAll(): Promise<StoreResult<{ json: string; skipped: SkippedRecord[] }>>;
  /** Validates an import file and plans the merge; writes nothing. */
  importFile(text: string): Promise<StoreResult<ImportPlan>>;
  /** Carries out a plan with a resolution for every clash, in one transaction; returns what it did and its undo. */
  applyImport(plan: ImportPlan, resolutions: Readonly<Record<string, ClashResolution>>): Promise<StoreResult<ImportResult>>;
  /** Takes an import back, if nothing it wrote has changed since. */
  undoImport(undo: ImportUndo): Promise<StoreResult<{ removed: number; restored: number }>>;
  /** Closes the connection (the store is then unavailable). */
  close(): void;
}

/** Opens the store; resolves within the timeout, unavailable with a reason if this device cannot save. */
export async function openStore(options: StoreOptions = {}): Promise<PeopleStore> {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  let db: IDBPDatabase<MadoguchiDB> | null = null;
  let status: StoreStatus;
  let persistenceAsked = false;

  const shutDown = (reason: UnavailableReason, message: string) => {
    db?.close();
    db = null;
    status = { available: false, reason, message };
  };
  const notify = (notice: StoreNotice) => {
    // Another tab upgrades, or the browser closed the database: nothing more can be saved, and the UI says reload.
    if (notice.type === 'versionchange') shutDown('closed-for-upgrade', 'another tab upgraded the database');
    if (notice.type === 'terminated') shutDown('terminated', 'the browser closed the database');
    try {
      options.onNotice?.(notice);
    } catch {
      // A failing UI callback must not break storage.
    }
  };
  // Both notices that shut down come only after the open has settled, so they find `db` and `status` set.
  const opened = await openConnection({ ...options, onNotice: notify });
  db = opened.ok ? opened.db : null;
  status = !opened.ok
    ? { available: false, reason: opened.reason, message: opened.message }
    : opened.readOnly
      ? { available: false, reason: 'newer-version', message: 'the database was written by a newer Madoguchi', readable: true }
      : { available: true };

  const unavailable = (): StorageError =>
    status.available
      ? { kind: 'unavailable', reason: 'terminated', message: 'the database is closed' }
      : { kind: 'unavailable', reason: status.reason, message: status.message };
  const mapError = (e: unknown): StorageError => (db ? toStorageError(e) : unavailable());

  async function inTransaction<T>(
    mode: IDBTransactionMode,
    body: (store: People) => Promise<StoreResult<T>>,
  ): Promise<StoreResult<T>> {
    if (!db || (mode === 'readwrite' && !status.available)) return failure(unavailable());
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

  const listPeople = async (): Promise<StoreResult<PeopleList>> => {
    const read = await inTransaction('readonly', async (store) => success(await readRaw(store)));
    if (!read.ok) return read;
    // Validated after the transaction, a slice at a time: the page stays responsive with a thousand people.
    const { valid, skipped } = await validateInSlices(read.value.keys, read.value.values);
    valid.sort((a, b) => b.updatedAt - a.updatedAt || a.label.localeCompare(b.label));
    return success({ people: valid, skipped });
  };

  const ctx: WriteContext = { now, newId };
  const write = async <T>(body: (store: People) => Promise<StoreResult<T>>) => written(await inTransaction('readwrite', body));

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
      return write((store) => savePersonIn(store, checked.value, ctx));
    },
    saveProgress: (id, base, next) => write((store) => saveProgressIn(store, id, base, next, ctx)),
    renamePerson: (id, label, base) => write((store) => renamePersonIn(store, id, label, base, ctx)),
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
      return write((store) => restorePersonIn(store, checked.value));
    },
    exportAll: async () => {
      const list = await listPeople();
      if (!list.ok) return list;
      return success({ json: buildExport(list.value.people, now()), skipped: list.value.skipped });
    },
    importFile: async (text) => {
      if (!db || !status.available) return failure(unavailable());
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
      const result = await inTransaction('readwrite', (store) => applyImportIn(store, plan, incoming, resolutions, ctx));
      if (result.ok && result.value.undo.written.length > 0) afterWrite();
      return result;
    },
    undoImport: (undo) => inTransaction('readwrite', (store) => undoImportIn(store, undo)),
    close: () => shutDown('terminated', 'the store was closed'),
  };
}
