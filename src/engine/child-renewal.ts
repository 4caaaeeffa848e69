import type { Answers, ApplicantId, ProcedureId } from '../cities/vocabulary';

// Issue 20.2: a parent "renewing" a child's e-certificates is applying for a new card. A card issued under 18 ends on
// the 5th birthday after issue, and the certificates with it (domain §1), so there is nothing to renew on its own;
// a child under 15 gets no signature certificate (domain §7).

/**
 * True when a legal representative's e-certificate renewal is, for a child, a new card application: unless the
 * answers say the person is an adult ward, the flow and the checklist say so first.
 */
export function isChildRenewal(procedure: ProcedureId | undefined, applicant: ApplicantId | undefined, answers: Answers): boolean {
  return procedure === 'renewal' && applicant === 'legal-rep' && answers.dependent !== 'adult-ward';
}
