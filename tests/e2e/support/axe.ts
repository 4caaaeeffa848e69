import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// axe-core run through its own API, loaded into the document once (an evaluate runs past the page's CSP): several
// times faster here than @axe-core/playwright's AxeBuilder, which injects and serialises axe for every scan.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type Axe = { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };

/** The page's WCAG A/AA violations as it is now, one line each ('rule: targets'), labelled. */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return results.violations.map((v) => `${label ? `${label}: ` : ''}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
