import { expect, test } from '@playwright/test';
import { holdUntilFirstPaint, layoutShifts } from './support/layout';

// What only a browser does on the counters page: the device's own time zone, and the clock moving on while the page
// is open. (The status at each Japan instant is checked in Node: tests/render/counters.test.ts, in two time zones.)

test('in Los Angeles, the status is for the Japan date and time, and is worked out again every minute', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const page = await context.newPage();
  // 2026-11-25 17:59:30 in Japan is still 2026-11-25 00:59 in Los Angeles; a minute later the station stops card work.
  await page.clock.install({ time: new Date('2026-11-25T17:59:30+09:00') });
  await page.goto('/counters?city=ryugasaki&procedure=renewal&lang=en');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2026-11-25');
  await expect(page.locator('.as-of')).toContainText('17:59');
  const station = page.locator('[data-counter="station"]');
  await expect(station).toHaveAttribute('data-status', 'open');
  await page.clock.runFor(65_000);
  await expect(station).toHaveAttribute('data-status', 'no-card-work');
  await expect(page.locator('.as-of')).toContainText('18:00');
  await context.close();
});

test('a resident in Satte asks, in English, whether she can go on a given Sunday: from the start page in 4 taps', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  // Wednesday 18 November 2026; she can only come on Sunday the 29th, the last Sunday of the month.
  await page.clock.install({ time: new Date('2026-11-18T10:00:00+09:00') });
  let taps = 0;
  await page.goto('/?lang=en');
  // Links carry the URL's language once the app runs.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await page.getByRole('link', { name: 'Counters and opening hours' }).click();
  taps++;
  const satte = page.locator('main a.city-link', { hasText: 'Satte' });
  // The city links are one line each at 360 px (they once shared the flow's .choice: one letter per line).
  expect((await satte.boundingBox())!.height).toBeLessThan(90);
  await satte.click();
  taps++;
  await page.getByLabel('Day', { exact: true }).fill('2026-11-29');
  taps++;
  await page.getByRole('button', { name: 'Check this day' }).click();
  taps++;
  await expect(page).toHaveURL(/[?&]date=2026-11-29/);
  await expect(page).toHaveURL(/[?&]lang=en/);
  const answer = page.locator('[data-date-answer="2026-11-29"]');
  await expect(answer).toContainText('card procedures are possible');
  const counter = answer.locator('[data-day-counter="shimin-ka"]');
  await expect(counter).toHaveAttribute('data-day-status', 'open');
  await expect(counter).toContainText('Open, in principle');
  await expect(counter).toContainText('8:30–16:45');
  await expect(counter).toContainText("holiday-opening calendar");
  // The week before is the maintenance Sunday: asked from the same form, the answer says no, why, and when next.
  await page.getByLabel('Day', { exact: true }).fill('2026-11-22');
  await page.getByRole('button', { name: 'Check this day' }).click();
  const before = page.locator('[data-date-answer="2026-11-22"] [data-day-counter="shimin-ka"]');
  await expect(before).toHaveAttribute('data-day-status', 'closed');
  await expect(before).toContainText('Maintenance Sunday');
  await expect(before).toContainText('Tue, 24 November 2026, from 8:30');
  // The next Sunday openings are listed with their dates, past the 14-day plan.
  await expect(page.locator('[data-opening="2027-01-31"]')).toContainText('In principle');
  expect(taps).toBeLessThanOrEqual(4);
  await context.close();
});

test("a city's counters are drawn over the chooser's HTML (the host's answer to every query) without moving anything: CLS ≤ 0.05", async ({ browser }) => {
  // Lighthouse's phone; the app waits until the host's HTML has painted (support/layout.ts).
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await holdUntilFirstPaint(page);
  await page.goto('/counters?city=satte&lang=en');
  expect(await layoutShifts(page)).toBeLessThanOrEqual(0.05);
  await expect(page.locator('.day-check')).toBeVisible();
  await context.close();
});
