// A static host cannot see the query, so `/checklist?city=…` is one HTML file for every checklist and its list is
// drawn by script. For the first paint to be the right page in the right language, the build also prerenders
// snapshots: each route's answer-less page in every language but the default one (whose pages are the routes' own
// HTML), and each checklist's answer-less state (city, procedure, applicant; every conditional item with its
// condition) in every language. One list of rules, made here, answers a contract URL with its snapshot: written as
// `_redirects` for hosts, and read by the service worker (src/pwa/sw.ts) with the same matcher (host/match.mjs).
// The URL in the browser never changes: snapshots are an implementation detail, not a route.

import { resolveLanguageIn } from '../i18n/language.ts';

/** The folder of prerendered snapshots. */
export const SNAPSHOT_ROOT = '/variants';

/** One prerendered page: a language and a route, and for a checklist the three answers that pick the list. */
export interface Snapshot {
  lang: string;
  /** The route's path: '/', '/checklist', '/counters', '/renewal'. */
  route: string;
  /** For a checklist's list: the three answers. */
  answers?: { city: string; procedure: string; applicant: string };
}

/** A `_redirects` rule (Netlify format): answer `from` + query with the file at `to`, URL unchanged. */
export interface SnapshotRule {
  from: string;
  query: Record<string, string>;
  to: string;
  status: 200;
  force: true;
}

const SEGMENT = /^[a-z0-9-]+$/;
const CHECKLIST = '/checklist';

/** The snapshot's path: /variants/<lang><route>, plus /<city>/<procedure>/<applicant> for a checklist's list. */
export function snapshotPath(s: Snapshot): string {
  const a = s.answers;
  const route = s.route === '/' ? '' : s.route;
  return `${SNAPSHOT_ROOT}/${s.lang}${route}${a ? `/${a.city}/${a.procedure}/${a.applicant}` : ''}`;
}

/** The snapshot a path names (with or without a trailing slash or index.html), or undefined. */
export function parseSnapshotPath(path: string): Snapshot | undefined {
  const parts = path.replace(/\/index\.html$/, '').replace(/\/+$/, '').split('/').slice(1);
  if (`/${parts[0]}` !== SNAPSHOT_ROOT || !parts.slice(1).every((s) => SEGMENT.test(s))) return undefined;
  const [lang, route, city, procedure, applicant, ...rest] = parts.slice(1);
  if (!lang || rest.length) return undefined;
  if (route === undefined) return { lang, route: '/' };
  if (city === undefined) return { lang, route: `/${route}` };
  if (`/${route}` !== CHECKLIST || !procedure || !applicant) return undefined;
  return { lang, route: CHECKLIST, answers: { city, procedure, applicant } };
}

/** The public URL a snapshot renders: `lang` is named only when it is not the default language. */
export function snapshotUrl(s: Snapshot, defaultLang: string): string {
  const q = new URLSearchParams(s.answers);
  if (s.lang !== defaultLang) q.set('lang', s.lang);
  const query = q.toString();
  return query ? `${s.route}?${query}` : s.route;
}

/**
 * Every snapshot to prerender: each route in each language but the default, each language × city × procedure ×
 * applicant's checklist.
 */
export function listSnapshots(input: {
  langs: readonly string[];
  defaultLang: string;
  routes: readonly string[];
  cities: readonly string[];
  procedures: readonly string[];
  applicants: readonly string[];
}): Snapshot[] {
  const pages = input.langs
    .filter((lang) => lang !== input.defaultLang)
    .flatMap((lang) => input.routes.map((route) => ({ lang, route })));
  const lists = input.langs.flatMap((lang) =>
    input.cities.flatMap((city) =>
      input.procedures.flatMap((procedure) =>
        input.applicants.map((applicant) => ({ lang, route: CHECKLIST, answers: { city, procedure, applicant } })),
      ),
    ),
  );
  return [...pages, ...lists];
}

/**
 * The rewrites for the snapshots. First match wins and extra parameters (answers, ticks) are allowed, so a
 * checklist's rules come before its route's, and the rules naming a language before the default language's
 * checklist rules, which name none and catch the rest.
 */
export function snapshotRules(snapshots: readonly Snapshot[], defaultLang: string): SnapshotRule[] {
  const rule = (s: Snapshot): SnapshotRule => {
    const query: Record<string, string> = {};
    if (s.lang !== defaultLang) query.lang = s.lang;
    Object.assign(query, s.answers);
    return { from: s.route, query, to: `${snapshotPath(s)}/index.html`.replace('//', '/'), status: 200, force: true };
  };
  const rank = (s: Snapshot) => (s.answers ? (s.lang !== defaultLang ? 0 : 1) : 2);
  return [...snapshots].sort((a, b) => rank(a) - rank(b)).map(rule);
}

/**
 * The URL a snapshot is looked up for: one without `lang` is shown by the app in the remembered language, else the
 * browser's (src/i18n/language.ts), so it names that language and gets its snapshot, not the default language's
 * page the app would then redraw. The languages are those the rules have snapshots for.
 */
export function withShownLanguage(
  url: URL,
  rules: ReadonlyArray<{ to: string }>,
  person: { stored?: string | null; browser?: readonly string[] },
): URL {
  if (url.searchParams.has('lang')) return url;
  const langs = new Set(rules.flatMap((r) => parseSnapshotPath(r.to)?.lang ?? []));
  const lang = resolveLanguageIn(person, langs, '');
  if (!lang) return url;
  const shown = new URL(url);
  shown.searchParams.set('lang', lang);
  return shown;
}
