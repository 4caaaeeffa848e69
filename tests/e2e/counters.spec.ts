import { expect, test } from '@playwright/test';

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
