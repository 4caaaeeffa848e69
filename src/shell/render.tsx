import { prerender as renderToHtml } from 'preact-iso';
import { App } from '../app/App';
import { preloadPage } from '../app/pages/lazy-pages';
import { pageTitle } from '../app/page-title';
import { parseSnapshotPath, snapshotUrl } from './snapshots';
import { cities } from '../cities/registry';
import { DEFAULT_LANGUAGE, languageTag, loadLanguage, type Lang } from '../i18n';
import { PRERENDER_LANG_META, PRERENDER_META } from './prerender-match';

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
 * Build-time prerender of each route's answer-less state in the default language, and of each snapshot
 * (./snapshots.ts) in its own language. The HTML names the URL it shows (PRERENDER_META) and its language folder
 * (PRERENDER_LANG_META: <html lang> is the language's tag, which two languages may share).
 */
export async function prerender(data: { url: string }) {
  const snapshot = parseSnapshotPath(new URL(data.url, 'http://localhost').pathname);
  const lang = snapshot?.lang ?? DEFAULT_LANGUAGE;
  const url = new URL(snapshot ? snapshotUrl(snapshot, DEFAULT_LANGUAGE) : data.url, 'http://localhost');
  if (snapshot) {
    // The prerenderer pointed `location` at the snapshot's path; the app must see the public URL it stands for.
    Object.assign(globalThis.location, { pathname: url.pathname, search: url.search, href: url.href });
  }
  const { html, links } = await renderAt(url, lang);
  return {
    html,
    links,
    head: {
      lang: languageTag(lang),
      title: pageTitle(url.pathname, lang),
      elements: new Set([
        { type: 'meta', props: { name: PRERENDER_META, content: url.pathname + url.search } },
        { type: 'meta', props: { name: PRERENDER_LANG_META, content: lang } },
      ]),
    },
  };
}
