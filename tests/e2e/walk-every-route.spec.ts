import { expect, test, type Page } from '@playwright/test';
import { recordForeignRequests } from './support/requests';
import { readdirSync } from 'node:fs';
import { APPLICANTS, PROCEDURES } from '../../src/cities/vocabulary';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// One walk over every route, every checklist, every question screen and some hostile links, in both languages,
// checking at each page two promises that hold everywhere:
// - Madoguchi talks to nobody but its own origin: no fonts, analytics, maps or city pages are fetched. Every request
//   of the pages, their workers and their chunks is recorded.
// - It never asks for a PIN or the 12-digit individual number: no field anywhere may look like one.
// (The checklist's interactive flows are walked for requests in security-requests.spec.ts.)

const CITIES = readdirSync(new URL('../../src/cities/data/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));
const STEPS = ['city', 'procedure', 'applicant', 'pin', 'other-pin', 'current-pin', 'certs-valid', 'smartphone', 'review'];
const FACT_STEPS = ['dependent', 'honseki', 'koseki', 'household', 'resident-pin', 'inquiry'];

/** The walk in two halves of about the same length, so they run side by side. */
function urls(part: 'pages' | 'questions'): string[] {
  const list: string[] = [];
  if (part === 'pages') {
    list.push('/', '/checklist', '/counters', '/renewal', '/renewal?expiry=2027-06-15', '/renewal?birth=1990-05-01&issued=2021-05-10', '/no-such-page');
    for (const city of CITIES) {
      list.push(`/counters?city=${city}`, `/counters?city=${city}&procedure=pin-reset`);
      for (const procedure of PROCEDURES)
        for (const applicant of APPLICANTS) list.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}`);
    }
    return list;
  }
  for (const city of CITIES) {
    for (const procedure of PROCEDURES)
      for (const applicant of APPLICANTS) list.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}&view=counter`);
    // Every question screen once per city: the flow renders them all with the same components.
    for (const ask of STEPS) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=self&ask=${ask}`);
    for (const ask of FACT_STEPS) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=legal-rep&ask=${ask}`);
  }
  list.push('/checklist?city=%3Cscript%3E&procedure=x', `/checklist?city=${'x'.repeat(3000)}`);
  return list;
}

const SUSPECT = /pin|暗証|個人番号|マイナンバー|my ?number|password|passcode/i;

async function suspiciousFields(page: Page): Promise<string[]> {
  const fields = await page.$$eval('input, textarea, select, [contenteditable="true"]', (found) =>
    found
      .filter((f) => {
        const el = f as HTMLInputElement;
        // Choices (radios, checkboxes, buttons) answer questions about a PIN; they never carry one.
        return !['radio', 'checkbox', 'hidden', 'submit', 'button', 'file', 'date'].includes(el.type);
      })
      .map((f) => {
        const el = f as HTMLInputElement;
        const labels = [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
        return [el.type, el.name, el.id, el.getAttribute('autocomplete') ?? '', el.getAttribute('aria-label') ?? '', labels, el.inputMode, String(el.maxLength)].join('|');
      }),
  );
  return fields.filter((field) => {
    const [type, , , autocomplete, , , inputMode, maxLength] = field.split('|');
    const looksLikeSecret = type === 'password' || autocomplete === 'one-time-code' || SUSPECT.test(field);
    const looksLikeNumber = inputMode === 'numeric' && (maxLength === '4' || maxLength === '12' || maxLength === '16');
    return looksLikeSecret || looksLikeNumber;
  });
}

// Each page is opened in Japanese, then switched to English in place with the language toggle, so both languages'
// chunks and fields are checked without opening every page twice (the suite must stay within CI's time).
for (const part of ['pages', 'questions'] as const)
  test(`every page requests only its own origin and asks for no PIN or individual number (${part}, ja and en)`, async ({ page, context, baseURL }) => {
    test.setTimeout(240_000);
    const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
    const offenders: string[] = [];
    for (const url of urls(part)) {
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=ja`);
      await page.locator('main').first().waitFor();
      // The app has taken over: its chunks, city and language are loaded (a request is recorded when it is
      // issued), and the fields checked are the ones the app draws, not only the prerendered ones.
      await expect(page.locator('html'), `${url} taken over by the app`).toHaveAttribute('data-app', 'live');
      for (const field of await suspiciousFields(page)) offenders.push(`${url} (ja): ${field}`);
      await page.locator('.lang-toggle a[hreflang="en"]').click();
      // The page's address in each message: a failure must say which page did not switch.
      await expect(page.locator('html'), `${url} in English`).toHaveAttribute('lang', 'en');
      await expect(page, `${url} in English`).toHaveURL(/[?&]lang=en(&|$)/);
      for (const field of await suspiciousFields(page)) offenders.push(`${url} (en): ${field}`);
    }
    // What the last page and the service worker do after it (precaching, saved people) is recorded too.
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(offenders).toEqual([]);
  });

test('the field check catches a PIN field (it can fail)', async ({ page }) => {
  await page.goto('/');
  // After the app has taken over, so its render cannot drop the field added below.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.inputMode = 'numeric';
    input.maxLength = 4;
    input.name = 'code';
    document.querySelector('main')?.append(input);
  });
  expect(await suspiciousFields(page)).toHaveLength(1);
});
