import { expect, test } from './support/test';
import { savedRecord, seed } from './support/saved-db';

// The worker's page that tests take turns on (support/test.ts) must give each test what a new context would. These
// run in order in one worker: each odd test leaves behind what it can, the next finds none of it.

test.describe.configure({ mode: 'serial' });

const pages: unknown[] = [];

test('a test leaves storage, history, a viewport and media behind', async ({ page }) => {
  pages.push(page);
  await seed(page, [savedRecord('0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e', '母', Date.UTC(2026, 10, 23))]);
  await page.evaluate(async () => {
    localStorage.setItem('left', 'behind');
    document.cookie = 'left=behind';
    await (await caches.open('left-behind')).put('/x', new Response('x'));
  });
  await page.goto('/counters?lang=en');
  await page.setViewportSize({ width: 360, height: 780 });
  await page.emulateMedia({ media: 'print' });
});

test('the next test finds none of it', async ({ page, context, viewport }) => {
  pages.push(page);
  expect(context.pages()).toEqual([page]);
  expect(page.url()).toBe('about:blank');
  expect(await page.evaluate(() => history.length)).toBe(1);
  expect(page.viewportSize()).toEqual(viewport);
  await page.goto('/favicon.svg');
  expect(
    await page.evaluate(async () => ({
      print: matchMedia('print').matches,
      databases: (await indexedDB.databases()).length,
      localStorage: localStorage.length,
      cookie: document.cookie,
      caches: await caches.keys(),
    })),
  ).toEqual({ print: false, databases: 0, localStorage: 0, cookie: '', caches: [] });
});

test('a test leaves a second tab, a fake clock and an init script behind', async ({ page, context }) => {
  pages.push(page);
  await page.clock.setFixedTime(new Date('2020-01-01T00:00:00Z'));
  await page.addInitScript(() => ((window as unknown as { left: string }).left = 'behind'));
  await (await context.newPage()).goto('/favicon.svg');
  await page.goto('/favicon.svg');
  expect(await page.evaluate(() => [new Date().getFullYear(), (window as unknown as { left?: string }).left])).toEqual([2020, 'behind']);
});

test('the next test has one tab, the real clock and no init script', async ({ page, context }) => {
  pages.push(page);
  expect(context.pages()).toEqual([page]);
  await page.goto('/favicon.svg');
  expect(await page.evaluate(() => [new Date().getFullYear() >= 2026, (window as unknown as { left?: string }).left])).toEqual([true, undefined]);
});

test('the page is kept when it is clean, replaced when it is not', () => {
  // The first two tests were on the same page (so the second checked the clearing, not a new context); the third's
  // tab, clock and init script made its context unfit to keep.
  expect(pages.length).toBe(4);
  expect(pages[1]).toBe(pages[0]);
  expect(pages[2]).toBe(pages[1]);
  expect(pages[3]).not.toBe(pages[2]);
});
