import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PAGES, gotoApp, waitForApp } from './support/app';
import { watchPage } from './support/console';
import { recordForeignRequests } from './support/requests';
import { waitForServiceWorkerControl } from './support/pwa';

// The strict Content-Security-Policy, and no request to another origin: checked on every route's own HTML, then on
// a walk over one page of each kind and the checklist's interactions, with the service worker in control (its own
// requests count too). Nothing blocked, nothing thrown, nothing logged as an error.

test.use({ serviceWorkers: 'allow' });

test('every HTML page carries the CSP meta; its one stylesheet and its one inline script, the boot loader, are allowed by hash', async ({ request }) => {
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const path of [...Object.values(PAGES), '/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=en']) {
    const html = await (await request.get(path)).text();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, path).toBeTruthy();
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) expect(csp).toContain(directive);
    // public/_headers repeats the same policy for hosts that send headers, plus the header-only frame-ancestors.
    expect(headers).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`);
    const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!);
    expect(styles, path).toHaveLength(1);
    expect(csp).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}';`);
    expect([...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/no-js.css']);
    // Every <script> is the prerender's data block, except one: the loader that imports the boot module.
    const opening = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attrs]) => attrs!).filter((attrs) => !/type="isodata"/.test(attrs));
    expect(opening, path).toEqual(['']);
    const loader = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(loader, path).toMatch(/import\("\/assets\/boot-[\w-]+\.js"\)/);
    expect(csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(loader, 'utf8').digest('base64')}';`);
  }
});

test('npm start (vite preview) sends the headers of _headers, as the documented static hosts do', async ({ request }) => {
  for (const path of ['/', '/checklist?city=ryugasaki&procedure=renewal&applicant=self']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toMatch(/^default-src 'self';.*; frame-ancestors 'none'$/);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=()');
  }
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('npm start gzips pages and scripts when asked, as a static host does, and only then', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /import\("([^"]+\.js)"\)/.exec(html)?.[1];
  expect(script, 'the start page loads its boot script').toBeTruthy();
  // A page, a checklist answered with its snapshot (a rewrite), and a hashed script.
  for (const path of ['/', '/checklist?city=satte&procedure=pin-reset&applicant=proxy', script!]) {
    const gzipped = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers()['content-encoding'], path).toBe('gzip');
    expect(gzipped.headers()['vary'], path).toMatch(/\bAccept-Encoding\b/i);
    // The _headers middleware is still in front of the compression.
    expect(gzipped.headers()['x-content-type-options'], path).toBe('nosniff');
    const plain = await request.get(path, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers()['content-encoding'], path).toBeUndefined();
    expect(await plain.text(), path).toBe(await gzipped.text());
  }
});

test('one page of each kind and the checklist’s interactions: own origin only, no CSP violation, no error', async ({ page, context, baseURL }) => {
  test.setTimeout(60_000);
  const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
  const watch = await watchPage(page);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
  });
  await gotoApp(page, '/?lang=en');
  await waitForServiceWorkerControl(page);
  for (const url of [
    '/checklist?ask=city&lang=ja',
    '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=both&ask=route&lang=en',
    '/counters?city=satte&procedure=pin-reset&lang=en',
    '/renewal?expiry=2027-06-15&lang=ja',
    '/no-such-page',
  ]) {
    await gotoApp(page, url);
    await page.waitForLoadState('networkidle');
  }
  // The checklist: ticks, documents, the counter view, share, the other language, print, a question.
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en');
  await page.locator('li.cl-item[data-item="card"] .cl-item__row input').check();
  await page.locator('li.cl-item[data-item="agent-id"] .cl-picker__title').click();
  await page.locator('li.cl-item[data-item="agent-id"] .cl-picker').getByRole('checkbox', { name: /^Passport/ }).check();
  await page.getByRole('link', { name: 'Show at the counter' }).click();
  await expect(page.locator('[data-view="counter"]')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.locator('.lang-menu a[data-lang="ja"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('main a[href*="ask="]').first().click();
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
  expect(await watch.problems()).toEqual([]);
});
