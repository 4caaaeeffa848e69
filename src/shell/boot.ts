import { parseSnapshotPath, snapshotUrl } from './snapshots';
import { prerenderedUrl } from './prerender-match';

// The prerendered HTML is the content; the app only adds interaction. The page's inline loader
// (./boot-loader.ts) imports this module once the page has painted; it starts the app once the HTML is parsed.
// Kept tiny: it stands between the first paint and the app's own code.

/** Build-time prerender, delegated to the app. */
export async function prerender(data: { url: string }) {
  return (await import('../main')).prerender(data);
}

/** Shows the public URL of a snapshot opened by its own path, points the language links at this URL, starts the app. */
function boot(): void {
  const prerendered = prerenderedUrl(document);
  // A snapshot opened by its own path (./snapshots.ts) shows the public URL it stands for; only when the HTML is
  // that snapshot (a host may answer an unknown path with another page). (The snapshot's URL names its language
  // unless it is the default one, which boot does not need to know.)
  const snapshot = parseSnapshotPath(location.pathname);
  if (prerendered && snapshot && [snapshotUrl(snapshot, snapshot.lang), snapshotUrl(snapshot, '')].includes(prerendered)) {
    history.replaceState(null, '', prerendered);
  }
  // Until the app renders, the prerendered language links point at the page without this URL's answers.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang]')) {
    const url = new URL(location.href);
    url.searchParams.set('lang', a.dataset.lang!);
    a.href = url.pathname + url.search;
  }
  void import('../main');
}

if (typeof window !== 'undefined') {
  // A long page can paint before the parser has reached its end (the loader runs at the first paint): the links and
  // the app's root must all be there first.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot, { once: true });
  else boot();
}
