import { expect, type Page } from '@playwright/test';

// Shared by the browser tests that act on a prerendered checklist while its <HydrateLater> parts still wait: the
// page's scheduler.yield() is held until the test releases it, so the parts hydrate only when the test says.

/** A checklist whose Japanese snapshot has parts of every kind: item ticks, a document picker, the save form. */
export const HELD_URL = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy';

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

/**
 * Opens the snapshot with every part held back: the shell and the head have hydrated, no part has (dormant parts
 * wait for the first touch anyway). With `beforeHydrate`, the app waits just before hydrate(): the whole page is
 * plain HTML, as on a slow line before the app arrives. The browser's language must be the snapshot's
 * (test.use({ locale: 'ja-JP' })), or the app renders instead of hydrating.
 */
export async function openWithPartsHeld(page: Page, url: string = HELD_URL, { beforeHydrate = false } = {}): Promise<void> {
  await holdYields(page);
  await page.goto(url);
  // 1: main.tsx yields before hydrate(); release it. 2: the first part asks for its turn: the head has hydrated.
  await expect.poll(() => yields(page)).toBe(1);
  if (!beforeHydrate) {
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await expect.poll(() => yields(page)).toBe(2);
  }
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'live');
}

/** Lets every held part hydrate, now and from then on, and waits until the whole page has. */
export async function releaseParts(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __release: (all: boolean) => void }).__release(true));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
}
