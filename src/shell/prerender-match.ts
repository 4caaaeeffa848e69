// The prerendered HTML names the URL it was rendered for in <meta name="madoguchi-prerender">, so the browser can
// tell whether that HTML already is this URL's page (boot.ts, start.tsx). No imports: boot.ts stays tiny.

/** The name of the <meta> that carries the prerendered URL. */
export const PRERENDER_META = 'madoguchi-prerender';

/** The name of the <meta> that carries the prerendered page's language folder ('easy'; <html lang> says 'ja'). */
export const PRERENDER_LANG_META = 'madoguchi-lang';

/** The language (folder name) this document's HTML was prerendered in: its meta, else <html lang>. */
export function prerenderedLang(doc: Document): string {
  return doc.querySelector(`meta[name="${PRERENDER_LANG_META}"]`)?.getAttribute('content') ?? doc.documentElement.lang;
}

/** The URL this document's HTML was prerendered for, or null (e.g. a page the app drew itself). */
export function prerenderedUrl(doc: Document): string | null {
  return doc.querySelector(`meta[name="${PRERENDER_META}"]`)?.getAttribute('content') ?? null;
}

function canonical(url: string): { path: string; query: string } {
  const u = new URL(url, 'http://x');
  // `lang` stays: the app copies it into every link it draws, and hydrate() would keep the HTML's links without it.
  u.searchParams.sort();
  return { path: u.pathname.replace(/\/+$/, '') || '/', query: u.searchParams.toString() };
}

/**
 * True when HTML prerendered for `prerendered` in `prerenderLang` is exactly the page of this URL in `lang`: the
 * same path, the same parameters (answers and an explicit `lang`) in any order, the same language. Only then may the
 * app hydrate it (Preact's hydrate() keeps server attributes).
 */
export function isPrerenderOf(input: {
  prerendered: string | null | undefined;
  pathname: string;
  search: string;
  lang: string;
  prerenderLang: string;
}): boolean {
  if (!input.prerendered || input.lang !== input.prerenderLang) return false;
  const a = canonical(input.prerendered);
  const b = canonical(input.pathname + input.search);
  return a.path === b.path && a.query === b.query;
}
