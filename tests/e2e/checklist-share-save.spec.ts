import { expect, test, type Page } from '@playwright/test';
import { openSaveForm, waitForApp } from './support/app';

// Share: the system sheet where there is one, else the clipboard with a confirmation, else the link as text.
// Save: under a label, never overwriting another checklist's label silently, and saying plainly when this device
// cannot save.

const URL = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&docs=passport&done=card&lang=en';

async function ready(page: Page, url = URL) {
  await page.goto(url);
  await waitForApp(page);
}

test('share: the system sheet where there is one (a cancel says nothing), else the clipboard, else the link as text', async ({ page }) => {
  // The page's navigator as each kind of browser has it, switched between the clicks.
  await page.addInitScript(() => {
    const w = window as unknown as { shareMode: string; shared: unknown[]; copied: string[] };
    w.shareMode = 'sheet';
    w.shared = [];
    w.copied = [];
    Object.defineProperty(navigator, 'share', {
      get: () =>
        w.shareMode === 'sheet'
          ? async (data: unknown) => void w.shared.push(data)
          : w.shareMode === 'cancel'
            ? async () => {
                throw new DOMException('cancelled', 'AbortError');
              }
            : undefined,
      configurable: true,
    });
    Object.defineProperty(navigator, 'clipboard', {
      get: () => ({
        writeText: async (text: string) => {
          if (w.shareMode === 'denied') throw new DOMException('denied', 'NotAllowedError');
          w.copied.push(text);
        },
      }),
      configurable: true,
    });
  });
  await ready(page);
  const share = page.getByRole('button', { name: 'Share', exact: true });
  const status = page.locator('.cl-share [role="status"]');
  const mode = (m: string) => page.evaluate((value) => ((window as unknown as { shareMode: string }).shareMode = value), m);

  await share.click();
  await expect(status).toHaveText('Shared.');
  const shared = await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared);
  expect(shared.map((d) => d.url)).toEqual([page.url()]);

  await mode('cancel');
  await share.click();
  await expect(status).toHaveText('');
  await expect(page.locator('#cl-share-url')).toHaveCount(0);

  await mode('clipboard');
  await share.click();
  await expect(status).toHaveText('Link copied. Paste it in a message or a note.');
  expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([page.url()]);

  await mode('denied');
  await share.click();
  const field = page.getByLabel('Copy this link to share the checklist:');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(page.url());
});

test('save: the database is opened only as the form nears the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await ready(page);
  // Two frames: the form's observer has had its first look.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(await databases()).toEqual([]);
  await page.locator('.cl-save').scrollIntoViewIfNeeded();
  await expect.poll(databases).toEqual(['madoguchi']);
});

test('save: a label, then the same label again asks before updating; a number is refused', async ({ page }) => {
  await ready(page);
  const form = page.locator('.cl-save');
  // The Save action at the top brings the form (which starts as it nears the screen) and opens it.
  await openSaveForm(page);
  // Only a name and a date: no PIN field, no field for the 12-digit number.
  await expect(form.locator('input')).toHaveCount(2);
  await expect(form.locator('input[type="password"], input[inputmode="numeric"]')).toHaveCount(0);

  // Typing and clearing the name leaves the form open (nothing folds it while the person types).
  await form.getByLabel('Name for this checklist').fill('母');
  await form.getByLabel('Name for this checklist').fill('');
  await expect(form.getByLabel('Name for this checklist')).toBeVisible();

  // The dash a Japanese keyboard types between the groups is a separator like any other.
  await form.getByLabel('Name for this checklist').fill('母のマイナンバー 1234ー5678ー9012');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('#cl-save-label-error')).toContainText('12-digit number');
  await form.getByLabel('Name for this checklist').fill('母 PIN 1234');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('#cl-save-label-error')).toContainText('must not contain a PIN');
  // A long paste is not cut silently: it is refused with the limit.
  await form.getByLabel('Name for this checklist').fill('あ'.repeat(500));
  await expect(form.getByLabel('Name for this checklist')).toHaveValue('あ'.repeat(500));
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('#cl-save-label-error')).toContainText('at most 60 characters');

  // The expiry is typed as on the paper: a date that does not exist is refused plainly, and nothing is saved.
  // Optional, so folded under one line.
  await form.locator('.cl-save__date > summary').click();
  const expiry = form.getByLabel('E-certificate expiry date (optional)');
  await expiry.fill('2027');
  await expiry.fill('');
  await expect(expiry).toBeVisible();
  await form.getByLabel('Name for this checklist').fill('母');
  await expiry.fill('2027-02-30');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('#cl-save-expiry-error')).toContainText('year, month and day');
  await expect(expiry).toBeFocused();
  await expect(expiry).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.cl-save__ok')).toHaveCount(0);
  // Full-width digits from a Japanese IME, with 年月日, read as that date.
  await expiry.fill('２０２７年３月３１日');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(form.locator('.cl-save__ok')).toContainText('Saved on this device as “母”.');
  await expect(form.locator('#cl-save-expiry-error')).toHaveCount(0);
  await expect(form.getByRole('link', { name: 'See your saved checklists' })).toHaveAttribute('href', '/?lang=en');

  // Another checklist under the same name: asked, not overwritten.
  await ready(page, '/checklist?city=satte&procedure=pin-reset&applicant=proxy&agent-docs=drivers-license&lang=en');
  await openSaveForm(page);
  await form.getByLabel('Name for this checklist').fill('母');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  const clash = form.locator('.cl-save__clash');
  await expect(clash).toContainText('“母” is already saved on this device, for another checklist.');
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<Array<{ label: string; city: string; held: string[]; expiry?: string }>>((resolve, reject) => {
          const open = indexedDB.open('madoguchi');
          open.onsuccess = () => {
            const tx = open.result.transaction('people', 'readonly');
            const all = tx.objectStore('people').getAll();
            all.onsuccess = () => {
              resolve(all.result);
              open.result.close();
            };
            all.onerror = () => reject(all.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
  expect((await stored()).map((p) => p.city)).toEqual(['ryugasaki']);

  await clash.getByRole('button', { name: 'Choose another name' }).click();
  await expect(form.getByLabel('Name for this checklist')).toBeFocused();
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await clash.getByRole('button', { name: 'Update “母”' }).click();
  await expect(form.locator('.cl-save__ok')).toContainText('“母” now holds this checklist.');
  const people = await stored();
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({ label: '母', city: 'satte', held: ['agent-drivers-license'], expiry: '2027-03-31' });
});

test('save: the printed sheet then says whose it is; before saving it names nobody', async ({ page }) => {
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.cv--print');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-person-name]')).toHaveCount(0);
  await page.emulateMedia({ media: 'screen' });
  const form = page.locator('.cl-save');
  await openSaveForm(page);
  await form.getByLabel('Name for this checklist').fill('母');
  await form.getByRole('button', { name: 'Save on this device' }).click();
  await expect(page).toHaveURL(/person=/);
  await page.emulateMedia({ media: 'print' });
  await expect(sheet.locator('[data-person-name]')).toHaveText('For: 母');
  await expect(sheet.locator('[data-person-name]')).toBeVisible();
});

test('save: a device that cannot store says so plainly, and the checklist still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await ready(page);
  // The store is tried as the form nears the screen.
  await page.locator('.cl-save').scrollIntoViewIfNeeded();
  await expect(page.locator('.cl-save__unavailable')).toContainText('Nothing can be saved on this device in this browser');
  await expect(page.locator('.cl-save form')).toHaveCount(0);
  await page.locator('li.cl-item[data-item="application"] .cl-item__row input').check();
  await expect(page).toHaveURL(/done=card,application/);
});
