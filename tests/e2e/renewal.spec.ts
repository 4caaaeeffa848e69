import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoApp, localeText } from './support/app';
import { watchPage } from './support/console';
import { holdUntilFirstPaint, layoutShifts } from './support/layout';

// What only a browser does on the renewal page: the answer drawn in place with the focus on it, dates typed as on
// paper, the error summary taking the focus, and the .ics download. (The answers per URL: tests/render/renewal.test.ts.)

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
});

test('typed as on paper or a keypad, the answer shows in place with the focus on it; what cannot be read is shown back', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, '/renewal?stay=none&lang=en');
  const expiry = page.locator('#expiry');
  const submit = page.locator('form').filter({ has: expiry }).locator('button[type="submit"]');
  await expiry.fill('20270615');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15&lang=en$/);
  await expect(page.locator('.renewal-result .headline time')).toHaveAttribute('datetime', '2027-03-16');
  await expect(page.locator('#result-heading')).toBeFocused();
  // Full-width digits with 年月日 from a Japanese IME.
  await expiry.fill('２０２７年６月１５日');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15&lang=en$/);
  // Not a date: it goes as typed; the summary takes the focus and leads to the field, which still holds it.
  await expiry.fill('next june');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=next\+june&lang=en$/);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('"next june"');
  await summary.locator('a').first().click();
  await expect(expiry).toBeFocused();
  await expect(expiry).toHaveValue('next june');
  expect(await watch.problems()).toEqual([]);
});

test('the .ics reminder: a calendar file for the opening day, with CRLF line endings', async ({ page }) => {
  await gotoApp(page, '/renewal?expiry=2027-06-15&lang=ja');
  const downloading = page.waitForEvent('download');
  await page.locator('.renewal-result button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('madoguchi-renewal-2027-03-16.ics');
  const body = readFileSync(await download.path(), 'utf8');
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body).toContain('\r\nDTSTART;VALUE=DATE:20270316\r\n');
  expect(body).toContain('\r\nDTEND;VALUE=DATE:20270317\r\n');
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:${localeText('ja', 'renewal', 'ics.title')}`);
});

test('the answer is drawn where the question was (the host serves the question for every query), nothing else moves: CLS ≤ 0.05', async ({ browser }) => {
  // Lighthouse's phone; the app waits until the host's HTML has painted (support/layout.ts). The expiry's answer
  // carries the period-of-stay caveat, which once pushed it down.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await holdUntilFirstPaint(page);
  await page.goto('/renewal?expiry=2027-06-15&lang=en');
  expect(await layoutShifts(page)).toBeLessThanOrEqual(0.05);
  await expect(page.locator('.renewal-result [data-notice="stay-caveat"]')).toBeVisible();
  await context.close();
});
