import * as v from 'valibot';
import { APPLICANTS, FACTS, PROCEDURES, type ApplicantId, type Condition, type FactId } from './vocabulary.ts';

// The shape of one city file. Every rule carries the sentence it comes from, so a reviewer can check it against the page.

/** Where a rule comes from: `seed:000` (quote verbatim from that city page) or `domain §N` (national rule). */
export const SourceSchema = v.strictObject({
  ref: v.pipe(v.string(), v.regex(/^(seed:\d{3}|domain §\d+)$/, 'ref must be seed:NNN or domain §N')),
  quote: v.pipe(v.string(), v.trim(), v.minLength(1, 'a source needs its quoted sentence')),
});
/** A cited source. */
export type Source = v.InferOutput<typeof SourceSchema>;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'));
const ListId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9]+(-[a-z0-9]+)*$/, 'list ids are letters, digits and dashes'));
const Time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM'));
const IsoDate = v.pipe(v.string(), v.isoDate('dates are YYYY-MM-DD'));
const MonthDay = v.pipe(v.string(), v.regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'month-days are MM-DD'));

export { PROCEDURES, APPLICANTS, FACTS } from './vocabulary.ts';
export type { ProcedureId, ApplicantId, FactId, Answers, Condition } from './vocabulary.ts';

const FactIdSchema = v.picklist(Object.keys(FACTS) as FactId[]);
/** Schema of a condition; the fact's answer must be one it can take. */
export const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.pipe(
    v.strictObject({ fact: FactIdSchema, is: v.string() }),
    v.check((c) => (FACTS[c.fact] as readonly string[]).includes(c.is), 'unknown answer for this fact'),
  ),
  v.strictObject({ all: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ any: v.pipe(v.array(v.lazy(() => ConditionSchema)), v.minLength(1)) }),
  v.strictObject({ not: v.lazy(() => ConditionSchema) }),
]);

/** An identity document a city accepts, in one of its lists. */
export const DocumentSchema = v.strictObject({
  id: Id,
  list: ListId,
  /** The name exactly as on the city page, for the counter staff. */
  ja: v.pipe(v.string(), v.minLength(1)),
  /** The document counts only when this holds (Ryugasaki: the card, when its resident PIN works). */
  countsOnlyIf: v.optional(ConditionSchema),
  /** The card itself; never offered as "another" identity document. */
  isCard: v.optional(v.boolean()),
  /**
   * The national document kinds (national.json documentKinds) the entry names, so national rules about them apply
   * (a paper 健康保険証 no longer counts anywhere); Ryugasaki's 「健康保険又は介護保険の被保険者証」 names two.
   */
  kinds: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  source: SourceSchema,
});
/** An identity document. */
export type IdDocument = v.InferOutput<typeof DocumentSchema>;

/** A named list of documents (Ryugasaki's A and B; Satte's examples). */
export const DocListSchema = v.strictObject({
  id: ListId,
  /** False when the page gives only examples, so the app must say the list is not exhaustive. */
  complete: v.boolean(),
  source: SourceSchema,
});

/** One way to satisfy an ID rule: at least `min[list]` from each list and `total` overall. */
export const AlternativeSchema = v.strictObject({
  total: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  min: v.optional(v.record(ListId, v.pipe(v.number(), v.integer(), v.minValue(1)))),
});
/** An identity rule, as counts: "1 from A or 2 from B". */
export const IdRuleSchema = v.strictObject({
  id: Id,
  anyOf: v.pipe(v.array(AlternativeSchema), v.minLength(1)),
  /** Documents that may not count (Satte: "other than the My Number card"). */
  excludes: v.optional(v.array(Id)),
  source: SourceSchema,
});
/** An identity rule. */
export type IdRule = v.InferOutput<typeof IdRuleSchema>;

/** One thing to bring. `kind: id` is an identity-document requirement checked by an ID rule. */
export const ItemSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['item', 'id']),
  /** The wording of the page, for the counter staff. */
  ja: v.pipe(v.string(), v.minLength(1)),
  when: v.optional(ConditionSchema),
  /** For `kind: id`: the rule, and whose identity it proves. */
  idRule: v.optional(Id),
  whose: v.optional(v.picklist(['person', 'agent'])),
  /** A proof that must have been issued within this many months; `inPrinciple` when the page says 原則. */
  issuedWithin: v.optional(
    v.strictObject({ months: v.pipe(v.number(), v.integer(), v.minValue(1)), inPrinciple: v.boolean() }),
  ),
  /** National notes (national.json notes) that belong beside this item, e.g. what a page asking for a 戸籍謄本 leaves out. */
  nationalNotes: v.optional(v.array(Id)),
  /**
   * A letter the cardholder writes (a 委任状) that the page names but gives no form for: the list says so, so the
   * resident neither hunts for a download nor assumes the counter has one.
   */
  letterWithoutForm: v.optional(v.literal(true)),
  source: SourceSchema,
});
/** A checklist item. */
export type Item = v.InferOutput<typeof ItemSchema>;

/** One visit to the counter with what to bring; `after` is what happens between visits. */
export const VisitSchema = v.strictObject({
  items: v.array(ItemSchema),
  /** The page says what to bring for this visit is told later at the counter. */
  itemsToldAtCounter: v.optional(SourceSchema),
  /** The second visit must be at the counter of the first. */
  sameCounterAsFirst: v.optional(SourceSchema),
});

/** How one applicant does one procedure, or that the page is silent about it. */
export const ApplicantRuleSchema = v.variant('status', [
  v.strictObject({
    status: v.literal('described'),
    source: SourceSchema,
    visits: v.pipe(v.array(VisitSchema), v.minLength(1)),
    /** The mailed 照会書 step between visits; registered mail and no forwarding only where the page says so. */
    mailedInquiry: v.optional(
      v.strictObject({
        registeredMail: v.boolean(),
        noForwarding: v.boolean(),
        /** The page says the person seals the form in its envelope (Satte does; Ryugasaki only says they fill it in). */
        sealed: v.boolean(),
        source: SourceSchema,
      }),
    ),
    notes: v.optional(v.array(Id)),
  }),
  v.strictObject({
    status: v.literal('same-as'),
    procedure: v.picklist(PROCEDURES),
    source: SourceSchema,
  }),
  v.strictObject({
    status: v.literal('silent'),
    /** What the page does say nearby, if anything. */
    source: v.optional(SourceSchema),
    /** Another applicant's list of the same procedure that the page gives nearby (shown as not confirmed for this one). */
    nearby: v.optional(v.strictObject({ applicant: v.picklist(APPLICANTS), source: SourceSchema })),
  }),
]);
/** An applicant's rule for a procedure. */
export type ApplicantRule = v.InferOutput<typeof ApplicantRuleSchema>;

/** A procedure at this city: where, who, and notes. */
export const ProcedureSchema = v.strictObject({
  counters: v.array(Id),
  /**
   * The page does not say where this procedure is done: `counters` are those it gives for these other procedures
   * (the app says so rather than present them as this procedure's).
   */
  countersGivenFor: v.optional(v.pipe(v.array(v.picklist(PROCEDURES)), v.minLength(1))),
  applicants: v.strictObject({
    self: ApplicantRuleSchema,
    'legal-rep': ApplicantRuleSchema,
    proxy: ApplicantRuleSchema,
  }),
  notes: v.optional(v.array(Id)),
  source: v.optional(SourceSchema),
});
/** A procedure. */
export type Procedure = v.InferOutput<typeof ProcedureSchema>;

/** A daily window in a weekly schedule; `close: null` when the page does not give (or cuts off) the closing time. */
export const WindowSchema = v.strictObject({
  days: v.union([v.literal('every-day'), v.array(v.picklist(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']))]),
  open: Time,
  close: v.nullable(Time),
  source: SourceSchema,
  /** The page gives the hours but not the days: `days` is read from this sentence, and the app says it is inferred. */
  daysInferredFrom: v.optional(SourceSchema),
});
/** A weekly window. */
export type Window = v.InferOutput<typeof WindowSchema>;

/** A counter's schedule; whatever it does not say is unknown, never assumed open. */
export const ScheduleSchema = v.strictObject({
  /** True when the page lists the days; days outside the windows are then closed, not unknown. */
  daysKnown: v.boolean(),
  weekly: v.array(WindowSchema),
  /** Card work stops before closing (Ryugasaki's station: not after 18:00). */
  cardWorkUntil: v.optional(v.strictObject({ time: Time, source: SourceSchema })),
  /** Closed on national holidays (only where the page says so). */
  closedOnHolidays: v.optional(SourceSchema),
  /** Year-end closure, inclusive, crossing the new year. */
  yearEnd: v.optional(v.strictObject({ from: MonthDay, to: MonthDay, source: SourceSchema, erratum: v.optional(Id) })),
  /** Holiday openings: the last Sunday of the month. */
  holidayOpening: v.optional(
    v.strictObject({
      rule: v.literal('last-sunday'),
      /** The page says 原則として (in principle), so the app never states such a day as certain. */
      inPrinciple: v.boolean(),
      open: Time,
      close: Time,
      cardWorkOnMaintenanceSunday: v.boolean(),
      source: SourceSchema,
      /**
       * The procedures a holiday opening may not do, so the app says "ask first" for them that day, never "open"
       * (domain §8: a validity change on a Sunday). Required, so a new city's data decides it.
       */
      askFirst: v.strictObject({ procedures: v.array(v.picklist(PROCEDURES)), source: SourceSchema }),
    }),
  ),
  /** One-off dates: closures, openings or days without card work. */
  dates: v.optional(
    v.array(
      v.strictObject({
        date: IsoDate,
        kind: v.picklist(['closed', 'open', 'no-card-work']),
        open: v.optional(Time),
        close: v.optional(Time),
        reason: Id,
        source: SourceSchema,
      }),
    ),
  ),
});
/** A schedule. */
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

/** A counter where card procedures are done. */
export const CounterSchema = v.strictObject({
  id: Id,
  ja: v.pipe(v.string(), v.minLength(1)),
  source: SourceSchema,
  schedule: ScheduleSchema,
});
/** A counter. */
export type Counter = v.InferOutput<typeof CounterSchema>;

/** A note the page gives (warnings, tips); `level: warning` is shown prominently. */
export const NoteSchema = v.strictObject({
  id: Id,
  level: v.picklist(['info', 'warning']),
  /** Shown only when this holds (and, with its condition, while unanswered). */
  when: v.optional(ConditionSchema),
  /** What the counters page quotes it for: 'crowding', the city's own warning about crowded days. */
  about: v.optional(v.picklist(['crowding'])),
  source: SourceSchema,
});
/** A note. */
export type Note = v.InferOutput<typeof NoteSchema>;

/** A known error in the page and how the data reads it. */
export const ErratumSchema = v.strictObject({ id: Id, printed: v.string(), read: v.string(), source: SourceSchema });

const CityObjectSchema = v.strictObject({
    schemaVersion: v.literal(1),
    id: Id,
    ja: v.pipe(v.string(), v.minLength(1)),
    page: v.strictObject({
      url: v.optional(v.pipe(v.string(), v.url())),
      title: v.pipe(v.string(), v.minLength(1)),
      seed: v.pipe(v.string(), v.regex(/^\d{3}$/)),
      verified: IsoDate,
      updated: v.optional(IsoDate),
    }),
    counters: v.pipe(v.array(CounterSchema), v.minLength(1)),
    lists: v.array(DocListSchema),
    documents: v.array(DocumentSchema),
    idRules: v.array(IdRuleSchema),
    procedures: v.strictObject({
      renewal: ProcedureSchema,
      'pin-reset': ProcedureSchema,
      'pin-change': ProcedureSchema,
      // Both pages are silent on it (Satte names it once): a city file says so, and the national baseline fills in.
      'validity-change': ProcedureSchema,
    }),
    notes: v.array(NoteSchema),
    errata: v.optional(v.array(ErratumSchema)),
});
type CityInput = v.InferOutput<typeof CityObjectSchema>;
/** A whole city file, with its cross-references checked. */
export const CitySchema = v.pipe(
  CityObjectSchema,
  v.check((c) => crossReferencesOk(c) === null, (issue) => crossReferencesOk(issue.input as CityInput) ?? 'bad reference'),
);
/** A validated city. */
export type City = v.InferOutput<typeof CitySchema>;

/** Checks that every id a city refers to exists in it; returns the first problem, or null. */
export function crossReferencesOk(c: CityInput): string | null {
  const counters = new Set(c.counters.map((x) => x.id));
  const lists = new Set(c.lists.map((x) => x.id));
  const docs = new Set(c.documents.map((x) => x.id));
  const rules = new Set(c.idRules.map((x) => x.id));
  const notes = new Set(c.notes.map((x) => x.id));
  const errata = new Set((c.errata ?? []).map((x) => x.id));
  const groups = [['counter', c.counters], ['list', c.lists], ['document', c.documents], ['idRule', c.idRules], ['note', c.notes]] as const;
  for (const [kind, xs] of groups) {
    const seen = new Set<string>();
    for (const x of xs) {
      if (seen.has(x.id)) return `duplicate ${kind} ${x.id}`;
      seen.add(x.id);
    }
  }
  for (const k of c.counters) {
    const e = k.schedule.yearEnd?.erratum;
    if (e && !errata.has(e)) return `counter ${k.id}: unknown erratum ${e}`;
  }
  for (const d of c.documents) if (!lists.has(d.list)) return `document ${d.id}: unknown list ${d.list}`;
  for (const r of c.idRules) {
    for (const e of r.excludes ?? []) if (!docs.has(e)) return `idRule ${r.id}: unknown document ${e}`;
    for (const alt of r.anyOf) for (const l of Object.keys(alt.min ?? {})) if (!lists.has(l)) return `idRule ${r.id}: unknown list ${l}`;
  }
  for (const [pid, p] of Object.entries(c.procedures)) {
    for (const k of p.counters) if (!counters.has(k)) return `${pid}: unknown counter ${k}`;
    for (const other of p.countersGivenFor ?? []) {
      const given = c.procedures[other];
      if (other === pid || given.countersGivenFor) return `${pid}: countersGivenFor must name procedures the page places`;
      if (p.counters.some((k) => !given.counters.includes(k))) return `${pid}: a counter not given for ${other}`;
    }
    for (const n of p.notes ?? []) if (!notes.has(n)) return `${pid}: unknown note ${n}`;
    for (const [aid, a] of Object.entries(p.applicants)) {
      if (a.status === 'same-as') {
        // A reference must land on a procedure's own rule, so the engine never follows a chain or a loop.
        const target = c.procedures[a.procedure].applicants[aid as ApplicantId];
        if (a.procedure === pid || target.status === 'same-as') return `${pid}/${aid}: same-as must point to another procedure's own rule`;
      }
      if (a.status === 'silent' && a.nearby) {
        if (a.nearby.applicant === aid || p.applicants[a.nearby.applicant].status !== 'described') return `${pid}/${aid}: nearby must be another described applicant`;
      }
      if (a.status !== 'described') continue;
      for (const n of a.notes ?? []) if (!notes.has(n)) return `${pid}/${aid}: unknown note ${n}`;
      for (const visit of a.visits)
        for (const it of visit.items) {
          if (it.kind === 'id' && (!it.idRule || !rules.has(it.idRule))) return `${pid}/${aid}/${it.id}: unknown idRule ${it.idRule}`;
          if (it.kind === 'id' && !it.whose) return `${pid}/${aid}/${it.id}: id item needs whose`;
        }
    }
  }
  return null;
}

/** Validates unknown JSON as a city; throws a readable error naming the first problem. */
export function parseCity(json: unknown, name = 'city'): City {
  const result = v.safeParse(CitySchema, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`${name}: ${path ? path + ': ' : ''}${issue.message}`);
}

/**
 * The JSON the city file `<id>.json` is bundled as (the schema's output); throws a readable message when the file
 * is broken or names another id (the registry finds a city by its file name).
 */
export function bundledCityJson(text: string, id: string): string {
  const name = `${id}.json`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const city = parseCity(json, name);
  if (city.id !== id) throw new Error(`${name}: id is "${city.id}", expected "${id}"`);
  return JSON.stringify(city);
}
