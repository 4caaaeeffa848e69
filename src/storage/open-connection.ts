import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, runMigrations, type MadoguchiDB } from './migrations';
import { errorMessage, type UnavailableReason } from './storage-result';

// Opening is where browsers fail in the most ways: no IndexedDB, private modes that throw or error,
// another tab holding an old version open, or (Safari) an open request that never answers.
// idb's openDB always uses the global factory, so this opens through the given factory and wraps the result.

/** Something the UI should show while the store is open: another tab blocks, or this tab must reload. */
export type StoreNotice =
  /** Another tab holds the old version open; ask the user to close other Madoguchi tabs. */
  | { type: 'blocked' }
  /** Another tab needs to upgrade; this connection is closed and the page should be reloaded. */
  | { type: 'versionchange' }
  /** The browser closed the connection (storage cleared); the page should be reloaded. */
  | { type: 'terminated' }
  /** The answer to navigator.storage.persist() after the first save. */
  | { type: 'persisted'; granted: boolean };

/** Options for opening the store. */
export interface OpenOptions {
  /** IndexedDB to use; defaults to the global one (tests pass fake-indexeddb's). */
  factory?: IDBFactory;
  /** How long to wait for the open (a blocked upgrade included) before giving up; default 5000 ms. */
  timeoutMs?: number;
  /** Told about blocked opens, upgrades from other tabs, and persistence. */
  onNotice?: (notice: StoreNotice) => void;
  /** The clock, for migrated timestamps and updatedAt; defaults to Date.now. */
  now?: () => number;
}

/**
 * Either an open database, or why there is none. `readOnly`: the database is newer than this code (a newer
 * Madoguchi ran in this browser); it is open at its own version for reading only, so saved people stay in reach.
 */
export type OpenOutcome =
  | { ok: true; db: IDBPDatabase<MadoguchiDB>; raw: IDBDatabase; readOnly?: boolean }
  | { ok: false; reason: UnavailableReason; message: string };

const DEFAULT_TIMEOUT_MS = 5000;

/** The global IndexedDB factory, or undefined where there is none (or touching it throws). */
export function globalFactory(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/** Opens the database at whatever version it has, for reading; settles `newer-version` if even that fails. */
function openAsItIs(factory: IDBFactory, message: string, settle: (outcome: OpenOutcome) => void, isSettled: () => boolean): void {
  const newer: OpenOutcome = { ok: false, reason: 'newer-version', message };
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(DB_NAME);
  } catch {
    settle(newer);
    return;
  }
  request.onsuccess = () => {
    if (isSettled()) request.result.close();
    else settle({ ok: true, db: wrap(request.result) as IDBPDatabase<MadoguchiDB>, raw: request.result, readOnly: true });
  };
  request.onerror = (event) => {
    event.preventDefault();
    settle(newer);
  };
}

/** Opens (and upgrades) the database; resolves within the timeout whatever the browser does. */
export function openConnection(options: OpenOptions): Promise<OpenOutcome> {
  const factory = options.factory ?? globalFactory();
  if (!factory) return Promise.resolve({ ok: false, reason: 'no-indexeddb', message: 'IndexedDB is not available' });
  const now = options.now ?? Date.now;
  return new Promise((resolve) => {
    let settled = false;
    let blocked = false;
    let migrationError: unknown;
    const settle = (outcome: OpenOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle(
        blocked
          ? { ok: false, reason: 'blocked', message: 'another tab keeps an older version of the database open' }
          : { ok: false, reason: 'timeout', message: 'the browser did not open the database in time' },
      );
    }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (e) {
      settle({ ok: false, reason: 'open-failed', message: errorMessage(e) });
      return;
    }
    request.onblocked = () => {
      blocked = true;
      options.onNotice?.({ type: 'blocked' });
    };
    request.onupgradeneeded = (event) => {
      const db = wrap(request.result) as IDBPDatabase<MadoguchiDB>;
      const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
        MadoguchiDB,
        ArrayLike<'people'>,
        'versionchange'
      >;
      // idb makes a `done` promise for every wrapped transaction; an aborted upgrade must not leave it unhandled.
      tx.done.catch(() => undefined);
      runMigrations(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION, now()).catch((e: unknown) => {
        migrationError = e;
        try {
          tx.abort();
        } catch {
          // Already aborted by the failing request: the old data is untouched either way.
        }
      });
    };
    request.onsuccess = () => {
      const raw = request.result;
      // A late success after the timeout: the UI already shows the error state, so do not hold the database open.
      if (settled) {
        raw.close();
        return;
      }
      settle({ ok: true, db: wrap(raw) as IDBPDatabase<MadoguchiDB>, raw });
    };
    request.onerror = (event) => {
      // Handled here; do not let it surface as an uncaught error on the window.
      event.preventDefault();
      const error = request.error;
      if (migrationError !== undefined) {
        settle({ ok: false, reason: 'migration-failed', message: errorMessage(migrationError) });
      } else if (error?.name === 'VersionError') {
        openAsItIs(factory, errorMessage(error), settle, () => settled);
      } else {
        settle({ ok: false, reason: 'open-failed', message: errorMessage(error) });
      }
    };
  });
}
