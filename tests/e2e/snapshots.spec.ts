import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { APPLICANTS, PROCEDURES } from '../../src/cities/vocabulary';
import { waitForApp } from './support/app';
import { watchPage } from './support/console';

// The host answers each contract checklist URL with its prerendered snapshot (the generated _redirects, which
// `vite preview` honours), so the list is in the HTML before any script. What the list says is checked per URL in
// Node (tests/render/checklists.test.ts, through the same render); here, over HTTP, that every URL of every city,
// procedure, applicant and language gets its own snapshot, and in the browser that the app takes one over.

const CITIES = readdirSync(new URL('../../src/cities/data/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const LANGS = readdirSync(new URL('../../locales/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const data = Object.fromEntries(CITIES.map((c) => [c, JSON.parse(readFileSync(new URL(`../../src/cities/data/${c}.json`, import.meta.url), 'utf8'))]));
const DEFAULT = 'ja';

const url = (city: string, procedure: string, applicant: string, lang: string) =>
  `/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}${lang === DEFAULT ? '' : `&lang=${lang}`}`;

test('every contract checklist URL is answered with its own snapshot, in its language, with its items', async ({ request }) => {
  for (const city of CITIES)
    for (const procedure of PROCEDURES)
      for (const applicant of APPLICANTS)
        for (const lang of LANGS) {
          const href = url(city, procedure, applicant, lang);
          const html = await (await request.get(href)).text();
          const tag = JSON.parse(readFileSync(new URL(`../../locales/${lang}/common.json`, import.meta.url), 'utf8')).language.tag ?? lang;
          expect(/<html lang="([^"]+)"/.exec(html)?.[1], href).toBe(tag);
          expect(html, href).toContain(`<meta name="madoguchi-lang" content="${lang}">`);
          expect(html, href).toContain(`<meta name="madoguchi-prerender" content="${href.replace(/&/g, '&amp;')}">`);
          let rule = data[city].procedures[procedure].applicants[applicant];
          if (rule.status === 'same-as') rule = data[city].procedures[rule.procedure].applicants[applicant];
          for (const item of rule.status === 'described' ? rule.visits.flatMap((v: { items: Array<{ id: string }> }) => v.items) : [])
            expect(html, `${href} ${item.id}`).toContain(`data-item="${item.id}"`);
        }
});

test('the app takes a snapshot over: its list works, and answers beyond the three are drawn over it', async ({ page }) => {
  const watch = await watchPage(page);
  const href = url('satte', 'pin-reset', 'legal-rep', 'ja');
  await page.goto(href);
  await expect(page.locator('meta[name="madoguchi-prerender"]')).toHaveAttribute('content', href);
  await waitForApp(page);
  const askDependent = page.locator('main .cl-ask a[href*="ask=dependent"]');
  await expect(askDependent).not.toHaveCount(0);
  await page.locator('main [data-item] input[type="checkbox"]').first().check();
  await expect(page).toHaveURL(/[?&]done=/);
  // With that answer in the URL the host serves the same snapshot, and the app draws the answered list over it.
  await page.goto(`${href}&dependent=child`);
  await expect(page.locator('meta[name="madoguchi-prerender"]')).toHaveAttribute('content', href);
  await waitForApp(page);
  await expect(askDependent).toHaveCount(0);
  expect(await watch.problems()).toEqual([]);
});

test('a snapshot opened by its own path shows the public URL; the precache holds every language’s snapshots, packed, and texts', async ({ page, request }) => {
  await page.goto('/variants/en/checklist/satte/pin-change/self/');
  await expect(page).toHaveURL(/\/checklist\?city=satte&procedure=pin-change&applicant=self&lang=en$/);
  await waitForApp(page);
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toMatch(/"?url"?:\s*"checklist"/);
  expect(sw).not.toMatch(/"?url"?:\s*"variants\//);
  // Every language's snapshots and texts: what the offline walk (pwa-offline.spec.ts) opens one page of each.
  for (const lang of LANGS) {
    expect(sw).toMatch(new RegExp(`"?url"?:\\s*"snapshots/${lang}\\.json"`));
    expect(sw).toMatch(new RegExp(`"?url"?:\\s*"assets/locale-${lang}-[\\w-]+\\.js"`));
  }
});
