// Offline repeat visit: how long a saved checklist takes to show, from navigation start, with the network cut
// (service worker included) and the CPU slowed 4×. Playwright drives the same Chromium as Lighthouse.
import { openPhone } from './phone.mjs';

// Let context.setOffline() cut the service worker's own fetches too. (Playwright ≥ 1.5x does this by default
// and ignores the variable; older versions need it.) Set before Playwright is loaded.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

const SW_TIMEOUT_MS = 15_000;
const READY_TIMEOUT_MS = 30_000;

/**
 * Runs in the page before any of its scripts, on every navigation: records, per selector, the time (ms since
 * navigation start) of the first frame in which a matching element is visible.
 * @param {string[]} selectors
 */
function readyProbe(selectors) {
  /** @type {Record<string, number | null>} */
  const found = {};
  Object.defineProperty(window, '__benchReady', { value: found });
  const check = () => {
    for (const selector of selectors) {
      if (selector in found) continue;
      const el = document.querySelector(selector);
      if (!el || el.getClientRects().length === 0) continue;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      found[selector] = null;
      // The next animation frame is the one that paints it (it waits for render-blocking CSS, too).
      requestAnimationFrame(() => {
        found[selector] = performance.now();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
  check();
}

/**
 * The probe's time for `selector`, read once it has one: plain evaluations, which add no script to the page while
 * it loads (a waitForFunction would first evaluate Playwright's own injected script on the page's main thread).
 * @param {import('playwright').Page} page
 * @param {string} selector
 * @returns {Promise<number | null>}
 */
async function readyTime(page, selector) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ms = await page.evaluate((sel) => /** @type {any} */ (window).__benchReady?.[sel] ?? null, selector);
    if (typeof ms === 'number') return ms;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

/** @param {number[]} values */
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? /** @type {number} */ (s[mid]) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * @typedef {object} OfflineResult
 * @property {string} path the page measured
 * @property {string | null} selector the readiness selector used (null when nothing could be measured)
 * @property {boolean} fallbackSelector true when the preferred selector never appeared and a fallback was used
 * @property {number[]} runsMs
 * @property {number | null} medianMs
 * @property {number} cpuThrottle
 * @property {string | null} error why it could not be measured
 */

/**
 * Runs in the page: saves one person whose checklist is `path`'s, straight into the app's IndexedDB store.
 * @param {string} path
 */
async function saveSampleChecklist(path) {
  const q = new URL(path, location.origin).searchParams;
  const now = Date.now();
  const record = {
    id: crypto.randomUUID(),
    label: 'bench',
    city: q.get('city'),
    procedure: q.get('procedure'),
    applicant: q.get('applicant'),
    answers: {},
    ticks: [],
    held: [],
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  const db = /** @type {IDBDatabase} */ (
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('madoguchi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    })
  );
  await new Promise((resolve, reject) => {
    const tx = db.transaction('people', 'readwrite');
    tx.objectStore('people').put(record);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Installs the service worker online, saves a checklist, opens it from the start page's saved list and reloads it offline under CPU throttling.
 * @param {{ origin: string, path: string, executablePath: string, runs: number, cpuThrottle: number, selectors: string[] }} options
 * @returns {Promise<OfflineResult>}
 */
export async function measureOfflineRender({ origin, path, executablePath, runs, cpuThrottle, selectors }) {
  /** @type {OfflineResult} */
  const result = { path, selector: null, fallbackSelector: false, runsMs: [], medianMs: null, cpuThrottle, error: null };
  const { context, close } = await openPhone(executablePath);
  try {
    const page = await context.newPage();
    await page.addInitScript(readyProbe, selectors);

    // First visit, online: the app registers its service worker.
    await page.goto(origin + '/', { waitUntil: 'load' });
    const sw = await page.evaluate(async (timeout) => {
      if (!('serviceWorker' in navigator)) return 'unsupported';
      const ready = await Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), timeout))]);
      return ready ? 'ready' : 'none';
    }, SW_TIMEOUT_MS);
    if (sw !== 'ready') {
      result.error =
        sw === 'unsupported'
          ? 'this browser context has no navigator.serviceWorker'
          : `no service worker became ready within ${SW_TIMEOUT_MS / 1000} s of loading / online, so there is no offline repeat visit to measure`;
      return result;
    }
    // Without clients.claim() the first page stays uncontrolled; a reload puts it under the worker.
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await page.reload({ waitUntil: 'load' });
      const controlled = await page
        .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 })
        .then(() => true, () => false);
      if (!controlled) {
        result.error = 'the service worker is ready but never controls the page, even after a reload';
        return result;
      }
    }

    // A saved checklist: one person is saved on the device (written in the store layout docs/storage.md documents),
    // and the measured page is the one its "Open the checklist" link on the start page leads to.
    // The list (and the store) start as the section nears the screen, so it is scrolled to as a person would.
    const showSaved = () => page.evaluate(() => document.querySelector('section.saved')?.scrollIntoView());
    await showSaved();
    await page.waitForSelector('[data-saved-status="ready"]', { state: 'attached', timeout: READY_TIMEOUT_MS });
    await page.evaluate(saveSampleChecklist, path);
    await page.reload({ waitUntil: 'load' });
    await showSaved();
    const link = await page.waitForSelector('[data-person-id] a[data-open-checklist]', { timeout: READY_TIMEOUT_MS });
    const opened = new URL(/** @type {string} */ (await link.getAttribute('href')), origin);
    path = opened.pathname + opened.search;
    result.path = path;
    await page.goto(origin + path, { waitUntil: 'load' });
    for (const [i, selector] of selectors.entries()) {
      const ok = await page
        .waitForSelector(selector, { state: 'visible', timeout: i === selectors.length - 1 ? READY_TIMEOUT_MS : 5_000 })
        .then(() => true, () => false);
      if (ok) {
        result.selector = selector;
        result.fallbackSelector = i > 0;
        break;
      }
    }
    if (!result.selector) {
      result.error = `none of ${selectors.join(', ')} became visible on ${path} online`;
      return result;
    }
    await page.waitForLoadState('networkidle');

    // Repeat visits, offline (service-worker fetches included) and with a slow CPU.
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    for (let run = 0; run < runs; run++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      try {
        await page.reload({ waitUntil: 'load', timeout: READY_TIMEOUT_MS });
      } catch (error) {
        result.error = `offline reload failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        return result;
      }
      const ms = await readyTime(page, result.selector);
      if (typeof ms !== 'number') {
        result.error = `${result.selector} did not become visible within ${READY_TIMEOUT_MS / 1000} s offline`;
        return result;
      }
      result.runsMs.push(Math.round(ms));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    result.medianMs = Math.round(median(result.runsMs));
    return result;
  } finally {
    await close();
  }
}
