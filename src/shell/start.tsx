import { hydrate, render } from 'preact';
import { App } from '../app/App';
import { preloadPage } from '../app/pages/lazy-pages';
import { cities } from '../cities/registry';
import { DEFAULT_LANGUAGE, initialLanguage, loadLanguage } from '../i18n';
import { mirrorLanguage, readStoredLanguage } from '../i18n/language';
import { replayInput, touchedControls } from './early-input';
import { held } from './hold';
import { isPrerenderOf, prerenderedLang, prerenderedUrl } from './prerender-match';

// The app's one start: load what the page shows first, then take the prerendered HTML over (hydrate it when it is
// exactly this URL's page, else render over it), hand over any input made meanwhile, and say so.

/** The language to show, its texts loaded (the prerender's language when the chosen one cannot load, e.g. offline). */
async function language(): Promise<string> {
  const lang = initialLanguage();
  try {
    await loadLanguage(lang);
    return lang;
  } catch {
    await loadLanguage(DEFAULT_LANGUAGE).catch(() => undefined);
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Resolves once Preact has run the effects of what is on screen and rendered what they changed (it runs effects after
 * the next frame, or 100 ms in a tab that does not paint; these callbacks come after its own).
 */
function afterEffects(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timeout);
      cancelAnimationFrame(frame);
      setTimeout(resolve);
    };
    const timeout = setTimeout(done, 100);
    const frame = requestAnimationFrame(done);
  });
}

/** Starts the app on this page; html[data-app=live] says it has taken over (for tests and tools). */
export async function startApp(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  const cityId = new URLSearchParams(location.search).get('city');
  // The first render has the page's code, its city's rules and its language, so prerendered HTML is drawn as it is.
  const [lang] = await Promise.all([
    language(),
    preloadPage(location.pathname, location.search).catch(() => undefined),
    cityId && cities.has(cityId) ? cities.load(cityId).catch(() => undefined) : undefined,
  ]);
  // The host may answer any query with answer-less HTML (/checklist/index.html for /checklist?city=…&lang=en):
  // hydrate only HTML that is exactly what the app renders now (a checklist only once its city's rules loaded);
  // render over anything else, which reuses the DOM but corrects it (hydrate() would keep its attributes).
  const exact =
    (!cityId || !cities.has(cityId) || Boolean(cities.peek(cityId))) &&
    isPrerenderOf({
      prerendered: prerenderedUrl(document),
      pathname: location.pathname,
      search: location.search,
      lang,
      prerenderLang: prerenderedLang(document),
    });
  await held('hydrate');
  const app = <App lang={lang} />;
  if (exact) {
    const touched = touchedControls(root);
    hydrate(app, root);
    await replayInput(touched);
  } else render(app, root);
  await afterEffects();
  // A choice remembered before the service worker could read it gets there too (src/i18n/language.ts).
  const remembered = readStoredLanguage();
  if (remembered) void mirrorLanguage(remembered);
  linkManifest();
  document.documentElement.dataset.app = 'live';
}

/**
 * Links the web app manifest (public/manifest.webmanifest). The HTML leaves it out: Chromium fetches a linked manifest
 * and its icon while the page is still painting, and Lighthouse's LCP estimate then counts both (docs/budgets.md).
 * Installing is only worth it once the app runs anyway: it registers the worker that makes the app work offline.
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(link);
}
