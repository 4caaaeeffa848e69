import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects what must never happen on a page: CSP violations (console messages and securitypolicyviolation events),
 * console errors and uncaught exceptions. Call before the first navigation; read with `problems()`.
 */
export async function watchPage(page: Page): Promise<{ problems: () => Promise<string[]> }> {
  const seen: string[] = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /Content Security Policy|Refused to/i.test(text)) seen.push(`console ${msg.type()}: ${text}`);
  });
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return {
    problems: async () => {
      const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...seen, ...events.map((e) => `CSP: ${e}`)];
    },
  };
}
