import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// axe-core (WCAG 2.0/2.1/2.2 A and AA) on the counters page: the city choice, a city with every status, a bad link.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const lang of ['ja', 'en']) {
  test(`counters page has no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(90_000); // four pages, an axe scan each (19-32 s on CI's two cores)
    // 2026-11-25 18:30: the station has no card work, the halls are unknown; Satte's closing time is not given.
    await page.clock.setFixedTime(new Date('2026-11-25T18:30:00+09:00'));
    for (const url of [
      `/counters?lang=${lang}`,
      `/counters?city=ryugasaki&procedure=pin-reset&lang=${lang}`,
      `/counters?city=satte&lang=${lang}`,
      `/counters?city=nowhere&lang=${lang}`,
    ]) {
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      if (url.includes('city=ryugasaki')) await expect(page.locator('[data-counter="station"]')).toHaveAttribute('data-status', 'no-card-work');
      if (url.includes('city=satte')) await expect(page.locator('[data-counter="shimin-ka"]')).toHaveAttribute('data-status', 'unknown');
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${url}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}
