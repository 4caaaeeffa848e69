import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gotoApp, waitForApp } from './support/app';
import { watchPage } from './support/console';

// The renewal page against the built app: the window, the state, errors for impossible dates, the .ics reminder.

type Json = { [key: string]: Json } | string;
const locale = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../locales/${lang}/renewal.json`, import.meta.url), 'utf8')) as Json;
const en = locale('en');

function text(json: Json, key: string): string {
  let node: Json | undefined = json;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key}`);
  return node;
}

/** The words of a text before its first placeholder. */
const lead = (key: string) => text(en, key).split('{{')[0]!.trim();

test('expiry 2027-06-15 seen on 2027-02-01: renewal opens 2027-03-16, not yet', async ({ page }) => {
  const watch = await watchPage(page);
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await page.goto('/renewal?expiry=2027-06-15&lang=en');
  const result = page.locator('.renewal-result');
  await expect(result.locator('.headline time')).toHaveAttribute('datetime', '2027-03-16');
  await expect(result).toHaveClass(/state--not-yet/);
  await expect(result).toContainText(text(en, 'state.not-yet.label'));
  await expect(result).toContainText('43 days');
  await expect(result).toContainText('134 days');
  // Both readings of the マイナ保険証 grace, and the safer one.
  await expect(result.locator('time[datetime="2027-09-30"]')).toHaveCount(1);
  await expect(result.locator('time[datetime="2027-09-15"]')).toHaveCount(2);
  expect(await watch.problems()).toEqual([]);
});

test('open and expired states say what to do and link to the counters and the checklist', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-04-01T12:00:00+09:00'));
  await page.goto('/renewal?expiry=2027-06-15&lang=en');
  const result = page.locator('.renewal-result');
  await expect(result).toHaveClass(/state--open/);
  await expect(result.locator('a[href="/counters?procedure=renewal&lang=en"]')).toBeVisible();
  await expect(result.locator('a[href="/checklist?procedure=renewal&lang=en"]')).toBeVisible();
  await page.goto('/renewal?expiry=2027-03-01&lang=en');
  await expect(result).toHaveClass(/state--expired/);
  await expect(result).toContainText(lead('state.expired.todo'));
  await expect(result).toContainText('free of charge');
});

test('the answer follows the Japan date, not the device date', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const page = await context.newPage();
  // 08:00 on 2027-03-16 in Japan is still 2027-03-15 in Los Angeles: in Japan the window is open.
  await page.clock.setFixedTime(new Date('2027-03-16T08:00:00+09:00'));
  await page.goto('/renewal?expiry=2027-06-15&lang=en');
  await expect(page.locator('.renewal-result')).toHaveClass(/state--open/);
  await context.close();
});

for (const [value, key] of [
  ['2027-02-30', 'error.no-such-date-day'],
  ['1800-01-01', 'error.out-of-range'],
  ['next-june', 'error.bad-format'],
  ['', 'error.missing'],
] as const) {
  test(`an impossible expiry "${value}" gets a clear message and the focus`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
    await gotoApp(page, `/renewal?expiry=${encodeURIComponent(value)}&lang=en`);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(lead(key));
    if (value) await expect(summary).toContainText(value);
    await expect(page.locator('#expiry')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.renewal-result')).toHaveCount(0);
    // The summary's link takes the person to the field.
    await summary.locator('a').first().click();
    await expect(page.locator('#expiry')).toBeFocused();
    expect(await watch.problems()).toEqual([]);
  });
}

test('birth date and issue date: the card expiry, with a new application instead of a renewal', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  // 30 at issuance: a 10-year card; certificates to the 5th birthday after issuance.
  await page.goto('/renewal?birth=1990-07-10&issued=2023-01-20&lang=en');
  const result = page.locator('.renewal-result');
  await expect(result.locator('.headline time')).toHaveAttribute('datetime', '2027-04-11');
  await expect(result.locator('.renewal-facts time')).toHaveAttribute('datetime', '2027-07-10');
  const card = result.locator('.callout');
  await expect(card.locator('time[datetime="2032-07-10"]')).toHaveCount(1);
  await expect(card).toContainText(text(en, 'card.newApplication'));
});

test('an issue date before the birth date is refused', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await page.goto('/renewal?birth=2000-05-01&issued=1999-01-01&lang=en');
  await expect(page.locator('.error-summary')).toContainText(lead('error.birth-after-issue'));
  await expect(page.locator('#issued')).toHaveAttribute('aria-invalid', 'true');
});

test('the form sends a GET link (works before the script) and, with it, shows the answer in place', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await page.goto('/renewal?lang=en');
  const form = page.locator('form').filter({ has: page.locator('#expiry') });
  await expect(form).toHaveAttribute('method', 'get');
  await expect(form).toHaveAttribute('action', '/renewal');
  // The answer in place is the app's: type once it has taken over the form.
  await waitForApp(page);
  await page.locator('#expiry').fill('2027-06-15');
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15&lang=en$/);
  await expect(page.locator('.renewal-result .headline time')).toHaveAttribute('datetime', '2027-03-16');
  await expect(page.locator('#result-heading')).toBeFocused();
});

test('dates are typed as on paper or a keypad; what cannot be read is shown back with the message', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await gotoApp(page, '/renewal?lang=en');
  const expiry = page.locator('#expiry');
  const submit = page.locator('form').filter({ has: expiry }).locator('button[type="submit"]');
  // Eight digits, and full-width digits with 年月日 from a Japanese IME: the address gets YYYY-MM-DD.
  await expiry.fill('20270615');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15&lang=en$/);
  await expect(page.locator('.renewal-result .headline time')).toHaveAttribute('datetime', '2027-03-16');
  await expiry.fill('２０２７年６月１５日');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15&lang=en$/);
  // Not a date: it goes as typed, the page says what is wrong, and the field still holds it for correcting.
  await expiry.fill('next june');
  await submit.click();
  await expect(page).toHaveURL(/\/renewal\?expiry=next\+june&lang=en$/);
  await expect(page.locator('.error-summary')).toContainText(lead('error.bad-format'));
  await expect(expiry).toHaveValue('next june');
  await expect(expiry).toHaveAttribute('aria-invalid', 'true');
});

test('without JavaScript the form still submits to a shareable link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/renewal');
  await page.locator('#expiry').fill('2027-06-15');
  await page.locator('form').filter({ has: page.locator('#expiry') }).locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15$/);
  await context.close();
});

test('the .ics reminder: a calendar file for the opening day, with CRLF line endings', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await gotoApp(page, '/renewal?expiry=2027-06-15&lang=ja');
  const downloading = page.waitForEvent('download');
  await page.locator('.renewal-result button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('madoguchi-renewal-2027-03-16.ics');
  const body = readFileSync(await download.path(), 'utf8');
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body).toContain('\r\nDTSTART;VALUE=DATE:20270316\r\n');
  expect(body).toContain('\r\nDTEND;VALUE=DATE:20270317\r\n');
  expect(body).toContain('\r\nEND:VCALENDAR\r\n');
  // Every line break is CRLF.
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  // The Japanese title, unfolded.
  expect(body.replace(/\r\n /g, '')).toContain(`SUMMARY:${text(locale('ja'), 'ics.title')}`);
});

const LANGS = ['ja', 'en'];

// Each state is scanned in one language, the languages taking turns: a scan costs a second or two.
LANGS.forEach((lang, turn) => {
  test(`renewal page has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(60_000); // two or three pages, an axe scan each
    await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
    for (const url of [
      `/renewal?lang=${lang}`,
      `/renewal?expiry=2027-06-15&lang=${lang}`,
      `/renewal?expiry=2027-03-01&lang=${lang}`,
      `/renewal?birth=2010-05-03&issued=2021-02-01&lang=${lang}`,
      `/renewal?expiry=2027-02-30&lang=${lang}`,
    ].filter((_, i) => i % LANGS.length === turn)) {
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('.renewal-result, .error-summary, form').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});

test('the prerendered form hydrates in Japanese without errors and fits 360 px', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const watch = await watchPage(page);
  await page.clock.setFixedTime(new Date('2027-02-01T12:00:00+09:00'));
  await gotoApp(page, '/renewal');
  await page.locator('#birth').fill('1990-07-10');
  await page.locator('#issued').fill('2023-01-20');
  await page.locator('form').filter({ has: page.locator('#birth') }).locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/renewal\?birth=1990-07-10&issued=2023-01-20$/);
  await expect(page.locator('.renewal-result .headline time')).toHaveAttribute('datetime', '2027-04-11');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const small = await page.locator('main a.button, main button, main input').evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect()).filter((r) => r.height < 44).length,
  );
  expect(small).toBe(0);
  expect(await watch.problems()).toEqual([]);
  await context.close();
});
