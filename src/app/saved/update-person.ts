import { progressOf, type PersonInput, type SavedPerson, type StoreResult } from '../../storage';
import type { HubActions } from './people-hub';

// "Update 「母」 with this checklist", from the save form: the person asked about is updated as they were shown,
// never over what another tab changed since.

type Which = { city?: string; procedure?: string; applicant?: string };

/** True when two checklists are for the same city, procedure and applicant (only ticks or answers may differ). */
export function sameChecklist(a: Which, b: Which): boolean {
  return a.city === b.city && a.procedure === b.procedure && a.applicant === b.applicant;
}

/**
 * Updates `existing` (the saved person as the question showed it) with the page's checklist `input`, keeping its
 * label, and its expiry and period-of-stay end unless the page gives them. The same checklist is merged with what another tab changed
 * since (its ticks kept); another checklist, or an answer both changed, is refused with `conflict`, to ask again.
 */
export async function updateWithPage(
  actions: Pick<HubActions, 'save' | 'saveProgress'>,
  existing: SavedPerson,
  input: PersonInput,
): Promise<StoreResult<SavedPerson>> {
  if (!sameChecklist(existing, input)) {
    const expiry = input.expiry ?? existing.expiry;
    const stayUntil = input.stayUntil ?? existing.stayUntil;
    return actions.save({
      ...input,
      id: existing.id,
      revision: existing.revision,
      label: existing.label,
      ...(expiry ? { expiry } : {}),
      ...(stayUntil ? { stayUntil } : {}),
    });
  }
  const next = { answers: input.answers as Record<string, string>, ticks: input.ticks, held: input.held };
  const saved = await actions.saveProgress(existing.id, { revision: existing.revision, progress: progressOf(existing) }, next);
  if (!saved.ok) return saved;
  const person = saved.value.person;
  const expiry = input.expiry && input.expiry !== person.expiry ? { expiry: input.expiry } : {};
  const stayUntil = input.stayUntil && input.stayUntil !== person.stayUntil ? { stayUntil: input.stayUntil } : {};
  if (!('expiry' in expiry) && !('stayUntil' in stayUntil)) return { ok: true, value: person };
  const { id, revision, createdAt: _c, updatedAt: _u, ...content } = person;
  return actions.save({ ...content, id, revision, ...expiry, ...stayUntil });
}
