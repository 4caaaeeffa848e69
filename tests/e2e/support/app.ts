import { readFileSync } from 'node:fs';
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

/** The languages the tests cover. */
export const LANGS = ['ja', 'en'] as const;

/** A deep link with answers in the query (public contract). */
export const DEEP_LINK = '/checklist?city=ryugasaki&procedure=renewal&applicant=self';

type Json = { [key: string]: Json } | string;

const ROOT = fileURLToPath(new URL('../../../locales/', import.meta.url));
const cache = new Map<string, Json>();

/** A text from locales/<lang>/common.json by dotted key. */
export function common(lang: string, key: string): string {
  let json = cache.get(lang);
  if (!json) {
    json = JSON.parse(readFileSync(path.join(ROOT, lang, 'common.json'), 'utf8')) as Json;
    cache.set(lang, json);
  }
  let node: Json | undefined = json;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${lang}:${key}`);
  return node;
}

/** The document title the shell sets for a page. */
export function pageTitle(lang: string, page: PageName | 'notFound'): string {
  return `${common(lang, `routes.${page}.title`)} | ${common(lang, 'app.name')}`;
}
