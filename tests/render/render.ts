import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { stripRuby } from '../../src/i18n/ruby';
import { renderAt } from '../../src/shell/render';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../../src/i18n';
import { cities } from '../../src/cities/registry';
import { APPLICANTS, FACTS, PROCEDURES } from '../../src/cities/vocabulary';

// The app's own pages rendered in Node through the build's render (src/main.tsx renderAt), parsed with linkedom so a
// test can query them like a browser's DOM. What a page says is a function of its URL: this is where it is checked.

/** A rendered page: its HTML, a document to query, and its visible text with whitespace collapsed. */
export interface RenderedPage {
  html: string;
  document: Document;
  text: string;
}

// The same URL is rendered by several test files (lists, summaries, audits, readings): within a worker, the app's
// HTML for a URL at a given minute is rendered once. Each caller still gets a document of its own to query or change.
const rendered = new Map<string, string>();
const texts = new Map<string, string>();

/** Renders `path` (with its query) as the prerenderer would, in the URL's `lang` or the default language. */
export async function renderPage(path: string): Promise<RenderedPage> {
  const url = new URL(path, 'http://localhost');
  const lang = url.searchParams.get('lang') ?? DEFAULT_LANGUAGE;
  // Pages that show the time (counters, renewal) depend on the clock, which some tests set.
  const key = `${path}|${Math.floor(Date.now() / 60_000)}`;
  let html = rendered.get(key);
  if (html === undefined) {
    // The prerenderer points `location` at the page it renders; the app's router reads it.
    (globalThis as { location?: unknown }).location = url;
    html = (await renderAt(url, lang)).html;
    rendered.set(key, html);
  }
  const page = (markup: string) => parseHTML(`<!doctype html><html lang="${lang}"><head></head><body><div id="app">${markup}</div></body></html>`).document;
  const document = page(html);
  const shown = html;
  return {
    html,
    document: document as unknown as Document,
    // Most callers query the document: the whole page's text is worked out when asked, once per URL (from HTML of
    // its own, since a caller may change its document).
    get text() {
      let text = texts.get(key);
      if (text === undefined) {
        // Readings left out as textOf() leaves them out; <rt> never nests, so the HTML can lose them before parsing.
        text = textOf(page(shown.replace(/<rt\b[^>]*>[\s\S]*?<\/rt>/g, '')).body as unknown as Element);
        texts.set(key, text);
      }
      return text;
    },
  };
}

/**
 * An element's text with whitespace collapsed (what a reader sees, ignoring layout). Furigana (<rt>) is left out:
 * the text is read along its base, so "(照会書兼回答書)" stays what a test looks for, whatever reading it carries.
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let text = el.textContent ?? '';
  if (el.querySelector('rt')) {
    const copy = el.cloneNode(true) as Element;
    for (const rt of copy.querySelectorAll('rt')) rt.remove();
    text = copy.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
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

const STEPS = ['city', 'procedure', 'applicant', 'pin', 'other-pin', 'current-pin', 'certs-valid', 'smartphone', 'route', 'review'];

/** Every kind of page, discovered from the data, the steps and the facts. */
function everyPage(): string[] {
  const list = ['/', '/checklist', '/counters', '/renewal', '/renewal?expiry=2027-06-15', '/renewal?birth=1990-05-01&issued=2021-05-10'];
  list.push('/renewal?expiry=2020-01-01', '/renewal?stay=fixed', '/renewal?stay-until=2027-03-01', '/no-such-page');
  for (const city of CITIES) {
    list.push(`/counters?city=${city}`, `/counters?city=${city}&date=2026-11-22`);
    for (const procedure of PROCS) list.push(`/counters?city=${city}&procedure=${procedure}`);
    for (const procedure of PROCS)
      for (const applicant of APPS)
        list.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}`, `/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}&view=counter`);
    for (const ask of STEPS) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=self&ask=${ask}`);
    list.push(`/checklist?city=${city}&procedure=pin-change&applicant=self&ask=current-pin`);
    for (const ask of Object.keys(FACTS)) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=legal-rep&ask=${ask}`);
  }
  list.push('/checklist?city=%3Cscript%3E&procedure=x', `/checklist?city=${'x'.repeat(3000)}`);
  return list;
}

/** Every kind of page rendered in `lang`, one at a time, with the URL it was rendered for. */
export async function* everyPageIn(lang: string): AsyncGenerator<RenderedPage & { url: string }> {
  for (const path of everyPage()) {
    const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
    yield { ...(await renderPage(url)), url };
  }
}

/** A locale file's texts as a page shows them: furigana markup ({漢字|かんじ}) reduced to the kanji, as textOf reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- locale files are free-form JSON
export function localeTexts(lang: string, file: string): any {
  return JSON.parse(stripRuby(readFileSync(join(__dirname, `../../locales/${lang}/${file}`), 'utf8')));
}
