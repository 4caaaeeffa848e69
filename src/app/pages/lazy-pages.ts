import { lazy } from 'preact-iso';
import { routeName, type RouteName } from '../routes';

// Pages other than the start page load on demand, so the first-load bundle stays small (≤ 40 KB gz budget).
// The service worker precaches every chunk, so this costs nothing offline.

/**
 * /checklist, loaded on demand, with what it shows first: the router renders it once this resolves (the address
 * is already the new one), so a link from another page to a question screen never shows an empty page.
 */
export const ChecklistPage = lazy(() =>
  import('./ChecklistPage').then(async (m) => {
    await m.preloadChecklistPage(location.search).catch(() => undefined);
    return m.ChecklistPage;
  }),
);
/** /counters, loaded on demand. */
export const CountersPage = lazy(() => import('./CountersPage').then((m) => m.CountersPage));
/** /renewal, loaded on demand. */
export const RenewalPage = lazy(() => import('./RenewalPage').then((m) => m.RenewalPage));

const byRoute: Partial<Record<RouteName, (search: string) => Promise<unknown>>> = {
  // The checklist page shows a question screen or a list; the question flow is a chunk of its own.
  checklist: (search) => Promise.all([ChecklistPage.preload(), import('./ChecklistPage').then((m) => m.preloadChecklistPage(search))]),
  counters: () => CountersPage.preload(),
  renewal: () => RenewalPage.preload(),
};

/**
 * Loads the code of the page at this address (and of what it shows first) before the first render, so rendering
 * over prerendered HTML never blanks it.
 */
export async function preloadPage(pathname: string, search = ''): Promise<void> {
  const name = routeName(pathname);
  await byRoute[name as RouteName]?.(search);
}
