import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe-core (WCAG 2.0/2.1/2.2 A and AA) on the counters page: the city choice, a city with every status, a bad link.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const LANGS = ['ja', 'en'];

// Each state is scanned in one language, the languages taking turns: a scan costs a second or two.
LANGS.forEach((lang, turn) => {
  test(`counters page has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(60_000); // two pages, an axe scan each
    // 2026-11-25 18:30: the station has no card work, the halls are unknown; Satte's closing time is not given.
    await page.clock.setFixedTime(new Date('2026-11-25T18:30:00+09:00'));
    for (const url of [
      `/counters?lang=${lang}`,
      `/counters?city=ryugasaki&procedure=pin-reset&lang=${lang}`,
      `/counters?city=satte&lang=${lang}`,
      `/counters?city=nowhere&lang=${lang}`,
    ].filter((_, i) => i % LANGS.length === turn)) {
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      if (url.includes('city=ryugasaki')) await expect(page.locator('[data-counter="station"]')).toHaveAttribute('data-status', 'no-card-work');
      if (url.includes('city=satte')) await expect(page.locator('[data-counter="shimin-ka"]')).toHaveAttribute('data-status', 'unknown');
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
