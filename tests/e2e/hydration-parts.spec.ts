import { expect, test } from '@playwright/test';
import { common } from './support/app';
import { watchPage } from './support/console';
import { openWithPartsHeld } from './support/held-hydration';

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
