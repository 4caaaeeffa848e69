import type { Page } from '@playwright/test';
import { waitForApp } from './app';

// Layout shifts (CLS) of a page drawn over HTML that is not yet its own (the host serves one HTML per route): the
// app is held until that HTML has painted, as on a slow phone, so a shift cannot hide in a fast load.

/** Holds the app's start (src/shell/hold.ts) until the host's HTML has had its first contentful paint. */
export async function holdUntilFirstPaint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { madoguchiHold: () => Promise<void> }).madoguchiHold = () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }).observe({ type: 'paint', buffered: true });
      });
  });
}

/** The sum of the page's layout shifts not caused by input, read (buffered) once the app has taken the page over. */
export async function layoutShifts(page: Page): Promise<number> {
  await waitForApp(page);
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
    observer.disconnect();
    return shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
  });
}
