// The words of the rules (procedures, applicants, facts) without the validator, so the first-load bundle can use
// them without pulling in valibot; the schema and its validation load with a city's data.

/**
 * The procedures Madoguchi covers. 'validity-change': a foreign resident's card, ending with the period of stay, moved
 * to the new end date after immigration extended the stay (在留期間の更新に伴う有効期間の変更, domain §8).
 */
export const PROCEDURES = ['renewal', 'pin-reset', 'pin-change', 'validity-change'] as const;
/** A procedure id. */
export type ProcedureId = (typeof PROCEDURES)[number];
/** Who applies at the counter. */
export const APPLICANTS = ['self', 'legal-rep', 'proxy'] as const;
/** An applicant id. */
export type ApplicantId = (typeof APPLICANTS)[number];

/** The facts a checklist item may depend on, with their possible answers. */
export const FACTS = {
  /** Whom a legal representative acts for. */
  dependent: ['child', 'adult-ward'],
  /** The person's 本籍 (registered domicile) is in this city; 'none': no 本籍 (not a Japanese national, so no 戸籍). */
  honseki: ['yes', 'no', 'none'],
  /** The parent and child are in the same family register (戸籍) with 本籍 in this city (Satte's waiver). */
  koseki: ['same-in-city', 'other'],
  /** The legal representative is in the same household on the resident register. */
  household: ['same', 'different'],
  /** The card's 4-digit 住民基本台帳用 PIN can still be entered. */
  'resident-pin': ['usable', 'unusable'],
  /** The agent's own card's 4-digit 住民基本台帳用 PIN can be entered (so that card can prove the agent's identity). */
  'agent-resident-pin': ['usable', 'unusable'],
  /** The J-LIS 照会書兼回答書 is at hand, valid, filled in by the person and sealed. */
  inquiry: ['ready', 'not-ready'],
  /**
   * Where the extension of the period of stay stands (domain §8): granted (a new 在留カード), applied for and pending
   * (the one-time 2-month 特例期間), or the old end date has passed (the card cannot be extended: a new card).
   */
  stay: ['extended', 'pending', 'passed'],
} as const;
/** A fact id. */
export type FactId = keyof typeof FACTS;
/** Answers given so far: fact id → answer. A missing fact is unknown. */
export type Answers = Partial<Record<FactId, string>>;

/** A condition on the answers; items whose condition is unknown stay visible with it. */
export type Condition =
  | { fact: FactId; is: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** The card's four PINs: the two e-certificate PINs (signature, auth) and the two card-application PINs. */
export const PIN_IDS = ['signature', 'auth', 'resident', 'cardinfo'] as const;
/** A PIN id. */
export type PinId = (typeof PIN_IDS)[number];
