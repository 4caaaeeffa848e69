/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { findRewrite } from '../../host/match.mjs';
import type { RedirectRule } from '../../host/rewrites.d.mts';
import { packFile, STYLE_FILE, unpackSnapshot, type SnapshotPack } from '../shell/snapshot-pack';
import { parseSnapshotPath, withShownLanguage } from '../shell/snapshots';
import { mirroredLanguage } from '../i18n/language';

// The app's service worker. Every page comes from the precache, online and offline (updates install in the
// background and wait for the person). A page is answered as the host answers it: a contract URL that has a
// prerendered snapshot (a checklist, a route in another language) gets that snapshot, by the same rules and the
// same matcher as `_redirects` (src/shell/snapshots.ts, host/match.mjs), so a repeat visit's first paint is the
// right page in the right language. A URL without `lang` (the installed app's start URL, a link someone shared
// from a Japanese page) gets the snapshot in the language the app will show: the remembered one, else the browser's.

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

self.addEventListener('message', (event) => {
  // The update banner's "Reload to update" (registerType 'prompt').
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first visit is controlled at once, so it works offline without a reload.
clientsClaim();
cleanupOutdatedCaches();

async function json<T>(file: string): Promise<T | undefined> {
  const response = await matchPrecache(file);
  return response ? ((await response.json()) as T) : undefined;
}

// Read once per worker start, on the first page asked for.
let rules: Promise<RedirectRule[]> | undefined;
let style: Promise<string | undefined> | undefined;
const packs = new Map<string, Promise<SnapshotPack | undefined>>();

/** The snapshot that answers this URL, unpacked, or undefined. */
async function snapshotFor(url: URL): Promise<string | undefined> {
  rules ??= json<RedirectRule[]>('snapshots/rules.json').then((r) => r ?? []);
  // A snapshot opened by its own path (boot.ts then shows the URL it stands for) is itself.
  const own = parseSnapshotPath(url.pathname) ? `${url.pathname.replace(/\/(index\.html)?$/, '')}/index.html` : undefined;
  const shown = withShownLanguage(url, await rules, { stored: await mirroredLanguage(), browser: self.navigator.languages });
  const to = findRewrite(await rules, shown.pathname, shown.search) ?? own;
  const lang = to && parseSnapshotPath(to)?.lang;
  if (!to || !lang) return undefined;
  let pack = packs.get(lang);
  if (!pack) packs.set(lang, (pack = json<SnapshotPack>(packFile(lang))));
  style ??= json<string>(STYLE_FILE);
  const [p, css] = await Promise.all([pack, style]);
  return p && css !== undefined ? unpackSnapshot(p, to, css) : undefined;
}

/** The page a navigation gets: its snapshot, else its route's prerendered page, else the start page. */
async function page(url: URL, request: Request): Promise<Response> {
  const html = await snapshotFor(url).catch(() => undefined);
  if (html !== undefined) return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  const path = url.pathname.replace(/\/+$/, '') || '/';
  return (await matchPrecache(path === '/' ? 'index.html' : path)) ?? (await matchPrecache('index.html')) ?? fetch(request);
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  ({ request, url }) => page(url, request),
);

// Everything else (scripts, icons) from the precache; a query never changes what a file is.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
