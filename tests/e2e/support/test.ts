import { test as base, type BrowserContext, type Page, type PlaywrightTestOptions } from '@playwright/test';

// Playwright's test, with one page per worker that tests with the default options take turns on.
//
// Why: on this project's two cores the browser suite is CPU-bound, and a new context per test (Playwright's way) makes
// each test's first page load start a renderer process: 1.65 s of CPU for a page load in a new context, 0.63 s in a
// page kept and cleared. The whole suite, alternating: 338 and 294 s of CPU with a context per test, 275 and 245 s
// with this (docs/testing.md, Time).
//
// What a test may rely on is what a new context gives it: no storage, no history, no listeners, init scripts,
// routes, fake clock or emulation of an earlier test. After each test the page is cleared (storage of the app's
// origin, cookies, history, viewport, media, network) — or, when the test changed something that cannot be undone
// through Playwright's API (an init script, a route, a listener, a clock, permissions...), its context is closed and
// the next test gets a new one. A test with options of its own (a locale, a time zone, service workers, JavaScript
// off) gets a context of its own, as Playwright would give it. tests/e2e/isolation.spec.ts checks the clearing.

/** The options of the worker's page (playwright.config.ts `use`); a test asking for others gets its own context. */
type ContextOptions = Pick<
  PlaywrightTestOptions,
  'serviceWorkers' | 'locale' | 'timezoneId' | 'javaScriptEnabled' | 'permissions' | 'colorScheme' | 'acceptDownloads' | 'contextOptions'
>;

/** The worker's page while it is clean, and what clears it. */
interface Kept {
  context: BrowserContext;
  page: Page;
}

/** Page and context methods whose effect outlives a navigation and that Playwright cannot undo one by one. */
const LASTING = ['addInitScript', 'route', 'routeFromHAR', 'routeWebSocket', 'exposeBinding', 'exposeFunction', 'on', 'once', 'addListener', 'prependListener', 'setExtraHTTPHeaders', 'grantPermissions', 'setGeolocation', 'setHTTPCredentials', 'addCookies'] as const;
const CLOCK = ['install', 'setFixedTime', 'setSystemTime', 'pauseAt', 'runFor', 'fastForward', 'resume'] as const;

/**
 * Makes each method in `names` of `target` also mark `state` when called (an own property shadowing its class's);
 * returns what puts the class's methods back.
 */
function markOnCall(target: object, names: readonly string[], state: { dirty: boolean }): () => void {
  const record = target as Record<string, unknown>;
  const patched: string[] = [];
  for (const name of names) {
    const original = record[name];
    if (typeof original !== 'function' || Object.prototype.hasOwnProperty.call(target, name)) continue;
    record[name] = function (this: unknown, ...args: unknown[]) {
      state.dirty = true;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    patched.push(name);
  }
  return () => patched.forEach((name) => delete record[name]);
}

/** Whether the test's context options are the worker page's (what the config's `use` sets). */
function isDefault(options: ContextOptions & Pick<PlaywrightTestOptions, 'viewport'>): boolean {
  return (
    options.viewport !== null &&
    options.serviceWorkers === 'block' &&
    options.locale === 'en-US' &&
    options.timezoneId === undefined &&
    options.javaScriptEnabled === true &&
    options.permissions === undefined &&
    options.colorScheme === 'light' &&
    options.acceptDownloads === true &&
    Object.keys(options.contextOptions ?? {}).length === 0
  );
}

/** Playwright's test; `page` (and `context`, its context) as described above. */
export const test = base.extend<{ context: BrowserContext }, { kept: { current: Kept | null } }>({
  kept: [
    // Playwright reads a fixture's dependencies from this pattern: none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const kept: { current: Kept | null } = { current: null };
      await use(kept);
      await kept.current?.context.close();
    },
    { scope: 'worker' },
  ],

  page: async (
    { browser, baseURL, kept, viewport, serviceWorkers, locale, timezoneId, javaScriptEnabled, permissions, colorScheme, acceptDownloads, contextOptions },
    use,
  ) => {
    const options = { viewport, serviceWorkers, locale, timezoneId, javaScriptEnabled, permissions, colorScheme, acceptDownloads, contextOptions };
    const own = { baseURL, viewport, ...contextOptions, serviceWorkers, locale, timezoneId, javaScriptEnabled, permissions, colorScheme, acceptDownloads };
    if (!isDefault(options)) {
      const context = await browser.newContext(own);
      await use(await context.newPage());
      await context.close();
      return;
    }
    if (!kept.current) {
      const context = await browser.newContext(own);
      const page = await context.newPage();
      kept.current = { context, page };
    }
    const { context, page } = kept.current;
    const state = { dirty: false };
    const restore = [markOnCall(page, LASTING, state), markOnCall(context, LASTING, state), markOnCall(page.clock, CLOCK, state)];
    if (viewport) await page.setViewportSize(viewport);
    await use(page);
    restore.forEach((undo) => undo());

    const others = context.pages().filter((p) => p !== page);
    if (state.dirty || page.isClosed() || others.length) {
      kept.current = null;
      await context.close();
      return;
    }
    // Leave the app's document first, so nothing of it is open while its storage is cleared.
    await page.goto('about:blank');
    const origin = new URL(baseURL ?? 'about:blank').origin;
    // A session of its own, detached at once: while one stayed attached, print emulation no longer reached the page.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await cdp.send('Page.resetNavigationHistory');
    await cdp.detach();
    await context.clearCookies();
    await context.setOffline(false);
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
  },

  context: async ({ page }, use) => {
    await use(page.context());
  },
});

export { expect } from '@playwright/test';
export type { Page, BrowserContext, Locator } from '@playwright/test';
