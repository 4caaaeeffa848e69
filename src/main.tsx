import { hydrate, render } from 'preact';
import { prerender as renderToHtml } from 'preact-iso';
import { App } from './app/App';
import { preloadPage } from './app/pages/lazy-pages';
import { cities } from './cities/registry';
import { pageTitle } from './app/Layout';
import { matchesPrerender } from './app/routes';
import { DEFAULT_LANGUAGE, initialLanguage, loadLanguage } from './i18n';
import { startServiceWorker } from './pwa/service-worker';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  let lang = initialLanguage();
  // Fetch the page's code and its city's rules while the language loads, not one after the other.
  const page = preloadPage(location.pathname).catch(() => undefined);
  const city = new URLSearchParams(location.search).get('city');
  if (city && cities.has(city)) cities.load(city).catch(() => undefined);
  try {
    await loadLanguage(lang);
  } catch {
    // Its files could not load (offline, never cached): the prerender language is always there.
    lang = DEFAULT_LANGUAGE;
    await loadLanguage(lang).catch(() => undefined);
  }
  await page;
  const app = <App lang={lang} />;
  // A static host serves /checklist/index.html (prerendered with no answers, in Japanese) for /checklist?city=…&lang=en.
  // Hydrate only when that HTML is exactly what the app renders now; otherwise render over it, which reuses the
  // DOM but corrects every attribute (hydrate() would keep stale ones).
  const exact = matchesPrerender({
    renderedPath: root.querySelector('main[data-route]')?.getAttribute('data-route'),
    pathname: location.pathname,
    search: location.search,
    lang,
    prerenderLang: DEFAULT_LANGUAGE,
  });
  if (exact) hydrate(app, root);
  else render(app, root);
  // The app loads after the first paint (boot.ts); this says it has taken over, for tests and tools.
  document.documentElement.dataset.app = 'live';
  startServiceWorker();
}

if (typeof window !== 'undefined') void start();

/** Build-time prerender of each route's default state: no answers, in the default language. */
export async function prerender(data: { url: string }) {
  await loadLanguage(DEFAULT_LANGUAGE);
  const { html, links } = await renderToHtml(<App lang={DEFAULT_LANGUAGE} />);
  return {
    html,
    links,
    head: {
      lang: DEFAULT_LANGUAGE,
      title: pageTitle(new URL(data.url, 'http://localhost').pathname, DEFAULT_LANGUAGE),
      elements: new Set<{ type: string; props: Record<string, string> }>(),
    },
  };
}
