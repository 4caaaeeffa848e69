import './app/styles/global.css';

// The prerendered HTML is the content; the app only adds interaction. So the browser paints first and the app's
// script is fetched once the page has loaded, keeping it off the critical path (LCP budget: ≤ 1.2× a static page).
// Kept tiny: it is the only script the HTML links.

/** Build-time prerender, delegated to the app. */
export async function prerender(data: { url: string }) {
  return (await import('./main')).prerender(data);
}

if (typeof window !== 'undefined') {
  // Until the app renders, the prerendered language links point at the page without this URL's answers.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
    const url = new URL(location.href);
    url.searchParams.set('lang', a.hreflang);
    a.href = url.pathname + url.search;
  }
  // Without a query the prerendered HTML is the page itself; with one (answers, lang) the app must render it, so
  // waiting for a frame would only delay the real content.
  const load = () => void import('./main');
  if (location.search) load();
  else if (document.readyState === 'complete') load();
  else addEventListener('load', () => setTimeout(load, 0), { once: true });
}
