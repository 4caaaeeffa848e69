import { isPrerenderOf, prerenderedLang, prerenderedUrl } from './prerender-match';
import { parseSnapshotPath, snapshotUrl } from './snapshots';
import { browserLanguage } from '../i18n/language';

// The prerendered HTML is the content; the app only adds interaction. So the browser paints first and the app's
// script is fetched once the page has painted, keeping it off the critical path (LCP budget: ≤ 1.2× a static page).
// Kept tiny: it is the only script the HTML links.

/** Build-time prerender, delegated to the app. */
export async function prerender(data: { url: string }) {
  return (await import('../main')).prerender(data);
}

if (typeof window !== 'undefined') {
  const prerendered = prerenderedUrl(document);
  // A snapshot opened by its own path (./snapshots.ts) shows the public URL it stands for; only when the HTML is
  // that snapshot (a host may answer an unknown path with another page). (The snapshot's URL names its language
  // unless it is the default one, which boot does not need to know.)
  const snapshot = parseSnapshotPath(location.pathname);
  if (prerendered && snapshot && [snapshotUrl(snapshot, snapshot.lang), snapshotUrl(snapshot, '')].includes(prerendered)) {
    history.replaceState(null, '', prerendered);
  }
  // Until the app renders, the prerendered language links point at the page without this URL's answers.
  const menu = document.querySelectorAll<HTMLAnchorElement>('a[data-lang]');
  for (const a of menu) {
    const url = new URL(location.href);
    url.searchParams.set('lang', a.dataset.lang!);
    a.href = url.pathname + url.search;
  }
  // When the HTML is this URL's page (the host answered it with its prerender), the app can wait for the first
  // paint; otherwise (other answers, another language) the app must render it, and waiting would only delay it.
  // The language is the one the app will show, among those the page offers (its own and its language links), from
  // the URL and the browser. A remembered choice that differs from both only makes the app start after the first
  // paint instead of at once; reading it here would cost more than that.
  const htmlLang = prerenderedLang(document);
  const offered = new Set([htmlLang, ...[...menu].map((a) => a.dataset.lang!)]);
  const here = isPrerenderOf({
    prerendered,
    pathname: location.pathname,
    search: location.search,
    lang: browserLanguage(offered, htmlLang, { stored: false }),
    prerenderLang: htmlLang,
  });
  const load = () => void import('../main');
  if (here) afterFirstPaint(load);
  else load();
}

/** Runs `fn` once the page has painted its content (or after 3 s, e.g. in a background tab that never paints). */
function afterFirstPaint(fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    setTimeout(fn, 0);
  };
  try {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) go();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the fallback below still loads the app.
  }
  setTimeout(go, 3000);
}
