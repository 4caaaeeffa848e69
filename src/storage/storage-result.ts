import type { SavedPerson } from './person-record';

// Storage never throws at the UI: every call returns a result, and every failure is one of these kinds,
// so the UI can map each kind to a sentence (see docs/storage.md).

/** Why nothing can be saved on this device right now. */
export type UnavailableReason =
  /** No IndexedDB at all (old browser, some embedded web views). */
  | 'no-indexeddb'
  /** The browser refused to open the database (private mode, storage blocked, disk error). */
  | 'open-failed'
  /** Another tab keeps the old version open and did not let go in time. */
  | 'blocked'
  /** Opening took too long without an answer from the browser. */
  | 'timeout'
  /** The database was upgraded by a newer Madoguchi in another tab; this one must reload. */
  | 'newer-version'
  /** This tab closed its connection so another tab could upgrade; it must reload. */
  | 'closed-for-upgrade'
  /** The browser closed the connection (storage cleared, disk gone). */
  | 'terminated'
  /** A migration from an older schema failed; the old data is left as it was. */
  | 'migration-failed';

/** A stored record that could not be read as a person; listPeople leaves it out and says so. */
export interface SkippedRecord {
  id?: string;
  reason: string;
}

/**
 * One thing wrong with an import file: the person (0-based index in the file, and the label when it could be saved),
 * the field, and a code the UI turns into a sentence (`label-number`, `unknown-city`, `unknown-tick`, `bad-date`…).
 */
export interface ImportProblem {
  person?: number;
  label?: string;
  field: string;
  code: string;
  /** The offending value, when it is a short id safe to repeat (a city or item id, a date). */
  value?: string;
}

/** Every way a storage call can fail. */
export type StorageError =
  | { kind: 'unavailable'; reason: UnavailableReason; message: string }
  /** The device is out of space for this site; nothing was written. */
  | { kind: 'quota'; message: string }
  /** The input or the file does not match the schema; an import file also says what is wrong, person by person. */
  | { kind: 'invalid'; issues: string[]; problems?: ImportProblem[] }
  | { kind: 'not-found'; id: string }
  /** Another person already has this label; nothing was written. */
  | { kind: 'label-taken'; existing: SavedPerson }
  /** The record changed (another tab) since the revision this write was based on, in a way that cannot be merged. */
  | { kind: 'conflict'; current: SavedPerson; answers?: string[] }
  /** Restoring a record whose id is now used by a different record. */
  | { kind: 'id-taken'; existing: SavedPerson }
  /** The stored record is not readable as a person. */
  | { kind: 'corrupt'; id: string; reason: string }
  /** The import file is not JSON. */
  | { kind: 'not-json'; message: string }
  /** The import file starts as a Madoguchi export but is cut off (not valid JSON). */
  | { kind: 'truncated' }
  /** An import can no longer be undone: a person it wrote was changed or deleted since. */
  | { kind: 'undo-outdated' }
  /** The import file is JSON but not a Madoguchi export. */
  | { kind: 'foreign' }
  /** The import file comes from a newer Madoguchi than this one. */
  | { kind: 'too-new'; version: number }
  | { kind: 'too-large'; limit: number }
  /** applyImport was given a clash without a resolution. */
  | { kind: 'unresolved'; ids: string[] }
  /** The saved people changed since importFile made the plan; make it again. */
  | { kind: 'plan-outdated' }
  | { kind: 'failed'; message: string };

/** The outcome of a storage call. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StorageError };

/** A successful result. */
export function success<T>(value: T): StoreResult<T> {
  return { ok: true, value };
}

/** A failed result. */
export function failure<T = never>(error: StorageError): StoreResult<T> {
  return { ok: false, error };
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

/** A short message for any thrown value. */
export function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string' && e.message) {
    return errorName(e) ? `${errorName(e)}: ${e.message}` : e.message;
  }
  return errorName(e) || String(e);
}

/** True for the browser's "out of space" error, whichever way it is reported. */
export function isQuotaError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  return errorName(e) === 'QuotaExceededError' || errorName(e) === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Maps an error thrown by IndexedDB during a call to a StorageError. */
export function toStorageError(e: unknown): StorageError {
  if (isQuotaError(e)) return { kind: 'quota', message: errorMessage(e) };
  if (errorName(e) === 'InvalidStateError') {
    return { kind: 'unavailable', reason: 'terminated', message: errorMessage(e) };
  }
  return { kind: 'failed', message: errorMessage(e) };
}
