import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { PAGES, common } from './support/app';

// The prerendered HTML is the page: it reads without JavaScript (and before the script arrives on a slow line).

test.use({ javaScriptEnabled: false });

test('the start page reads without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('header .brand')).toHaveText(common('ja', 'app.name'));
  const h1 = page.locator('main h1');
  await expect(h1).toHaveCount(1);
  await expect(h1).toBeVisible();
  expect((await h1.innerText()).trim().length).toBeGreaterThan(3);
  // An introduction under the heading says what the app is for.
  const intro = page.locator('main p').first();
  await expect(intro).toBeVisible();
  expect((await intro.innerText()).trim().length).toBeGreaterThan(20);
  await expect(page.locator('footer')).toContainText(common('ja', 'footer.disclaimer'));
});

test('every page is prerendered as its own HTML', async ({ page }) => {
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    await expect(page.locator(`main[data-route="${path}"]`)).toBeAttached();
    await expect(page.locator('header .brand')).toBeVisible();
  }
});

test('the start page HTML and CSS fit in 14 KB gzipped (the first round trip)', async ({ request }) => {
  const html = await (await request.get('/')).text();
  let total = gzipSync(html).length;
  for (const [, href] of html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    total += gzipSync(await (await request.get(href!)).body()).length;
  }
  expect(total).toBeLessThanOrEqual(14 * 1024);
});
