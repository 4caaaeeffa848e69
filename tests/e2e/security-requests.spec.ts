import { expect, test, type Page } from '@playwright/test';
import { recordForeignRequests } from './support/requests';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Madoguchi talks to nobody but its own origin while a person uses the checklist: ticks, documents, the counter
// view, share, save, the other language, print. (Every route is walked in walk-every-route.spec.ts.)

async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.locator('main').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}

test('the checklist’s flows request only the app’s own origin', async ({ page, context, baseURL }) => {
  const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
  });
  await visit(page, '/?lang=en');
  await visit(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  // Ticks, documents, an answer link, the counter view, share, save, the other language, print media.
  await page.locator('li.cl-item[data-item="card"] .cl-item__row input').check();
  await page.locator('li.cl-item[data-item="agent-id"] .cl-picker').getByRole('checkbox', { name: /^Passport/ }).check();
  await page.getByRole('link', { name: 'Show at the counter' }).click();
  await expect(page.locator('[data-view="counter"]')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Share this checklist' }).click();
  await page.getByLabel('Name for this checklist').fill('Security walk');
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect(page.locator('.cl-save__ok')).toBeVisible();
  await page.locator('.lang-toggle a').first().click();
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('main a[href*="ask="]').first().click();
  await page.waitForLoadState('networkidle');
  await visit(page, '/?lang=en');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
