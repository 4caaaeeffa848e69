import { openDB, type IDBPDatabase, type OpenDBCallbacks } from 'idb';
import { DB_NAME, DB_VERSION, runMigrations, type MadoguchiDB } from './migrations';
import { errorMessage, type UnavailableReason } from './storage-result';

// Opening is where browsers fail in the most ways: no IndexedDB, private modes that throw or error, another tab
// holding an old version open, or (Safari) an open request that never answers. idb's openDB does the opening; this
// module adds the timeout idb has not got and turns each way of failing into a reason the UI can show.

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
  /** How long to wait for the open (a blocked upgrade included) before giving up; default 5000 ms. */
  timeoutMs?: number;
  /** Told about blocked opens, upgrades from other tabs, connections the browser closed, and persistence. */
  onNotice?: (notice: StoreNotice) => void;
  /** The clock, for migrated timestamps and updatedAt; defaults to Date.now. */
  now?: () => number;
}

/**
 * Either an open database, or why there is none. `readOnly`: the database is newer than this code (a newer
 * Madoguchi ran in this browser); it is open at its own version for reading only, so saved people stay in reach.
 */
export type OpenOutcome =
  | { ok: true; db: IDBPDatabase<MadoguchiDB>; readOnly?: boolean }
  | { ok: false; reason: UnavailableReason; message: string };

const DEFAULT_TIMEOUT_MS = 5000;

/** Whether there is a global IndexedDB for idb to open (touching it throws in some locked-down browsers). */
function hasIndexedDB(): boolean {
  try {
    return Boolean((globalThis as { indexedDB?: IDBFactory }).indexedDB);
  } catch {
    return false;
  }
}

/** Opens (and upgrades) the database; resolves within the timeout whatever the browser does. */
export function openConnection(options: OpenOptions): Promise<OpenOutcome> {
  if (!hasIndexedDB()) return Promise.resolve({ ok: false, reason: 'no-indexeddb', message: 'IndexedDB is not available' });
  const now = options.now ?? Date.now;
  const notify = (notice: StoreNotice) => options.onNotice?.(notice);
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

    // For as long as the connection lives, the read-only one included.
    const lifetime: OpenDBCallbacks<MadoguchiDB> = {
      blocking: (_current, _next, event) => {
        // Let the other tab's upgrade through; this tab can no longer save and must reload.
        (event.target as IDBDatabase).close();
        notify({ type: 'versionchange' });
      },
      terminated: () => notify({ type: 'terminated' }),
    };
    // A late open after the timeout: the UI already shows the error state, so do not hold the database open.
    const keep = (db: IDBPDatabase<MadoguchiDB>, readOnly: boolean) => {
      if (settled) db.close();
      else settle(readOnly ? { ok: true, db, readOnly } : { ok: true, db });
    };

    let opening: Promise<IDBPDatabase<MadoguchiDB>>;
    try {
      opening = openDB<MadoguchiDB>(DB_NAME, DB_VERSION, {
        ...lifetime,
        blocked: () => {
          blocked = true;
          notify({ type: 'blocked' });
        },
        upgrade: (db, oldVersion, newVersion, tx) => {
          // idb makes a `done` promise for every wrapped transaction; an aborted upgrade must not leave it unhandled.
          tx.done.catch(() => undefined);
          runMigrations(db, tx, oldVersion, newVersion ?? DB_VERSION, now()).catch((e: unknown) => {
            migrationError = e;
            try {
              tx.abort();
            } catch {
              // Already aborted by the failing request: the old data is untouched either way.
            }
          });
        },
      });
    } catch (e) {
      settle({ ok: false, reason: 'open-failed', message: errorMessage(e) });
      return;
    }
    opening.then(
      (db) => keep(db, false),
      (error: unknown) => {
        if (migrationError !== undefined) {
          settle({ ok: false, reason: 'migration-failed', message: errorMessage(migrationError) });
        } else if ((error as { name?: unknown } | null)?.name === 'VersionError') {
          // A newer Madoguchi upgraded the database: open it at its own version, to read the saved people only.
          const newer: OpenOutcome = { ok: false, reason: 'newer-version', message: errorMessage(error) };
          try {
            openDB<MadoguchiDB>(DB_NAME, undefined, lifetime).then(
              (db) => keep(db, true),
              () => settle(newer),
            );
          } catch {
            settle(newer);
          }
        } else {
          settle({ ok: false, reason: 'open-failed', message: errorMessage(error) });
        }
      },
    );
  });
}
