import { expect, test } from '@playwright/test';
import { LANGS, gotoApp, langTag, visitInApp, waitForApp } from './support/app';
import { watchPage } from './support/console';

// What only a browser does on a checklist: ticks and documents written to the URL as they change (replacing the
// history entry, surviving a reload), the live verdict read out after each tick, the counter view's look and Back,
// and print. What each list and verdict says, for every URL, is checked in Node (tests/render).

test('ticks and documents live in the URL, replace history, survive a reload; the verdict is live', async ({ page }) => {
  const watch = await watchPage(page);
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  const before = await page.evaluate(() => history.length);
  const card = page.locator('li.cl-item[data-item="card"] .cl-item__row input');
  const form = page.locator('li.cl-item[data-item="application"] .cl-item__row input');
  await card.check();
  await form.check();
  await expect(page).toHaveURL(/done=card,application/);
  // The label toggles the box too (the whole row is the target).
  await page.locator('li.cl-item[data-item="card"] .cl-item__label').click();
  await expect(card).not.toBeChecked();
  await expect(page).toHaveURL(/done=application(&|$)/);

  const verdict = page.locator('li.cl-item[data-item="person-id"] .cl-picker .cl-idstatus');
  await expect(verdict).toHaveAttribute('aria-live', 'polite');
  // Nothing judged before a tick; the documents are folded under one line until opened.
  await expect(verdict).toHaveText('');
  await page.locator('li.cl-item[data-item="person-id"] .cl-picker__title').click();
  // List B (27 documents) is folded once more inside.
  await page.locator('li.cl-item[data-item="person-id"] .cl-picker .cl-fold > summary').click();
  await page.locator('li.cl-item[data-item="person-id"] .cl-picker').getByRole('checkbox', { name: /^Student ID/ }).check();
  await expect(verdict).toContainText('Not enough yet.');
  await page.locator('li.cl-item[data-item="person-id"] .cl-picker').getByRole('checkbox', { name: /^Student ID/ }).uncheck();
  await page.locator('li.cl-item[data-item="person-id"] .cl-picker').getByRole('checkbox', { name: /^Passport/ }).check();
  await expect(verdict).toHaveText(/These documents are enough\./);
  await expect(page).toHaveURL(/[?&]docs=passport(&|$)/);
  expect(await page.evaluate(() => history.length)).toBe(before);

  await page.reload();
  await waitForApp(page);
  await expect(form).toBeChecked();
  await expect(card).not.toBeChecked();
  await expect(verdict).toHaveText(/These documents are enough\./);
  expect(await watch.problems()).toEqual([]);
});

test('the counter view: Japanese large and black, the shown language small; Back returns to the list', async ({ page }) => {
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&docs=passport&lang=en');
  await page.getByRole('link', { name: 'Show at the counter' }).click();
  await expect(page).toHaveURL(/view=counter/);
  const first = page.locator('[data-view="counter"] .cv-item').first().locator('> .cv-ja');
  await expect(first).toHaveAttribute('lang', 'ja');
  const sizes = await first.evaluate((el) => {
    const small = el.parentElement!.querySelector('.cv-en')!;
    return { ja: parseFloat(getComputedStyle(el).fontSize), en: parseFloat(getComputedStyle(small).fontSize), color: getComputedStyle(el).color };
  });
  expect(sizes.ja).toBeGreaterThanOrEqual(24);
  expect(sizes.en).toBeLessThan(sizes.ja);
  expect(sizes.color).toBe('rgb(0, 0, 0)');
  await page.goBack();
  await expect(page.locator('[data-checklist-ready]:not([data-view])')).toBeVisible();
  await expect(page).not.toHaveURL(/view=counter/);
});

test('print: no navigation or buttons; the list and its ticked boxes stay', async ({ page }) => {
  await gotoApp(page, '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&done=card&lang=en');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lang-menu')).toBeHidden();
  await expect(page.locator('.cl-actions')).toBeHidden();
  await expect(page.locator('li.cl-item')).toHaveCount(3);
  await expect(page.locator('li.cl-item[data-item="card"] .cl-item__row input')).toBeChecked();
});

// Issue 20.7: Print gives the counter sheet on one A4 page. When the print styles were set, every checklist in every
// language was printed to PDF and counted one page, without ticks and with the longest lists' documents ticked. This
// keeps the longest sheets within one page's printable area, laid out as on paper: the print styles, at the width
// between the 12 mm margins of A4 (186 × 273 mm). Printing itself (page.pdf) is too slow for every run.
test('print: the longest counter sheets, with documents ticked, fit one A4 page in every language', async ({ page }) => {
  const mm = 96 / 25.4;
  await page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(273 * mm) });
  await page.emulateMedia({ media: 'print' });
  const heaviest = [
    'city=satte&procedure=pin-reset&applicant=proxy&docs=health-insurance-card,eligibility-certificate&agent-docs=passport,health-insurance-card',
    'city=ryugasaki&procedure=pin-reset&applicant=proxy&agent-docs=passport',
  ];
  const over: string[] = [];
  // One page load; the other sheets are reached as the app's links reach them.
  await gotoApp(page, `/checklist?${heaviest[0]}&lang=${LANGS[0]}`);
  for (const lang of LANGS)
    for (const query of heaviest) {
      await visitInApp(page, `/checklist?${query}&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', langTag(lang));
      await expect(page.locator('.cv-sheet').first()).toBeVisible();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > 273 * mm) over.push(`${lang} ${query}: ${Math.round(height / mm)} mm`);
    }
  expect(over).toEqual([]);
});
