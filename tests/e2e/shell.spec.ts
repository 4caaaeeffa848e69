import { expect, test, type Page } from '@playwright/test';
import { DEEP_LINK, common, gotoApp, localeText, pageTitle, waitForApp } from './support/app';
import { watchPage } from './support/console';

// The shell in a browser: the prerendered HTML taken over in place, input made before that kept, another language
// drawn over the HTML, the language chosen and remembered, and the pages without JavaScript.

/**
 * Holds the app's start before it takes the page over (src/shell/hold.ts), marks the document so a reload would
 * show, and returns the function that lets it go on and waits until the app is live in this same document.
 */
async function holdStart(page: Page): Promise<() => Promise<void>> {
  await page.addInitScript(() => {
    const w = window as unknown as { madoguchiHold: (point: string) => Promise<void> | undefined; release?: () => void; heldAt?: string };
    w.madoguchiHold = (point) => {
      if (point !== 'hydrate') return undefined;
      w.heldAt = point;
      return new Promise<void>((resolve) => (w.release = resolve));
    };
  });
  return async () => {
    await expect.poll(() => page.evaluate(() => (window as unknown as { heldAt?: string }).heldAt)).toBe('hydrate');
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.evaluate(() => (window as unknown as { release: () => void }).release());
    await waitForApp(page);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), 'no reload').toBe(true);
  };
}

test.describe('taking the page over', () => {
  test.use({ locale: 'ja-JP' });

  test('the exact prerendered page paints before any other request, then is hydrated in place: the same elements, now the app’s', async ({ page }) => {
    const watch = await watchPage(page);
    const release = await holdStart(page);
    await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self');
    const h1 = await page.locator('main h1').elementHandle();
    await page.evaluate(() => document.querySelector('main h1')!.setAttribute('data-before', ''));
    await release();
    expect(await h1!.evaluate((el) => el.isConnected && el.hasAttribute('data-before'))).toBe(true);
    // The HTML alone paints the page: its script (the inline loader) requests the app only after the first paint.
    const { paint, requests } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      requests: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
    }));
    expect(paint).toBeGreaterThan(0);
    expect(requests.map((r) => r.path)).toContainEqual(expect.stringMatching(/^\/assets\/boot-[\w-]+\.js$/));
    for (const { path, start } of requests) expect(start, path).toBeGreaterThanOrEqual(paint!);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('main h1')).toHaveCount(1);
    // The app handles a tick (the URL follows) without a page load.
    await page.locator('li.cl-item[data-item="card"] .cl-item__row input').check();
    await expect(page).toHaveURL(/done=card/);
    expect(await watch.problems()).toEqual([]);
  });

  // (The renewal page's prerendered HTML is its first question, "a fixed period of stay?", asked with links: there is
  // no date field to type into before the app runs.)
  test('ticks, a document and a chosen answer made before the app took over are its own afterwards', async ({ page }) => {
    const release = await holdStart(page);
    await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self');
    await page.locator('li.cl-item[data-item="card"] .cl-item__row input').check();
    await page.locator('li.cl-item[data-item="application"] .cl-item__row input').check();
    // The ID documents are folded under one line: a <details>, which opens without the app.
    await page.locator('li.cl-item[data-item="person-id"] .cl-picker__title').click();
    await page.locator('#doc-person-id-A-passport').check();
    await release();
    await expect(page).toHaveURL(/done=card,application/);
    await expect(page).toHaveURL(/docs=passport/);
    await expect(page.locator('li.cl-item[data-item="person-id"] .cl-idstatus')).toHaveText(/この書類で足ります。/);
    await expect(page.locator('li.cl-item[data-item="card"] .cl-item__row input')).toBeChecked();

    // The prerendered /checklist is the first question: an answer chosen there before the app runs is the app's.
    const again = await holdStart(page);
    await page.goto('/checklist');
    await page.locator('input[type=radio][name=city][value=satte]').check();
    await again();
    await page.getByRole('button', { name: localeText('ja', 'flow', 'continue'), exact: true }).click();
    await expect(page).toHaveURL(/city=satte/);
    await expect(page.locator('main h1')).toHaveText(localeText('ja', 'flow', 'procedure.question'));
  });

  test('a deep link in another language is drawn over the prerendered HTML, attributes included', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`${DEEP_LINK}&lang=en`);
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    const toJa = page.locator('.lang-menu a[data-lang="ja"]');
    await expect(toJa).toHaveAttribute('lang', 'ja');
    await expect(toJa).toHaveAttribute('href', `${DEEP_LINK}&lang=ja`);
    await expect(page.locator('.lang-menu a[aria-current="true"]')).toHaveAttribute('data-lang', 'en');
    // What the running app adds (links with the address's language, its own form validation) is there once live.
    await gotoApp(page, '/?lang=en');
    await expect(page.locator('main a.start-button')).toHaveAttribute('href', /lang=en/);
    await gotoApp(page, '/checklist?ask=city&lang=en');
    await expect(page.locator('main form')).toHaveAttribute('novalidate', '');
    expect(await watch.problems()).toEqual([]);
  });
});

test.describe('language', () => {
  test.use({ locale: 'ja-JP' });

  test('the menu switches text and <html lang>, keeps the URL, replaces the history entry, is remembered; lang= in the URL wins', async ({ page }) => {
    await gotoApp(page, '/');
    await gotoApp(page, '/checklist?city=satte');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: common('en', 'language.name') }).click();
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
    await expect(page.locator('.skip-link')).toHaveText(common('en', 'skipLink'));
    const url = new URL(page.url());
    expect([url.pathname, url.searchParams.get('city'), url.searchParams.get('lang')]).toEqual(['/checklist', 'satte', 'en']);
    // Remembered: a page without lang= opens in English, after a reload too.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/renewal?lang=ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle(pageTitle('ja', 'renewal'));
  });
});

test.describe('browser language', () => {
  test.use({ locale: 'en-US' });

  test('an English browser gets English', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'start'));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pages read, Start leads to the first question, and forms send plain links', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main h1')).toHaveText(localeText('ja', 'start', 'title'));
    await expect(page.locator('section.saved')).toBeHidden();
    await page.getByRole('link', { name: localeText('ja', 'start', 'start'), exact: true }).click();
    await expect(page).toHaveURL(/\/checklist\?ask=city$/);
    await page.locator('input[name=city][value=ryugasaki]').check();
    await page.getByRole('button', { name: localeText('ja', 'flow', 'continue') }).click();
    await expect(page).toHaveURL(/city=ryugasaki/);
    // The renewal page asks first about a period of stay; "no" opens the date forms in place.
    await page.goto('/renewal');
    await page.locator('details[data-stay="none"] > summary').click();
    await page.locator('#expiry').fill('2027-06-15');
    await page.locator('form').filter({ has: page.locator('#expiry') }).locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/renewal\?expiry=2027-06-15$/);
    // A checklist snapshot reads with its list, and what needs the app is hidden.
    await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=proxy');
    await expect(page.locator('li.cl-item')).not.toHaveCount(0);
    await expect(page.locator('.cl-actions')).toBeHidden();
  });
});
