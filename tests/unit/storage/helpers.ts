// Shared test helpers: fresh fake IndexedDBs, databases in an old layout, raw writes that bypass the validator.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME, DB_VERSION } from '../../../src/storage/migrations';
import type { PersonInput } from '../../../src/storage/person-record';

/** A fixed instant: 2026-01-01T00:00:00Z. */
export const NOW = 1767225600000;

/**
 * A new, empty IndexedDB, made the global one (idb's openDB opens the global `indexedDB`); each test gets its own.
 * Returned for the raw helpers below, which stand for other tabs and old versions.
 */
export function freshIndexedDB(): IDBFactory {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  return factory;
}

/**
 * The object-store layout each released schema version created, written independently of src/ so a change to the
 * migration code cannot silently change what "version N" means. Add one entry per released version.
 */
export const LAYOUTS: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => db.createObjectStore('people', { keyPath: 'id' }),
  2: (db) => db.createObjectStore('people', { keyPath: 'id' }),
  3: (db) => db.createObjectStore('people', { keyPath: 'id' }),
  4: (db) => db.createObjectStore('people', { keyPath: 'id' }),
};

function requestToPromise<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Builds the database as version `version` left it, holding `stores` (store name → records), then closes it. */
export async function buildDatabase(
  factory: IDBFactory,
  version: number,
  stores: Record<string, unknown[]>,
): Promise<void> {
  const layout = LAYOUTS[version];
  if (!layout) throw new Error(`no layout for version ${version}`);
  const request = factory.open(DB_NAME, version);
  request.onupgradeneeded = () => layout(request.result);
  const db = await requestToPromise(request);
  const names = Object.keys(stores);
  if (names.length > 0) {
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) for (const record of stores[name] ?? []) tx.objectStore(name).put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

/**
 * Opens the database without idb or validation, as an old tab or a test would: at `version` (creating that
 * version's layout only if the database is new), or at whatever version it has when `version` is omitted.
 */
export async function rawOpen(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
  request.onupgradeneeded = (event) => {
    if (event.oldVersion === 0) LAYOUTS[version ?? DB_VERSION]?.(request.result);
  };
  return requestToPromise(request);
}

/** Reads every record of the people store without validation. */
export async function rawRecords(factory: IDBFactory): Promise<unknown[]> {
  const db = await rawOpen(factory);
  try {
    return await requestToPromise(db.transaction('people').objectStore('people').getAll());
  } finally {
    db.close();
  }
}

/** Writes records straight into the people store, bypassing every check (for corrupt-record tests). */
export async function rawPut(factory: IDBFactory, records: unknown[]): Promise<void> {
  const db = await rawOpen(factory);
  const tx = db.transaction('people', 'readwrite');
  for (const record of records) tx.objectStore('people').put(record);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** A valid savePerson input. */
export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    label: '母',
    city: 'ryugasaki',
    procedure: 'renewal',
    applicant: 'legal-rep',
    answers: { dependent: 'adult-ward', honseki: 'yes' },
    ticks: ['notification-letter'],
    held: ['passport'],
    expiry: '2027-03-31',
    ...overrides,
  };
}

/** A clock that moves one second each call, starting at NOW. */
export function tickingClock(start = NOW): () => number {
  let t = start;
  return () => (t += 1000);
}
