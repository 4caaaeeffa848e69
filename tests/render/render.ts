import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { stripRuby } from '../../src/i18n/ruby';
import { renderAt } from '../../src/shell/render';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n';
import { cities } from '../../src/cities/registry';
import { APPLICANTS, PROCEDURES } from '../../src/cities/vocabulary';

// The app's own pages rendered in Node through the build's render (src/main.tsx renderAt), parsed with linkedom so a
// test can query them like a browser's DOM. What a page says is a function of its URL: this is where it is checked.

/** A rendered page: its HTML, a document to query, and its visible text with whitespace collapsed. */
export interface RenderedPage {
  html: string;
  document: Document;
  text: string;
}

/** Renders `path` (with its query) as the prerenderer would, in the URL's `lang` or the default language. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const url = new URL(path, 'http://localhost');
  // The prerenderer points `location` at the page it renders; the app's router reads it.
  (globalThis as { location?: unknown }).location = url;
  const lang = url.searchParams.get('lang') ?? DEFAULT_LANGUAGE;
  const { html } = await renderAt(url, lang);
  const { document } = parseHTML(`<!doctype html><html lang="${lang}"><head></head><body><div id="app">${html}</div></body></html>`);
  return { html, document: document as unknown as Document, text: textOf(document.body as unknown as Element) };
}

/** An element's text with whitespace collapsed (what a reader sees, ignoring layout), furigana (<rt>) left out. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const rt of copy.querySelectorAll('rt, rp')) rt.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every language, city, procedure and applicant, discovered from the data and the locale folders. */
export const LANGS: readonly string[] = LANGUAGES;
/** Every city id with a data file. */
export const CITIES: readonly string[] = cities.ids;
/** Every procedure. */
export const PROCS = PROCEDURES;
/** Every applicant. */
export const APPS = APPLICANTS;

/** Every checklist URL of the public contract: city × procedure × applicant × language. */
export function everyChecklist(): Array<{ city: string; procedure: string; applicant: string; lang: string; path: string }> {
  return CITIES.flatMap((city) =>
    PROCS.flatMap((procedure) =>
      APPS.flatMap((applicant) =>
        LANGS.map((lang) => ({ city, procedure, applicant, lang, path: `/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}&lang=${lang}` })),
      ),
    ),
  );
}

/** A locale file's texts as a page shows them: furigana markup ({漢字|かんじ}) reduced to the kanji, as textOf reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- locale files are free-form JSON
export function localeTexts(lang: string, file: string): any {
  return JSON.parse(stripRuby(readFileSync(join(__dirname, `../../locales/${lang}/${file}`), 'utf8')));
}
