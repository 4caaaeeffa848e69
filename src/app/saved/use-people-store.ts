import { createContext } from 'preact';
import type { RefObject } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { whenNearViewport } from '../../shell/near-viewport';
import { sharedPeopleHub, type HubActions, type HubSnapshot, type PeopleHub } from './people-hub';

export type { HubActions, HubNotice, HubSnapshot, HubStatus } from './people-hub';
export { PeopleHub, sharedPeopleHub } from './people-hub';

// Usage (any page):
//   const people = usePeopleStore();
//   if (people.status === 'ready') { const r = await people.save({ label, city, … }); if (!r.ok) … r.error.kind … }
// The store opens lazily after the first render in the browser; during prerender (no IndexedDB) and until it has
// opened, status is 'loading' and people is empty. Render <SavedNotices /> near any save control so the
// "updated in another tab" and "close other tabs" notices reach the user.

/** Lets a subtree use another hub (tests, stories); the app uses the page's shared one without a provider. */
export const PeopleHubContext = createContext<PeopleHub | null>(null);

/** The saved people and the actions that change them; re-renders on every change. */
export type PeopleStoreApi = HubSnapshot & HubActions;

/** Options of usePeopleStore. */
export interface UsePeopleStoreOptions {
  /** Open the store if nothing has yet (default true). False only watches: for a banner on pages that never save. */
  open?: boolean;
  /**
   * Open it only once this element nears the screen (src/app/hydration.ts): for a save form far down a page,
   * so that loading the page never pays for opening (on a first visit, creating) the database.
   */
  near?: RefObject<Element>;
}

/** Subscribes to the page's saved people; opens the shared store on first use in the browser (or when near). */
export function usePeopleStore(options: UsePeopleStoreOptions = {}): PeopleStoreApi {
  const hub = useContext(PeopleHubContext) ?? sharedPeopleHub();
  const [snapshot, setSnapshot] = useState<HubSnapshot>(hub.getSnapshot);
  const shouldOpen = options.open ?? true;
  const near = options.near;

  useEffect(() => {
    const update = () => setSnapshot(hub.getSnapshot());
    const unsubscribe = hub.subscribe(update);
    update();
    if (!shouldOpen) return unsubscribe;
    const open = () => void hub.open();
    const stop = near ? whenNearViewport(near.current, open) : (open(), undefined);
    return () => {
      unsubscribe();
      stop?.();
    };
  }, [hub, shouldOpen, near]);

  return useMemo<PeopleStoreApi>(
    () => ({
      ...snapshot,
      save: hub.save,
      saveProgress: hub.saveProgress,
      rename: hub.rename,
      remove: hub.remove,
      restore: hub.restore,
      refresh: hub.refresh,
      exportAll: hub.exportAll,
      importFile: hub.importFile,
      applyImport: hub.applyImport,
      undoImport: hub.undoImport,
    }),
    [snapshot, hub],
  );
}
