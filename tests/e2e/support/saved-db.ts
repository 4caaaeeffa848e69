import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForElement } from './app';
import { fileURLToPath } from 'node:url';
import { DB_NAME, DB_VERSION, PEOPLE_STORE } from '../../../src/storage/migrations';

// Shared by the saved-people browser tests: the texts of saved.json, and direct access to the app's IndexedDB
// in the layout docs/storage.md documents (database `madoguchi`, store `people`, key path `id`).

type Json = { [key: string]: Json } | string;
const LOCALES = fileURLToPath(new URL('../../../locales/', import.meta.url));
const texts = new Map<string, Json>();

/** A text of locales/<lang>/saved.json, with {{placeholders}} filled and _one/_other picked by `count`. */
export function saved(lang: string, key: string, values: Record<string, string | number> = {}): string {
  let json = texts.get(lang);
  if (!json) texts.set(lang, (json = JSON.parse(readFileSync(`${LOCALES}${lang}/saved.json`, 'utf8')) as Json));
  const plural = typeof values.count === 'number' ? (lang === 'en' && values.count === 1 ? '_one' : '_other') : '';
  let node: Json | undefined = json;
  const parts = key.split('.');
  parts.forEach((part, i) => {
    node = typeof node === 'object' ? node[i === parts.length - 1 ? `${part}${plural}` : part] ?? node[part] : undefined;
  });
  if (typeof node !== 'string') throw new Error(`no text ${lang}:${key}`);
  return (node as string)
    .replace(/\{([^{}|]+)\|[^{}]+\}/g, '$1') // furigana markup is the kanji on screen (its <rt> aside)
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/**
 * A saved person as the app stores it (schema version 3, docs/storage.md): a Ryugasaki PIN reset for the cardholder,
 * nothing ticked, at revision 1, unless `over` says otherwise.
 */
export function savedRecord(id: string, label: string, at: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    label,
    city: 'ryugasaki',
    procedure: 'pin-reset',
    applicant: 'self',
    answers: {},
    ticks: [],
    held: [],
    revision: 1,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

/**
 * Scrolls the start page's saved people into view, as a person would: the section's code and the store start only
 * as it nears the screen. Resolves once the app's section has replaced the prerendered stand-in (SavedShell).
 */
export async function showSaved(page: Page): Promise<void> {
  // In one step: the app may swap the section while a locator action waits on it (a reload restores the scroll).
  await page.evaluate(() => document.querySelector('section.saved')?.scrollIntoView());
  await waitForElement(page, 'section.saved:not([data-needs-script])');
}

/**
 * Writes `records` straight into the app's IndexedDB store on the page's origin, creating the database at the app's
 * schema version (docs/storage.md: one store, keyed by id) when it does not exist yet.
 */
export async function putRecords(page: Page, records: unknown[]): Promise<void> {
  await page.evaluate(
    ({ db, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db.name, db.version);
        open.onupgradeneeded = () => open.result.createObjectStore(db.store, { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(db.store, 'readwrite');
          for (const record of records) tx.objectStore(db.store).put(record);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: { name: DB_NAME, version: DB_VERSION, store: PEOPLE_STORE }, records },
  );
}

/**
 * Saves `records` on the device before the app first runs (from a plain file of the same origin, so the app loads
 * once), then opens the start page with its saved people shown.
 */
export async function seed(page: Page, records: unknown[], lang = 'en'): Promise<void> {
  await page.goto('/favicon.svg');
  await putRecords(page, records);
  await page.goto(`/?lang=${lang}`);
  await showSaved(page);
  await waitForElement(page, '[data-saved-status="ready"]');
}

/** Every record in the store, unvalidated, sorted by id. */
export async function records(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('madoguchi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      const request = db.transaction('people').objectStore('people').getAll();
      request.onsuccess = () => resolve(request.result as Array<Record<string, unknown>>);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  });
}
