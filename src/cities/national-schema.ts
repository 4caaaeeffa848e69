import * as v from 'valibot';
import { APPLICANTS, PIN_IDS, PROCEDURES } from './vocabulary.ts';
import { SourceSchema, ConditionSchema, VisitSchema } from './schema.ts';

// The schema of national.json. The build checks the file with it (src/cities/vite-plugin.ts), so the browser
// loads the data without the validator.

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'));
const Time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM'));
const Count = v.pipe(v.number(), v.integer(), v.minValue(1));

/** One PIN: its format, when it locks, and whether a convenience store can reset it. */
export const PinSchema = v.strictObject({
  id: v.picklist(PIN_IDS),
  /** Its name as on the card's paperwork, shown beside any translation. */
  ja: v.pipe(v.string(), v.minLength(1)),
  /** An e-certificate PIN (the store reset and the home change work only for these). */
  certificate: v.boolean(),
  length: v.strictObject({ min: Count, max: Count }),
  charset: v.picklist(['digits', 'upper-alnum']),
  locksAfter: Count,
  source: SourceSchema,
  /** 'some-stores': only some stores' machines offer it. */
  store: v.picklist(['all-stores', 'some-stores', 'none']),
  storeSource: SourceSchema,
});
/** A PIN's rules. */
export type Pin = v.InferOutput<typeof PinSchema>;

/** A convenience-store chain and which PINs its machines reset; `verified: false` while only secondary sources say so. */
export const StoreChainSchema = v.strictObject({
  id: Id,
  pins: v.pipe(v.array(v.picklist(PIN_IDS)), v.minLength(1)),
  /** Only some of the chain's stores. */
  someStores: v.boolean(),
  verified: v.boolean(),
  source: SourceSchema,
});

/** A rule the triage cites by id (as a reason a route is open, closed or conditional). */
export const NationalRuleSchema = v.strictObject({ id: Id, source: SourceSchema });

/**
 * A kind of identity document as the national rules know it, so a rule about it applies in every city whatever the
 * city's page calls it. `match`: a word that, in a city document's Japanese name, means it names this kind (a test
 * holds every city to declaring it). `expired`: the day every such document lapsed; it then never counts.
 */
export const DocumentKindSchema = v.strictObject({
  id: Id,
  ja: v.pipe(v.string(), v.minLength(1)),
  match: v.pipe(v.string(), v.minLength(1)),
  expired: v.optional(
    v.strictObject({
      on: v.pipe(v.string(), v.isoDate('dates are YYYY-MM-DD')),
      /** The kind that replaces it. */
      replacedBy: Id,
      source: SourceSchema,
    }),
  ),
  source: SourceSchema,
});
/** A national document kind. */
export type DocumentKind = v.InferOutput<typeof DocumentKindSchema>;

/**
 * A national fact shown on every city's checklists of these procedures (and applicants, when given); without
 * `procedures`, only beside the city items that name it (`nationalNotes`).
 */
export const NationalNoteSchema = v.strictObject({
  id: Id,
  level: v.picklist(['info', 'warning']),
  procedures: v.optional(v.pipe(v.array(v.picklist(PROCEDURES)), v.minLength(1))),
  applicants: v.optional(v.pipe(v.array(v.picklist(APPLICANTS)), v.minLength(1))),
  /** Shown only when this holds (and, with its condition, while unanswered), as a city note's `when`. */
  when: v.optional(ConditionSchema),
  source: SourceSchema,
});
/** A national note. */
export type NationalNote = v.InferOutput<typeof NationalNoteSchema>;

/** One applicant's national list: the visits, and the mailed 照会書兼回答書 between two visits. */
export const BaselineRuleSchema = v.strictObject({
  source: SourceSchema,
  visits: v.pipe(
    v.array(VisitSchema),
    v.minLength(1),
    // Identity rules (A/B lists) are a city's: a national item names the documents in words instead.
    v.check((visits) => visits.every((visit) => visit.items.every((it) => it.kind === 'item')), 'national items are plain items'),
  ),
  mailedInquiry: v.optional(v.strictObject({ registeredMail: v.boolean(), noForwarding: v.boolean(), sealed: v.boolean(), source: SourceSchema })),
});
/** One applicant's national list. */
export type BaselineRule = v.InferOutput<typeof BaselineRuleSchema>;

/**
 * What the national sources say to bring for a procedure, shown where a city's page is silent, labelled as national
 * and not confirmed by the city (domain §8 for the period-of-stay validity change).
 */
export const BaselineSchema = v.strictObject({
  procedure: v.picklist(PROCEDURES),
  applicants: v.strictObject({ self: BaselineRuleSchema, 'legal-rep': BaselineRuleSchema, proxy: BaselineRuleSchema }),
});
/** A national baseline. */
export type Baseline = v.InferOutput<typeof BaselineSchema>;

/** The whole national rules file. */
export const NationalSchema = v.pipe(
  v.strictObject({
    schemaVersion: v.literal(1),
    pins: v.pipe(v.array(PinSchema), v.length(PIN_IDS.length)),
    store: v.strictObject({
      /** The booking app, by its Japanese name. */
      app: v.pipe(v.string(), v.minLength(1)),
      withinHours: Count,
      from: Time,
      until: Time,
      free: v.boolean(),
      source: SourceSchema,
      chains: v.array(StoreChainSchema),
    }),
    rules: v.array(NationalRuleSchema),
    documentKinds: v.array(DocumentKindSchema),
    notes: v.array(NationalNoteSchema),
    baselines: v.array(BaselineSchema),
  }),
  v.check((n) => PIN_IDS.every((id) => n.pins.some((p) => p.id === id)), 'every PIN is described once'),
  v.check((n) => new Set(n.rules.map((r) => r.id)).size === n.rules.length, 'rule ids are unique'),
  v.check((n) => new Set(n.notes.map((r) => r.id)).size === n.notes.length, 'note ids are unique'),
  v.check((n) => new Set(n.baselines.map((b) => b.procedure)).size === n.baselines.length, 'one baseline per procedure'),
  v.check(
    (n) => n.documentKinds.every((k) => !k.expired || n.documentKinds.some((r) => r.id === k.expired!.replacedBy && !r.expired)),
    'an expired document kind is replaced by a known kind that has not expired',
  ),
);
/** The national rules. */
export type National = v.InferOutput<typeof NationalSchema>;

/** Validates unknown JSON as the national rules file; throws naming the first problem. */
export function parseNational(json: unknown): National {
  const result = v.safeParse(NationalSchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`national.json: ${path ? path + ': ' : ''}${issue.message}`);
}
