import { expect, test, type BrowserContext, type Page } from '@playwright/test';

// Madoguchi talks to nobody but its own origin: no fonts, analytics, maps or city pages are fetched. Every request
// of the pages, their workers and their chunks is recorded while walking every route and the main flows.

const CITIES = ['ryugasaki', 'satte'];
const PROCEDURES = ['renewal', 'pin-reset', 'pin-change'];
const APPLICANTS = ['self', 'legal-rep', 'proxy'];
const FACT_STEPS = ['dependent', 'honseki', 'koseki', 'household', 'resident-pin', 'inquiry'];

function record(context: BrowserContext, origin: string): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(`${request.resourceType()} ${url}`);
  });
  return foreign;
}

// A request is recorded when it is issued, so each page only needs the app to have taken over (its chunks, city
// and language are loaded by then); a request still in flight at the next navigation has been recorded already.
async function visit(page: Page, url: string) {
  await page.goto(url);
  await page.locator('main').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}

for (const lang of ['ja', 'en']) {
  test(`every route requests only the app’s own origin (${lang})`, async ({ page, context, baseURL }) => {
    test.setTimeout(180_000);
    const foreign = record(context, new URL(baseURL!).origin);
    const urls = ['/', '/checklist', '/counters', '/renewal', '/renewal?expiry=2027-06-15', '/renewal?birth=1990-05-01&issued=2021-05-10', '/no-such-page'];
    for (const city of CITIES) {
      urls.push(`/counters?city=${city}`, `/counters?city=${city}&procedure=pin-reset`);
      for (const procedure of PROCEDURES)
        for (const applicant of APPLICANTS) {
          urls.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}`);
          urls.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}&view=counter`);
        }
      for (const ask of FACT_STEPS) urls.push(`/checklist?city=${city}&procedure=pin-reset&applicant=legal-rep&ask=${ask}`);
    }
    urls.push('/checklist?city=%3Cscript%3E&procedure=x', `/checklist?city=${'x'.repeat(3000)}`);
    for (const url of urls) await visit(page, `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
    // What the last page and the service worker do after it (precaching, saved people) is recorded too.
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}

test('the checklist’s flows request only the app’s own origin', async ({ page, context, baseURL }) => {
  const foreign = record(context, new URL(baseURL!).origin);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
  });
  await visit(page, '/?lang=en');
  await visit(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  // Ticks, documents, an answer link, the counter view, share, save, the other language, print media.
  await page.locator('li.cl-item[data-item="card"] .cl-item__row input').check();
  await page.locator('li.cl-item[data-item="agent-id"] .cl-picker').getByRole('checkbox', { name: /^Passport/ }).check();
  await page.getByRole('link', { name: 'Show at the counter' }).click();
  await expect(page.locator('[data-view="counter"]')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: 'Share this checklist' }).click();
  await page.getByLabel('Name for this checklist').fill('Security walk');
  await page.getByRole('button', { name: 'Save on this device' }).click();
  await expect(page.locator('.cl-save__ok')).toBeVisible();
  await page.locator('.lang-toggle a').first().click();
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('main a[href*="ask="]').first().click();
  await page.waitForLoadState('networkidle');
  await visit(page, '/?lang=en');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
