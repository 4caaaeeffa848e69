import { useRef } from 'preact/hooks';
import { ErrorBoundary, lazy } from 'preact-iso';
import type { Progress } from '../../storage';
import { progressFromQuery } from '../checklist/checklist-state';
import type { ChecklistQuery } from '../query/checklist-query';
import { useQuery } from '../routes';

// A checklist opened from a saved person carries `person=<id>` (savedChecklistHref). Its bar and its name on the
// counter sheet, with the store, are chunks of their own: a checklist opened from a shared link never loads them.

const PersonProgress = lazy(() => import('./PersonProgress').then((m) => m.PersonProgress));
const PersonName = lazy(() => import('./PersonName').then((m) => m.PersonName));

/** The saved person a checklist address names (`person=<id>`), or null. Any id is looked up: one that is not saved
 * (mistyped, or from another device) gets the bar's "not saved on this device" and nothing is saved under it. */
export function personParam(search: string | URLSearchParams): string | null {
  const id = (typeof search === 'string' ? new URLSearchParams(search) : search).get('person')?.trim();
  return id ? id.toLowerCase().slice(0, 100) : null;
}

/** Loads the saved person's bar and name (before the first render of an address that names a person). */
export function loadPersonProgress(): Promise<unknown> {
  return Promise.all([PersonProgress.preload(), PersonName.preload()]);
}

/** Where the saved person's bar goes, near the top of the checklist: nothing unless the address names a person. */
export function PersonSlot(props: { query: ChecklistQuery }) {
  const nav = useQuery();
  const personId = personParam(nav.params);
  // The page's progress when it first showed this person: what the link said (see ProgressSync).
  const initial = useRef<{ id: string; progress: Progress } | null>(null);
  if (!personId) return null;
  if (initial.current?.id !== personId) initial.current = { id: personId, progress: progressFromQuery(props.query) };
  return (
    <div class="cl-person-slot">
      <ErrorBoundary>
        <PersonProgress personId={personId} initial={initial.current.progress} query={props.query} />
      </ErrorBoundary>
    </div>
  );
}

/** The saved person's name on the counter view and its paper copy: nothing unless the address names a person. */
export function PersonNameSlot(props: { query: ChecklistQuery }) {
  const personId = personParam(useQuery().params);
  if (!personId) return null;
  return (
    <ErrorBoundary>
      <PersonName personId={personId} query={props.query} />
    </ErrorBoundary>
  );
}
