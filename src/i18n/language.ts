// Which language to show (the URL, the remembered choice, the browser's), and the choice mirrored for the service
// worker, which imports this module too: no i18next here, so the languages are passed in.

/** localStorage key of the language the person chose. */
export const LANG_STORAGE_KEY = 'madoguchi.lang';

/**
 * Where the remembered choice is mirrored for the service worker, which cannot read localStorage: a Cache Storage
 * entry, so that a URL without `lang` is answered with that language's snapshot (src/pwa/sw.ts).
 */
export const MIRROR = { cache: 'madoguchi-language', key: '/remembered-language' };

/** Mirrors the remembered choice where the service worker can read it; does nothing where Cache Storage is missing. */
export async function mirrorLanguage(lang: string): Promise<void> {
  try {
    await (await globalThis.caches?.open(MIRROR.cache))?.put(MIRROR.key, new Response(lang));
  } catch {
    // Storage refused: the service worker then follows the browser's language, as the app does without a choice.
  }
}

/** The remembered choice as mirrored for the service worker, or null. */
export async function mirroredLanguage(): Promise<string | null> {
  try {
    return (await (await globalThis.caches?.open(MIRROR.cache))?.match(MIRROR.key))?.text() ?? null;
  } catch {
    return null;
  }
}

/** Maps a tag such as 'en-US', 'JA' or 'ja_JP' to one of `languages`, if there is one. */
export function matchLanguageIn(tag: string | null | undefined, languages: ReadonlySet<string>): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary && languages.has(primary) ? primary : undefined;
}

/**
 * Picks the language to show: URL 'lang' wins, then the remembered choice, then the browser's, then English
 * (else `fallback`).
 */
export function resolveLanguageIn(
  input: { url?: string | null; stored?: string | null; browser?: readonly string[] },
  languages: ReadonlySet<string>,
  fallback: string,
): string {
  const fromUrl = matchLanguageIn(input.url, languages);
  if (fromUrl) return fromUrl;
  const fromStorage = matchLanguageIn(input.stored, languages);
  if (fromStorage) return fromStorage;
  for (const tag of input.browser ?? []) {
    const match = matchLanguageIn(tag, languages);
    if (match) return match;
  }
  // A browser in neither language most likely belongs to a foreign resident: English reads for more of them.
  return languages.has('en') ? 'en' : fallback;
}

/** The remembered language choice, if storage is available. */
export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language this page load shows in the browser (URL, memory, browser settings), among `languages`. */
export function browserLanguage(languages: ReadonlySet<string>, fallback: string): string {
  return resolveLanguageIn(
    {
      url: new URLSearchParams(window.location.search).get('lang'),
      stored: readStoredLanguage(),
      browser: navigator.languages?.length ? navigator.languages : [navigator.language],
    },
    languages,
    fallback,
  );
}
