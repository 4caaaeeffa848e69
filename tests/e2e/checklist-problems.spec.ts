import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './support/app';

// Links that cannot be read get a message page: what was wrong per parameter, the value as text (never markup), and
// ways on. Never a crash, a blank page, a console error or an executed script.

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}

const problemsPage = (page: Page) => page.locator('[data-query-problems]');

test('unknown city: says so and lists the cities Madoguchi covers, keeping the rest of the link', async ({ page }) => {
  const errors = watch(page);
  await gotoApp(page, '/checklist?city=tokyo&procedure=pin-reset&applicant=self&lang=en');
  await expect(problemsPage(page).locator('h1')).toHaveText('This link cannot be opened as a checklist');
  const problem = page.locator('.qp-problem[data-param="city"]');
  await expect(problem).toHaveAttribute('data-code', 'unknown-city');
  await expect(problem.locator('code')).toHaveText('tokyo');
  const cities = page.locator('.qp-cities a');
  await expect(cities).toHaveText(['Ryugasaki', 'Satte']);
  await expect(cities.first()).toHaveAttribute('href', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  await cities.first().click();
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('markup in values is shown as text and never runs', async ({ page }) => {
  const errors = watch(page);
  const script = '<script>alert(1)</script>';
  const img = '<img src=x onerror=alert(2)>';
  await page.goto(
    `/checklist?city=${encodeURIComponent(script)}&procedure=${encodeURIComponent(img)}&applicant=self&lang=ja`,
  );
  await expect(problemsPage(page).locator('h1')).toHaveText('このリンクではリストを開けません');
  await expect(page.locator('.qp-problem[data-param="city"] code')).toHaveText(script);
  await expect(page.locator('.qp-problem[data-param="procedure"] code')).toHaveText(img);
  await expect(page.locator('.qp-problem[data-param="procedure"] .qp-hint')).toContainText('renewal, pin-reset, pin-change');
  await expect(page.locator('main script, main img')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('bad values in answers and lists name the parameter and what it accepts', async ({ page }) => {
  const errors = watch(page);
  await gotoApp(page, '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=grandchild&docs=passport,<b>x</b>&lang=en');
  await expect(page.locator('.qp-problem[data-param="dependent"]')).toContainText('is not a possible value for “dependent”');
  await expect(page.locator('.qp-problem[data-param="dependent"] .qp-hint')).toHaveText('Possible values: child, adult-ward.');
  await expect(page.locator('.qp-problem[data-param="docs"] code')).toHaveText('<b>x</b>');
  await expect(page.locator('.qp-problem[data-param="docs"] .qp-hint')).toContainText('separated by commas');
  // The way out keeps what was right.
  await page.getByRole('link', { name: 'Open the same link without the wrong parts' }).click();
  await expect(page).toHaveURL(/\/checklist\?city=satte&procedure=pin-reset&applicant=legal-rep&lang=en$/);
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('huge values: the page says "too long" and shows only the start of the value', async ({ page }) => {
  const errors = watch(page);
  // Large, yet under the 16 kB of request head that servers accept.
  const huge = 'x'.repeat(5_000);
  const many = Array.from({ length: 100 }, (_, i) => `item-${i}`).join(',');
  await page.goto(`/checklist?city=ryugasaki&procedure=${huge}&applicant=self&done=${many}&lang=en`);
  await expect(problemsPage(page).locator('h1')).toBeVisible();
  const tooLong = page.locator('.qp-problem[data-param="procedure"]');
  await expect(tooLong).toHaveAttribute('data-code', 'too-long');
  expect((await tooLong.locator('code').textContent())!.length).toBeLessThanOrEqual(41);
  await expect(page.locator('.qp-problem[data-param="done"]')).toHaveAttribute('data-code', 'too-many');
  await expect(page.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/?lang=en');
  expect(errors).toEqual([]);
});
