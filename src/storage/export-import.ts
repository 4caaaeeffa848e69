import * as v from 'valibot';
import { labelProblem } from './label-guard';
import { DB_VERSION, migrateV1Record, upgradeV2Record } from './migrations';
import { checkPersonRecord, invalidFields, LABEL_MAX, labelKey, sameContent, type SavedPerson } from './person-record';
import { failure, success, type ImportProblem, type StoreResult } from './storage-result';

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

/**
 * One imported person whose id or label is already used. `target` is the one saved person "replace" would replace:
 * the one with the same id (another version of this person), else the one with the same label. `namesake`, when
 * there is one, is another saved person with the incoming label: it is never touched.
 */
export interface ImportClash {
  incoming: SavedPerson;
  target: SavedPerson;
  namesake?: SavedPerson;
}

/** The user's answer to a clash: import under a new label, replace the target, or leave it out. */
export type ClashResolution = 'keep-both' | 'replace' | 'skip';

/** What applyImport did, person by person, for the summary. */
export interface ImportSummary {
  added: number;
  replaced: number;
  keptBoth: number;
  skipped: number;
  /** People written under another label than the file's (keep-both, or a replace whose label another person has). */
  renamed: { id: string; label: string }[];
  /** Each replaced saved person (its id), its label before, and the label it holds now. */
  replacements: { id: string; was: string; now: string }[];
}

/** What undoImport needs to take an import back: the records it overwrote, and what it wrote. */
export interface ImportUndo {
  /** Saved people as they were before the import replaced them. */
  replaced: SavedPerson[];
  /** Every record the import wrote, with the revision it wrote (undo refuses if one changed since). */
  written: { id: string; revision: number }[];
}

/** The outcome of applyImport. */
export interface ImportResult {
  summary: ImportSummary;
  undo: ImportUndo;
}

/** The writes one import makes, all in one transaction. */
export interface ImportWrites {
  puts: SavedPerson[];
  result: ImportResult;
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

// The fields a record of each version has; anything else is an unknown field.
const FIELDS: Record<number, readonly string[]> = {
  1: ['id', 'label', 'checklistUrl', 'ticks', 'expiry'],
  2: ['id', 'label', 'city', 'procedure', 'applicant', 'answers', 'ticks', 'held', 'expiry', 'createdAt', 'updatedAt'],
  3: ['id', 'label', 'city', 'procedure', 'applicant', 'answers', 'ticks', 'held', 'expiry', 'createdAt', 'updatedAt', 'revision'],
};
const CURRENT_FIELDS = [...(FIELDS[3] ?? []), 'stayUntil'];
// The fields a record may leave out: both are dates.
const OPTIONAL_FIELDS = new Set(['expiry', 'stayUntil']);

function labelOf(raw: unknown): string | undefined {
  const label = typeof raw === 'object' && raw !== null ? (raw as { label?: unknown }).label : undefined;
  // Only a label that could be saved is repeated in a message: a refused one may hold the very number.
  return typeof label === 'string' && labelProblem(label) === null ? label.trim() : undefined;
}

function readRecord(raw: unknown, version: number, now: number): SavedPerson | null {
  if (version === 1) return v.is(RecordV1Schema, raw) ? migrateV1Record(raw, now) : null;
  if (version === 2) return upgradeV2Record(raw);
  const checked = checkPersonRecord(raw);
  return checked.ok ? checked.value : null;
}

function invalidFieldsOf(record: Record<string, unknown>, version: number): string[] {
  if (version === 2) return invalidFields({ ...record, revision: 1 });
  if (version !== 1) return invalidFields(record);
  const shaped = v.safeParse(RecordV1Schema, record);
  return shaped.success ? [] : [...new Set(shaped.issues.map((issue) => String(issue.path?.[0]?.key ?? 'record')))];
}

/** Why one record cannot be imported, field by field, for a message in the person's language. */
function recordProblems(raw: unknown, version: number, person: number): ImportProblem[] {
  const at = { person, label: labelOf(raw) };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ ...at, field: 'record', code: 'not-a-record' }];
  const record = raw as Record<string, unknown>;
  const fields = FIELDS[version] ?? CURRENT_FIELDS;
  const problems: ImportProblem[] = [];
  const named = new Set<string>();
  const add = (field: string, code: string) => {
    if (named.has(field)) return;
    named.add(field);
    problems.push({ ...at, field, code });
  };
  for (const key of Object.keys(record)) if (!fields.includes(key)) add(key.slice(0, 40), 'unknown-field');
  for (const key of fields) if (record[key] === undefined && !OPTIONAL_FIELDS.has(key)) add(key, 'missing-field');
  const label = typeof record.label === 'string' ? labelProblem(record.label) : null;
  if (label) add('label', `label-${label}`);
  for (const field of invalidFieldsOf(record, version)) add(field, OPTIONAL_FIELDS.has(field) ? 'bad-date' : 'bad-value');
  // A version-1 record that has its shape but does not convert: its checklist URL is what cannot be read.
  if (!problems.length) add(version === 1 ? 'checklistUrl' : 'record', 'bad-value');
  return problems;
}

/** True when text that is not JSON starts as a Madoguchi export does: a file cut off on the way. */
function looksTruncated(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes(`"${EXPORT_FORMAT}"`);
}

/** The `invalid` failure of an import, with its problems (for the UI) and the same as English lines (for developers). */
export function invalidFile<T>(problems: ImportProblem[]): StoreResult<T> {
  const issues = problems.map((p) => `${p.person === undefined ? '' : `people.${p.person}: `}${p.field}: ${p.code}`);
  return failure({ kind: 'invalid', issues, problems });
}

/** Parses and validates an import file; every record must be valid, or nothing is imported. */
export function parseImportFile(text: string, now: number): StoreResult<{ version: number; people: SavedPerson[] }> {
  if (text.length > IMPORT_MAX_CHARS) return failure({ kind: 'too-large', limit: IMPORT_MAX_CHARS });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    if (looksTruncated(text)) return failure({ kind: 'truncated' });
    return failure({ kind: 'not-json', message: e instanceof Error ? e.message : String(e) });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return failure({ kind: 'foreign' });
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) return failure({ kind: 'too-new', version });
  const file = v.safeParse(FileSchema, json);
  if (!file.success) {
    const tooMany = Array.isArray((json as { people?: unknown }).people) && (json as { people: unknown[] }).people.length > IMPORT_MAX_PEOPLE;
    return invalidFile([{ field: tooMany ? 'people' : 'file', code: tooMany ? 'too-many-people' : 'bad-file' }]);
  }

  const people: SavedPerson[] = [];
  const problems: ImportProblem[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  file.output.people.forEach((raw, index) => {
    const read = readRecord(raw, file.output.version, now);
    if (!read) {
      problems.push(...recordProblems(raw, file.output.version, index));
      return;
    }
    const at = { person: index, label: read.label };
    if (ids.has(read.id)) problems.push({ ...at, field: 'id', code: 'duplicate-id' });
    if (labels.has(labelKey(read.label))) problems.push({ ...at, field: 'label', code: 'duplicate-label' });
    ids.add(read.id);
    labels.add(labelKey(read.label));
    people.push(read);
  });
  if (problems.length > 0) return invalidFile(problems);
  return success({ version: file.output.version, people });
}

/** Sorts incoming people into new, identical and clashing against the saved ones. */
export function planImport(version: number, incoming: SavedPerson[], existing: SavedPerson[]): ImportPlan {
  const plan: ImportPlan = { version, incoming, add: [], identical: [], clashes: [] };
  for (const person of incoming) {
    const key = labelKey(person.label);
    const sameId = existing.find((e) => e.id === person.id);
    const sameLabel = existing.find((e) => e.id !== person.id && labelKey(e.label) === key);
    const target = sameId ?? sameLabel;
    if (!target) plan.add.push(person);
    else if (sameContent(target, person) && (!sameId || !sameLabel || sameContent(sameLabel, person))) plan.identical.push(person);
    else plan.clashes.push(sameId && sameLabel ? { incoming: person, target: sameId, namesake: sameLabel } : { incoming: person, target });
  }
  return plan;
}

/** A fingerprint of a plan's decisions, to tell whether the saved people changed underneath it. */
export function planSignature(plan: ImportPlan): string {
  const at = (p: SavedPerson | undefined) => (p ? `${p.id}@${p.revision}` : '-');
  const entries = [
    ...plan.add.map((p) => `${p.id}:add`),
    ...plan.identical.map((p) => `${p.id}:same`),
    ...plan.clashes.map((c) => `${c.incoming.id}:clash:${at(c.target)}:${at(c.namesake)}`),
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
 * Exact: "replace" overwrites its target only (under the target's id, one revision on), never the namesake;
 * `takenIds` are all keys in the store (corrupt records included), so no new record overwrites one by accident.
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

  const summary: ImportSummary = { added: 0, replaced: 0, keptBoth: 0, skipped: plan.identical.length, renamed: [], replacements: [] };
  const undo: ImportUndo = { replaced: [], written: [] };
  const replacing = plan.clashes.filter((c) => resolutions[c.incoming.id] === 'replace');
  const keepBoth = plan.clashes.filter((c) => resolutions[c.incoming.id] === 'keep-both').map((c) => c.incoming);
  summary.skipped += plan.clashes.filter((c) => resolutions[c.incoming.id] === 'skip').length;

  const replacedIds = new Set(replacing.map((c) => c.target.id));
  const takenLabels = new Set(existing.filter((e) => !replacedIds.has(e.id)).map((e) => labelKey(e.label)));
  const usedIds = new Set(takenIds);
  const puts: SavedPerson[] = [];
  const write = (person: SavedPerson, label: string) => {
    const record = { ...person, label };
    takenLabels.add(labelKey(label));
    usedIds.add(record.id);
    puts.push(record);
    undo.written.push({ id: record.id, revision: record.revision });
    if (label !== person.label) summary.renamed.push({ id: record.id, label });
    return record;
  };

  // Adds first: their labels are free by definition, and they keep them.
  for (const person of plan.add) {
    write({ ...person, id: usedIds.has(person.id) ? newId() : person.id }, person.label);
    summary.added++;
  }
  for (const { incoming, target } of replacing) {
    const updatedAt = Math.max(incoming.updatedAt, incoming.createdAt);
    const record = { ...incoming, id: target.id, revision: target.revision + 1, updatedAt };
    const written = write(record, uniqueLabel(incoming.label, takenLabels));
    undo.replaced.push(target);
    summary.replacements.push({ id: target.id, was: target.label, now: written.label });
    summary.replaced++;
  }
  for (const person of keepBoth) {
    const id = usedIds.has(person.id) ? newId() : person.id;
    write({ ...person, id, updatedAt: Math.max(now, person.createdAt) }, uniqueLabel(person.label, takenLabels));
    summary.keptBoth++;
  }
  return success({ puts, result: { summary, undo } });
}

function isResolution(value: unknown): value is ClashResolution {
  return value === 'keep-both' || value === 'replace' || value === 'skip';
}
