import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { DB_NAME, DB_VERSION, PEOPLE_STORE } from '../../src/storage/migrations';
import { checkPersonRecord } from '../../src/storage/person-record';
import { common, openSaveForm } from './support/app';
import { waitForServiceWorkerControl } from './support/pwa';
import { putRecords, showSaved } from './support/saved-db';
import { startStaticServer, type StaticServer } from './support/static-server';
import { makeVersion } from './support/versions';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Two versions of the app made from the one build under test (support/versions.ts); the server swaps v1 for v2 while
// the page is open. The person sees a banner, chooses to reload, and finds their answers (and saved people) where
// they left them. Which version a page came from is its <html data-e2e-version>.

const V1 = 'dist-e2e-v1';
const V2 = 'dist-e2e-v2';
const ANSWERS = '/checklist?city=satte&procedure=pin-reset&applicant=proxy&pin=signature&lang=en';



let server: StaticServer;

test.beforeAll(async () => {
  makeVersion('dist', V1, 'e2e-v1');
  makeVersion('dist', V2, 'e2e-v2');
  server = await startStaticServer(V1);
});

/** The version the page's document came from. */
const version = (page: import('@playwright/test').Page) => page.locator('html');

test.afterAll(async () => {
  await server?.close();
  for (const dir of [V1, V2]) rmSync(dir, { recursive: true, force: true });
});


/** A saved person as src/storage writes it (checked against its validator, so the shape stays current). */
function savedPerson() {
  const now = Date.UTC(2026, 10, 24);
  const record = {
    id: randomUUID(),
    label: '母',
    city: 'satte',
    procedure: 'pin-reset',
    applicant: 'proxy',
    answers: { household: 'same' },
    ticks: [],
    held: [],
    expiry: '2027-05-31',
    revision: 1,
    createdAt: now,
    updatedAt: now,
  };
  const checked = checkPersonRecord(record);
  if (!checked.ok) throw new Error(`test record no longer valid: ${checked.issues.join('; ')}`);
  return record;
}

const db = { name: DB_NAME, version: DB_VERSION, store: PEOPLE_STORE };

/** Reads every record of the app's IndexedDB store. */
async function readPeople(page: import('@playwright/test').Page): Promise<unknown[]> {
  return page.evaluate(
    (db) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(db.name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains(db.store)) return resolve([]);
          const req = open.result.transaction(db.store).objectStore(db.store).getAll();
          req.onsuccess = () => (open.result.close(), resolve(req.result));
          req.onerror = () => reject(req.error);
        };
      }),
    db,
  );
}

async function openV1AndPublishV2(
  page: import('@playwright/test').Page,
  context: import('@playwright/test').BrowserContext,
  people: unknown[] = [],
) {
  await page.goto(server.url + ANSWERS);
  await waitForServiceWorkerControl(page);
  await putRecords(page, people);
  await expect(version(page)).toHaveAttribute('data-e2e-version', 'e2e-v1');
  server.setRoot(V2);
  // Coming back online is one of the app's update triggers (besides the hourly check).
  await context.setOffline(true);
  await context.setOffline(false);
  const banner = page.locator('[data-update-banner]');
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ has: banner })).toHaveCount(1);
  await expect(banner).toContainText(common('en', 'update.message'));
  return banner;
}

test('a new version is offered in every tab; "Later" keeps it and what was typed; "Reload" updates only its own tab, keeping the answers and the saved people', async ({
  page,
  context,
}) => {
  const person = savedPerson();
  const banner = await openV1AndPublishV2(page, context, [person]);
  // A second tab of the old version, with a name typed into the save form and not saved.
  const other = await context.newPage();
  await other.goto(server.url + ANSWERS);
  await waitForServiceWorkerControl(other);
  const otherBanner = other.locator('[data-update-banner]');
  await expect(otherBanner).toContainText(common('en', 'update.message'), { timeout: 15_000 });
  await openSaveForm(other);
  const field = other.getByLabel('Name for this checklist');
  await field.fill('母のメモ');
  await other.evaluate(() => Object.assign(window, { __sameDocument: true }));
  await otherBanner.getByRole('button', { name: common('en', 'update.later') }).click();
  await expect(otherBanner).toHaveCount(0);
  await expect(version(other)).toHaveAttribute('data-e2e-version', 'e2e-v1');

  await banner.getByRole('button', { name: common('en', 'update.reload') }).click();
  await expect(version(page)).toHaveAttribute('data-e2e-version', 'e2e-v2', { timeout: 15_000 });
  expect(page.url()).toBe(server.url + ANSWERS);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-update-banner]')).toHaveCount(0);
  expect(await readPeople(page)).toEqual([person]);

  // The new version took over the other tab too: it says so, and that tab was not reloaded.
  await expect(otherBanner).toContainText(common('en', 'update.elsewhere'), { timeout: 15_000 });
  expect(await other.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect(field).toHaveValue('母のメモ');
  await expect(version(other)).toHaveAttribute('data-e2e-version', 'e2e-v1');
  // Its own Reload then updates it at once (nothing is waiting any more).
  await otherBanner.getByRole('button', { name: common('en', 'update.reload') }).click();
  await expect(version(other)).toHaveAttribute('data-e2e-version', 'e2e-v2', { timeout: 15_000 });

  // And the start page of the new version still lists the saved people.
  await page.goto(`${server.url}/?lang=en`);
  await showSaved(page);
  await expect(page.locator(`[data-person-id="${person.id}"]`)).toContainText(person.label);
});
