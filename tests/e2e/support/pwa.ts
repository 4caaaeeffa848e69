import type { BrowserContext, Page, Route } from '@playwright/test';

/**
 * Waits until a service worker is activated and controls the page. The app claims clients on first install; a page
 * that was still loading when the worker claimed may be missed, so after a deadline it is reloaded (and then
 * controlled, as every page load under an active worker is).
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  const controlled = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (registration.active?.state !== 'activated') {
      await new Promise<void>((resolve) => {
        const worker = registration.active;
        worker?.addEventListener('statechange', () => worker.state === 'activated' && resolve());
      });
    }
    if (navigator.serviceWorker.controller) return true;
    return new Promise<boolean>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
      setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), 5000);
    });
  });
  if (controlled) return;
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

// Belt and braces for playwright#2311: even where setOffline() does not reach a service worker, its requests fail.
const abortWorkerRequests = (route: Route) =>
  route.request().serviceWorker() ? route.abort('internetdisconnected') : route.fallback();

/** Cuts the network for pages and service workers alike. */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**', abortWorkerRequests);
}

/**
 * Makes a document that the service worker served see the emulated offline state. Chromium 150 keeps
 * navigator.onLine true in such a document although the emulation is on (a real offline device reports false), so
 * the emulation is switched off and on again; the route that aborts every request stays, so nothing gets through.
 */
export async function reassertOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(false);
  await context.setOffline(true);
}

/** Restores the network. */
export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**', abortWorkerRequests);
  await context.setOffline(false);
}

/** Fetches a URL from inside the service worker: 'ok' or 'failed'. */
export async function fetchFromServiceWorker(context: BrowserContext, url: string): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate((u) => fetch(u, { cache: 'no-store' }).then(() => 'ok', () => 'failed'), url);
}
