import { expect, test, type Page } from '@playwright/test';
import { gotoApp, localeText, pageTitle, waitForApp } from './support/app';
import { watchPage } from './support/console';

// What only a browser does in the question flow: clicking through from the start page, the document title of each
// screen, Back (the link and the browser's), the error summary and its focus, and Change on the review. Every city,
// procedure, applicant and language is walked in Node (tests/render/flow.test.ts).

const flow = (lang: string, key: string) => localeText(lang, 'flow', key);
const screenTitle = (lang: string, screen: string) => `${screen} | ${pageTitle(lang, 'checklist')}`;

/** Clicks and waits for the URL to change (each answer is a navigation). */
async function clickAndWait(page: Page, click: () => Promise<void>) {
  const before = page.url();
  await click();
  await page.waitForURL((u) => u.href !== before);
}

async function answer(page: Page, lang: string, name: string, value: string) {
  await page.locator(`input[type=radio][name="${name}"][value="${value}"]`).check();
  await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue'), exact: true }).click());
}

test('from the start page to the checklist by clicking, each screen titled by its question', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, '/?lang=en');
  await clickAndWait(page, () => page.getByRole('link', { name: localeText('en', 'start', 'start'), exact: true }).click());
  await expect(page).toHaveTitle(screenTitle('en', flow('en', 'city.question')));
  await answer(page, 'en', 'city', 'ryugasaki');
  await expect(page).toHaveTitle(screenTitle('en', flow('en', 'procedure.question')));
  await answer(page, 'en', 'procedure', 'pin-reset');
  await answer(page, 'en', 'applicant', 'self');
  await expect(page.locator('main h1')).toHaveText(flow('en', 'pin.question'));
  // Which PIN, by shape: the long one and a 4-digit one, ticked together, are one answer.
  await page.getByLabel(flow('en', 'pin.options.signature')).check();
  await page.getByLabel(flow('en', 'pin.options.four-digit')).check();
  await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue'), exact: true }).click());
  // Several PINs at once: the counter; its form continues to the facts.
  await expect(page).toHaveTitle(screenTitle('en', flow('en', 'route.heading.counter')));
  await clickAndWait(page, () => page.locator('main form button[type=submit]').click());
  await answer(page, 'en', 'resident-pin', 'unusable');
  await expect(page.locator('main h1')).toHaveText(flow('en', 'review.title'));
  await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
  await expect(page.locator('[data-step=pin] .summary-list__value')).toContainText(flow('en', 'pin.options.four-digit'));
  await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'review.submit') }).click());
  expect(page.url()).toMatch(/\/checklist\?city=ryugasaki&procedure=pin-reset&applicant=self&resident-pin=unusable&pin=all&lang=en$/);
  await expect(page.locator('li.cl-item').first()).toBeVisible();
  expect(await watch.problems()).toEqual([]);
});

test('Back keeps the earlier answer, with the back link and with the browser, and never leads forward again', async ({ page }) => {
  await gotoApp(page, '/?lang=en');
  await page.goto('/checklist?ask=city&lang=en');
  await waitForApp(page);
  const start = await page.evaluate(() => history.length);
  await answer(page, 'en', 'city', 'satte');
  await answer(page, 'en', 'procedure', 'pin-reset');
  await expect(page.locator('main h1')).toHaveText(flow('en', 'applicant.question'));
  // One entry per screen reached: Back (link or browser) walks them backwards.
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
  await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
  await expect(page.locator('input[name=procedure][value=pin-reset]')).toBeChecked();
  // The browser's Back goes on backwards from there (the link went back in history; it did not add the screen).
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(flow('en', 'city.question'));
  await expect(page.locator('input[name=city][value=satte]')).toBeChecked();
  await page.goForward();
  await expect(page.locator('input[name=procedure][value=pin-reset]')).toBeChecked();
  await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
  await expect(page.locator('input[name=city][value=satte]')).toBeChecked();
  // The first screen's Back leads to the start page in place of the question, so Back from there leaves the flow.
  await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.evaluate(() => history.length)).toBe(start + 2);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).search).toBe('?lang=en');
});

test('Continue without an answer: the error summary takes the focus and names the field; "Error:" leads the title', async ({ page }) => {
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin&lang=ja');
  const url = page.url();
  await page.getByRole('button', { name: flow('ja', 'continue'), exact: true }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(flow('ja', 'error.pin'));
  await expect(page.locator('.error-message')).toContainText(flow('ja', 'error.pin'));
  await expect(page).toHaveTitle(screenTitle('ja', `${flow('ja', 'error.prefix')} ${flow('ja', 'pin.question')}`));
  expect(page.url()).toBe(url);
  await summary.getByRole('link').click();
  await expect(page.locator('input[name=pin]').first()).toBeFocused();
});

test('Change on the review returns to it, asking first a question the change brings up', async ({ page }) => {
  const base = '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=adult-ward';
  await gotoApp(page, `${base}&ask=review&lang=en`);
  const row = (step: string) => page.locator(`.summary-list__row[data-step="${step}"]`);
  await expect(row('koseki')).toHaveCount(0);
  await clickAndWait(page, () => row('procedure').getByRole('link').click());
  await answer(page, 'en', 'procedure', 'pin-change');
  expect(new URL(page.url()).searchParams.get('ask')).toBe('review');
  await clickAndWait(page, () => row('dependent').getByRole('link').click());
  await answer(page, 'en', 'dependent', 'child');
  expect(new URL(page.url()).searchParams.get('ask')).toBe('koseki');
  await answer(page, 'en', 'koseki', 'other');
  await answer(page, 'en', 'household', '');
  expect(new URL(page.url()).searchParams.get('ask')).toBe('review');
  await expect(row('household').locator('.summary-list__value')).toHaveText(flow('en', 'review.notAnswered'));
});

test('a link that repeats a parameter (as check boxes send it) is written back as one value, so a tick keeps the answer', async ({ page }) => {
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=signature&pin=auth&docs=passport&docs=drivers-license&lang=en');
  const url = () => new URL(page.url());
  await expect.poll(() => url().searchParams.getAll('pin')).toEqual(['both']);
  expect(url().searchParams.getAll('docs')).toEqual(['passport,drivers-license']);
  await page.locator('li.cl-item input.cl-check').first().check();
  await page.waitForURL((u) => u.searchParams.has('done'));
  expect(url().searchParams.getAll('pin')).toEqual(['both']);
  expect(url().searchParams.get('docs')).toBe('passport,drivers-license');
});
