import { expect, test } from '@playwright/test';
import { gotoApp, localeText, openSaveForm, waitForApp } from './support/app';
import { goOffline, waitForServiceWorkerControl } from './support/pwa';
import { showSaved } from './support/saved-db';

// Issue 21, as a foreign resident would: from the start page in one tap to the validity-change checklist (Satte,
// the new residence card in hand), saved with the period of stay's end, and the countdown on the start page after a
// reload and offline.

// Offline needs the service worker, which the suite blocks unless a test asks for it.
test.use({ serviceWorkers: 'allow' });

/** A Japan date `days` from now, YYYY-MM-DD. */
function japanDate(days: number): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('start page → validity-change checklist → saved → countdown after reload and offline', async ({ page, context }) => {
  // A first visit installs the service worker and precaches the app: slow on a busy machine.
  test.slow();
  await gotoApp(page, '/?lang=en');
  await page.locator('a[data-start="validity-change"]').click();

  // One question per screen; the start page's link has already chosen the procedure: Continue keeps it.
  await page.locator('input[type="radio"][name="city"][value="satte"]').check();
  await page.locator('button.flow-continue').click();
  await expect(page.locator('input[type="radio"][name="procedure"][value="validity-change"]')).toBeChecked();
  await page.locator('button.flow-continue').click();
  await page.locator('input[type="radio"][name="applicant"][value="self"]').check();
  await page.locator('button.flow-continue').click();
  await page.locator('input[type="radio"][name="stay"][value="extended"]').check();
  await page.locator('button.flow-continue').click();
  await page.locator('a.flow-continue').click();

  const list = page.locator('main .cl[data-checklist-ready]');
  await expect(list).toBeVisible();
  expect(new URL(page.url()).searchParams.get('procedure')).toBe('validity-change');
  await expect(page.locator('[data-baseline="validity-change"]')).toBeVisible();
  await expect(page.locator('li.cl-item[data-item="new-residence-card"]')).toHaveAttribute('data-state', 'required');
  await expect(page.locator('[data-note="stay-no-letter"]')).toBeVisible();

  // Save with the period of stay's end date, 60 days ahead (inside immigration's window): the last city day is 59 days away.
  const end = japanDate(60);
  // The Save action at the top brings the form and opens it.
  await openSaveForm(page);
  await expect(page.locator('label[for="cl-save-expiry"]')).toHaveText(localeText('en', 'checklist', 'save.stayUntil'));
  await page.locator('#cl-save-label').fill('Lan');
  await page.locator('#cl-save-expiry').fill(end);
  await page.locator('#cl-save-expiry').press('Enter');
  await expect(page.locator('.cl-save__ok')).toBeVisible();

  const countdown = async () => {
    await showSaved(page);
    const card = page.locator('[data-stay-state]');
    await expect(card).toHaveAttribute('data-stay-state', 'act-now');
    await expect(card).toContainText(localeText('en', 'saved', 'stay.lastDay_other', { date: '', count: 59 }).split(':')[0]!);
    await expect(card).toContainText('59 days left');
    await expect(card.locator(`time[datetime="${japanDate(59)}"]`)).toBeVisible();
  };

  await gotoApp(page, '/?lang=en');
  await waitForServiceWorkerControl(page);
  await page.reload();
  await waitForApp(page);
  await countdown();

  await goOffline(context);
  await page.reload();
  await waitForApp(page);
  await countdown();
});
