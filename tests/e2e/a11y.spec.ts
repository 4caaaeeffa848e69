import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LANGS, localeText, waitForApp } from './support/app';

// Accessibility (axe-core, WCAG 2.0–2.2 A and AA) and fit on a 360 px phone, on one page of every type in every
// language: the number of tests grows with languages only (one each), not with cities or procedures. What pages
// say is checked in Node (tests/render); this is what only a browser can tell: contrast, focus, layout, ARIA at
// runtime. Folded parts are opened so everything a person can reach is scanned.
//
// axe-core is loaded into each document once (an init script) and run through its own API; each language loads the
// app once and moves between pages as its links do (History API), so a scan costs its own time, not a page load and
// a re-injection of axe (five times faster on this machine than AxeBuilder per page).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
  }
}

/** Moves to `url` within the app, as a link or Back would, and waits until the page has drawn it. */
async function visit(page: Page, url: string) {
  await page.evaluate((u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await expect(page.locator('main h1')).toHaveCount(1);
  // A page whose city or code is still loading says so (aria-busy); the scan waits for the page itself.
  await expect(page.locator('main .cl[aria-busy], main .flow--loading')).toHaveCount(0);
}

/** [page type, URL, what to do before the scan] */
const PAGE_TYPES: Array<[string, string, ((page: Page, lang: string) => Promise<void>)?]> = [
  ['start page', '/', (page) => page.locator('section.saved').scrollIntoViewIfNeeded()],
  ['question', '/checklist?ask=city'],
  ['question with its help open', '/checklist?city=ryugasaki&procedure=pin-reset&ask=applicant', (page) => page.locator('details.help summary').click()],
  [
    'question with its error',
    '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin',
    async (page, lang) => {
      await page.getByRole('button', { name: localeText(lang, 'flow', 'continue'), exact: true }).click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  ],
  ['fact question', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&ask=koseki'],
  ['route: convenience store', '/checklist?city=satte&procedure=pin-reset&applicant=self&pin=signature&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route'],
  ['route: counter', '/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=route'],
  ['check answers', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&pin=both&ask=review'],
  ['checklist with ID verdicts', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&docs=health-insurance-card&agent-docs=passport'],
  ['checklist in two visits', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&docs=health-insurance-card&done=person-card'],
  ['checklist the page is silent about', '/checklist?city=ryugasaki&procedure=renewal&applicant=legal-rep'],
  ['counter view', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&view=counter&docs=drivers-license'],
  ['bad link', '/checklist?city=%3Cscript%3E&procedure=pin&applicant=self&docs=%3Cb%3E'],
  ['counters: choose a city', '/counters'],
  ['counters of a city', '/counters?city=ryugasaki&procedure=pin-reset'],
  ['renewal form', '/renewal'],
  ['renewal answer', '/renewal?expiry=2027-06-15'],
  ['renewal error', '/renewal?expiry=2027-02-30'],
  ['page not found', '/no-such-page'],
];

test.use({ viewport: { width: 360, height: 780 } });

for (const lang of LANGS) {
  test(`every page type in ${lang}: no axe violations, nothing wider than 360 px, targets of 44 px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript({ content: AXE });
    await page.goto(`/?lang=${lang}`);
    await waitForApp(page);
    const found: string[] = [];
    for (const [type, path, before] of PAGE_TYPES) {
      await visit(page, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      if (before) await before(page, lang);
      await page.locator('main details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), TAGS);
      found.push(...results.violations.map((v) => `${type}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) found.push(`${type}: ${width} px wide`);
      const small = await page.locator('main a.button, main button').evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length,
      );
      if (small) found.push(`${type}: ${small} button(s) under 44 px`);
    }
    expect(found).toEqual([]);
  });
}
