import i18next, { type TFunction } from 'i18next';
import { fromValues } from './locale-values';
import { LANG_STORAGE_KEY, browserLanguage, matchLanguageIn, mirrorLanguage, resolveLanguageIn } from './language';

// Languages are discovered from the locale folders, so adding a language is one new folder with no code change.
// Only each language's name and <html lang> tag are bundled (the `language` section of its common.json, through
// ./vite-plugin.ts): the language menu names every language in itself. All of a language's namespaces, common.json
// included, are loaded together before that language is shown, and the build puts them in one chunk
// (vite.config.ts). The service worker precaches all chunks, so every language works offline.

type Resources = Record<string, unknown>;

/** What the shell knows of a language before its texts load: its name in itself and its BCP 47 tag. */
interface LanguageSection {
  name?: string;
  tag?: string;
}

const sectionFiles = import.meta.glob<LanguageSection>('/locales/*/common.json', {
  eager: true,
  query: '?language',
  import: 'default',
});
const lazyFiles = import.meta.glob<Resources | unknown[]>('/locales/*/**/*.json', { import: 'default' });

/** A language code, the name of a folder under locales/ (e.g. 'ja', 'en', 'easy'). */
export type Lang = string;

/** The namespace that holds the shell's text. */
export const COMMON_NS = 'common';

/** The language of the prerendered HTML and the last resort of every fallback. */
export const DEFAULT_LANGUAGE: Lang = 'ja';

/** The language memory's localStorage key lives with the language choice (./language.ts), shared with the service worker's mirror. */
export { LANG_STORAGE_KEY } from './language';

/** Splits '/locales/<lang>/<ns>.json' into its language and namespace (namespaces may be nested: 'cities/satte'). */
export function parseLocalePath(path: string): { lang: Lang; ns: string } | undefined {
  const m = /\/locales\/([^/]+)\/(.+)\.json(?:\?.*)?$/.exec(path);
  return m ? { lang: m[1]!, ns: m[2]! } : undefined;
}

const sections = new Map<Lang, LanguageSection>();
for (const [path, section] of Object.entries(sectionFiles)) {
  const parsed = parseLocalePath(path);
  if (parsed) sections.set(parsed.lang, section);
}

const lazyByLang = new Map<Lang, Array<{ ns: string; load: () => Promise<Resources | unknown[]> }>>();
for (const [path, load] of Object.entries(lazyFiles)) {
  const parsed = parseLocalePath(path);
  if (!parsed) continue;
  const list = lazyByLang.get(parsed.lang) ?? [];
  list.push({ ns: parsed.ns, load });
  lazyByLang.set(parsed.lang, list);
}

/** Every language with a common.json, the default language first, then by code. */
export const LANGUAGES: readonly Lang[] = [...sections.keys()].sort((a, b) =>
  a === DEFAULT_LANGUAGE ? -1 : b === DEFAULT_LANGUAGE ? 1 : a.localeCompare(b),
);

const LANGUAGE_SET: ReadonlySet<Lang> = new Set(LANGUAGES);

/** Every namespace found in any language folder, sorted. */
export const NAMESPACES: readonly string[] = [
  ...new Set([COMMON_NS, ...[...lazyByLang.values()].flatMap((list) => list.map((x) => x.ns))]),
].sort();

/** The language's BCP 47 tag for <html lang> and lang attributes ('zh-Hans'; 'ja' for easy Japanese): its
 * common.json `language.tag`, else the folder name. */
export function languageTag(lang: Lang): string {
  return sections.get(lang)?.tag || lang;
}

/** The language's name in itself ('日本語', 'English'), from its common.json, known before its texts load. */
export function languageName(lang: Lang): string {
  return sections.get(lang)?.name || lang;
}

/** The i18next instance of the app; components use useT() rather than this. */
export const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // No silent fallback to another language: tests/unit/i18n checks every key exists in every language.
  fallbackLng: false,
  ns: [...NAMESPACES],
  defaultNS: COMMON_NS,
  // Preact escapes text; escaping here would show entities on screen.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
  // A key with no text shows as ⟦ns:key⟧: plainly a gap on screen, and what the render tests look for.
  parseMissingKeyHandler: (key: string, defaultValue?: string) => defaultValue ?? `⟦${key}⟧`,
  resources: {},
});

const loading = new Map<Lang, Promise<void>>();
const loaded = new Set<Lang>();
for (const lang of LANGUAGES) if (!lazyByLang.has(lang)) loaded.add(lang);

/** True for a code that has a locale folder. */
export function isLanguage(code: unknown): code is Lang {
  return typeof code === 'string' && sections.has(code);
}

/** Maps a tag such as 'en-US', 'JA' or 'ja_JP' to a supported language, if there is one. */
export function matchLanguage(tag: string | null | undefined): Lang | undefined {
  return matchLanguageIn(tag, LANGUAGE_SET);
}

/** True when every namespace of the language is in memory, so it can render without waiting. */
export function isLanguageLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads every namespace of a language (all its files, cities included); resolves at once when already loaded. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (!isLanguage(lang)) return Promise.reject(new Error(`unknown language: ${lang}`));
  if (loaded.has(lang)) return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    const files = lazyByLang.get(lang) ?? [];
    const trees = import('virtual:madoguchi-locale-shapes').then((m) => m.default);
    p = Promise.all(
      files.map(async ({ ns, load }) => {
        // A namespace is bundled as its texts in its key tree's order (./locale-values.ts); the glossary as itself.
        const [bundled, tree] = await Promise.all([load(), trees]);
        const resources = Array.isArray(bundled) && tree[ns] ? fromValues(tree[ns], bundled) : bundled;
        // A namespace arrives whole, once: no deep merge into what is there, and no copy (i18next would clone it
        // through JSON, for nothing: nobody writes to these objects).
        i18n.addResourceBundle(lang, ns, resources, false, true, { silent: false, skipCopy: true });
      }),
    ).then(
      () => {
        loaded.add(lang);
      },
      (error: unknown) => {
        // Let a later attempt retry (e.g. once back online when the chunk was not yet cached).
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

const boundT = new Map<string, TFunction>();

/**
 * i18next's t() bound to one language and namespace (default 'common'); other namespaces by 'ns:key'. One function
 * per language and namespaces, so components that ask with the same arguments get the same function (a stable
 * dependency for their memos).
 */
export function getT(lang: Lang, ns: string | readonly string[] = COMMON_NS): TFunction {
  const namespaces = typeof ns === 'string' ? [ns] : [...ns];
  const id = `${lang}\n${namespaces.join('\n')}`;
  let t = boundT.get(id);
  if (!t) {
    t = i18n.getFixedT(lang, namespaces.length === 1 ? namespaces[0]! : namespaces);
    boundT.set(id, t);
  }
  return t;
}

/** Picks the language to show: URL 'lang' wins, then the remembered choice, then the browser's, then English. */
export function resolveLanguage(input: { url?: string | null; stored?: string | null; browser?: readonly string[] }): Lang {
  return resolveLanguageIn(input, LANGUAGE_SET, DEFAULT_LANGUAGE);
}

/** Remembers a language choice (and mirrors it for the service worker); silently does nothing where storage is blocked. */
export function storeLanguage(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Private modes may refuse storage; the URL still carries the language.
  }
  void mirrorLanguage(lang);
}

/** The language for this page load in the browser (URL, memory, browser settings). */
export function initialLanguage(): Lang {
  if (typeof window === 'undefined') return DEFAULT_LANGUAGE;
  return browserLanguage(LANGUAGE_SET, DEFAULT_LANGUAGE);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Options for formatDate. */
export interface FormatDateOptions {
  /** Adds the day of the week (e.g. '(火)' / 'Tue'), useful for visit dates. */
  weekday?: boolean;
  /** False for a near date or a yearly one (a month and a day: '29 Dec' / '12月29日'). Default true. */
  year?: boolean;
}

/**
 * Formats a calendar date 'YYYY-MM-DD' for a language, from the patterns and names in its common.json ('dates').
 * Not Intl: building the first Intl.DateTimeFormat loads the locale's data, the longest single step of a checklist's
 * hydration, and Node's and the browser's data may word a date differently. Anything that is not a valid date is
 * returned unchanged.
 */
export function formatDate(iso: string, lang: Lang, options: FormatDateOptions = {}): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2025-02-30 over to March; such input is not a calendar date.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return iso;
  const kind = `${options.year === false ? 'short' : 'long'}${options.weekday ? 'Weekday' : ''}`;
  const dates = i18n.getResource(lang, COMMON_NS, 'dates') as Resources | undefined;
  const pattern = dates?.[kind];
  if (typeof pattern !== 'string') return iso;
  const names = (list: string) => (Array.isArray(dates?.[list]) ? (dates[list] as unknown[]) : []);
  const values: Record<string, unknown> = {
    year: y,
    day: d,
    monthName: names('monthNames')[mo - 1],
    monthShortName: names('monthShortNames')[mo - 1],
    weekday: names('weekdayShortNames')[date.getUTCDay()],
  };
  return pattern.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}
