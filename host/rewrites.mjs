// Netlify `_redirects` query rewrites, shared by `vite preview` and the benchmark's static server so that both answer
// `/checklist?city=…` with the prerendered snapshot exactly as the production host would.
//
// Only the subset the build emits is understood: `from [key=value …] to [status[!]]`. Anything else (splats,
// placeholders, absolute URLs, country or role conditions) throws, because a line we would misread is a build bug.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findRewrite } from './match.mjs';

/** @typedef {{ from: string, query: Record<string, string>, to: string, status: number, force: boolean }} RedirectRule */

const STATUS = /^(\d{3})(!?)$/;
const CONDITION = /^([^=\s]+)=(\S*)$/;
/** Netlify's own default when a line names no status. */
const DEFAULT_STATUS = 301;

/**
 * Throws on any line outside the supported subset, naming its 1-based line number, so generator bugs surface early.
 * @param {string} text
 * @returns {RedirectRule[]}
 */
export function parseRedirects(text) {
  /** @type {RedirectRule[]} */
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    /** @param {string} why */
    const bad = (why) => new Error(`_redirects line ${index + 1}: ${why}: ${JSON.stringify(line)}`);
    const [from = '', ...rest] = line.split(/\s+/);
    if (!isPlainPath(from)) throw bad('"from" must be a path without splats or placeholders');
    const toIndex = rest.findIndex((token) => token.startsWith('/'));
    if (toIndex < 0) throw bad('no "to" path');
    /** @type {Record<string, string>} */
    const query = {};
    for (const token of rest.slice(0, toIndex)) {
      const m = CONDITION.exec(token);
      if (!m) throw bad(`bad query condition ${JSON.stringify(token)} (expected key=value)`);
      const [, key = '', value = ''] = m;
      if (value.startsWith(':')) throw bad('query placeholders are not supported');
      if (Object.hasOwn(query, key)) throw bad(`query key ${JSON.stringify(key)} repeated`);
      query[key] = value;
    }
    const [to = '', statusToken, ...extra] = rest.slice(toIndex);
    if (!isPlainPath(to)) throw bad('"to" must be a path without splats or placeholders');
    const status = statusToken === undefined ? null : STATUS.exec(statusToken);
    if (statusToken !== undefined && !status) throw bad(`bad status ${JSON.stringify(statusToken)}`);
    if (extra.length > 0) throw bad(`unexpected ${JSON.stringify(extra.join(' '))} after the status`);
    rules.push({
      from,
      query,
      to,
      status: status ? Number(status[1]) : DEFAULT_STATUS,
      force: status?.[2] === '!',
    });
  });
  return rules;
}

/**
 * Refuses rules that would not read back identically, so the file on disk always means what the build intended.
 * @param {RedirectRule[]} rules
 * @param {string} [header]
 * @returns {string}
 */
export function formatRedirects(rules, header) {
  const lines = header === undefined ? [] : header.split(/\r?\n/).map((l) => (l === '' ? '#' : `# ${l}`));
  for (const rule of rules) {
    const conditions = Object.entries(rule.query).map(([key, value]) => `${key}=${value}`);
    lines.push([rule.from, ...conditions, rule.to, `${rule.status}${rule.force ? '!' : ''}`].join(' '));
  }
  const text = `${lines.join('\n')}\n`;
  const back = parseRedirects(text);
  if (JSON.stringify(back) !== JSON.stringify(rules.map(canonical))) {
    throw new Error('formatRedirects: a rule cannot be written as a _redirects line (whitespace, "=" or a bad path?)');
  }
  return text;
}

/** The one matcher of the rewrites (./match.mjs), shared with the service worker. */
export { findRewrite } from './match.mjs';

/**
 * `vite preview` has no notion of `_redirects`; this gives it the production host's rewrites, keeping the query.
 * @param {string} outDir
 * @returns {(req: { method?: string, url?: string }, res: unknown, next: (error?: unknown) => void) => void}
 */
export function rewriteMiddleware(outDir) {
  /** @type {Promise<RedirectRule[]> | undefined} */
  let rules;
  return (req, _res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.url === undefined) return next();
    const url = req.url;
    rules ??= readRedirects(join(outDir, '_redirects'));
    rules.then(
      (list) => {
        const q = url.indexOf('?');
        const [pathname, search] = q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q)];
        const to = findRewrite(list, pathname, search);
        if (to !== undefined) req.url = to + search;
        next();
      },
      (error) => {
        // Read the file again on the next request: a fixed rebuild must not need a restart of the preview.
        rules = undefined;
        next(error);
      },
    );
  };
}

/**
 * A missing file means "no rules", not an error: builds without variants still preview.
 * @param {string} file
 * @returns {Promise<RedirectRule[]>}
 */
export async function readRedirects(file) {
  try {
    return parseRedirects(await readFile(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
}

/** @param {string} path */
function isPlainPath(path) {
  return path.startsWith('/') && !/[*\s]|\/:/.test(path);
}

/** @param {RedirectRule} rule */
function canonical(rule) {
  return { from: rule.from, query: { ...rule.query }, to: rule.to, status: rule.status, force: rule.force };
}
