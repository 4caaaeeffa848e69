// The browser the benchmark's own measurements drive (the offline repeat visit, the saved list): Chromium started as
// Lighthouse's is, with a phone-sized page like Lighthouse's mobile emulation, closed on every way out.
import { BROWSER_LANGUAGE, CHROMIUM_FLAGS } from './config.mjs';
import { onClose } from './cleanup.mjs';

/**
 * Starts Chromium and opens a phone-sized context; `close` stops the browser (also registered with cleanup.mjs).
 * @param {string} executablePath
 * @param {import('@playwright/test').BrowserContextOptions} [options] more context options (e.g. serviceWorkers)
 */
export async function openPhone(executablePath, options = {}) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  const unregister = onClose(() => browser.close());
  const close = async () => {
    unregister();
    await browser.close().catch(() => {});
  };
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      locale: BROWSER_LANGUAGE,
      ...options,
    });
    return { context, close };
  } catch (error) {
    await close();
    throw error;
  }
}
