import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { DEEP_LINK, LANGS, PAGES, common, langTag, pageTitle, shownText, waitForApp, type PageName } from './support/app';
import { fetchFromServiceWorker, goOffline, reassertOffline, waitForServiceWorkerControl } from './support/pwa';
import { MIRROR } from '../../src/i18n/language';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Issue 19.1: a repeat visit opens a shared link from the service worker; its first paint (the HTML alone, read at
// domcontentloaded, before the app could draw anything) must already be that checklist in that language.
const SHARED: Array<{ lang: string; href: string; title: string | null; prerendered?: string }> = [
  { lang: 'en', href: '/checklist?city=ryugasaki&procedure=renewal&applicant=proxy&lang=en', title: 'E-certificate renewal in Ryugasaki, as a voluntary proxy' },
  // With lang=ja named, whichever language is remembered.
  { lang: 'ja', href: '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&lang=ja', title: null },
  { lang: 'en', href: '/counters?city=satte&lang=en', title: null },
  // Opening a page in Vietnamese remembers it; then a link without lang= (the installed app's start URL, a link
  // shared from a Japanese page) is the Vietnamese snapshot at once, over the browser's English.
  { lang: 'vi', href: '/renewal?lang=vi', title: null },
  {
    lang: 'vi',
    href: '/checklist?city=satte&procedure=renewal&applicant=self',
    prerendered: '/checklist?city=satte&procedure=renewal&applicant=self&lang=vi',
    title: null,
  },
];

/** Opens each shared link and reads its first paint: from the service worker, its own page, in its language. */
async function sharedLinksFirstPaint(page: Page, context: BrowserContext, offline: boolean): Promise<void> {
  for (const { lang, href, title, prerendered } of SHARED) {
    const response = await page.goto(href, { waitUntil: 'domcontentloaded' });
    expect(response?.fromServiceWorker(), `${href} from the service worker`).toBe(true);
    // Read before the app could change anything: what the HTML itself says.
    const first = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      prerendered: document.querySelector('meta[name="madoguchi-prerender"]')?.getAttribute('content'),
      h1: document.querySelector('main h1')?.textContent,
      skip: document.querySelector('.skip-link')?.textContent,
    }));
    expect(first.lang, href).toBe(lang);
    expect(first.skip, href).toBe(common(lang, 'skipLink'));
    // The default language's snapshot names no language.
    if (href.startsWith('/checklist')) expect(first.prerendered, href).toBe(prerendered ?? href.replace('&lang=ja', ''));
    if (title) expect(first.h1, href).toBe(title);
    if (offline) await reassertOffline(context);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', langTag(lang));
    // The choice reaches the service worker's side (Cache Storage) before the next link is opened.
    await expect
      .poll(() => page.evaluate(async ({ cache, key }) => (await (await caches.open(cache)).match(key))?.text(), MIRROR), { intervals: [20] })
      .toBe(lang);
  }
}

// After one online visit (in English, so the cache is shown not to follow the first page's language), everything
// works with the network cut, for pages and the service worker alike. Each language opens one page in turn, its deep
// link and one fallback, so every page and every language is opened offline once. That the precache lists every
// language's snapshots and texts is read from sw.js (snapshots.spec.ts); that each contract URL is matched to its own
// snapshot, in Node (tests/unit/app/snapshots.test.ts).
test('works offline after a first visit in English: every page, every language, deep links, shared links, switching language', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?lang=en');
  await waitForServiceWorkerControl(page);
  // One worker install for everything below: shared links online first.
  await sharedLinksFirstPaint(page, context, false);

  await goOffline(context);
  // The network is really gone: for the service worker's own fetches, and for pages' un-precached requests.
  expect(await fetchFromServiceWorker(context, `/not-precached-${Date.now()}.txt`)).toBe('failed');
  expect(await page.evaluate(() => fetch(`/not-precached-${Date.now()}.js`).then(() => 'ok', () => 'failed'))).toBe(
    'failed',
  );

  const pages = Object.entries(PAGES) as Array<[PageName, string]>;
  for (const [i, lang] of LANGS.entries()) {
    const [name, path] = pages[i % pages.length]!;
    const response = await page.goto(`${path}?lang=${lang}`);
    expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(true);
    await reassertOffline(context);
    await expect(page.locator('html')).toHaveAttribute('lang', langTag(lang));
    await expect(page).toHaveTitle(pageTitle(lang, name));
    await expect(page.locator(`main[data-route="${path}"]`)).toBeAttached();
    await expect.poll(() => shownText(page.locator('.notice--offline'))).toBe(common(lang, 'offline.message'));

    // A deep link with answers resolves to the prerendered checklist page, answers kept.
    await page.goto(`${DEEP_LINK}&lang=${lang}`);
    await expect(page).toHaveTitle(pageTitle(lang, 'checklist'));
    await expect(page.locator('main[data-route="/checklist"]')).toBeAttached();
    await expect(page.locator('html')).toHaveAttribute('lang', langTag(lang));
    expect(new URL(page.url()).search).toBe(`${new URL(DEEP_LINK, 'http://x').search}&lang=${lang}`);

    // A trailing slash and an unknown path fall back to the app shell, which renders the right page.
    if (i % 2 === 0) {
      await page.goto(`/counters/?lang=${lang}`);
      await expect(page).toHaveTitle(pageTitle(lang, 'counters'));
    } else {
      await page.goto(`/no-such-page?lang=${lang}`);
      await expect(page).toHaveTitle(pageTitle(lang, 'notFound'));
      await expect(page.locator('h1')).toHaveText(common(lang, 'routes.notFound.title'));
    }
  }
  // Every page was opened in some language (the loop above rotates through them).
  expect(LANGS.length).toBeGreaterThanOrEqual(pages.length);
  await sharedLinksFirstPaint(page, context, true);

  // Switching language offline loads the other language's files from the cache.
  await page.goto(`${DEEP_LINK}&lang=ja`);
  await reassertOffline(context);
  await waitForApp(page);
  await page.getByRole('link', { name: common('en', 'language.name') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
  await expect(page.locator('.notice--offline')).toHaveText(common('en', 'offline.message'));
  expect(new URL(page.url()).searchParams.get('city')).toBe('ryugasaki');
  await page.getByRole('link', { name: common('ja', 'language.name'), exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(pageTitle('ja', 'checklist'));
});
