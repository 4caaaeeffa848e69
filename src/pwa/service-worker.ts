/// <reference types="vite-plugin-pwa/client" />
import { useEffect, useState } from 'preact/hooks';
import { registerSW } from 'virtual:pwa-register';

// The service worker precaches the whole app (see vite.config.ts). A new version waits until the person agrees:
// the update banner asks, and a reload keeps everything, because the answers live in the URL and saved people in
// IndexedDB. While online, the app looks for a new version every hour and whenever the connection comes back.

/** What the update banner needs to know. */
export interface PwaState {
  /** A new version is installed and waiting. */
  needRefresh: boolean;
  /** The person chose "Later" for the waiting version. */
  dismissed: boolean;
  /** The person chose to update; the page reloads when the new version takes over. */
  updating: boolean;
  /** The new version took over because another tab chose to update: this tab was not reloaded, and says so. */
  updatedElsewhere: boolean;
  /** Everything is cached: the app works offline from now on. */
  offlineReady: boolean;
}

/** How often to look for a new version while the app stays open. */
export const UPDATE_INTERVAL_MS = 60 * 60 * 1000;
/** If the new version has not taken over by then, reload anyway (the reload cannot lose anything). */
const RELOAD_FALLBACK_MS = 10_000;

let state: PwaState = { needRefresh: false, dismissed: false, updating: false, updatedElsewhere: false, offlineReady: false };
const listeners = new Set<(s: PwaState) => void>();
let updateSW: ((reloadPage?: boolean) => Promise<void>) | undefined;
let registration: ServiceWorkerRegistration | undefined;
let started = false;

function setState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener(state);
}

/** The service worker's state, re-rendering on change. */
export function usePwaState(): PwaState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}

/** Asks the server whether a new version exists (does nothing offline or before registration). */
export async function checkForUpdate(): Promise<void> {
  if (!registration || !navigator.onLine) return;
  try {
    await registration.update();
  } catch {
    // A failed check (flaky network, a worker mid-install) is retried at the next interval or `online`.
  }
}

/** Registers the service worker once, and links the manifest at the first tap or key (or after 10 s); browser only. */
export function startServiceWorker(): void {
  linkManifestOnFirstUse();
  if (started || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  updateSW = registerSW({
    onNeedRefresh: () => setState({ needRefresh: true, dismissed: false }),
    // The new version took over every tab. Only the tab whose person chose "Reload to update" reloads: another tab
    // may hold text typed and not yet saved; it shows the banner again and reloads when its person chooses.
    onNeedReload: () => {
      if (state.updating) location.reload();
      else setState({ needRefresh: true, dismissed: false, updatedElsewhere: true });
    },
    onOfflineReady: () => setState({ offlineReady: true }),
    onRegisteredSW: (_url, r) => {
      registration = r;
      setInterval(() => void checkForUpdate(), UPDATE_INTERVAL_MS);
      addEventListener('online', () => void checkForUpdate());
    },
    onRegisterError: () => {
      // Without a service worker the app still works online; there is nothing for the person to do.
    },
  });
}

// Linking the manifest makes Chromium fetch it and decode an icon on the page's main thread (a 10-30 ms task
// on a slow CPU, just as a person starts reading). Browsers offer installation once someone has tapped or clicked
// the page (a touch to scroll counts), so the manifest waits for the first tap or key; and for MANIFEST_LATEST_MS
// at most, for someone who installs from the browser's menu or share sheet without touching the page.
const FIRST_USE = ['pointerdown', 'keydown'] as const;
const MANIFEST_LATEST_MS = 10_000;

function linkManifestOnFirstUse(): void {
  if (typeof document === 'undefined') return;
  const link = () => {
    for (const type of FIRST_USE) document.removeEventListener(type, link, { capture: true });
    clearTimeout(timer);
    linkManifest();
  };
  for (const type of FIRST_USE) document.addEventListener(type, link, { capture: true, passive: true });
  const timer = setTimeout(link, MANIFEST_LATEST_MS);
}

/**
 * Links the web app manifest (the built pages leave it out, see vite.config.ts): it makes the app installable, which is
 * only worth it once the app runs and registers the worker that makes it work offline.
 */
export function linkManifest(): void {
  if (typeof document === 'undefined' || document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(link);
}

/** Lets the waiting version take over; the page then reloads at the same URL. */
export async function applyUpdate(): Promise<void> {
  setState({ updating: true });
  // Another tab already let it take over: nothing is waiting any more, only this page is old.
  if (state.updatedElsewhere) {
    location.reload();
    return;
  }
  // vite-plugin-pwa reloads when the new worker controls the page; location.reload() keeps the URL (the answers).
  setTimeout(() => location.reload(), RELOAD_FALLBACK_MS);
  await updateSW?.(true);
}

/** Hides the banner until a newer version turns up. */
export function dismissUpdate(): void {
  setState({ dismissed: true });
}
