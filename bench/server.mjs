// A small static host, the same for the app and for the static comparison page, so neither gets an advantage.
//
// Behaviour (what a plain static host such as Netlify or Cloudflare Pages does by default):
// - GET and HEAD only; the query string is ignored for the file lookup, except by `_redirects` rewrites (below).
// - `<root>/_redirects` (read once at start; absent means none) is honoured as Netlify does for query rewrites:
//   the first status-200 rule whose path and `key=value` conditions match the request serves the file at its
//   target instead, with status 200 and the same headers. This is how `/checklist?city=…` gets its prerendered
//   snapshot, so the benchmark measures what production serves.
// - `/x/` and `/x` serve `x/index.html` when `x` is a folder (no redirect); a file is served as is.
// - Anything else is 404 (dist/404.html when it exists). No single-page-app fallback.
// - Content-Type by extension, `charset=utf-8` on text.
// - Compression: gzip level 9, on the fly (cached in memory), for text types when the request accepts gzip.
//   No brotli: the transferred bytes then match the gzip sizes this benchmark reports.
// - `Cache-Control: no-cache` with an ETag (revalidate every time; 304 when unchanged).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { onClose } from './cleanup.mjs';
import { findRewrite, readRedirects } from '../host/rewrites.mjs';

/** Extension to Content-Type. */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** How the server compresses, for the results file. */
export const COMPRESSION = 'gzip level 9 on the fly for text types (html, js, css, json, svg, xml, txt, ics, webmanifest); no brotli';

/** How the server routes queries, for the results file. */
export const REWRITES = 'honours _redirects query rewrites (status 200), as Netlify does';

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

/**
 * Finds the file a URL path maps to, or null.
 * @param {string} root absolute folder
 * @param {string} pathname URL path, already without the query
 * @returns {Promise<string | null>}
 */
export async function resolveFile(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return decoded.endsWith('/') ? null : file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return index;
  }
  return null;
}

/**
 * Starts the static server; it is closed by cleanup.closeAll() as well.
 * @param {{ root: string, port: number, host: string, name: string }} options
 * @returns {Promise<{ origin: string, close: () => Promise<void>, requests: () => number }>}
 */
export async function startServer({ root, port, host, name }) {
  const absRoot = normalize(root);
  const rules = await readRedirects(join(absRoot, '_redirects'));
  /** @type {Map<string, { mtime: number, body: Buffer, gz: Buffer | null, etag: string }>} */
  const cache = new Map();
  let count = 0;

  /** @param {string} file */
  async function load(file) {
    const info = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtime === info.mtimeMs) return hit;
    const body = await readFile(file);
    const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
    const gz = COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }) : null;
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
    const entry = { mtime: info.mtimeMs, body, gz, etag };
    cache.set(file, entry);
    return entry;
  }

  const server = createServer(async (req, res) => {
    count++;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return;
      }
      const { pathname, search } = new URL(req.url ?? '/', 'http://x');
      let file = await resolveFile(absRoot, findRewrite(rules, pathname, search) ?? pathname);
      let status = 200;
      if (!file) {
        status = 404;
        file = await resolveFile(absRoot, '/404.html');
        if (!file) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
          res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
          return;
        }
      }
      const entry = await load(file);
      const type = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (extname(file).toLowerCase())] ?? 'application/octet-stream';
      /** @type {Record<string, string>} */
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', ETag: entry.etag };
      if (entry.gz) headers.Vary = 'Accept-Encoding';
      if (status === 200 && req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = entry.gz && acceptsGzip ? entry.gz : entry.body;
      if (body === entry.gz) headers['Content-Encoding'] = 'gzip';
      headers['Content-Length'] = String(body.length);
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  server.keepAliveTimeout = 5000;

  await new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) => {
      reject(error.code === 'EADDRINUSE' ? portTaken(port, host, name) : error);
    });
    server.listen(port, host, () => resolve(undefined));
  });

  const close = () =>
    new Promise((/** @type {(v: void) => void} */ resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const unregister = onClose(close);
  return {
    origin: `http://${host}:${port}`,
    close: async () => {
      unregister();
      await close();
    },
    requests: () => count,
  };
}

/**
 * Fails early, with a clear message, when a fixed port is taken.
 * @param {number} port
 * @param {string} host
 * @param {string} name
 */
export async function assertPortFree(port, host, name) {
  const probe = createServer();
  await new Promise((resolve, reject) => {
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(error.code === 'EADDRINUSE' ? portTaken(port, host, name) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve(undefined)));
  });
}

/**
 * @param {number} port
 * @param {string} host
 * @param {string} name
 */
function portTaken(port, host, name) {
  return new Error(
    `Port ${port} (${name} server) is already in use on ${host}. Stop whatever holds it ` +
      `(\`ss -ltnp 'sport = :${port}'\` shows it) and run the benchmark again.`,
  );
}
