import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp, localeText } from './support/app';
import { watchPage } from './support/console';

// The question flow on /checklist: one question per screen, every answer in the URL. Walks every city, procedure and
// applicant from the start page in both languages, and checks Back, Change, the error message, the PIN triage,
// the form without JavaScript, and accessibility of each kind of screen.

const LANGS = ['en', 'ja'] as const;
const CITIES = ['ryugasaki', 'satte'] as const;
const PROCEDURES = ['renewal', 'pin-reset', 'pin-change'] as const;
const APPLICANTS = ['self', 'legal-rep', 'proxy'] as const;

const text = localeText;
const flow = (lang: string, key: string, values?: Record<string, string | number>) => text(lang, 'flow', key, values);

// The service worker is the PWA tests' subject; here it would only add noise (and another build's worker).
test.use({ serviceWorkers: 'block' });

/** Waits until the app has taken over the question's form (before that, Continue is a plain GET with browser validation). */
async function appReady(page: Page) {
  await expect(page.locator('main form[novalidate]')).toHaveCount(1);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
async function axe(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).include('main').withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${label}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The current `ask`, once the screen for it has rendered (its h1 is there). */
async function currentAsk(page: Page): Promise<string | null> {
  await expect(page.locator('main h1')).toHaveCount(1);
  return new URL(page.url()).searchParams.get('ask');
}

/** Clicks and waits for the URL to change (each answer is a navigation). */
async function clickAndWait(page: Page, click: () => Promise<void>) {
  const before = page.url();
  await click();
  await page.waitForURL((u) => u.href !== before);
}

/**
 * Answers every screen from the start page to the checklist: `plan[step]` is the value to choose (null: "I'm not
 * sure"), else the first answer. Returns the answers given and the screens seen.
 */
async function walk(page: Page, lang: string, plan: Record<string, string | null>) {
  await gotoApp(page, `/?lang=${lang}`);
  const start = page.getByRole('link', { name: text(lang, 'start', 'start'), exact: true });
  // Once the app runs, the Start link carries the URL's language (the prerendered one cannot know it).
  await expect(start).toHaveAttribute('href', `/checklist?ask=city&lang=${lang}`);
  await clickAndWait(page, () => start.click());
  const chosen: Record<string, string> = {};
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const ask = await currentAsk(page);
    if (!ask) break;
    seen.push(ask);
    if (ask === 'review') {
      await clickAndWait(page, () => page.getByRole('link', { name: flow(lang, 'review.submit') }).click());
    } else if (ask === 'route') {
      await clickAndWait(page, () => page.locator('main form button[type=submit]').click());
    } else {
      const wanted = ask in plan ? plan[ask] : await page.locator(`input[name="${ask}"]`).first().getAttribute('value');
      await page.locator(`input[type=radio][name="${ask}"][value="${wanted ?? ''}"]`).check();
      if (wanted) chosen[ask] = wanted;
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue'), exact: true }).click());
    }
  }
  return { chosen, seen };
}

test.describe('every city, procedure and applicant, from the start page to the checklist', () => {
  // Each city is walked in one language, the languages taking turns (walking all nine cases of every city in both
  // cost CI about a minute of its 15). The fact questions are answered in every other case and met with "I'm not
  // sure" in the others (they then stay out of the URL), so each city meets both, in a different order per city.
  for (const [i, city] of CITIES.entries()) {
    const lang = LANGS[i % LANGS.length]!;
    test(`${city} in ${lang}`, async ({ page }) => {
      test.setTimeout(120_000); // nine whole walks through the questions
      const watch = await watchPage(page);
      let walked = 0;
      for (const procedure of PROCEDURES)
        for (const applicant of APPLICANTS) {
          const notSure = { dependent: null, honseki: null, koseki: null, household: null, 'resident-pin': null, inquiry: null };
          const plan: Record<string, string | null> = {
            city,
            procedure,
            applicant,
            pin: 'signature',
            'other-pin': 'yes',
            'current-pin': 'no',
            ...((walked++ + i) % 2 === 1 ? notSure : {}),
          };
          const { chosen, seen } = await walk(page, lang, plan);
          const url = new URL(page.url());
          expect(url.pathname).toBe('/checklist');
          const params = Object.fromEntries(url.searchParams);
          expect(params, `${procedure}/${applicant}: screens ${seen.join(' → ')}`).toEqual({ ...chosen, lang });
          expect(seen.slice(0, 3)).toEqual(['city', 'procedure', 'applicant']);
          expect(seen.at(-1)).toBe('review');
          expect(seen.includes('route')).toBe(procedure !== 'renewal');
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
        }
      expect(await watch.problems()).toEqual([]);
    });
  }
});

test.describe('moving through the questions', () => {
  test('Back keeps the earlier answer, with the back link and with the browser', async ({ page }) => {
    const watch = await watchPage(page);
    await page.goto('/checklist?ask=city&lang=en');
    await appReady(page);
    await page.locator('input[name=city][value=satte]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    await page.locator('input[name=procedure][value=pin-reset]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    await expect(page.locator('main h1')).toHaveText(flow('en', 'applicant.question'));

    await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
    await expect(page.locator('main h1')).toHaveText(flow('en', 'procedure.question'));
    await expect(page.locator('input[name=procedure][value=pin-reset]')).toBeChecked();
    await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
    await expect(page.locator('input[name=city][value=satte]')).toBeChecked();
    // Back from the first question is the start page.
    await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'back') }).click());
    expect(new URL(page.url()).pathname).toBe('/');

    // The browser's Back retraces the same screens.
    await page.goBack();
    await expect(page.locator('main h1')).toHaveText(flow('en', 'city.question'));
    await page.goBack();
    await expect(page.locator('input[name=procedure][value=pin-reset]')).toBeChecked();
    expect(await watch.problems()).toEqual([]);
  });

  test('Continue without an answer shows the error summary and the inline error, and focuses the summary', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin&lang=${lang}`);
      await appReady(page);
      const url = page.url();
      await page.getByRole('button', { name: flow(lang, 'continue') }).click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeVisible();
      await expect(summary).toBeFocused();
      await expect(summary.getByRole('heading')).toHaveText(flow(lang, 'error.title'));
      await expect(summary.getByRole('link')).toHaveText(flow(lang, 'error.pin'));
      await expect(page.locator('.error-message')).toContainText(flow(lang, 'error.pin'));
      await expect(page.getByRole('group', { name: flow(lang, 'pin.question') })).toHaveAccessibleDescription(new RegExp(flow(lang, 'error.pin').slice(0, 10)));
      expect(page.url()).toBe(url);
      // The summary's link leads to the first answer.
      await summary.getByRole('link').click();
      await expect(page.locator('input[name=pin]').first()).toBeFocused();
    }
  });

  test("Change on the review returns to it, and asks a question the change brings up first", async ({ page }) => {
    const watch = await watchPage(page);
    const base = '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=adult-ward&pin=both';
    await gotoApp(page, `${base}&ask=review&lang=en`);
    await expect(page.locator('main h1')).toHaveText(flow('en', 'review.title'));
    const row = (step: string) => page.locator(`.summary-list__row[data-step="${step}"]`);
    await expect(row('koseki')).toHaveCount(0);

    // A change that brings up no new question: straight back to the review.
    await clickAndWait(page, () => row('pin').getByRole('link').click());
    await expect(page.locator('input[name=pin][value=both]')).toBeChecked();
    await page.locator('input[name=pin][value=resident]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    expect(new URL(page.url()).searchParams.get('ask')).toBe('review');
    expect(new URL(page.url()).searchParams.get('pin')).toBe('resident');

    // A change that makes new questions matter: those first, then the review.
    await clickAndWait(page, () => row('dependent').getByRole('link').click());
    await page.locator('input[name=dependent][value=child]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    expect(new URL(page.url()).searchParams.get('ask')).toBe('koseki');
    await page.locator('input[name=koseki][value=other]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    expect(new URL(page.url()).searchParams.get('ask')).toBe('household');
    await page.locator('input[name=household][value=""]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('en', 'continue') }).click());
    expect(new URL(page.url()).searchParams.get('ask')).toBe('review');
    await expect(row('koseki')).toBeVisible();
    await expect(row('household').locator('.summary-list__value')).toHaveText(flow('en', 'review.notAnswered'));

    // The review's button leads to the checklist with exactly the answers.
    await clickAndWait(page, () => page.getByRole('link', { name: flow('en', 'review.submit') }).click());
    expect(page.url()).toMatch(
      /\/checklist\?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&koseki=other&pin=resident&lang=en$/,
    );
    expect(await watch.problems()).toEqual([]);
  });

  test('without the city, procedure and applicant, the checklist asks for them; with them alone it shows the list', async ({ page }) => {
    await page.goto('/checklist?city=satte&lang=en');
    await expect(page.locator('main h1')).toHaveText(flow('en', 'procedure.question'));
    await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=self&lang=en');
    await expect(page.locator('main .fieldset')).toHaveCount(0);
  });

  test('a link naming a step that does not apply shows the next one that does', async ({ page }) => {
    await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=other-pin&lang=en');
    await expect(page.locator('main h1')).toHaveText(flow('en', 'route.heading.counter'));
    await expect.poll(() => new URL(page.url()).searchParams.get('ask')).toBe('route');
  });
});

test.describe('PIN reset triage', () => {
  test('the signature PIN locked and the user-authentication PIN known: a convenience store', async ({ page }) => {
    for (const lang of LANGS) {
      await gotoApp(page, `/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=signature&ask=other-pin&lang=${lang}`);
      await expect(page.locator('main h1')).toHaveText(flow(lang, 'other-pin.question.signature'));
      await page.locator('input[name=other-pin][value=yes]').check();
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue') }).click());
      await page.locator('input[name=certs-valid][value=yes]').check();
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue') }).click());
      await page.locator('input[name=smartphone][value=yes]').check();
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue') }).click());
      await expect(page.locator('main h1')).toHaveText(flow(lang, 'route.heading.store.possible'));
      await expect(page.locator('[data-route-best]')).toHaveAttribute('data-route-best', 'store');
      await expect(page.locator('main')).toContainText('JPKI暗証番号リセットアプリ');
      // The counter stays one clear choice away.
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'route.counterAnyway.button') }).click());
      expect(new URL(page.url()).searchParams.get('ask')).toBe('resident-pin');
    }
  });

  test('both e-certificate PINs forgotten: the counter, and why', async ({ page }) => {
    for (const lang of LANGS) {
      await gotoApp(page, `/checklist?city=satte&procedure=pin-reset&applicant=self&ask=pin&lang=${lang}`);
      await page.locator('input[name=pin][value=both]').check();
      await clickAndWait(page, () => page.getByRole('button', { name: flow(lang, 'continue') }).click());
      expect(new URL(page.url()).searchParams.get('ask')).toBe('route');
      await expect(page.locator('main h1')).toHaveText(flow(lang, 'route.heading.counter'));
      await expect(page.locator('[data-route-best]')).toHaveAttribute('data-route-best', 'counter');
      await expect(page.locator('main')).toContainText(text(lang, 'rules', 'triage.reasons.both-certificate-pins'));
    }
  });

  test('a known PIN to change: Mynaportal at home first', async ({ page }) => {
    await page.goto('/checklist?city=satte&procedure=pin-change&applicant=self&current-pin=yes&ask=route&lang=en');
    await expect(page.locator('[data-route-best]')).toHaveAttribute('data-route-best', 'myna-portal');
    await expect(page.getByRole('button', { name: flow('en', 'route.counterAnyway.button') })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first question is in the prerendered page and its form works as a plain GET', async ({ page }) => {
    await page.goto('/checklist');
    await expect(page.locator('main h1')).toHaveText(flow('ja', 'city.question'));
    await page.locator('input[name=city][value=ryugasaki]').check();
    await clickAndWait(page, () => page.getByRole('button', { name: flow('ja', 'continue') }).click());
    const url = new URL(page.url());
    expect(url.searchParams.get('city')).toBe('ryugasaki');
    expect(url.searchParams.get('ask')).toBe('procedure');
  });
});

test.describe('accessibility of every kind of screen (axe)', () => {
  const SCREENS: Array<[string, string, boolean]> = [
    // [label, URL, open the help]
    ['city', '/checklist?ask=city', false],
    ['procedure', '/checklist?city=ryugasaki&ask=procedure', false],
    ['applicant', '/checklist?city=ryugasaki&procedure=pin-reset&ask=applicant', true],
    ['current-pin', '/checklist?city=satte&procedure=pin-change&applicant=self&ask=current-pin', true],
    ['pin', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin', true],
    ['other-pin', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=auth&ask=other-pin', false],
    ['certs-valid', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=auth&other-pin=yes&ask=certs-valid', true],
    ['route: store', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&pin=signature&other-pin=yes&ask=route', false],
    ['route: counter', '/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=route', false],
    ['route: home', '/checklist?city=satte&procedure=pin-change&applicant=self&current-pin=yes&ask=route', false],
    ['fact', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&ask=koseki', true],
    ['review', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&pin=both&ask=review', false],
  ];
  // Each screen is scanned once, the languages taking turns, so both are covered without scanning everything
  // twice (an axe scan costs a second or two, which made these the longest tests of the suite).
  LANGS.forEach((lang, turn) =>
    test(`question screens in ${lang}`, async ({ page }) => {
      test.setTimeout(90_000); // six screens and the error, an axe scan each
      for (const [label, url, openHelp] of SCREENS.filter((_, i) => i % LANGS.length === turn)) {
        await gotoApp(page, `${url}&lang=${lang}`);
        await expect(page.locator('main h1')).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        if (openHelp) await page.locator('details.help summary').click();
        await axe(page, label);
      }
      // The error state.
      await page.goto(`/checklist?ask=city&lang=${lang}`);
      await appReady(page);
      await page.getByRole('button', { name: flow(lang, 'continue') }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await axe(page, 'error');
    }),
  );
});
