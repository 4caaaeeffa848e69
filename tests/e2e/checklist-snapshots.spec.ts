import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { APPLICANTS, PROCEDURES } from '../../src/cities/vocabulary';
import { LANGS } from './support/app';
import { watchPage } from './support/console';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// The host answers /checklist?city=…&procedure=…&applicant=… with that checklist's prerendered snapshot (the
// generated _redirects, which `vite preview` honours), so the list is in the HTML: it reads before the script
// arrives, or without it. The snapshot must be exactly what the app draws, and the app must take it over.

const CITIES = readdirSync(new URL('../../src/cities/data/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

const url = (city: string, procedure: string, applicant: string, lang: string) =>
  `/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}${lang === 'ja' ? '' : `&lang=${lang}`}`;

/** What a checklist shows: its heading, its status, and every item with its state, in order. */
async function listOf(page: Page) {
  const root = page.locator('main .cl');
  await expect(root).toBeVisible();
  return {
    heading: (await page.locator('main h1').innerText()).trim(),
    status: await root.getAttribute('data-status'),
    items: await page.locator('main [data-item]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-item')}:${e.getAttribute('data-state')}`)),
    questions: await page.locator('main .cl-ask a').allInnerTexts(),
  };
}

/**
 * What leads nowhere without JavaScript: a visible control only the app can work, or a visible link the host
 * answers with this same snapshot (its three answers and language, whatever else the link adds).
 */
async function deadEnds(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const here = new URLSearchParams(location.search);
    const keys = ['city', 'procedure', 'applicant', 'lang'];
    const same = (u: URL) => u.pathname === '/checklist' && keys.every((k) => u.searchParams.get(k) === here.get(k));
    const controls = [...main.querySelectorAll('[data-needs-script], button')].filter((e) => e.checkVisibility());
    const links = [...main.querySelectorAll('a[href]')].filter((a) => a.checkVisibility() && same(new URL(a.getAttribute('href')!, location.href)));
    return [...controls.map((e) => e.outerHTML.slice(0, 100)), ...links.map((a) => a.getAttribute('href')!)];
  });
}

for (const lang of LANGS) {
  test(`every checklist is in the HTML without JavaScript, as the app draws it (${lang})`, async ({ browser }) => {
    test.setTimeout(120_000);
    // No service worker here: installing it would precache the whole app beside the walk, which only slows it.
    const options = { locale: lang === 'ja' ? 'ja-JP' : 'en-US', serviceWorkers: 'block' } as const;
    const nojs = await browser.newContext({ ...options, javaScriptEnabled: false });
    const js = await browser.newContext(options);
    const [still, live] = [await nojs.newPage(), await js.newPage()];
    for (const city of CITIES) {
      for (const procedure of PROCEDURES) {
        for (const applicant of APPLICANTS) {
          const href = url(city, procedure, applicant, lang);
          // Both pages load side by side: this walk is one of the longest in the suite.
          await Promise.all([still.goto(href), live.goto(href)]);
          await expect(still.locator('html')).toHaveAttribute('lang', lang);
          const before = await listOf(still);
          // Questions, the counter view, share, print and save need the app (public/no-js.css hides them).
          expect(await deadEnds(still), href).toEqual([]);
          await expect(live.locator('main [data-checklist-ready]')).toBeVisible();
          expect(await listOf(live), href).toEqual(before);
          await expect(live.locator('main .cl-actions')).toBeVisible();
        }
      }
    }
    await nojs.close();
    await js.close();
  });
}

test('the app takes a snapshot over and it works', async ({ page }) => {
  const watch = await watchPage(page);
  const href = url('ryugasaki', 'pin-reset', 'self', 'ja');
  await page.goto(href);
  await expect(page.locator('meta[name="madoguchi-prerender"]')).toHaveAttribute('content', href);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await page.locator('main [data-item] input[type="checkbox"]').first().check();
  await expect(page).toHaveURL(/[?&]done=/);
  expect(await watch.problems()).toEqual([]);
});

test('answers beyond the three are drawn by the app over the snapshot', async ({ page }) => {
  const watch = await watchPage(page);
  const askDependent = page.locator('main .cl-ask a[href*="ask=dependent"]');
  // The snapshot asks whom the representative acts for ...
  await page.goto(url('satte', 'pin-reset', 'legal-rep', 'ja'));
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await expect(askDependent).not.toHaveCount(0);
  // ... and with that answer in the URL, the host serves the same snapshot but the app no longer asks.
  await page.goto(`${url('satte', 'pin-reset', 'legal-rep', 'ja')}&dependent=child`);
  await expect(page.locator('meta[name="madoguchi-prerender"]')).toHaveAttribute('content', url('satte', 'pin-reset', 'legal-rep', 'ja'));
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await expect(askDependent).toHaveCount(0);
  expect(await watch.problems()).toEqual([]);
});

test('an explicit lang=ja renders over the Japanese snapshot, so the links keep it', async ({ page }) => {
  await page.goto(`${url('ryugasaki', 'pin-reset', 'self', 'ja')}&lang=ja`);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  await expect(page.locator('main a[href*="view=counter"]').first()).toHaveAttribute('href', /lang=ja/);
});

test('a snapshot opened by its own path shows the public URL', async ({ page }) => {
  await page.goto('/variants/en/checklist/satte/pin-change/self/');
  await expect(page).toHaveURL(/\/checklist\?city=satte&procedure=pin-change&applicant=self&lang=en$/);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
});

test('snapshots stay out of the precache: offline, /checklist and the app draw every list', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toMatch(/url:\s*"checklist"/);
  expect(sw).not.toContain('variants/');
});
