import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { watchPage } from './support/console';
import { showSaved } from './support/saved-db';

// The start page: what Madoguchi does, the way into the questions, quick links, the offline note, the saved people.

const LANGS = ['ja', 'en'] as const;

// The service worker is the PWA tests' subject; here it would only add noise.
test.use({ serviceWorkers: 'block' });

const files = new Map<string, Record<string, unknown>>();
function start(lang: string, key: string): string {
  let json = files.get(lang);
  if (!json) {
    json = JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${lang}/start.json`, import.meta.url)), 'utf8')) as Record<string, unknown>;
    files.set(lang, json);
  }
  let node: unknown = json;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no text ${lang}/start:${key}`);
  return node;
}

for (const lang of LANGS) {
  test(`the start page in ${lang}: heading, Start, quick links, offline note, saved people, no axe violations`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('main h1')).toHaveText(start(lang, 'title'));
    await expect(page.locator('main')).toContainText(start(lang, 'intro'));
    for (const p of ['renewal', 'pin-reset', 'pin-change']) await expect(page.locator('main')).toContainText(start(lang, `procedures.${p}`));
    await expect(page.locator('main')).toContainText(start(lang, 'privacy'));

    const startLink = page.getByRole('link', { name: start(lang, 'start'), exact: true });
    await expect(startLink).toHaveAttribute('href', `/checklist?ask=city&lang=${lang}`);
    const box = await startLink.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await expect(page.getByRole('link', { name: start(lang, 'counters') })).toHaveAttribute('href', `/counters?lang=${lang}`);
    await expect(page.getByRole('link', { name: start(lang, 'renewal') })).toHaveAttribute('href', `/renewal?lang=${lang}`);
    // The saved people's list arrives once the app runs and the section nears the screen.
    await showSaved(page);
    await expect(page.locator('#saved-heading')).toBeVisible();

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await startLink.click();
    await expect(page).toHaveURL(/\/checklist\?ask=city&lang=/);
    await expect(page.locator('main h1')).toHaveCount(1);
    expect(await watch.problems()).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the start page reads and Start leads to the first question', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveText(start('ja', 'title'));
    await page.getByRole('link', { name: start('ja', 'start'), exact: true }).click();
    await expect(page).toHaveURL(/\/checklist\?ask=city$/);
    await expect(page.locator('main input[name=city]')).toHaveCount(2);
  });

  test('the saved people are not offered: nothing can be read from the device without the app', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('section.saved')).toHaveCount(1);
    await expect(page.locator('section.saved')).toBeHidden();
  });

  test('fits on a 360 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
