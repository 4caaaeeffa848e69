import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the checklist in both languages: a plain list, conditional items
// with the ID picker, the two-visit timeline, a silent page, the counter view, and the message page for bad links.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const PAGES = [
  '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&docs=mynumber-card',
  '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&dependent=adult-ward&agent-docs=passport',
  '/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&done=person-card',
  '/checklist?city=satte&procedure=pin-change&applicant=legal-rep',
  '/checklist?city=satte&procedure=renewal&applicant=self',
  '/checklist?city=satte&procedure=pin-reset&applicant=proxy&view=counter&docs=drivers-license',
];

async function violations(page: Page, url: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGS = ['en', 'ja'];

LANGS.forEach((lang, turn) => {
  // Each kind of list is scanned in one language, the languages taking turns: a scan costs a second or two.
  test(`the checklist has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(60_000);
    const found: string[] = [];
    for (const url of PAGES.filter((_, i) => i % LANGS.length === turn)) {
      await page.goto(`${url}&lang=${lang}`);
      await expect(page.locator('[data-checklist-ready]')).toBeVisible();
      // Open the folded parts too, so everything a person can reach is checked.
      await page.locator('main details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      found.push(...(await violations(page, url)));
    }
    expect(found).toEqual([]);
  });

  test(`the message page for a bad link has no axe violations (${lang})`, async ({ page }) => {
    const url = `/checklist?city=%3Cscript%3E&procedure=pin&applicant=self&docs=%3Cb%3E&lang=${lang}`;
    await page.goto(url);
    await expect(page.locator('[data-query-problems]')).toBeVisible();
    expect(await violations(page, url)).toEqual([]);
  });

  test(`the save and share outcomes have no axe violations (${lang})`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const url = `/checklist?city=ryugasaki&procedure=renewal&applicant=self&lang=${lang}`;
    await page.goto(url);
    await expect(page.locator('[data-checklist-ready]')).toBeVisible();
    await page.locator('.cl-share button').click();
    await expect(page.locator('#cl-share-url')).toBeVisible();
    await page.locator('#cl-save-label').fill('1234 5678 9012');
    await page.locator('.cl-save form button[type="submit"]').click();
    await expect(page.locator('#cl-save-label-error')).toBeVisible();
    expect(await violations(page, url)).toEqual([]);
  });
});
