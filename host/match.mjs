// Which `_redirects` rule answers a URL: the one matcher of the host rewrites, used by `vite preview`, the benchmark's
// server and the service worker (src/pwa/sw.ts), so a contract URL gets the same prerendered snapshot from each.
// No Node imports: it is bundled into the service worker.

/** @typedef {{ from: string, query: Record<string, string>, to: string, status: number, force: boolean }} RedirectRule */

/**
 * Only status-200 rules are rewrites; redirects are the browser's business, so they never match here.
 * @param {RedirectRule[]} rules
 * @param {string} pathname
 * @param {string} search
 * @returns {string | undefined}
 */
export function findRewrite(rules, pathname, search) {
  const path = trimSlash(pathname);
  // Last value wins for a repeated parameter, as Object.fromEntries does.
  const params = Object.fromEntries(new URLSearchParams(search));
  const rule = rules.find(
    (r) =>
      r.status === 200 &&
      trimSlash(r.from) === path &&
      Object.entries(r.query).every(([key, value]) => Object.hasOwn(params, key) && params[key] === value),
  );
  return rule?.to;
}

/** @param {string} path */
export function trimSlash(path) {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}
