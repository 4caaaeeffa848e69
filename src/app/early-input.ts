import { useLayoutEffect } from 'preact/hooks';
import { cities } from '../cities/registry';
import { toggled } from './checklist/checklist-state';
import { parseChecklistQuery } from './query/checklist-query';
import type { QueryApi } from './routes';

// Early input: what a person ticked or typed into the prerendered page before its <HydrateLater> part hydrated
// (src/app/hydration.ts). Hydration leaves `checked` and `value` as they are on screen while the app's state still
// says otherwise, and the app's next render would reset them, so each control hands its screen state over once.

/**
 * When the component mounts, compares the control `id` on screen with what its first render drew (`checked` for a
 * boolean, `value` for a string) and, if they differ, passes the screen's to `adopt`.
 */
export function useEarlyInput<T extends boolean | string>(id: string, drawn: T, adopt: (onScreen: T) => void): void {
  useLayoutEffect(() => {
    // A layout effect: before any later render writes the app's state over the control.
    const control = document.getElementById(id);
    if (!(control instanceof HTMLInputElement)) return;
    const onScreen = (typeof drawn === 'boolean' ? control.checked : control.value) as T;
    if (onScreen !== drawn) adopt(onScreen);
    // On mount only: from then on the control's own handler writes each change.
  }, []);
}

/** The checklist's list parameters, by the ChecklistQuery field that holds each. */
const LISTS = { done: 'done', docs: 'docs', 'agent-docs': 'agentDocs' } as const;

/** A list parameter of the checklist's address: ticked items or held documents. */
export type ChecklistList = keyof typeof LISTS;

/**
 * For a box that stands for `value` in the list `param` of the checklist's address: a tick or untick made before
 * the box hydrated is written into the address, as it is then, since the parts before may have written theirs.
 */
export function useEarlyTick(nav: QueryApi, inputId: string, ticked: boolean, param: ChecklistList, value: string): void {
  useEarlyInput(inputId, ticked, (checked) => {
    const latest = parseChecklistQuery(new URLSearchParams(location.search), cities.ids).query;
    nav.setLatest({ [param]: toggled(latest[LISTS[param]], value, checked) }, { replace: true });
  });
}
