import * as v from 'valibot';
import { DB_VERSION, migrateV1Record } from './migrations';
import { checkPersonRecord, describeIssues, LABEL_MAX, labelKey, sameContent, type SavedPerson } from './person-record';
import { failure, success, type StoreResult } from './storage-result';

// The pure half of export and import: the file format, its validation, and the merge plan.
// people-store.ts does the reading and the one-transaction writing.

/** The marker that says a JSON file is a Madoguchi export. */
export const EXPORT_FORMAT = 'madoguchi-people';
/** The version written in exports: the schema version of the records in the file. */
export const EXPORT_VERSION = DB_VERSION;
/** The biggest import file read, in characters. */
export const IMPORT_MAX_CHARS = 2_000_000;
/** The most people one file may hold. */
export const IMPORT_MAX_PEOPLE = 1000;

/** The exported file. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  people: SavedPerson[];
}

/** What importing would do; nothing is written until applyImport. */
export interface ImportPlan {
  /** The schema version of the file (older versions are migrated). */
  version: number;
  /** Every valid record of the file, in the current shape. */
  incoming: SavedPerson[];
  /** New people, added as they are. */
  add: SavedPerson[];
  /** People already saved with the same content; skipped. */
  identical: SavedPerson[];
  /** People whose id or label is already taken by different content; the UI must ask. */
  clashes: ImportClash[];
}

/** One imported person whose id or label is already used by one (rarely two) saved people. */
export interface ImportClash {
  incoming: SavedPerson;
  existing: SavedPerson[];
}

/** The user's answer to a clash: import under a new label, replace the saved one(s), or leave it out. */
export type ClashResolution = 'keep-both' | 'replace' | 'skip';

/** What applyImport did. */
export interface ImportSummary {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  /** People imported under another label (keep-both), to tell the user. */
  renamed: { id: string; label: string }[];
}

/** The writes one import makes, all in one transaction. */
export interface ImportWrites {
  deletes: string[];
  puts: SavedPerson[];
  summary: ImportSummary;
}

/** Serialises people as an export file. */
export function buildExport(people: SavedPerson[], exportedAt: number): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, people };
  return JSON.stringify(file, null, 2);
}

const FileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  people: v.pipe(v.array(v.unknown()), v.maxLength(IMPORT_MAX_PEOPLE, `at most ${IMPORT_MAX_PEOPLE} people`)),
});

// Version-1 records, exactly as that version wrote them; anything else in them is rejected.
const RecordV1Schema = v.strictObject({
  id: v.string(),
  label: v.string(),
  checklistUrl: v.string(),
  ticks: v.array(v.string()),
  expiry: v.optional(v.string()),
});

function readRecord(raw: unknown, version: number, now: number): { ok: true; value: SavedPerson } | { ok: false; issues: string[] } {
  if (version === 1) {
    const shaped = v.safeParse(RecordV1Schema, raw);
    if (!shaped.success) return { ok: false, issues: describeIssues(shaped.issues) };
    const migrated = migrateV1Record(shaped.output, now);
    return migrated ? { ok: true, value: migrated } : { ok: false, issues: ['cannot be read as a version 1 record'] };
  }
  return checkPersonRecord(raw);
}

/** Parses and validates an import file; every record must be valid, or nothing is imported. */
export function parseImportFile(text: string, now: number): StoreResult<{ version: number; people: SavedPerson[] }> {
  if (text.length > IMPORT_MAX_CHARS) return failure({ kind: 'too-large', limit: IMPORT_MAX_CHARS });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return failure({ kind: 'not-json', message: e instanceof Error ? e.message : String(e) });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return failure({ kind: 'foreign' });
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return failure({ kind: 'too-new', version });
  const file = v.safeParse(FileSchema, json);
  if (!file.success) return failure({ kind: 'invalid', issues: describeIssues(file.issues) });

  const people: SavedPerson[] = [];
  const issues: string[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  file.output.people.forEach((raw, index) => {
    const read = readRecord(raw, file.output.version, now);
    if (!read.ok) {
      issues.push(...read.issues.map((issue) => `people.${index}: ${issue}`));
      return;
    }
    if (ids.has(read.value.id)) issues.push(`people.${index}: id appears twice in the file`);
    if (labels.has(labelKey(read.value.label))) issues.push(`people.${index}: label appears twice in the file`);
    ids.add(read.value.id);
    labels.add(labelKey(read.value.label));
    people.push(read.value);
  });
  if (issues.length > 0) return failure({ kind: 'invalid', issues });
  return success({ version: file.output.version, people });
}

/** Sorts incoming people into new, identical and clashing against the saved ones. */
export function planImport(version: number, incoming: SavedPerson[], existing: SavedPerson[]): ImportPlan {
  const plan: ImportPlan = { version, incoming, add: [], identical: [], clashes: [] };
  for (const person of incoming) {
    const key = labelKey(person.label);
    const targets = existing.filter((e) => e.id === person.id || labelKey(e.label) === key);
    if (targets.length === 0) plan.add.push(person);
    else if (targets.every((t) => sameContent(t, person))) plan.identical.push(person);
    else plan.clashes.push({ incoming: person, existing: targets });
  }
  return plan;
}

/** A fingerprint of a plan's decisions, to tell whether the saved people changed underneath it. */
export function planSignature(plan: ImportPlan): string {
  const entries = [
    ...plan.add.map((p) => `${p.id}:add`),
    ...plan.identical.map((p) => `${p.id}:same`),
    ...plan.clashes.map((c) => `${c.incoming.id}:clash:${c.existing.map((e) => `${e.id}@${e.updatedAt}`).sort().join(',')}`),
  ];
  return entries.sort().join('\n');
}

/** The label itself if free, else "label (2)", "label (3)"… cut so it stays within the label limit. */
export function uniqueLabel(label: string, takenKeys: ReadonlySet<string>): string {
  if (!takenKeys.has(labelKey(label))) return label;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const base = [...label].slice(0, LABEL_MAX - suffix.length).join('').trimEnd();
    const candidate = `${base}${suffix}`;
    if (!takenKeys.has(labelKey(candidate))) return candidate;
  }
}

/**
 * Turns a plan and the user's resolutions into writes. Fails, writing nothing, if a clash has no resolution.
 * `takenIds` are all keys in the store (corrupt records included), so no import ever overwrites one by accident.
 */
export function resolveImport(
  plan: ImportPlan,
  resolutions: Readonly<Record<string, ClashResolution>>,
  existing: SavedPerson[],
  takenIds: ReadonlySet<string>,
  newId: () => string,
  now: number,
): StoreResult<ImportWrites> {
  const unresolved = plan.clashes.map((c) => c.incoming.id).filter((id) => !isResolution(resolutions[id]));
  if (unresolved.length > 0) return failure({ kind: 'unresolved', ids: unresolved });

  const summary: ImportSummary = { added: 0, replaced: 0, keptBoth: 0, skipped: plan.identical.length, renamed: [] };
  const deletes = new Set<string>();
  const puts: SavedPerson[] = [];
  const keepBoth: SavedPerson[] = [];
  for (const clash of plan.clashes) {
    const resolution = resolutions[clash.incoming.id];
    if (resolution === 'skip') summary.skipped++;
    else if (resolution === 'keep-both') keepBoth.push(clash.incoming);
    else {
      clash.existing.forEach((e) => deletes.add(e.id));
      puts.push(clash.incoming);
      summary.replaced++;
    }
  }
  puts.push(...plan.add);
  summary.added = plan.add.length;

  const usedIds = new Set([...takenIds].filter((id) => !deletes.has(id)));
  const freeId = (id: string) => (usedIds.has(id) ? newId() : id);
  const written = puts.map((p) => ({ ...p, id: freeId(p.id) }));
  written.forEach((p) => usedIds.add(p.id));

  const takenLabels = new Set([
    ...existing.filter((e) => !deletes.has(e.id)).map((e) => labelKey(e.label)),
    ...written.map((p) => labelKey(p.label)),
  ]);
  for (const person of keepBoth) {
    const label = uniqueLabel(person.label, takenLabels);
    const id = freeId(person.id);
    usedIds.add(id);
    takenLabels.add(labelKey(label));
    written.push({ ...person, id, label, updatedAt: Math.max(now, person.createdAt) });
    summary.keptBoth++;
    summary.renamed.push({ id, label });
  }
  return success({ deletes: [...deletes], puts: written, summary });
}

function isResolution(value: unknown): value is ClashResolution {
  return value === 'keep-both' || value === 'replace' || value === 'skip';
}
