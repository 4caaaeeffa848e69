import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headersFor, headersMiddleware, parseHeaders } from '../../../host/headers.mjs';

// `npm start` (vite preview) sends the response headers of public/_headers, as Netlify and Cloudflare Pages do.

const FILE = readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8');
const rules = parseHeaders(FILE);
const names = (pathname: string) => headersFor(rules, pathname).map(([name]) => name);

describe('parseHeaders / headersFor', () => {
  it('reads the project’s _headers: every page gets the security headers', () => {
    expect(names('/')).toEqual(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
    expect(Object.fromEntries(headersFor(rules, '/checklist'))['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
  });

  it('adds the cache rules of the service worker and the hashed assets', () => {
    expect(Object.fromEntries(headersFor(rules, '/sw.js'))['Cache-Control']).toBe('no-cache');
    expect(Object.fromEntries(headersFor(rules, '/assets/index-abc.js'))['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(names('/sw.js.map')).not.toContain('Cache-Control');
  });

  it('refuses what it would misread, naming the line', () => {
    expect(() => parseHeaders('  X-A: b')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeaders('/*\n  not a header')).toThrow(/line 2/);
    expect(() => parseHeaders('/a/*/b\n  X-A: b')).toThrow(/line 1/);
  });
});

describe('headersMiddleware', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('sets the headers of the path asked for, and none without a file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'madoguchi-headers-'));
    await writeFile(join(dir, '_headers'), FILE);
    const run = (outDir: string, url: string) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const set: Record<string, string> = {};
        headersMiddleware(outDir)({ url }, { setHeader: (name, value) => void (set[name] = value) }, (error) =>
          error ? reject(error) : resolve(set),
        );
      });
    const sent = await run(dir, '/checklist?city=satte&lang=en');
    expect(sent['X-Content-Type-Options']).toBe('nosniff');
    expect(sent['Referrer-Policy']).toBe('no-referrer');
    expect(await run(join(dir, 'missing'), '/')).toEqual({});
  });
});
