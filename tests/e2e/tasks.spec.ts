import { expect, test, type Page } from '@playwright/test';
import { gotoApp, localeText } from './support/app';

// Issue 20: two residents' tasks walked from the start page on a 360 × 780 phone, as they would tap, with the taps
// counted. (The third, "can I go on that Sunday?", is tests/e2e/counters.spec.ts.) What each page says for every
// city, procedure, applicant and language is checked in Node (tests/render/answer-first.test.ts and others).

test.use({ viewport: { width: 360, height: 780 } });

const flow = (key: string) => localeText('ja', 'flow', key);

/** A resident's taps: each one counted, each navigation waited for. */
function tapper(page: Page) {
  let taps = 0;
  return {
    get taps() {
      return taps;
    },
    async pick(name: string, value: string) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
      taps++;
    },
    async go(click: () => Promise<void>) {
      const before = page.url();
      await click();
      taps++;
      await page.waitForURL((u) => u.href !== before);
    },
    async next() {
      await this.go(() => page.getByRole('button', { name: flow('continue'), exact: true }).click());
    },
  };
}

test('龍ケ崎市: a daughter resets her mother’s PIN as a voluntary proxy; the list, in 8 taps, opens with what to bring', async ({ page }) => {
  // A Thursday evening: the summary names the next opening with a two-digit date (the page's height below is fixed).
  await page.clock.setFixedTime(new Date('2026-12-10T20:00:00+09:00'));
  await gotoApp(page, '/?lang=ja');
  const me = tapper(page);
  await me.go(() => page.getByRole('link', { name: localeText('ja', 'start', 'start'), exact: true }).click());
  await me.pick('city', 'ryugasaki');
  await me.next();
  await me.pick('procedure', 'pin-reset');
  await me.next();
  await me.pick('applicant', 'proxy');
  await me.next();
  // A proxy is asked nothing about the cardholder's PINs or a store (issue 20.3): next is the checklist or the review.
  if (new URL(page.url()).searchParams.get('ask') === 'review') await me.go(() => page.locator('main form button[type="submit"], main a.button').first().click());
  await expect(page.locator('main .cl[data-checklist-ready]')).toBeVisible();
  expect(me.taps).toBeLessThanOrEqual(8);
  // The answer first: the summary starts within the first screen, with both visits.
  const summary = page.locator('.cl-summary');
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await summary.boundingBox())!.y).toBeLessThanOrEqual(600);
  await expect(summary.locator('[data-summary-visit]')).toHaveCount(2);
  await expect(summary.locator('[data-summary-item="power-of-attorney"]')).toContainText('委任状');
  // Issue 20.5: the whole page, its save section drawn, is at most half of the 5,788 px it was at 360 px.
  await expect(summary.locator('.cl-summary__next').first()).toContainText('12月11日');
  await page.locator('#cl-save').scrollIntoViewIfNeeded();
  await page.locator('#cl-save[data-part="save"]').waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(5788 / 2);
});

test('幸手市: a parent renewing a 10-year-old’s certificates learns first that it is a new card application', async ({ page }) => {
  await gotoApp(page, '/?lang=ja');
  const me = tapper(page);
  await me.go(() => page.getByRole('link', { name: localeText('ja', 'start', 'start'), exact: true }).click());
  await me.pick('city', 'satte');
  await me.next();
  await me.pick('procedure', 'renewal');
  await me.next();
  await me.pick('applicant', 'legal-rep');
  // Said at the answer, before going on.
  await expect(page.locator('main')).toContainText(flow('applicant.childRenewal.hint'));
  await me.next();
  while (!(await page.locator('main .cl[data-checklist-ready]').count())) {
    const step = new URL(page.url()).searchParams.get('ask');
    if (step === 'review') await me.go(() => page.locator('main form button[type="submit"], main a.button').first().click());
    else if (step === 'dependent') {
      await me.pick('dependent', 'child');
      await me.next();
    } else throw new Error(`unexpected screen ${step}`);
  }
  expect(me.taps).toBeLessThanOrEqual(10);
  const notice = page.getByText(localeText('ja', 'checklist', 'childRenewal.title'));
  await page.evaluate(() => window.scrollTo(0, 0));
  expect((await notice.boundingBox())!.y).toBeLessThanOrEqual(600);
  // Nothing to renew on its own: no Save, Share or Print for a list the page does not give.
  await expect(page.locator('.cl-actions .button')).toHaveCount(0);
});
