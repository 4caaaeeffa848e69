import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

// A tiny static host for tests that need to swap the served build at runtime (the update test). It answers like
// `vite preview` and common static hosts: a file if it exists, else <path>/index.html, else /index.html for
// extension-less paths (so /checklist?city=… gets checklist/index.html), else 404.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server. */
export interface StaticServer {
  /** Origin, e.g. http://127.0.0.1:41234 (127.0.0.1 is a secure context, so service workers run). */
  url: string;
  /** Serves another directory from now on (e.g. the next version of the app). */
  setRoot(dir: string): void;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const rel = decodeURIComponent(pathname);
  const file = path.resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  if (await isFile(file)) return file;
  const index = path.join(file, 'index.html');
  if (await isFile(index)) return index;
  if (path.extname(rel) === '') {
    const fallback = path.join(root, 'index.html');
    if (await isFile(fallback)) return fallback;
  }
  return undefined;
}

/** Starts a server for `root` on a free port of 127.0.0.1. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  let current = path.resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    void resolveFile(current, url.pathname).then(async (file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        // Always revalidate, so an update check sees whatever build is being served right now.
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setRoot: (dir) => {
      current = path.resolve(dir);
    },
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
