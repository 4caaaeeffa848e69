// Netlify / Cloudflare Pages `_headers`, for `vite preview` (npm start): the same response headers (the CSP with
// frame-ancestors, nosniff, Referrer-Policy, Permissions-Policy, cache rules) as the documented static hosts send.
//
// Only the subset public/_headers uses is understood: a path line (`/*`, `/sw.js`, `/assets/*`), then indented
// `Name: value` lines. Anything else throws, naming its line: a file we would misread is a bug to see at once.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @typedef {{ path: string, headers: Array<[string, string]> }} HeaderRule */

const HEADER = /^([A-Za-z0-9-]+):\s*(.*)$/;

/**
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    /** @param {string} why */
    const bad = (why) => new Error(`_headers line ${index + 1}: ${why}: ${JSON.stringify(raw)}`);
    if (!/^\s/.test(raw)) {
      const path = raw.trim();
      if (!path.startsWith('/') || /\s/.test(path) || (path.includes('*') && !path.endsWith('*'))) throw bad('a path must start with / and may end with *');
      rules.push({ path, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw bad('a header before any path');
    const m = HEADER.exec(raw.trim());
    if (!m || !m[2]) throw bad('expected "Name: value"');
    rule.headers.push([m[1] ?? '', m[2]]);
  });
  return rules;
}

/**
 * Every header of every rule whose path matches, in file order (as Netlify: all matching rules apply).
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @returns {Array<[string, string]>}
 */
export function headersFor(rules, pathname) {
  return rules
    .filter((r) => (r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path))
    .flatMap((r) => r.headers);
}

/**
 * Middleware for `vite preview`: sets `outDir/_headers`' headers on every response, by the request's own path
 * (before any rewrite). A missing file sends none.
 * @param {string} outDir
 * @returns {(req: { url?: string }, res: { setHeader(name: string, value: string): void }, next: (error?: unknown) => void) => void}
 */
export function headersMiddleware(outDir) {
  /** @type {Promise<HeaderRule[]> | undefined} */
  let rules;
  return (req, res, next) => {
    rules ??= readFile(join(outDir, '_headers'), 'utf8').then(parseHeaders, (error) => {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
      throw error;
    });
    rules.then(
      (list) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        for (const [name, value] of headersFor(list, pathname)) res.setHeader(name, value);
        next();
      },
      (error) => {
        rules = undefined;
        next(error);
      },
    );
  };
}
