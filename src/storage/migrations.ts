import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { redactLabel } from './label-guard';
import { checkPersonRecord, type SavedPerson } from './person-record';

// Schema versions of the 'madoguchi' database. A step upgrades from version N-1 to N and never deletes a record:
// a record it cannot convert stays as it was, and listPeople reports it as skipped, so the user still sees a notice
// and no data disappears silently. Every released version has a fixture in tests/fixtures/storage/.

/** The database name. */
export const DB_NAME = 'madoguchi';
/** The schema version this code writes. */
export const DB_VERSION = 4;
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

/** How an old record is brought to the current shape. */
export interface UpgradeOptions {
  /**
   * Take out of the label what the current rules refuse (label-guard.ts: a 12-digit number, a PIN, bidi controls)
   * rather than leave the record unreadable: for records already on the device. An import refuses such a file instead.
   */
  redact?: boolean;
}

/** Converts a version-1 record to the current shape; null when it cannot be read as one. */
export function migrateV1Record(raw: unknown, now: number, options: UpgradeOptions = {}): SavedPerson | null {
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
  const v2: Record<string, unknown> = {
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
  if (old.expiry !== undefined) v2.expiry = old.expiry;
  return upgradeV2Record(v2, options);
}

/** Converts a version-2 record (no revision) to the current shape; null when it cannot be read as one. */
export function upgradeV2Record(raw: unknown, options: UpgradeOptions = {}): SavedPerson | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'revision' in raw) return null;
  const record: Record<string, unknown> = { ...raw, revision: 1 };
  const checked = checkPersonRecord(record);
  if (checked.ok) return checked.value;
  if (!options.redact || typeof record.label !== 'string') return null;
  const label = redactLabel(record.label);
  if (label === null) return null;
  const redacted = checkPersonRecord({ ...record, label });
  return redacted.ok ? redacted.value : null;
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
      const migrated = migrateV1Record(cursor.value, now, { redact: true });
      if (migrated) await cursor.update(migrated);
      cursor = await cursor.continue();
    }
  },
  // Version 3 adds `revision` (two tabs detect each other's writes) and the label rules of label-guard.ts: a label
  // stored before them loses the number or PIN it holds, so nothing refused now stays on the device.
  3: async (_db, tx) => {
    let cursor = await tx.objectStore(PEOPLE_STORE).openCursor();
    while (cursor) {
      const upgraded = upgradeV2Record(cursor.value, { redact: true });
      if (upgraded) await cursor.update(upgraded);
      cursor = await cursor.continue();
    }
  },
  // Version 4 adds the optional `stayUntil` and the procedure 'validity-change': every version-3 record is already a
  // version-4 record, so nothing is rewritten. The bump is for older pages: they see a newer database and keep its
  // people in reach, read only, instead of skipping records whose new fields they cannot read.
  4: async () => undefined,
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
