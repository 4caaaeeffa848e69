import { type Locator, type Page, type Response } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// What the tests know about the app: its pages, languages and shell texts (read from the locale files, so the
// tests follow the words instead of repeating them).

/** Every prerendered page, by route name. */
export const PAGES = {
  start: '/',
  checklist: '/checklist',
  counters: '/counters',
  renewal: '/renewal',
} as const;

/** A route name. */
export type PageName = keyof typeof PAGES;

/** The languages the tests cover: every folder of locales/, so a new language is scanned with no test edit. */
export const LANGS: readonly string[] = readdirSync(fileURLToPath(new URL('../../../locales/', import.meta.url)), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The <html lang> of a language: its common.json language.tag (easy Japanese is "ja"). */
export function langTag(lang: string): string {
  return common(lang, 'language.tag');
}

/** A deep link with answers in the query (public contract). */
export const DEEP_LINK = '/checklist?city=ryugasaki&procedure=renewal&applicant=self';

type Json = { [key: string]: Json } | string | string[];

const ROOT = fileURLToPath(new URL('../../../locales/', import.meta.url));
const cache = new Map<string, Json>();

/** A text from locales/<lang>/<ns>.json by dotted key, as written ({{placeholders}} left in). */
function rawText(lang: string, ns: string, key: string): string {
  const file = `${lang}/${ns}`;
  let json = cache.get(file);
  if (!json) {
    json = JSON.parse(readFileSync(path.join(ROOT, `${file}.json`), 'utf8')) as Json;
    cache.set(file, json);
  }
  let node: Json | undefined = json;
  for (const part of key.split('.')) node = node && typeof node === 'object' && !Array.isArray(node) ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${file}:${key}`);
  // As shown to the accessibility tree and in titles: furigana ({漢字|かんじ}) is the kanji (its <rt> is aria-hidden).
  return node.replace(/\{([^{}|]+)\|[^{}]+\}/g, '$1');
}

/** A text from locales/<lang>/<ns>.json by dotted key, with {{placeholders}} filled (missing ones empty). */
export function localeText(lang: string, ns: string, key: string, values: Record<string, string | number> = {}): string {
  return rawText(lang, ns, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A text from locales/<lang>/common.json by dotted key, as written ({{placeholders}} left in). */
export function common(lang: string, key: string): string {
  return rawText(lang, 'common', key);
}

/** The document title the shell sets for a page. */
export function pageTitle(lang: string, page: PageName | 'notFound'): string {
  return `${common(lang, `routes.${page}.title`)} | ${common(lang, 'app.name')}`;
}

/** Waits until the app has taken over the page (html[data-app=live]: every part hydrated), so input reaches the app. */
export async function waitForApp(page: Page): Promise<void> {
  await waitForElement(page, 'html[data-app="live"]');
}

/**
 * Waits until `selector` matches, checked every frame: a locator assertion backs off to half-second polls, which
 * adds up over the waits every test makes for the app and its store.
 */
export async function waitForElement(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { polling: 'raf' });
}

/** Opens `url` and waits until the app has taken over, so that what the test does next reaches the app. */
export async function gotoApp(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForApp(page);
  return response;
}

/**
 * Moves to `url` within the running app, as a link or Back would (History API), and waits until the page has drawn
 * it: one heading, and nothing still loading (a page whose city, code or language is on its way says so with
 * aria-busy). Costs the page's own rendering, not a page load.
 */
export async function visitInApp(page: Page, url: string): Promise<void> {
  // The router renders the new page (or its loading state) in a microtask; after a frame it is on screen.
  await page.evaluate(async (u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise(requestAnimationFrame);
  }, url);
  // Checked every frame (a locator assertion would back off to half-second polls).
  await page.waitForFunction(
    () => document.querySelectorAll('main h1').length === 1 && !document.querySelector('main .cl[aria-busy], main .flow--loading'),
    null,
    { polling: 'raf' },
  );
}

/** An element's text as read, furigana (<rt>) left out, whitespace collapsed. */
export function shownText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const rt of copy.querySelectorAll('rt')) rt.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Opens a checklist's save form as a resident does, with the Save action at the top of the list. */
export async function openSaveForm(page: Page): Promise<void> {
  await page.locator('.cl-actions a[href="#cl-save"]').click();
  await page.locator('#cl-save-label').waitFor({ state: 'visible' });
}
