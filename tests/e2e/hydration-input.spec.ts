import { expect, test, type Page } from '@playwright/test';
import { localeText } from './support/app';
import { watchPage } from './support/console';
import { HELD_URL, openWithPartsHeld, releaseParts } from './support/held-hydration';
import { records } from './support/saved-db';

// What a person puts into the prerendered checklist before its part hydrates (src/app/hydration.ts) is on screen
// only: hydration leaves a native tick or typed text as it is, and the app's next render would reset it. Each test
// holds the parts back, acts on the plain HTML, lets the parts hydrate, and expects the app to have taken it over.

// A Japanese browser: the prerendered Japanese snapshot is then this page, and the app hydrates it.
test.use({ locale: 'ja-JP' });

/** A parameter of the page's address, or null. */
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('a document ticked before its picker hydrated counts in the address and in the verdict', async ({ page }) => {
  const watch = await watchPage(page);
  // Before hydrate(): the items are dormant parts, which a touch after it would wake at once (hydration-parts.spec).
  await openWithPartsHeld(page, undefined, { beforeHydrate: true });
  const item = page.locator('main li.cl-item[data-item="agent-id"]');
  const passport = item.getByRole('checkbox', { name: localeText('ja', 'cities/ryugasaki', 'documents.passport') });
  const verdict = item.locator('.cl-picker .cl-idstatus');
  // The agent needs 1 document from list A. The item's own box is in the same part, the power of attorney in another:
  // every write lands, none overwrites another.
  await expect(verdict).toHaveClass(/is-short/);
  await passport.check();
  await item.locator('input.cl-check').first().check();
  await page.locator('main [data-item="power-of-attorney"] input.cl-check').check();
  await expect(page).not.toHaveURL(/docs=|done=/);

  await releaseParts(page);
  await expect.poll(() => param(page, 'agent-docs')).toBe('passport');
  expect(param(page, 'docs')).toBeNull();
  expect(param(page, 'done')?.split(',').sort()).toEqual(['agent-id', 'power-of-attorney']);
  await expect(passport).toBeChecked();
  await expect(verdict).toHaveClass(/is-enough/);
  await expect(verdict).toHaveText(new RegExp(localeText('ja', 'rules', 'idCheck.enough')));

  // From then on the box is the app's: unticking it takes it out of the address and the verdict.
  await passport.uncheck();
  await expect.poll(() => param(page, 'agent-docs')).toBeNull();
  await expect(verdict).toHaveClass(/is-short/);
  await expect(passport).not.toBeChecked();
  expect(await watch.problems()).toEqual([]);
});

test('a name and a date entered before the save form hydrated are kept and saved', async ({ page }) => {
  const watch = await watchPage(page);
  await openWithPartsHeld(page);
  const form = page.locator('main .cl-save');
  const label = form.getByLabel(localeText('ja', 'checklist', 'save.label'));
  const expiry = form.getByLabel(localeText('ja', 'checklist', 'save.expiry'));
  await label.fill('母');
  await expiry.fill('2027-03-31');

  await releaseParts(page);
  // Saving re-renders the form after the store has opened: the values must be the app's by then, not reset.
  await form.getByRole('button', { name: localeText('ja', 'checklist', 'save.submit') }).click();
  await expect(form.locator('.cl-save__ok')).toContainText(localeText('ja', 'checklist', 'save.saved', { label: '母' }));
  await expect(label).toHaveValue('母');
  await expect(expiry).toHaveValue('2027-03-31');
  const people = await records(page);
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({ label: '母', city: 'ryugasaki', expiry: '2027-03-31' });
  expect(await watch.problems()).toEqual([]);
});

test('a save form submitted before its code arrived is held, not sent as a plain form, and saved once it is', async ({ page }) => {
  const watch = await watchPage(page);
  // The save form's chunk is held back, as on a slow line, until the test lets it through.
  let letThrough!: () => void;
  const gate = new Promise<void>((resolve) => (letThrough = resolve));
  const asked: string[] = [];
  await page.route('**/assets/SaveChecklist-*.js', async (route) => {
    asked.push(route.request().url());
    await gate;
    await route.continue();
  });
  await page.goto(HELD_URL);
  await expect(page.locator('main [data-checklist-ready]')).toBeVisible();
  const before = page.url();
  const form = page.locator('main .cl-save');
  await form.getByLabel(localeText('ja', 'checklist', 'save.label')).fill('母');
  await form.getByRole('button', { name: localeText('ja', 'checklist', 'save.submit') }).click();
  // The form's code was asked for (the form neared the screen), and the plain form went nowhere.
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  expect(page.url()).toBe(before);
  await expect(form.locator('.cl-save__ok')).toHaveCount(0);
  // Nothing saved, nor even a database: the store is the form's code, still held back.
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);

  letThrough();
  await expect(form.locator('.cl-save__ok')).toContainText(localeText('ja', 'checklist', 'save.saved', { label: '母' }));
  const people = await records(page);
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({ label: '母', city: 'ryugasaki', procedure: 'pin-reset', applicant: 'proxy' });
  // The page is now that person's checklist (person=<id>); nothing else of the address changed.
  await expect(page).toHaveURL(/[?&]person=/);
  const after = new URL(page.url());
  expect(after.searchParams.get('person')).toBe(people[0]!.id);
  after.searchParams.delete('person');
  expect([after.pathname, ...after.searchParams]).toEqual([new URL(before).pathname, ...new URL(before).searchParams]);
  expect(await watch.problems()).toEqual([]);
});

test.describe('an English browser on a Japanese snapshot', () => {
  test.use({ locale: 'en-US' });

  test('the app renders over the HTML with its save form working at once, its code loaded first', async ({ page }) => {
    const watch = await watchPage(page);
    // The save form's chunk arrives late, as on a slow line.
    await page.route('**/assets/SaveChecklist-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(HELD_URL);
    // Once the app has drawn the page in English, the save form on it is the app's: not the Japanese HTML's form
    // left in place without the app (a plain form that would replace the address's answers).
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const forms = page.locator('main .cl-save form');
    await expect(forms).toHaveCount(1);
    expect(await forms.evaluate((el) => Boolean((el as unknown as { l?: object }).l))).toBe(true);
    await expect(forms.getByRole('button')).toHaveText('Save on this device');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    expect(await watch.problems()).toEqual([]);
  });
});
