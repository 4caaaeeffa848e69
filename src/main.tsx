import { prerender as renderToHtml } from 'preact-iso';
import { App } from './app/App';
import { afterEffects, nextTask, startApp } from './app/hydration';
import { preloadPage } from './app/pages/lazy-pages';
import { cities } from './cities/registry';
import { pageTitle } from './app/Layout';
import { PRERENDER_META, isPrerenderOf, prerenderedUrl } from './app/prerender-match';
import { parseVariantPath, variantUrl } from './app/variants';
import { DEFAULT_LANGUAGE, initialLanguage, loadLanguage, type Lang } from './i18n';
import { startServiceWorker } from './pwa/service-worker';

async function start(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // Each step of the start gets a task of its own, after the one that evaluated the modules: on a cheap phone a
  // task that holds the main thread for long delays the first tap (and Lighthouse counts every long one). The
  // first localStorage read alone can take 10 ms.
  await nextTask();
  let lang = initialLanguage();
  await nextTask();
  // Fetch the page's code and its city's rules while the language loads, not one after the other. Starting each
  // load takes a task of its own: a dynamic import() adds a preload link per chunk it needs, and the first
  // requests a page makes cost milliseconds each on a slow phone.
  const page = preloadPage(location.pathname, location.search).catch(() => undefined);
  await nextTask();
  const cityId = new URLSearchParams(location.search).get('city');
  const city = cityId && cities.has(cityId) ? cities.load(cityId).catch(() => undefined) : undefined;
  await nextTask();
  try {
    await loadLanguage(lang);
  } catch {
    // Its files could not load (offline, never cached): the prerender language is always there.
    lang = DEFAULT_LANGUAGE;
    await loadLanguage(lang).catch(() => undefined);
  }
  // The first render has the city's rules, so a prerendered checklist is rendered as it is, never as "loading".
  await Promise.all([page, city]);
  const app = <App lang={lang} />;
  // The host may answer any query with answer-less HTML (/checklist/index.html for /checklist?city=…&lang=en).
  // Hydrate only when that HTML is exactly what the app renders now; otherwise render over it, which reuses the
  // DOM but corrects every attribute (hydrate() would keep stale ones).
  // A checklist snapshot is only this page when its city's rules loaded (else the first render says "loading").
  const exact =
    (!city || Boolean(cityId && cities.peek(cityId))) &&
    isPrerenderOf({
      prerendered: prerenderedUrl(document),
      pathname: location.pathname,
      search: location.search,
      lang,
      prerenderLang: document.documentElement.lang,
    });
  // Rendered over other HTML, parts whose code loads apart (the save form) would keep that HTML's controls, without
  // the app, until their code arrived: load it first.
  if (!exact) await preloadPage(location.pathname, location.search, { whole: true }).catch(() => undefined);
  // Module evaluation and the language's bundles ran in the tasks before; the first render gets tasks of its own.
  await nextTask();
  await startApp(app, root, exact);
  // What waits for the whole page (useHydrated(): data-checklist-ready, links that carry state) switches on in an
  // effect; once those ran, the app has taken over. It loads after the first paint (boot.ts); this says so, for
  // tests and tools.
  await afterEffects();
  document.documentElement.dataset.app = 'live';
  startServiceWorker();
}

if (typeof window !== 'undefined') void start();

/**
 * The app's HTML for a URL in a language, as the build prerenders it: the city's rules, the language and the code the
 * page shows first are loaded before the render. `location` must already point at `url` (the prerenderer sets it;
 * tests set it too). Shared by the build and the Node render tests.
 */
export async function renderAt(url: URL, lang: Lang) {
  const cityId = url.searchParams.get('city');
  if (cityId && cities.has(cityId)) await cities.load(cityId);
  await loadLanguage(lang);
  // The code the page shows first (the question flow for a question screen), as in the browser.
  await preloadPage(url.pathname, url.search);
  return renderToHtml(<App lang={lang} />);
}

/**
 * Build-time prerender of each route's answer-less state in the default language, and of each checklist snapshot
 * (src/app/variants.ts) in its own language. The HTML names the URL it shows (PRERENDER_META).
 */
export async function prerender(data: { url: string }) {
  const variant = parseVariantPath(new URL(data.url, 'http://localhost').pathname);
  const lang = variant?.lang ?? DEFAULT_LANGUAGE;
  const url = new URL(variant ? variantUrl(variant, DEFAULT_LANGUAGE) : data.url, 'http://localhost');
  if (variant) {
    // The prerenderer pointed `location` at the snapshot's path; the app must see the public URL it stands for.
    Object.assign(globalThis.location, { pathname: url.pathname, search: url.search, href: url.href });
  }
  const { html, links } = await renderAt(url, lang);
  return {
    html,
    links,
    head: {
      lang,
      title: pageTitle(url.pathname, lang),
      elements: new Set([{ type: 'meta', props: { name: PRERENDER_META, content: url.pathname + url.search } }]),
    },
  };
}
