import { useLocation } from 'preact-iso';
import { useMemo } from 'preact/hooks';

// The URL holds every answer (shareable links, working Back), so pages read and write state through these helpers
// instead of component state. Paths and parameter names are a public contract (README).

/** Every route of the app, by name. Each is prerendered to <path>/index.html. */
export const ROUTES = {
  start: '/',
  checklist: '/checklist',
  counters: '/counters',
  renewal: '/renewal',
} as const;

/** A route's name. */
export type RouteName = keyof typeof ROUTES;

/** '/checklist/' and '/checklist' are the same page. */
export function normalizePath(path: string): string {
  return path.replace(/\/+$/, '') || '/';
}

/** The route name of a path, or undefined for a path that is not a page. */
export function routeName(path: string): RouteName | undefined {
  const p = normalizePath(path);
  return (Object.keys(ROUTES) as RouteName[]).find((name) => ROUTES[name] === p);
}

/** A query value: lists become comma-separated; null, undefined, '' and [] leave the parameter out. */
export type QueryValue = string | number | boolean | readonly string[] | null | undefined;

/** Query parameters by name. */
export type QueryParams = Readonly<Record<string, QueryValue>>;

function encodeValue(value: string): string {
  // Commas separate list values (docs=a,b); they are legal in a query, so keep links readable.
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

function toText(value: QueryValue): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const items = value.filter(Boolean);
  return items.length ? items.join(',') : undefined;
}

/** A link to `path` with these parameters, in the given order: buildHref('/checklist', { city: 'satte' }). */
export function buildHref(path: string, params: QueryParams = {}): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const text = toText(value);
    if (text !== undefined) parts.push(`${encodeURIComponent(name)}=${encodeValue(text)}`);
  }
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/** Options of a navigation. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (e.g. while typing). */
  replace?: boolean;
}

/** The current URL's query and ways to change it. */
export interface QueryApi {
  /** The current path, without a trailing slash. */
  path: string;
  /** The current parameters, one value per name (the last). */
  query: Readonly<Record<string, string>>;
  /** The current parameters as URLSearchParams, every value of a repeated name kept (for parsers such as parseChecklistQuery). */
  params: URLSearchParams;
  /** A link to the current path with `patch` merged into the current parameters (null removes one). */
  href(patch: QueryParams): string;
  /** Merges `patch` into the current parameters and navigates (adds a history entry unless `replace`). */
  set(patch: QueryParams, options?: NavigateOptions): void;
  /** Navigates to another path with these parameters; the `lang` parameter is carried over when present. */
  go(path: string, params?: QueryParams, options?: NavigateOptions): void;
  /**
   * Like set(), but merged into the address as it is at the call, not as this render saw it: for writes made while
   * the page's parts are still hydrating one after another, each of which saw the address of the first render.
   */
  setLatest(patch: QueryParams, options?: NavigateOptions): void;
}

/** Merges a patch into a query: existing parameters keep their order, new ones follow. */
export function mergeQuery(query: Readonly<Record<string, string>>, patch: QueryParams): Record<string, QueryValue> {
  return { ...query, ...patch };
}

/** Reads and writes the URL's query parameters. */
export function useQuery(): QueryApi {
  const { url, path, query, route } = useLocation();
  return useMemo<QueryApi>(
    () => ({
      path,
      query,
      // From the URL itself: `query` keeps one value per name, and check boxes send one `pin` per box.
      params: new URL(url, 'http://x').searchParams,
      href: (patch) => buildHref(path, mergeQuery(query, patch)),
      set: (patch, options) => route(buildHref(path, mergeQuery(query, patch)), options?.replace ?? false),
      go: (to, params = {}, options) =>
        route(buildHref(to, query.lang && !('lang' in params) ? { ...params, lang: query.lang } : params), options?.replace ?? false),
      setLatest: (patch, options) => {
        const now = Object.fromEntries(new URLSearchParams(location.search));
        route(buildHref(location.pathname, mergeQuery(now, patch)), options?.replace ?? false);
      },
    }),
    [url, path, query, route],
  );
}
