import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './support/app';

// The identity-document picker: ticks go to the URL (docs / agent-docs), and the live verdict under the picker follows
// the city's rule exactly (Ryugasaki: 1 from A or 2 from B, the card only with its resident PIN; Satte: examples).

const RYU_SELF = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en';

function verdict(page: Page, item = 'person-id') {
  return page.locator(`li.cl-item[data-item="${item}"] .cl-picker .cl-idstatus`);
}

async function tick(page: Page, item: string, name: string | RegExp) {
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  const box = page.locator(`li.cl-item[data-item="${item}"] .cl-picker`).getByRole('checkbox', { name, includeHidden: true });
  if (!(await box.isVisible())) {
    // Long lists start folded: open the fold that holds the document.
    const fold = page
      .locator(`li.cl-item[data-item="${item}"] details.cl-fold`)
      .filter({ has: page.getByRole('checkbox', { name, includeHidden: true }) });
    await fold.locator('summary').click();
  }
  await box.check();
}

test('Ryugasaki: 1 from A is enough; 1 from B is not; 2 from B are', async ({ page }) => {
  await page.goto(RYU_SELF);
  const status = verdict(page);
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('Not enough yet.');
  await expect(status).toContainText('Still need: 1 more from “List A: official photo ID showing current information”, or 2 more from “List B');

  await tick(page, 'person-id', /^Passport/);
  await expect(status).toHaveText(/These documents are enough\./);
  await expect(page).toHaveURL(/[?&]docs=passport(&|$)/);

  await page.locator('li.cl-item[data-item="person-id"]').getByRole('checkbox', { name: /^Passport/ }).uncheck();
  await tick(page, 'person-id', /^Pension certificate/);
  await expect(status).toContainText('Not enough yet.');
  await expect(status).toContainText('1 more from “List B');
  await expect(status).toContainText('1 more from “List A');

  await tick(page, 'person-id', /^Student ID card/);
  await expect(status).toHaveText(/These documents are enough\./);
  await expect(page).toHaveURL(/docs=pension-certificate,student-id/);
});

test('Ryugasaki: the card counts as an A document only when its resident PIN can be entered', async ({ page }) => {
  await page.goto(`${RYU_SELF}&docs=mynumber-card`);
  const card = page.locator('li.cl-item[data-item="person-id"] .cl-doc').filter({ hasText: 'My Number card' });
  await expect(card.locator('.cl-doc__cond')).toContainText(
    "Counts only if the card's 4-digit resident register PIN can be entered.",
  );
  await expect(card.locator('.cl-doc__cond a')).toHaveAttribute('href', /ask=resident-pin/);
  await expect(verdict(page)).toContainText('Not enough yet.');
  await expect(verdict(page)).toContainText('My Number card: Counts only if');

  await page.goto(`${RYU_SELF}&docs=mynumber-card&resident-pin=usable`);
  await expect(verdict(page)).toHaveText(/These documents are enough\./);

  await page.goto(`${RYU_SELF}&docs=mynumber-card&resident-pin=unusable`);
  await expect(verdict(page)).toContainText('Not enough yet.');
  await expect(verdict(page)).toContainText('Does not count in your case');
});

test('Ryugasaki legal representative: the person’s card is left out of the person’s list, with a note', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en');
  const picker = page.locator('li.cl-item[data-item="person-id"] .cl-picker');
  await expect(picker.getByRole('checkbox', { name: /My Number card/ })).toHaveCount(0);
  await expect(picker.locator('.cl-picker__excluded')).toHaveText('My Number card does not count here');
  // The agent's rule is "2 from A, or 1 from A and 1 from B": one A is not enough.
  await tick(page, 'agent-id', /^Driver's license/);
  await expect(verdict(page, 'agent-id')).toContainText('Not enough yet.');
  await expect(page).toHaveURL(/agent-docs=drivers-license/);
  await tick(page, 'agent-id', /^Student ID card/);
  await expect(verdict(page, 'agent-id')).toHaveText(/These documents are enough\./);
});

test('Satte agent: two documents without an official photo ID are not enough; the lists are examples only', async ({ page }) => {
  await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&lang=en');
  const picker = page.locator('li.cl-item[data-item="agent-id"] .cl-picker');
  await expect(picker.locator('.cl-picker__note')).toHaveText(
    'The page gives only examples: other documents of this kind may also be accepted.',
  );
  await tick(page, 'agent-id', /^Health insurance card/);
  await tick(page, 'agent-id', /^Certificate of eligibility/);
  await expect(page).toHaveURL(/agent-docs=health-insurance-card,eligibility-certificate/);
  const status = verdict(page, 'agent-id');
  await expect(status).toContainText('Not enough yet.');
  await expect(status).toContainText('1 more from “Official photo ID (issued by a public authority)”');
  await tick(page, 'agent-id', /^Driver's license/);
  await expect(status).toHaveText(/These documents are enough\./);
});

test('Satte in Japanese: the verdict reads in Japanese and the picker history is replaced, not stacked', async ({ page }) => {
  await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=self&lang=ja');
  const before = await page.evaluate(() => history.length);
  await tick(page, 'person-id', /資格確認書/);
  await expect(verdict(page)).toHaveText(/この書類で足ります。/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("Ryugasaki: an agent's own card counts once the agent says its resident PIN can be entered", async ({ page }) => {
  const base = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en&agent-docs=mynumber-card,drivers-license';
  await page.goto(base);
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  // The cardholder's answer says nothing about the agent's own card.
  await gotoApp(page, `${base}&resident-pin=usable`);
  await expect(verdict(page, 'agent-id')).toContainText('Not enough yet.');
  const card = page.locator('li.cl-item[data-item="agent-id"] .cl-doc').filter({ hasText: 'My Number card' });
  await card.getByRole('link', { name: 'Yes, I know it and it is not locked' }).click();
  await expect(page).toHaveURL(/agent-resident-pin=usable/);
  await expect(verdict(page, 'agent-id')).toHaveText(/These documents are enough\./);

  await page.goto(`${base}&agent-resident-pin=unusable`);
  await expect(verdict(page, 'agent-id')).toContainText('Not enough yet.');
});
