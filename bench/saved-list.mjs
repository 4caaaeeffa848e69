// The start page with many saved people: the longest main-thread task (PerformanceObserver 'longtask') while the
// page loads and its list appears (a page of 50, drawn a few cards per frame), and while one person is deleted and
// put back and the next page is shown, with the CPU slowed 4× (DevTools Emulation.setCPUThrottlingRate).
// Part of `npm run bench`; alone:
//   node bench/saved-list.mjs [--dist dist] [--people 1000] [--runs 3] [--port 4319]
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { APP_PORT, HOST, OUT_DIR, chromiumPath } from './config.mjs';
import { closeAll, installExitHandlers } from './cleanup.mjs';
import { openPhone } from './phone.mjs';
import { startServer } from './server.mjs';

const TIMEOUT_MS = 120_000;

/**
 * @typedef {object} SavedListResult
 * @property {number} people how many saved people the page listed
 * @property {number} cpuThrottle
 * @property {number[]} longestTaskMs per run: the longest task from navigation until the list's first page was on screen
 * @property {number[]} longestWriteTaskMs per run: the longest task of a delete, its undo and "Show more", until the list settled
 * @property {number | null} worstMs the longest of all
 * @property {string | null} error
 */

/** Runs in the page before its scripts: records every long task's duration. */
function longTaskProbe() {
  const tasks = /** @type {number[]} */ ([]);
  Object.defineProperty(window, '__longTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Runs in the page: writes `count` people straight into the app's store, in the layout docs/storage.md documents.
 * @param {number} count
 */
async function seedPeople(count) {
  const db = /** @type {IDBDatabase} */ (
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('madoguchi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    })
  );
  const now = Date.now();
  const procedures = ['renewal', 'pin-reset', 'pin-change'];
  const applicants = ['self', 'legal-rep', 'proxy'];
  await new Promise((resolve, reject) => {
    const tx = db.transaction('people', 'readwrite');
    for (let i = 0; i < count; i++) {
      tx.objectStore('people').put({
        id: crypto.randomUUID(),
        label: `Person ${i + 1}`,
        city: i % 2 ? 'satte' : 'ryugasaki',
        procedure: procedures[i % 3],
        applicant: applicants[Math.floor(i / 3) % 3],
        answers: {},
        ticks: [],
        held: [],
        // Every card shows a countdown: the heaviest card there is.
        expiry: `20${27 + (i % 5)}-0${1 + (i % 9)}-15`,
        revision: 1,
        createdAt: now - i * 1000,
        updatedAt: now - i * 1000,
      });
    }
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Seeds `people` saved people, then loads the start page `runs` times under CPU throttling.
 * @param {{ origin: string, executablePath: string, people: number, runs: number, cpuThrottle: number }} options
 * @returns {Promise<SavedListResult>}
 */
export async function measureSavedList({ origin, executablePath, people, runs, cpuThrottle }) {
  /** @type {SavedListResult} */
  const result = { people, cpuThrottle, longestTaskMs: [], longestWriteTaskMs: [], worstMs: null, error: null };
  const { context, close } = await openPhone(executablePath, { serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(longTaskProbe);
    const showSaved = () => page.evaluate(() => document.querySelector('section.saved')?.scrollIntoView());
    // The app creates its database as the list nears the screen; the people are then written into it.
    await page.goto(origin + '/', { waitUntil: 'load' });
    await showSaved();
    await page.waitForSelector('[data-saved-status="ready"]', { state: 'attached', timeout: TIMEOUT_MS });
    await page.evaluate(seedPeople, people);

    const cdp = await context.newCDPSession(page);
    const longest = () => page.evaluate(() => Math.round(Math.max(0, .../** @type {number[]} */ (/** @type {any} */ (window).__longTasks))));
    const listed = (/** @type {number} */ n) =>
      page.waitForFunction((count) => document.querySelectorAll('.saved-person').length === count, n, { timeout: TIMEOUT_MS, polling: 100 });
    const settled = () => page.waitForSelector('[data-saved-listed="all"]', { state: 'attached', timeout: TIMEOUT_MS });
    const cards = () => page.locator('.saved-person').count();
    for (let run = 0; run < runs; run++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      await page.goto(origin + '/', { waitUntil: 'load', timeout: TIMEOUT_MS });
      // As a person does: scroll to the list, then wait until its first page is on screen.
      await showSaved();
      await settled();
      await page.waitForSelector('[data-saved-more]', { state: 'attached', timeout: TIMEOUT_MS });
      result.longestTaskMs.push(await longest());
      // Writes: delete the first person (the list is read again and drawn), undo, and show the next page.
      await page.evaluate(() => /** @type {any} */ (window).__longTasks.splice(0));
      const first = await cards();
      const id = await page.locator('.saved-person').first().getAttribute('data-person-id');
      const card = page.locator(`[data-person-id="${id}"]`);
      await card.locator('.saved-button--danger').click();
      await card.waitFor({ state: 'detached', timeout: TIMEOUT_MS });
      await page.locator('[data-undo] button').click();
      await card.waitFor({ state: 'attached', timeout: TIMEOUT_MS });
      await page.locator('[data-saved-more]').click();
      await listed(Math.min(people, first * 2));
      await settled();
      result.longestWriteTaskMs.push(await longest());
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
    result.worstMs = Math.max(...result.longestTaskMs, ...result.longestWriteTaskMs);
    return result;
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] ?? String(error) : String(error);
    return result;
  } finally {
    await close();
  }
}

/** `node bench/saved-list.mjs`: measures a build already made (bench/.tmp/dist, or --dist). */
async function main() {
  installExitHandlers();
  const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] ? /** @type {string} */ (process.argv[i + 1]) : fallback;
  };
  const root = resolve(arg('--dist', OUT_DIR));
  const app = await startServer({ root, port: Number(arg('--port', String(APP_PORT))), host: HOST, name: 'app' });
  const result = await measureSavedList({
    origin: app.origin,
    executablePath: await chromiumPath(),
    people: Number(arg('--people', '1000')),
    runs: Number(arg('--runs', '3')),
    cpuThrottle: 4,
  });
  await closeAll();
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = result.error ? 2 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
