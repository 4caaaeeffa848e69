import * as v from 'valibot';
import { LABEL_MAX, labelProblem, type LabelProblem } from './label-guard';

export { LABEL_MAX };

// The one validator of a saved person. The reader (listPeople), the writer (savePerson) and the importer all use it,
// so a record that could not have been written is never read back as if it were valid.
// Objects are strict: an unknown field (a PIN, the 12-digit individual number, anything else) is rejected.

/** The procedures a saved checklist can be for. */
export const SAVED_PROCEDURES = ['renewal', 'pin-reset', 'pin-change', 'validity-change'] as const;
/** Who applies at the counter. */
export const SAVED_APPLICANTS = ['self', 'legal-rep', 'proxy'] as const;
const MAX_TICKS = 300;
const MAX_HELD = 100;
const MAX_ANSWERS = 40;
// Keys that JavaScript objects treat specially; valibot's record() would drop them silently, so reject them loudly.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// Ids and answers are short kebab-case words; four digits in a row could only be a PIN or part of a number.
const Word = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id'),
  v.maxLength(40, 'must be at most 40 characters'),
  v.check((s) => !/\d{4}/.test(s), 'must not contain four digits in a row'),
);
const WordList = (max: number) =>
  v.pipe(
    v.array(Word),
    v.maxLength(max, `must have at most ${max} entries`),
    v.check((list) => new Set(list).size === list.length, 'must not repeat an entry'),
  );

const LABEL_MESSAGES: Record<LabelProblem, string> = {
  empty: 'label must not be empty',
  'too-long': `label must be at most ${LABEL_MAX} characters`,
  control: 'label must not contain control characters',
  bidi: 'label must not contain text-direction characters',
  number: 'label must not contain a 12-digit number',
  pin: 'label must not contain a PIN',
};

/** A label: trimmed, 1..60 characters, nothing label-guard.ts refuses (an individual number, a PIN, bidi controls). */
export const LabelSchema = v.pipe(
  v.string('label must be text'),
  v.trim(),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? labelProblem(dataset.value) : null;
    if (problem) addIssue({ message: LABEL_MESSAGES[problem] });
  }),
);

const AnswersSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && !Object.keys(x).some((k) => RESERVED_KEYS.has(k)),
    'answers must be an object of kebab-case keys',
  ),
  v.record(Word, Word),
  v.check((a) => Object.keys(a).length <= MAX_ANSWERS, `answers must have at most ${MAX_ANSWERS} entries`),
);

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
// Every write adds one; a write based on an older revision is merged or refused, never written over a newer one.
const Revision = v.pipe(v.number('revision must be a number'), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));

// What the user chose and ticked; shared by the stored record and the input to savePerson.
const contentEntries = {
  label: LabelSchema,
  city: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'city must be a city id')),
  procedure: v.picklist(SAVED_PROCEDURES, 'procedure is not one Madoguchi knows'),
  applicant: v.picklist(SAVED_APPLICANTS, 'applicant is not one Madoguchi knows'),
  answers: AnswersSchema,
  ticks: WordList(MAX_TICKS),
  held: WordList(MAX_HELD),
  expiry: v.optional(v.pipe(v.string(), v.check(isCalendarDate, 'expiry must be a real date YYYY-MM-DD'))),
  /** The period of stay's end date on the 在留カード (version 4): the card and its certificates end with it, unannounced. */
  stayUntil: v.optional(v.pipe(v.string(), v.check(isCalendarDate, 'stayUntil must be a real date YYYY-MM-DD'))),
};

/** A stored person, as the current schema version writes it. */
export const PersonRecordSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.uuid('id must be a UUID')),
    ...contentEntries,
    revision: Revision,
    createdAt: Instant,
    updatedAt: Instant,
  }),
  v.check((p) => p.updatedAt >= p.createdAt, 'updatedAt must not be before createdAt'),
);
/** A saved checklist for one person, with its answers and ticks. */
export type SavedPerson = v.InferOutput<typeof PersonRecordSchema>;

/**
 * What the UI passes to savePerson: the content, and when updating, the id and the revision the update is based on
 * (savePerson refuses an update based on an older revision with `conflict`).
 */
export const PersonInputSchema = v.strictObject({
  id: v.optional(v.pipe(v.string(), v.uuid())),
  revision: v.optional(Revision),
  ...contentEntries,
});
/** Input to savePerson. */
export type PersonInput = v.InferInput<typeof PersonInputSchema>;
/** Input to savePerson once validated. */
export type CheckedPersonInput = v.InferOutput<typeof PersonInputSchema>;

/** Validation outcome: the value, or readable issues ("label: label must not be empty"). */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/** Turns valibot issues into short "path: message" lines. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** Validates a stored or imported record against the current schema. */
export function checkPersonRecord(raw: unknown): Checked<SavedPerson> {
  const result = v.safeParse(PersonRecordSchema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: describeIssues(result.issues) };
}

/** The top-level fields of a record that do not validate (for import messages that name the field). */
export function invalidFields(raw: unknown): string[] {
  const result = v.safeParse(PersonRecordSchema, raw);
  if (result.success) return [];
  return [...new Set(result.issues.map((issue) => String(issue.path?.[0]?.key ?? 'record')))];
}

/** Validates savePerson's input. */
export function checkPersonInput(raw: unknown): Checked<CheckedPersonInput> {
  const result = v.safeParse(PersonInputSchema, raw);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: describeIssues(result.issues) };
}

/** The key two labels clash on: "My card" and " my card " are the same person to a reader. */
export function labelKey(label: string): string {
  return label.normalize('NFKC').trim().toLowerCase();
}

/** True when two records say the same thing, whatever their ids, revisions, timestamps or list order. */
export function sameContent(a: SavedPerson, b: SavedPerson): boolean {
  const canonical = (p: SavedPerson) =>
    JSON.stringify([
      p.label,
      p.city,
      p.procedure,
      p.applicant,
      Object.entries(p.answers).sort(([x], [y]) => (x < y ? -1 : 1)),
      [...p.ticks].sort(),
      [...p.held].sort(),
      p.expiry ?? null,
      p.stayUntil ?? null,
    ]);
  return canonical(a) === canonical(b);
}
