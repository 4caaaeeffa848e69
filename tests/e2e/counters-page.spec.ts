import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoApp } from './support/app';
import { watchPage } from './support/console';

// The counters page around the statuses: choosing a city and a procedure, bad links, the plan, and the page
// without JavaScript.

type Json = { [key: string]: Json } | string;
const locale = (lang: string, ns: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Json;
const en = locale('en', 'counters');
const ja = locale('ja', 'counters');

function text(json: Json, key: string): string {
  let node: Json | undefined = json;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key}`);
  return node;
}

const lead = (json: Json, key: string) => text(json, key).split('{{')[0]!.trim();

test('without a city the page offers each city, and the links keep the procedure', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, '/counters?procedure=pin-change&lang=en');
  await expect(page.locator('main h1')).toBeVisible();
  const links = page.locator('main a.choice');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toHaveAttribute('href', '/counters?city=ryugasaki&procedure=pin-change&lang=en');
  await expect(links.nth(1)).toHaveAttribute('href', '/counters?city=satte&procedure=pin-change&lang=en');
  await expect(links.nth(1)).toContainText('幸手市');
  await links.nth(1).click();
  await expect(page).toHaveURL(/\/counters\?city=satte&procedure=pin-change&lang=en$/);
  await expect(page.locator('[data-counter="shimin-ka"]')).toHaveCount(1);
  expect(await watch.problems()).toEqual([]);
});

test('the prerendered page reads without JavaScript: the cities and the maintenance-Sunday rule', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/counters');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main a.choice')).toHaveCount(2);
  await expect(page.locator('main')).toContainText(text(ja, 'notes.maintenance'));
  // Targets are at least 44 px even before the page's own styles load.
  for (const box of await page.locator('main a.choice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
    expect(box).toBeGreaterThanOrEqual(44);
  await context.close();
});

test('an unknown city gets a clear message and the cities to choose from, never a crash', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto('/counters?city=tokyo&procedure=renewal&lang=en');
  await expect(page.locator('main [role="alert"]')).toContainText(lead(en, 'problem.city'));
  await expect(page.locator('main [role="alert"]')).toContainText('tokyo');
  await expect(page.locator('main a.choice')).toHaveCount(2);
  await expect(page.locator('[data-counter]')).toHaveCount(0);
  expect(await watch.problems()).toEqual([]);
});

test('an unknown procedure gets a message and procedure links that keep the city', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, '/counters?city=satte&procedure=passport&lang=en');
  await expect(page.locator('main [role="alert"]')).toContainText('passport');
  const links = page.locator('main .segmented a');
  await expect(links).toHaveCount(3);
  await expect(links.first()).toHaveAttribute('href', '/counters?city=satte&procedure=renewal&lang=en');
  await links.nth(1).click();
  await expect(page.locator('[data-counter="shimin-ka"]')).toHaveCount(1);
  await expect(page.locator('main .segmented a[aria-current="page"]')).toHaveAttribute('href', /procedure=pin-reset/);
  expect(await watch.problems()).toEqual([]);
});

test('hostile parameters are quoted as text, not run', async ({ page }) => {
  const watch = await watchPage(page);
  await page.goto(`/counters?city=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  await expect(page.locator('main [role="alert"]')).toContainText('<img src=x');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await watch.problems()).toEqual([]);
});

test('the plan marks the first working day after a long closure as likely crowded', async ({ page }) => {
  // Satte, Friday 2026-09-18: closed 19th–23rd (weekend, 敬老の日, 国民の休日, 秋分の日), so Thursday the 24th is crowded.
  await page.clock.setFixedTime(new Date('2026-09-18T09:00:00+09:00'));
  await page.goto('/counters?city=satte&procedure=pin-reset&lang=en');
  const rows = page.locator('.plan__row');
  const crowded = rows.filter({ has: page.locator('time[datetime="2026-09-24"]') });
  await expect(crowded).toContainText(text(en, 'plan.crowded'));
  await expect(rows.filter({ has: page.locator('time[datetime="2026-09-21"]') })).toContainText('敬老の日');
  await expect(rows.filter({ has: page.locator('time[datetime="2026-09-25"]') })).not.toContainText(text(en, 'plan.crowded'));
  // Fourteen days on which the procedure can be done.
  await expect(page.locator('.plan__row.status--open')).toHaveCount(14);
});

test('the plan explains the maintenance Sunday and the holiday opening without card work', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-02-16T09:00:00+09:00'));
  await page.goto('/counters?city=satte&lang=en');
  const row = page.locator('.plan__row').filter({ has: page.locator('time[datetime="2026-02-22"]') });
  await expect(row).toHaveClass(/status--no-card-work/);
  await expect(row).toContainText(text(en, 'plan.reason.holiday-opening-suspended'));
  // The notes explain both rules and name the coinciding Sunday.
  const notes = page.locator('.notes');
  await expect(notes).toContainText(lead(en, 'notes.maintenance'));
  await expect(notes.locator('time[datetime="2026-02-22"]').first()).toBeVisible();
  await expect(notes).toContainText(lead(en, 'notes.openingSuspendedNext'));
  // The next maintenance Sunday is the 22nd, not the third Sunday (the 15th).
  await expect(notes.locator('li', { has: page.locator('time[datetime="2026-02-22"]') }).first()).toContainText('not the third Sunday');
});

test('each city names its source and the date it was checked; every date is a <time datetime>', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00+09:00'));
  await page.goto('/counters?city=ryugasaki&lang=ja');
  await expect(page.locator('[data-counter="station"]')).toHaveAttribute('data-status', 'open');
  const source = page.locator('.source');
  await expect(source.locator('a[href^="https://www.city.ryugasaki"]')).toBeVisible();
  await expect(source.locator('time[datetime="2026-11-24"]')).toBeVisible();
  const datetimes = await page.locator('main time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(datetimes.length).toBeGreaterThan(10);
  for (const d of datetimes) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('the counters fit a 360 px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00+09:00'));
  for (const lang of ['ja', 'en']) {
    await page.goto(`/counters?city=ryugasaki&procedure=renewal&lang=${lang}`);
    await expect(page.locator('[data-counter="station"]')).toHaveAttribute('data-status', 'open');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const small = await page.locator('main a.button, main button').evaluateAll((els) =>
      els.map((e) => e.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length,
    );
    expect(small).toBe(0);
  }
});

test('the prerendered page hydrates in Japanese without errors, and its links then work in place', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00+09:00'));
  await gotoApp(page, '/counters');
  await page.locator('main a.choice').first().click();
  await expect(page.locator('[data-counter="station"]')).toHaveAttribute('data-status', 'open');
  await expect(page.locator('[data-counter="station"] .counter-name__ja')).toHaveText('市民窓口ステーション');
  expect(await watch.problems()).toEqual([]);
  await context.close();
});
