import { expect, test } from '@playwright/test';
import { DEEP_LINK, common, pageTitle } from './support/app';
import { watchPage } from './support/console';

// The static host serves each page's Japanese, answer-less HTML for any query. The app must take over that HTML
// without a crash, a blank page, duplicated content, or attributes left over from the prerender.

test.use({ locale: 'ja-JP' });

test('the exact prerendered state hydrates in place', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main h1')).toHaveCount(1);
  await expect(page.locator('script[type="isodata"]')).toHaveCount(1);
  // The app is live (it loads after the first paint): the toggle navigates without a page load.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
  await page.getByRole('link', { name: common('en', 'language.name') }).click();
  await expect(page).toHaveTitle(pageTitle('en', 'start'));
  expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
  expect(await watch.problems()).toEqual([]);
});

test('a deep link in another language renders over the prerendered HTML correctly', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(`${DEEP_LINK}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
  await expect(page.locator('header')).toHaveCount(1);
  await expect(page.locator('main[data-route="/checklist"]')).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
  // Attributes are the live state's, not the prerender's (hydrate() alone would have kept the Japanese ones).
  const toggle = page.locator('.lang-toggle a');
  await expect(toggle).toHaveAttribute('lang', 'ja');
  await expect(toggle).toHaveAttribute('href', `${DEEP_LINK}&lang=ja`);
  await expect(page.locator('.lang-toggle')).toHaveAttribute('aria-label', common('en', 'language.label'));
  expect(await watch.problems()).toEqual([]);
});

test('an unknown path gets the not-found page', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/no/such/page');
  await expect(page.locator('main h1')).toHaveText(common('ja', 'routes.notFound.title'));
  await expect(page).toHaveTitle(pageTitle('ja', 'notFound'));
  expect(await watch.problems()).toEqual([]);
});

// Tests and tools act once html[data-app=live] appears, so by then everything that waits for the whole page (it
// switches on in an effect after hydration) must be on screen too, whether the app hydrated or rendered over.
for (const { name, path, marker } of [
  { name: 'a hydrated checklist snapshot', path: '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self', marker: 'main [data-checklist-ready]' },
  { name: 'a checklist rendered over other HTML', path: '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&lang=en', marker: 'main [data-checklist-ready]' },
  { name: 'a start page in another language', path: '/?lang=en', marker: 'main a.start-button[href*="lang=en"]' },
  { name: 'a question screen', path: '/checklist?ask=city&lang=en', marker: 'main form[novalidate]' },
]) {
  test(`data-app=live comes with what waits for the whole page: ${name}`, async ({ page }) => {
    await page.addInitScript((selector) => {
      const seen = window as unknown as { __atLive?: boolean };
      new MutationObserver(() => {
        if (document.documentElement.dataset.app === 'live' && seen.__atLive === undefined) {
          seen.__atLive = document.querySelector(selector) !== null;
        }
      // The document, not <html>: this runs before the parser has made the <html> element.
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
    }, marker);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    await expect(page.locator(marker)).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { __atLive?: boolean }).__atLive)).toBe(true);
  });
}
