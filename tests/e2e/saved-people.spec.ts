import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './support/app';
import { records, saved, seed, showSaved } from './support/saved-db';

// Saved people on the start page: the list with countdowns, reopening a checklist, rename, delete with undo,
// unreadable records, a device that cannot save, and accessibility in both languages.
// People are seeded straight into IndexedDB in the app's origin, in the layout docs/storage.md documents
// (database `madoguchi`, store `people`, key path `id`, schema version 2 records).


// Japan time 2026-11-24 10:00.
const NOW = new Date('2026-11-24T10:00:00+09:00');
const T0 = NOW.getTime() - 86_400_000;

const MOTHER = {
  id: '0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e',
  label: '母',
  city: 'ryugasaki',
  procedure: 'renewal',
  applicant: 'legal-rep',
  answers: { dependent: 'adult-ward', honseki: 'yes' },
  ticks: ['notification-letter'],
  held: ['passport'],
  expiry: '2027-01-31',
  revision: 1,
  createdAt: T0,
  updatedAt: T0 + 3000,
};
const ME = {
  id: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  label: 'My card',
  city: 'satte',
  procedure: 'pin-reset',
  applicant: 'self',
  answers: { pin: 'auth', 'other-pin': 'yes' },
  ticks: [],
  held: ['mynumber-card', 'drivers-license'],
  expiry: '2027-06-15',
  revision: 1,
  createdAt: T0,
  updatedAt: T0 + 2000,
};
const FATHER = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  label: '父',
  city: 'satte',
  procedure: 'pin-change',
  applicant: 'self',
  answers: {},
  ticks: [],
  held: [],
  expiry: '2026-11-01',
  revision: 1,
  createdAt: T0,
  updatedAt: T0 + 1000,
};
const PEOPLE = [MOTHER, ME, FATHER];


const card = (page: Page, label: string) => page.locator('.saved-person', { has: page.getByRole('heading', { name: label, exact: true }) });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: NOW });
});

test('saved people come first on the start page when there are any; with none, the section stays last', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await gotoApp(page, '/?lang=en');
  await showSaved(page);
  await expect(page.getByText(saved('en', 'empty'))).toBeVisible();
  // None saved: what Madoguchi does and Start come first; the section (with moving from an old phone) is last.
  expect(await page.evaluate(() => document.querySelector('main .start')!.lastElementChild!.matches('section.saved'))).toBe(true);

  await seed(page, PEOPLE);
  await expect(page.locator('section.saved[data-saved-status="ready"]')).toBeAttached();
  // Saved: right under the title, in the first screen, each person with their countdown.
  const section = page.locator('main .start > h1 + section.saved');
  await expect(section).toBeAttached();
  await expect(section.locator('.saved-person')).toHaveCount(PEOPLE.length);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await section.locator('.saved-person').first().boundingBox())!.y).toBeLessThan(780);
});

test('lists saved people with their checklist in words, a link to reopen it and the renewal countdown; skips an unreadable one', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const broken = { id: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', label: '', city: 'atlantis', pin: '1234' };
  await seed(page, [...PEOPLE, broken]);

  await expect(page.locator('.saved-person h3')).toHaveText(['母', 'My card', '父']);
  // The unreadable record is skipped with a notice and kept in storage.
  await expect(page.locator('[data-saved-skipped]')).toHaveText(saved('en', 'skipped', { count: 1 }));
  expect((await records(page)).map((r) => r.id)).toContain(broken.id);

  const mother = card(page, '母');
  await expect(mother).toContainText('Ryugasaki: E-certificate renewal');
  await expect(mother).toContainText(saved('en', 'person.applicant.legal-rep'));
  await expect(mother).toContainText(saved('en', 'person.ticks', { count: 1 }));
  // Window opened on 2026-11-01; expiry 2027-01-31 is 68 days away.
  await expect(mother.locator('[data-renewal-state="open"]')).toContainText(saved('en', 'renewal.open', { count: 68 }));
  await expect(mother.locator('[data-renewal-state] time')).toHaveAttribute('datetime', '2027-01-31');
  await expect(mother.getByRole('link', { name: saved('en', 'renewal.link') })).toHaveAttribute(
    'href',
    '/renewal?expiry=2027-01-31&lang=en',
  );
  const open = mother.getByRole('link', { name: `${saved('en', 'person.open')}${saved('en', 'person.forLabel', { label: '母' })}` });
  await expect(open).toHaveAttribute(
    'href',
    `/checklist?city=ryugasaki&procedure=renewal&applicant=legal-rep&dependent=adult-ward&honseki=yes&docs=passport&done=notification-letter&person=${MOTHER.id}&lang=en`,
  );

  // Not yet: 2027-06-15 opens on 2027-03-16, 112 days away.
  const me = card(page, 'My card');
  await expect(me.locator('[data-renewal-state="not-yet"]')).toContainText('112 days until it opens');
  await expect(me.locator('[data-renewal-state="not-yet"] time').nth(1)).toHaveAttribute('datetime', '2027-03-16');
  await expect(me).toContainText(saved('en', 'renewal.notYetDo'));

  const father = card(page, '父');
  await expect(father.locator('[data-renewal-state="expired"]')).toContainText(saved('en', 'renewal.expired', { count: 23 }));
  await expect(father).toContainText(saved('en', 'renewal.expiredDo'));

  await open.click();
  await expect(page).toHaveURL(/\/checklist\?city=ryugasaki&procedure=renewal&applicant=legal-rep&dependent=adult-ward/);
  expect(errors).toEqual([]);
});

test('rename with its messages, delete with an Undo that restores the exact record, and the list follows another tab', async ({ page, context }) => {
  await seed(page, PEOPLE);
  const mother = card(page, '母');
  await mother.getByRole('button', { name: /^Rename/ }).click();
  const input = page.getByLabel(saved('en', 'rename.label', { label: '母' }));
  await expect(input).toBeFocused();

  const save = page.getByRole('button', { name: saved('en', 'rename.save') });
  await input.fill('   ');
  await save.click();
  await expect(page.getByText(saved('en', 'label.empty'))).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  await input.fill('x'.repeat(61));
  await save.click();
  await expect(page.getByText(saved('en', 'label.tooLong', { max: 60 }))).toBeVisible();

  await input.fill('my card');
  await save.click();
  await expect(page.getByText(saved('en', 'label.taken', { label: 'my card' }))).toBeVisible();

  await input.fill('お母さん');
  await save.click();
  await expect(page.getByRole('heading', { name: 'お母さん', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: saved('en', 'renamed', { label: 'お母さん' }) })).toBeVisible();
  await expect(card(page, 'お母さん').getByRole('button', { name: /^Rename/ })).toBeFocused();

  await page.reload();
  await showSaved(page);
  await expect(page.getByRole('heading', { name: 'お母さん', exact: true })).toBeVisible();
  const stored = (await records(page)).find((r) => r.id === MOTHER.id);
  expect(stored).toMatchObject({ ...MOTHER, label: 'お母さん', revision: 2, updatedAt: expect.any(Number) });

  // Delete, and Undo.
  const before = await records(page);

  await card(page, 'お母さん').getByRole('button', { name: /^Delete/ }).click();
  await expect(page.locator('.saved-person h3')).toHaveText(['My card', '父']);
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(page.getByRole('status').filter({ hasText: saved('en', 'deleted', { label: 'お母さん' }) })).toBeVisible();
  await expect(undo).toBeFocused();
  expect((await records(page)).map((r) => r.id)).not.toContain(MOTHER.id);

  await undo.click();
  await expect(page.locator('.saved-person h3')).toHaveText(['お母さん', 'My card', '父']);
  await expect(page.getByRole('heading', { name: 'お母さん', exact: true })).toBeFocused();
  expect(await records(page)).toEqual(before);

  // A second delete is final once its Undo has gone.
  await card(page, '父').getByRole('button', { name: /^Delete/ }).click();
  await expect(undo).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(undo).toHaveCount(0);
  await expect(page.locator('#saved-heading')).toBeFocused();
  await page.reload();
  await showSaved(page);
  await expect(page.locator('.saved-person h3')).toHaveText(['お母さん', 'My card']);

  // Another tab renames: this one follows.

  const other = await context.newPage();
  await other.goto('/?lang=en');
  await showSaved(other);
  await card(other, 'My card').getByRole('button', { name: /^Rename/ }).click();
  await other.getByLabel(saved('en', 'rename.label', { label: 'My card' })).fill('Me');
  await other.getByRole('button', { name: saved('en', 'rename.save') }).click();
  await expect(other.getByRole('heading', { name: 'Me', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Me', exact: true })).toBeVisible();
});

test('database versions: an older tab holding it open blocks the upgrade until closed; a newer one leaves the list readable', async ({ page, context }) => {
  const old = await context.newPage();
  await old.goto('/manifest.webmanifest');
  // An old Madoguchi (schema version 1) that never lets go of its connection.
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('madoguchi', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('people', { keyPath: 'id' });
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.goto('/?lang=en');
  await showSaved(page);
  await expect(page.locator('[data-saved-notice="blocked"]')).toHaveText(saved('en', 'notice.blocked'));
  await old.close();
  await expect(page.locator('[data-saved-notice]')).toHaveCount(0);
  await expect(page.getByText(saved('en', 'empty'))).toBeVisible();

  await seed(page, [MOTHER]);
  const other = await context.newPage();
  await other.goto('/manifest.webmanifest');
  // A newer Madoguchi in the other tab upgrades the database.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('madoguchi', 99);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const banner = page.locator('[data-saved-notice="versionchange"]');
  await expect(banner).toContainText(saved('en', 'notice.versionchange'));
  await banner.getByRole('button', { name: saved('en', 'notice.reload') }).click();
  await expect(page).toHaveURL(/\/\?lang=en$/);
  // This build is now older than the database: it says so, and the saved people stay in reach (read only).
  await expect(page.locator('[data-saved-unavailable]')).toContainText(saved('en', 'unavailable.newer'));
  await expect(page.locator('.saved-person h3')).toHaveText(['母']);
  await expect(page.getByRole('button', { name: saved('en', 'move.export') })).toBeEnabled();
});

test.describe('a device that cannot save', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
  });

  // The test switches the language in place, so both languages' messages are checked.
  for (const lang of ['en']) {
    test(`says plainly that nothing is saved, and the rest of the start page works (${lang}, then the other)`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/?lang=${lang}`);
      await showSaved(page);
      await expect(page.locator('[data-saved-unavailable]')).toHaveText(saved(lang, 'unavailable.none'));
      await expect(page.locator('.saved-person')).toHaveCount(0);
      await expect(page.getByRole('button', { name: saved(lang, 'move.export') })).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The language menu still works, and so does the next page.
      const other = lang === 'en' ? 'ja' : 'en';
      await page.locator(`.lang-menu a[data-lang="${other}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('[data-saved-unavailable]')).toHaveText(saved(other, 'unavailable.none'));
      // The way in still works.
      await page.locator('main a[href^="/checklist"]').first().click();
      await expect(page).toHaveURL(/\/checklist\?/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
