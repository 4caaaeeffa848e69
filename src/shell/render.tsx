import { prerender as renderToHtml } from 'preact-iso';
import { App } from '../app/App';
import { preloadPage } from '../app/pages/lazy-pages';
import { pageTitle } from '../app/page-title';
import { parseVariantPath, variantUrl } from '../app/variants';
import { cities } from '../cities/registry';
import { DEFAULT_LANGUAGE, loadLanguage, type Lang } from '../i18n';
import { PRERENDER_META } from './prerender-match';

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
