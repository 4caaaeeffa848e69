import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { checkPersonRecord, type SavedPerson } from './person-record';

// Schema versions of the 'madoguchi' database. A step upgrades from version N-1 to N and never deletes a record:
// a record it cannot convert stays as it was, and listPeople reports it as skipped, so the user still sees a notice
// and no data disappears silently. Every released version has a fixture in tests/fixtures/storage/.

/** The database name. */
export const DB_NAME = 'madoguchi';
/** The schema version this code writes. */
export const DB_VERSION = 2;
/** The object store of saved people, keyed by `id`. */
export const PEOPLE_STORE = 'people';

/** The database as idb sees it; values are `unknown` because old or corrupt records may be in the store. */
export interface MadoguchiDB extends DBSchema {
  people: { key: string; value: unknown };
}

/** A record as schema version 1 wrote it: the checklist kept as its URL. */
export interface PersonRecordV1 {
  id: string;
  label: string;
  checklistUrl: string;
  ticks: string[];
  expiry?: string;
}

// Query parameters of a checklist URL that are not answers.
const NOT_ANSWERS = new Set(['city', 'procedure', 'applicant', 'lang']);
const ANSWER_WORD = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Converts a version-1 record to the current shape; null when it cannot be read as one. */
export function migrateV1Record(raw: unknown, now: number): SavedPerson | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const old = raw as Partial<Record<keyof PersonRecordV1, unknown>>;
  if (typeof old.checklistUrl !== 'string') return null;
  let url: URL;
  try {
    url = new URL(old.checklistUrl, 'https://madoguchi.invalid');
  } catch {
    return null;
  }
  const answers: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    // Tracking or stray parameters were never answers; keep only what has the shape of one.
    if (!NOT_ANSWERS.has(key) && ANSWER_WORD.test(key) && ANSWER_WORD.test(value)) answers[key] = value;
  }
  const migrated: Record<string, unknown> = {
    id: old.id,
    label: old.label,
    city: url.searchParams.get('city'),
    procedure: url.searchParams.get('procedure'),
    applicant: url.searchParams.get('applicant'),
    answers,
    ticks: old.ticks ?? [],
    held: [],
    // Version 1 kept no timestamps; the migration is the earliest instant we know the record existed.
    createdAt: now,
    updatedAt: now,
  };
  if (old.expiry !== undefined) migrated.expiry = old.expiry;
  const checked = checkPersonRecord(migrated);
  return checked.ok ? checked.value : null;
}

type UpgradeTx = IDBPTransaction<MadoguchiDB, ArrayLike<'people'>, 'versionchange'>;
type Step = (db: IDBPDatabase<MadoguchiDB>, tx: UpgradeTx, now: number) => Promise<void>;

/** One step per version; the index is the version it upgrades to. */
const STEPS: Record<number, Step> = {
  1: async (db) => {
    db.createObjectStore(PEOPLE_STORE, { keyPath: 'id' });
  },
  2: async (_db, tx, now) => {
    let cursor = await tx.objectStore(PEOPLE_STORE).openCursor();
    while (cursor) {
      const migrated = migrateV1Record(cursor.value, now);
      if (migrated) await cursor.update(migrated);
      cursor = await cursor.continue();
    }
  },
};

/** Runs every step from oldVersion+1 to newVersion inside the upgrade transaction. */
export async function runMigrations(
  db: IDBPDatabase<MadoguchiDB>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  now: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration to schema version ${version}`);
    await step(db, tx, now);
  }
}
