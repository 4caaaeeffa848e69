import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEEP_LINK, LANGS, PAGES } from './support/app';
import { watchPage } from './support/console';
import { waitForServiceWorkerControl } from './support/pwa';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// The strict Content-Security-Policy holds on every page: nothing blocked, nothing thrown, nothing logged as error.

const URLS = [...Object.values(PAGES), DEEP_LINK, '/no-such-page'];

test('npm start (vite preview) sends the headers of _headers, as the documented static hosts do', async ({ request }) => {
  for (const path of [PAGES.start, DEEP_LINK]) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/^default-src 'self';.*; frame-ancestors 'none'$/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('every HTML page carries the CSP meta', async ({ request }) => {
  for (const path of Object.values(PAGES)) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeTruthy();
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) {
      expect(csp).toContain(directive);
    }
    // public/_headers repeats the same policy for hosts that send headers, plus the header-only frame-ancestors.
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
    // The page's one stylesheet is inline (src/app/styles/vite-plugin.ts), allowed by exactly its hash; nothing else
    // is linked but the no-JavaScript sheet, and the manifest is linked by the app (src/pwa/service-worker.ts).
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
    expect(styles, path).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
    expect(csp).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect([...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/no-js.css']);
    expect(html).not.toContain('rel="manifest"');
    // No inline script may need an exception: every <script> is external or a non-executed data block.
    for (const [, attrs] of html.matchAll(/<script([^>]*)>/g)) {
      expect(/\bsrc=/.test(attrs!) || /type="isodata"/.test(attrs!), `inline script in ${path}: ${attrs}`).toBe(true);
    }
  }
});

for (const lang of LANGS) {
  test(`no CSP violation or error on any page in ${lang}`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`/?lang=${lang}`);
    await waitForServiceWorkerControl(page);
    for (const url of URLS) {
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('main[data-route]')).toBeAttached();
      await page.waitForLoadState('networkidle');
    }
    expect(await watch.problems()).toEqual([]);
  });
}
