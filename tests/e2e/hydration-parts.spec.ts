import { expect, test, type Page } from '@playwright/test';
import { common, gotoApp } from './support/app';
import { watchPage } from './support/console';
import { HELD_URL, openWithPartsHeld } from './support/held-hydration';

// A prerendered checklist hydrates in parts, one task each (src/app/hydration.ts). Here the parts are held back
// (the page's scheduler.yield waits for the test) while the page changes under them; once they run, the page must
// be exactly what a fresh load of the same URL draws: hydration keeps the HTML's attributes, so a part that
// hydrated against changed state would keep stale ones (a Japanese name's lang, links without the new state).

// A Japanese browser: the prerendered Japanese snapshot is then this page, and the app hydrates it.
test.use({ locale: 'ja-JP' });

test('parts that hydrate after the page changed end as a fresh load of the new URL draws it', async ({ page, browser }) => {
  const watch = await watchPage(page);
  await openWithPartsHeld(page);

  // The shell has hydrated: switch to English in place while every part still waits.
  await page.getByRole('link', { name: common('en', 'language.name') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');

  await page.evaluate(() => (window as unknown as { __release: (all: boolean) => void }).__release(true));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  const changed = await page.locator('main').innerHTML();

  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.locator('main [data-checklist-ready]')).toBeVisible();
  expect(changed).toBe(await fresh.locator('main').innerHTML());
  // The Japanese names stay marked as Japanese only where they are Japanese.
  expect(await page.locator('main .cl-item [lang="ja"]').count()).toBe(await fresh.locator('main .cl-item [lang="ja"]').count());
  await fresh.close();
  expect(await watch.problems()).toEqual([]);
});

test('a box ticked before its part hydrated is written into the URL once the page has hydrated', async ({ page }) => {
  const watch = await watchPage(page);
  // Held before hydrate(): after it, a touch wakes the touched item's part at once (the tests below).
  await openWithPartsHeld(page, undefined, { beforeHydrate: true });
  // Every item still waits for its part: the box toggles as plain HTML, with no handler yet.
  // Two boxes in two parts: each part writes its own when it catches up, and neither loses the other's.
  const first = page.locator('main [data-item="person-card"] input.cl-check').first();
  const box = page.locator('main [data-item="power-of-attorney"] input[type="checkbox"]');
  await first.check();
  await box.check();
  await expect(page).not.toHaveURL(/done=/);

  await page.evaluate(() => (window as unknown as { __release: (all: boolean) => void }).__release(true));
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await expect(page).toHaveURL(/[?&]done=person-card,power-of-attorney(&|$)/);
  await expect(first).toBeChecked();
  await expect(box).toBeChecked();
  await expect(page.locator('main [data-item="power-of-attorney"]')).toHaveClass(/is-done/);
  // And it unticks through the app from then on.
  await box.uncheck();
  await expect(page).toHaveURL(/[?&]done=person-card(&|$)/);
  expect(await watch.problems()).toEqual([]);
});

// Items, notes, open questions, counters and the source stay as prerendered until the page is first used: their HTML
// works by itself. Preact keeps an element's event handlers in its `l` property: a box without it has not hydrated.
const hasHandlers = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => Boolean((el as unknown as { l?: object }).l)));

test('a page that is only read keeps its list as prerendered; the first touch hydrates the touched item at once', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, HELD_URL);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  // The eager parts (the share and print buttons) hydrated; no item did.
  expect(await hasHandlers(page, 'main .cl-actions button')).not.toContain(false);
  const boxes = 'main li.cl-item input.cl-check';
  expect((await hasHandlers(page, boxes)).length).toBeGreaterThan(2);
  expect(await hasHandlers(page, boxes)).not.toContain(true);

  // The tick goes through the app at once: its part woke on the pointer, before the click.
  const box = page.locator('main [data-item="power-of-attorney"] input.cl-check');
  await box.check();
  await expect(page).toHaveURL(/[?&]done=power-of-attorney(&|$)/);
  await expect(page.locator('main [data-item="power-of-attorney"]')).toHaveClass(/is-done/);
  // The others follow, one per task.
  await expect.poll(() => hasHandlers(page, boxes)).not.toContain(false);
  await box.uncheck();
  await expect(page).not.toHaveURL(/done=/);
  expect(await watch.problems()).toEqual([]);
});

test('an address change nobody touched the page for (Back) redraws the dormant list', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, HELD_URL);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  // What Back to an address with a ticked item does: the router follows popstate, with no touch on the page.
  await page.evaluate((url) => {
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, `${HELD_URL}&done=power-of-attorney`);
  const item = page.locator('main [data-item="power-of-attorney"]');
  await expect(item).toHaveClass(/is-done/);
  await expect(item.locator('input.cl-check')).toBeChecked();
  expect(await watch.problems()).toEqual([]);
});

// A checklist opened with its answers never shows a question, and its save form is last on the page: the question
// flow's code and the form's (the store, its schema, the date entry) are chunks of their own, loaded when needed.
test('a checklist read at its top loads neither the question flow nor the save form; the form loads as it nears', async ({ page }) => {
  const watch = await watchPage(page);
  await page.setViewportSize({ width: 360, height: 640 });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await gotoApp(page, HELD_URL);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(scripts.filter((p) => /\/ChecklistPage-/.test(p))).toHaveLength(1);
  // The language's namespaces come as one chunk (vite.config.ts), not one request and one import() per file.
  expect(scripts.filter((p) => /\/locale-/.test(p))).toEqual([expect.stringMatching(/\/locale-ja-/)]);
  expect(scripts.filter((p) => /\/(QuestionFlow|SaveChecklist|SavedNotices)-/.test(p))).toEqual([]);
  const submit = 'main .cl-save button[type="submit"]';
  expect(await hasHandlers(page, submit)).toEqual([false]);

  await page.locator('main .cl-save').scrollIntoViewIfNeeded();
  await expect.poll(() => scripts.filter((p) => /\/SaveChecklist-/.test(p))).toHaveLength(1);
  await expect.poll(() => page.locator('main .cl-save form').evaluate((el) => Boolean((el as unknown as { l?: object }).l))).toBe(true);
  expect(scripts.filter((p) => /\/QuestionFlow-/.test(p))).toEqual([]);
  expect(await watch.problems()).toEqual([]);
});

test('a question screen loads the question flow before the app takes it over', async ({ page }) => {
  const watch = await watchPage(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await gotoApp(page, '/checklist');
  expect(scripts.filter((p) => /\/QuestionFlow-/.test(p))).toHaveLength(1);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main input[type="radio"]').first()).toBeVisible();
  expect(await watch.problems()).toEqual([]);
});

/** Holds back the question flow's chunk until the returned function is called. */
async function holdFlowChunk(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/QuestionFlow-*.js', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test('a question asked from a checklist opened by its answers keeps the checklist on screen until the flow is loaded', async ({ page }) => {
  const watch = await watchPage(page);
  const release = await holdFlowChunk(page);
  // Satte's legal representative: the list asks whom the representative acts for.
  await gotoApp(page, '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep');
  const heading = await page.locator('main h1').textContent();
  const ask = page.locator('main .cl-ask a[href*="ask=dependent"]').first();
  await ask.click();
  await expect(page).toHaveURL(/[?&]ask=/);
  // The flow's code is held back: the checklist stays, not an empty page.
  await page.waitForTimeout(300);
  await expect(page.locator('main h1')).toHaveText(heading!);
  await expect(page.locator('main li.cl-item').first()).toBeVisible();
  release();
  await expect(page.locator('main h1')).not.toHaveText(heading!);
  await expect(page.locator('main input[type="radio"]').first()).toBeVisible();
  expect(await watch.problems()).toEqual([]);
});

test('the Start link keeps the start page on screen until the question screen can be drawn', async ({ page }) => {
  const watch = await watchPage(page);
  const release = await holdFlowChunk(page);
  await gotoApp(page, '/');
  const start = page.locator('main a[href^="/checklist"]').first();
  await start.click();
  await page.waitForTimeout(300);
  await expect(page.locator('main .start')).toBeVisible();
  release();
  await expect(page.locator('main input[type="radio"]').first()).toBeVisible();
  await expect(page.locator('main .start')).toHaveCount(0);
  expect(await watch.problems()).toEqual([]);
});
