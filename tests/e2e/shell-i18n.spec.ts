import { expect, test } from '@playwright/test';
import { common, gotoApp, pageTitle } from './support/app';

// Language: chosen by the toggle, remembered, overridden by lang= in the URL, reflected in <html lang>.

test.describe('language', () => {
  test.use({ locale: 'ja-JP' });

  test('the toggle switches text and <html lang>, keeps the URL, and is remembered', async ({ page }) => {
    await gotoApp(page, '/checklist?city=satte');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle(pageTitle('ja', 'checklist'));

    await page.getByRole('link', { name: common('en', 'language.name') }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'checklist'));
    await expect(page.locator('.skip-link')).toHaveText(common('en', 'skipLink'));
    const url = new URL(page.url());
    expect(url.pathname).toBe('/checklist');
    expect(url.searchParams.get('city')).toBe('satte');
    expect(url.searchParams.get('lang')).toBe('en');

    // Back is the previous language (the toggle adds a history entry).
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.goForward();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Remembered: a page without lang= opens in English, after a reload too.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'start'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => localStorage.getItem('madoguchi.lang'))).toBe('en');
  });

  test('lang= in the URL wins over the remembered choice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('madoguchi.lang', 'en'));
    await page.goto('/renewal?lang=ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle(pageTitle('ja', 'renewal'));
    await page.goto('/renewal?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(pageTitle('en', 'renewal'));
  });

  test('without a choice, a Japanese browser gets Japanese', async ({ page }) => {
    await page.goto('/counters');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page).toHaveTitle(pageTitle('ja', 'counters'));
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

// Accessibility: each page's own spec scans it whole (header, toggle and footer included) with axe:
// start-page, flow-questions, checklist-a11y, counters-a11y and renewal-page.
