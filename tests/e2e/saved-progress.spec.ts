import { expect, test, type Page } from '@playwright/test';
import { records, saved, savedRecord, seed, showSaved } from './support/saved-db';
import { openSaveForm } from './support/app';

// A checklist opened from a saved person is that person's: it says whose it is, keeps its ticks (and documents
// held, answers) as they change, says so, offers Undo, and two tabs open on it never lose each other's ticks.

const NOW = new Date('2026-11-24T10:00:00+09:00');
const T0 = NOW.getTime() - 86_400_000;

const MOTHER = savedRecord('0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e', '母', T0) as { id: string };

const box = (page: Page, item: string) => page.locator(`li.cl-item[data-item="${item}"] .cl-item__row input`);
const bar = (page: Page) => page.locator('.cl-person');
const stored = async (page: Page) => (await records(page)).find((r) => r.id === MOTHER.id)!;

async function openFromStartPage(page: Page) {
  await page.goto('/?lang=en');
  await showSaved(page);
  await page.locator(`[data-person-id="${MOTHER.id}"] [data-open-checklist]`).click();
  await expect(page).toHaveURL(new RegExp(`person=${MOTHER.id}`));
  await expect(bar(page)).toHaveAttribute('data-person-state', 'saved');
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test('ticks are kept: each change is saved as it is made, with Undo, and the person reopens as left', async ({ page }) => {
  await seed(page, [MOTHER]);
  await openFromStartPage(page);
  await expect(bar(page)).toContainText(saved('en', 'progress.whose', { label: '母' }));
  await expect(bar(page).getByRole('status')).toHaveText(saved('en', 'progress.saved'));
  await expect(bar(page).getByRole('button', { name: /^Undo/ })).toHaveCount(0);

  await box(page, 'card').check();
  await expect(page).toHaveURL(/done=card/);
  await expect.poll(async () => (await stored(page)).ticks).toEqual(['card']);
  await expect(bar(page).getByRole('status')).toHaveText(saved('en', 'progress.saved'));
  await box(page, 'application').check();
  await expect.poll(async () => (await stored(page)).ticks).toEqual(['card', 'application']);

  // Undo takes back the last tick, on screen and in storage.
  await bar(page).getByRole('button', { name: `${saved('en', 'progress.undo')}${saved('en', 'progress.change.ticked')}` }).click();
  await expect(box(page, 'application')).not.toBeChecked();
  await expect(box(page, 'card')).toBeChecked();
  await expect.poll(async () => (await stored(page)).ticks).toEqual(['card']);

  // Back on the start page and in again: the tick is there, no Save, no retyping.
  await page.goto('/?lang=en');
  await showSaved(page);
  await expect(page.locator(`[data-person-id="${MOTHER.id}"]`)).toContainText(saved('en', 'person.ticks', { count: 1 }));
  await page.locator(`[data-person-id="${MOTHER.id}"] [data-open-checklist]`).click();
  await expect(box(page, 'card')).toBeChecked();
  await expect(box(page, 'application')).not.toBeChecked();
  expect((await stored(page)).revision).toBe(4);
});

test('two tabs on one saved person tick different items: both are kept, and each tab shows the other’s', async ({ page, context }) => {
  await seed(page, [MOTHER]);
  await openFromStartPage(page);
  const other = await context.newPage();
  await other.clock.install({ time: NOW });
  await openFromStartPage(other);

  await box(page, 'card').check();
  await box(other, 'application').check();
  await expect.poll(async () => [...((await stored(page)).ticks as string[])].sort()).toEqual(['application', 'card']);
  // Each tab takes in the other's tick: nothing is lost, nobody pressed "Update".
  await expect(box(page, 'application')).toBeChecked();
  await expect(box(other, 'card')).toBeChecked();
  await expect(bar(page)).toHaveAttribute('data-person-state', 'saved');
  await expect(bar(other)).toHaveAttribute('data-person-state', 'saved');
});

test('a checklist saved from the form becomes that person’s: later ticks are saved without saving again', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  const form = page.locator('.cl-save');
  await openSaveForm(page);
  await form.getByLabel('Name for this checklist').fill('My card');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('.cl-save__ok')).toContainText('Saved on this device as “My card”.');
  await expect(page).toHaveURL(/person=[0-9a-f-]{36}/);
  await expect(bar(page)).toContainText(saved('en', 'progress.whose', { label: 'My card' }));
  await box(page, 'card').check();
  await expect.poll(async () => (await records(page))[0]?.ticks).toEqual(['card']);

  // The same name again on its own page is not "another checklist".
  await form.getByLabel('Name for this checklist').fill('my card');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('.cl-save__ok')).toContainText('This checklist is “My card”');
  await expect(form.locator('.cl-save__clash')).toHaveCount(0);
});

test('a person the device does not have (an unsaved id, or one that is not an id at all) is said so, and nothing is saved', async ({ page }) => {
  await seed(page, [MOTHER]);
  for (const id of ['7d4c2b1a-0000-4000-8000-000000000000', 'nope']) {
    await page.goto(`/checklist?city=satte&procedure=pin-reset&applicant=self&person=${id}&lang=en`);
    await expect(bar(page)).toHaveAttribute('data-person-state', 'missing');
    await expect(bar(page).getByRole('status')).toHaveText(saved('en', 'progress.missing'));
    await box(page, 'card').check();
    await expect(page).toHaveURL(/done=card/);
    await expect(bar(page)).toHaveAttribute('data-person-state', 'missing');
  }
  expect((await records(page)).map((r) => r.id)).toEqual([MOTHER.id]);
});
