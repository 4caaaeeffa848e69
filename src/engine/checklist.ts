import type {
  Answers,
  ApplicantId,
  ApplicantRule,
  City,
  Condition,
  FactId,
  Item,
  Note,
  ProcedureId,
  Source,
} from '../cities/schema';
import { APPLICANTS } from '../cities/vocabulary';
import { national as defaultRules, type National } from '../cities/national';
import type { BaselineRule } from '../cities/national-schema';
import { evaluate, openFacts, sortFacts } from './conditions';

// The checklist is the city's data read for one situation. Nothing is dropped silently: a conditional item keeps
// its condition until answered, an item whose condition is false stays as 'not-needed' so the UI can say why, and a
// page that says nothing about an applicant yields 'silent' rather than another applicant's or city's list.

/** How an item stands given the answers so far. */
export const ITEM_STATES = ['required', 'conditional', 'not-needed'] as const;
/** An item state. */
export type ItemState = (typeof ITEM_STATES)[number];

/** One thing to bring, with its state; `condition` is the data's `when`, kept so the UI can explain the state. */
export interface ChecklistItem extends Omit<Item, 'when'> {
  state: ItemState;
  condition?: Condition;
}

/** One visit to the counter. */
export interface ChecklistVisit {
  items: ChecklistItem[];
  /** The page says what to bring on this visit is told at the counter on the first visit. */
  itemsToldAtCounter?: Source;
  /** This visit must be at the counter of the first visit. */
  sameCounterAsFirst?: Source;
}

/**
 * A note shown with the checklist: 'conditional' while its condition is unanswered. `scope`: the city's page says it,
 * or it is a national rule (national.json) that holds in every city.
 */
export interface ChecklistNote {
  id: string;
  scope: 'city' | 'national';
  level: Note['level'];
  state: 'applies' | 'conditional';
  condition?: Condition;
  /** Set for a note about the counter in general (crowding), not about this list: shown after the list. */
  general?: true;
  source: Source;
}

type DescribedRule = Extract<ApplicantRule, { status: 'described' }>;

/** The mailed 照会書 step between a proxy's two visits. */
export type MailedInquiry = NonNullable<DescribedRule['mailedInquiry']>;

/** What to bring for one procedure, city and applicant, given the answers so far. */
export interface Checklist {
  city: string;
  procedure: ProcedureId;
  applicant: ApplicantId;
  /** 'same-as': the page refers to another procedure; visits are that procedure's, `sameAs` says which. */
  status: 'described' | 'silent' | 'same-as';
  /** The page's sentence for the list used (for 'same-as', the target's; for 'silent', what it says nearby, if anything). */
  ruleSource?: Source;
  /** For 'same-as': the procedure whose list applies (and whose translation keys the UI uses), and the sentence. */
  sameAs?: { procedure: ProcedureId; source: Source };
  /** Empty when the page is silent. */
  visits: ChecklistVisit[];
  mailedInquiry?: MailedInquiry;
  /** Counter ids of the asked procedure. */
  counters: string[];
  /** Set when the page does not say where this procedure is done: `counters` are those it gives for these procedures. */
  countersGivenFor?: ProcedureId[];
  /**
   * For 'silent' where the national sources give a list (national.json baselines): `visits` are that list, not the
   * city's, and the UI labels them as not confirmed by the city; `source` is the national sentence for this applicant.
   */
  baseline?: { source: Source };
  /** For 'silent': another applicant's list that the page gives nearby, not confirmed for this applicant. */
  nearby?: { applicant: ApplicantId; visits: ChecklistVisit[]; source: Source };
  /** The asked procedure's notes, then the applicant's; those whose condition is false are left out. */
  notes: ChecklistNote[];
  /** Unanswered facts that can still change an item or a note, in the schema's order. */
  questions: FactId[];
  /** The city page the list comes from, with the date it was last checked. */
  source: City['page'];
}

/** The state of an item (or the truth of a note's condition) for the answers so far. */
export function itemState(when: Condition | undefined, answers: Answers): ItemState {
  if (!when) return 'required';
  const value = evaluate(when, answers);
  return value === 'unknown' ? 'conditional' : value ? 'required' : 'not-needed';
}

/** Follows a 'same-as' reference once; a reference to another reference is a data error, not a list to guess. */
function resolveRule(
  city: City,
  procedure: ProcedureId,
  applicant: ApplicantId,
): { rule: Exclude<ApplicantRule, { status: 'same-as' }>; sameAs?: { procedure: ProcedureId; source: Source } } {
  const rule = city.procedures[procedure].applicants[applicant];
  if (rule.status !== 'same-as') return { rule };
  const target = city.procedures[rule.procedure].applicants[applicant];
  if (rule.procedure === procedure || target.status === 'same-as') {
    throw new Error(`${city.id}: ${procedure}/${applicant} refers to ${rule.procedure}, which is itself a reference`);
  }
  return { rule: target, sameAs: { procedure: rule.procedure, source: rule.source } };
}

function toItem(item: Item, answers: Answers): ChecklistItem {
  const { when, ...rest } = item;
  const state = itemState(when, answers);
  return when ? { ...rest, state, condition: when } : { ...rest, state };
}

function toVisits(rule: ApplicantRule | BaselineRule, answers: Answers): ChecklistVisit[] {
  if ('status' in rule && rule.status !== 'described') return [];
  return rule.visits.map((v) => ({ ...v, items: v.items.map((it) => toItem(it, answers)) }));
}

/** The national list for a procedure and applicant, if the national sources give one (national.json baselines). */
export function baselineRule(rules: National, procedure: ProcedureId, applicant: ApplicantId): BaselineRule | undefined {
  return rules.baselines.find((b) => b.procedure === procedure)?.applicants[applicant];
}

/** A note (city or national) for the answers: left out when its condition is false, 'conditional' while unknown. */
function noteFor(
  note: { id: string; level: Note['level']; when?: Condition; about?: string; source: Source },
  scope: ChecklistNote['scope'],
  answers: Answers,
): ChecklistNote | null {
  const value = note.when ? evaluate(note.when, answers) : true;
  if (value === false) return null;
  return {
    id: note.id,
    scope,
    level: note.level,
    state: value === true ? 'applies' : 'conditional',
    ...(note.when ? { condition: note.when } : {}),
    ...(note.about ? { general: true as const } : {}),
    source: note.source,
  };
}

/** Builds the checklist of one procedure for one applicant at one city; national notes (national.json) join the city's. */
export function buildChecklist(
  city: City,
  procedure: ProcedureId,
  applicant: ApplicantId,
  answers: Answers,
  rules: National = defaultRules,
): Checklist {
  const proc = city.procedures[procedure];
  const { rule, sameAs } = resolveRule(city, procedure, applicant);
  // A silent page with a national list: that list, labelled as national by `baseline` (never another city's).
  const national = rule.status === 'silent' ? baselineRule(rules, procedure, applicant) : undefined;
  const visits = toVisits(national ?? rule, answers);

  const noteIds = [...new Set([...(proc.notes ?? []), ...(rule.status === 'described' ? (rule.notes ?? []) : [])])];
  const notes: ChecklistNote[] = [];
  const conditions: Condition[] = [];
  for (const id of noteIds) {
    const note = city.notes.find((n) => n.id === id);
    if (!note) continue; // the schema rejects unknown note ids; never crash the page over one
    const shown = noteFor(note, 'city', answers);
    if (!shown) continue;
    if (note.when) conditions.push(note.when);
    notes.push(shown);
  }
  for (const note of rules.notes) {
    if (!note.procedures?.includes(procedure) || (note.applicants && !note.applicants.includes(applicant))) continue;
    const shown = noteFor(note, 'national', answers);
    if (!shown) continue;
    if (note.when) conditions.push(note.when);
    notes.push(shown);
  }
  for (const v of visits) for (const it of v.items) if (it.condition) conditions.push(it.condition);

  const checklist: Checklist = {
    city: city.id,
    procedure,
    applicant,
    status: sameAs ? 'same-as' : rule.status,
    visits,
    counters: [...proc.counters],
    notes,
    questions: sortFacts(conditions.flatMap((c) => openFacts(c, answers))),
    source: city.page,
  };
  if (proc.countersGivenFor) checklist.countersGivenFor = [...proc.countersGivenFor];
  if (rule.status === 'silent' && rule.nearby) {
    const near = proc.applicants[rule.nearby.applicant];
    checklist.nearby = { applicant: rule.nearby.applicant, visits: toVisits(near, answers), source: rule.nearby.source };
  }
  if (rule.source) checklist.ruleSource = rule.source;
  if (sameAs) checklist.sameAs = sameAs;
  if (rule.status === 'described' && rule.mailedInquiry) checklist.mailedInquiry = rule.mailedInquiry;
  if (national) {
    checklist.baseline = { source: national.source };
    if (national.mailedInquiry) checklist.mailedInquiry = national.mailedInquiry;
  }
  return checklist;
}

/** What a city's page gives for one applicant: its own list, only the national one, or nothing to bring. */
export type Coverage = 'city' | 'national' | 'none';

/** Whether the city's page (or, where it is silent, the national sources) says what to bring. */
export function coverage(city: City, procedure: ProcedureId, applicant: ApplicantId, rules: National = defaultRules): Coverage {
  const rule = city.procedures[procedure].applicants[applicant];
  if (rule.status !== 'silent') return 'city';
  return baselineRule(rules, procedure, applicant) ? 'national' : 'none';
}

/** A procedure's coverage over its applicants: 'city' if the page gives any list, else the best of the rest. */
export function procedureCoverage(city: City, procedure: ProcedureId, rules: National = defaultRules): Coverage {
  const all = APPLICANTS.map((a) => coverage(city, procedure, a, rules));
  return all.includes('city') ? 'city' : all.includes('national') ? 'national' : 'none';
}
