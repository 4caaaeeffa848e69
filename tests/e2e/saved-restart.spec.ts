import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import config from '../../playwright.config';
import { showSaved } from './support/saved-db';

// Saved people must survive closing the browser: the same profile (user data dir) is opened twice, in two
// separate browser processes launched exactly as playwright.config.ts launches its own.

const baseURL = config.use?.baseURL;
const launch = config.use?.launchOptions ?? {};

const PERSON = {
  id: '0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e',
  label: '母',
  city: 'ryugasaki',
  procedure: 'renewal',
  applicant: 'legal-rep',
  answers: { dependent: 'adult-ward' },
  ticks: ['notification-letter'],
  held: ['passport'],
  expiry: '2027-01-31',
  revision: 1,
  createdAt: 1_790_000_000_000,
  updatedAt: 1_790_000_000_000,
};

function openProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: launch.executablePath,
    args: launch.args,
    baseURL,
    serviceWorkers: 'allow',
  });
}

async function page(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'madoguchi-profile-'));
});
test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('a saved person, renamed in the app, is still there after the browser is closed and started again', async () => {
  let context = await openProfile(dir);
  let tab = await page(context);
  await tab.goto('/?lang=en');
  await showSaved(tab);
  await expect(tab.locator('[data-saved-status="ready"]')).toBeAttached();
  await tab.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('madoguchi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('people', 'readwrite');
    tx.objectStore('people').put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, PERSON);
  await tab.reload();
  await showSaved(tab);
  // A write through the app itself: rename.
  await tab.getByRole('button', { name: /^Rename/ }).click();
  await tab.locator('.saved-rename input').fill('お母さん');
  await tab.locator('.saved-rename input').press('Enter');
  await expect(tab.getByRole('heading', { name: 'お母さん', exact: true })).toBeVisible();
  await context.close();

  context = await openProfile(dir);
  tab = await page(context);
  await tab.goto('/?lang=en');
  await showSaved(tab);
  await expect(tab.locator('.saved-person h3')).toHaveText(['お母さん']);
  await expect(tab.locator('.saved-person [data-open-checklist]')).toHaveAttribute(
    'href',
    `/checklist?city=ryugasaki&procedure=renewal&applicant=legal-rep&dependent=adult-ward&docs=passport&done=notification-letter&person=${PERSON.id}&lang=en`,
  );
  await expect(tab.locator('.saved-person time').first()).toHaveAttribute('datetime', '2027-01-31');
  await context.close();
});
