import { expect, test, type Page } from '@playwright/test';
import { DEEP_LINK, LANGS, common, localeText, pageTitle } from './support/app';
import { watchPage } from './support/console';

// WCAG 2.4.2: each screen of the question flow is titled by its question ('<question> | <page> | 窓口 Madoguchi'),
// with "Error:" first while its error shows. The check-answers screen, the checklist, and a question reached
// without `ask` (what the prerendered /checklist HTML stands for) keep the checklist's title.

const text = localeText;
const flow = (lang: string, key: string) => text(lang, 'flow', key);

/** The title of a screen shown within /checklist. */
const screenTitle = (lang: string, screen: string) => `${screen} | ${pageTitle(lang, 'checklist')}`;

// The service worker is the PWA tests' subject; here it would only add noise.
test.use({ serviceWorkers: 'block' });

/** Waits until the app has taken over (the title is the app's from then on; the prerendered HTML has the page's). */
async function live(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}

/** Clicks Continue and waits for the next screen's URL. */
async function next(page: Page, lang: string) {
  const before = page.url();
  await page.getByRole('button', { name: flow(lang, 'continue'), exact: true }).click();
  await page.waitForURL((u) => u.href !== before);
}

for (const lang of LANGS)
  test(`each question screen is titled by its question, Back included (${lang})`, async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto(`/checklist?ask=city&lang=${lang}`);
    await live(page);
    await expect(page.locator('main h1')).toHaveText(flow(lang, 'city.question'));
    await expect(page).toHaveTitle(screenTitle(lang, flow(lang, 'city.question')));

    await page.locator('input[type=radio][name=city][value=satte]').check();
    await next(page, lang);
    await expect(page).toHaveTitle(screenTitle(lang, flow(lang, 'procedure.question')));

    await page.goBack();
    await expect(page.locator('main h1')).toHaveText(flow(lang, 'city.question'));
    await expect(page).toHaveTitle(screenTitle(lang, flow(lang, 'city.question')));
    expect(await watch.problems()).toEqual([]);
  });

test('a fact question names the city in its title, the route screen its heading', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&dependent=child&ask=honseki&lang=en');
  await live(page);
  const honseki = text('en', 'rules', 'facts.honseki.question', { city: text('en', 'cities/ryugasaki', 'name') });
  await expect(page.locator('main h1')).toHaveText(honseki);
  await expect(page).toHaveTitle(screenTitle('en', honseki));

  await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=self&pin=signature&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route&lang=ja');
  await live(page);
  const heading = flow('ja', 'route.heading.store.possible');
  await expect(page.locator('main h1')).toHaveText(heading);
  await expect(page).toHaveTitle(screenTitle('ja', heading));
});

test('the language toggle retitles the question screen', async ({ page }) => {
  await page.goto('/checklist?ask=city&lang=en');
  await live(page);
  await expect(page).toHaveTitle(screenTitle('en', flow('en', 'city.question')));
  await page.getByRole('link', { name: common('ja', 'language.name') }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle(screenTitle('ja', flow('ja', 'city.question')));
});

for (const lang of LANGS)
  test(`Continue without an answer puts "Error:" first in the title, until the next screen (${lang})`, async ({ page }) => {
    await page.goto(`/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin&lang=${lang}`);
    await live(page);
    const question = flow(lang, 'pin.question');
    await expect(page).toHaveTitle(screenTitle(lang, question));
    await page.getByRole('button', { name: flow(lang, 'continue'), exact: true }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page).toHaveTitle(screenTitle(lang, `${flow(lang, 'error.prefix')} ${question}`));

    await page.locator('input[type=radio][name=pin][value=signature]').check();
    await next(page, lang);
    const h1 = page.locator('main h1');
    await expect(h1).not.toHaveText(question);
    await expect(page).toHaveTitle(screenTitle(lang, (await h1.textContent()) ?? ''));
  });

test('check answers, the checklist, and a question reached without ask keep the checklist title', async ({ page }) => {
  const checklist = pageTitle('en', 'checklist');
  await page.goto('/checklist?city=ryugasaki&procedure=renewal&ask=applicant&lang=en');
  await live(page);
  await expect(page).toHaveTitle(screenTitle('en', flow('en', 'applicant.question')));
  await page.locator('input[type=radio][name=applicant][value=self]').check();
  await next(page, 'en');
  await expect(page.locator('main h1')).toHaveText(flow('en', 'review.title'));
  await expect(page).toHaveTitle(checklist);

  const before = page.url();
  await page.getByRole('link', { name: flow('en', 'review.submit') }).click();
  await page.waitForURL((u) => u.href !== before);
  expect(new URL(page.url()).searchParams.has('ask')).toBe(false);
  await expect(page).toHaveTitle(checklist);

  await page.goto(`${DEEP_LINK}&lang=en`);
  await live(page);
  await expect(page).toHaveTitle(checklist);

  // The prerendered /checklist shows the city question under the checklist's title; the app keeps it so.
  await page.goto('/checklist?lang=en');
  await live(page);
  await expect(page.locator('main h1')).toHaveText(flow('en', 'city.question'));
  await expect(page).toHaveTitle(checklist);
});
