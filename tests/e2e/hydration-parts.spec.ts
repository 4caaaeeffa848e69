import { expect, test, type Page } from '@playwright/test';
import { common } from './support/app';
import { watchPage } from './support/console';

// A prerendered checklist hydrates in parts, one task each (src/app/hydration.ts). Here the parts are held back
// (the page's scheduler.yield waits for the test) while the page changes under them; once they run, the page must
// be exactly what a fresh load of the same URL draws: hydration keeps the HTML's attributes, so a part that
// hydrated against changed state would keep stale ones (a Japanese name's lang, links without the new state).

const URL_JA = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy';

// A Japanese browser: the prerendered Japanese snapshot is then this page, and the app hydrates it.
test.use({ locale: 'ja-JP' });

/** Holds every scheduler.yield() until window.__release() is called; counts the calls. */
function holdYields(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { __yields: number; __held: Array<() => void>; __release: (all?: boolean) => void; __pass: boolean };
    w.__yields = 0;
    w.__held = [];
    w.__pass = false;
    w.__release = (all = false) => {
      if (all) w.__pass = true;
      for (const resolve of w.__held.splice(0)) resolve();
    };
    const held = () => {
      w.__yields++;
      return w.__pass ? Promise.resolve() : new Promise<void>((resolve) => w.__held.push(resolve));
    };
    Object.defineProperty(window, 'scheduler', { configurable: true, value: { yield: held } });
  });
}

const yields = (page: Page) => page.evaluate(() => (window as unknown as { __yields: number }).__yields);

/** Opens the snapshot with every part held back: the shell and the head have hydrated, no part has. */
async function openWithPartsHeld(page: Page): Promise<void> {
  await holdYields(page);
  await page.goto(URL_JA);
  // 1: main.tsx yields before hydrate(); release it. 2: the first part asks for its turn: the head has hydrated.
  await expect.poll(() => yields(page)).toBe(1);
  await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await expect.poll(() => yields(page)).toBe(2);
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');
}

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
  await openWithPartsHeld(page);
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
