import { expect, test, type Page } from '@playwright/test';
import { LANGS, langTag, visitInApp } from './support/app';
import { axeViolations } from './support/axe';
import { savedRecord, seed, showSaved } from './support/saved-db';

// Accessibility (axe-core, WCAG 2.0–2.2 A and AA) and fit on a 360 px phone, on one page of every type in every
// language, and every other state of those pages in one language each: the number of tests grows with languages
// only (one each), not with cities or procedures. What pages
// say is checked in Node (tests/render); this is what only a browser can tell: contrast, focus, layout, ARIA at
// runtime. Folded parts are opened so everything a person can reach is scanned.
//
// Each language loads the app once and moves between pages as its links do (History API), so a scan costs its own
// time, not a page load and a new copy of axe (support/axe.ts).

/** [what is scanned, URL, what to do before the scan] */
type Scan = [string, string, ((page: Page, lang: string) => Promise<void>)?];

/** One page of every type: scanned in every language. */
const PAGE_TYPES: Scan[] = [
  ['start page with saved people', '/', showSaved],
  ['question', '/checklist?ask=city'],
  ['route: convenience store', '/checklist?city=satte&procedure=pin-reset&applicant=self&pin=signature&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route'],
  ['check answers', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&pin=both&ask=review'],
  ['checklist in two visits, with ID verdicts', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&docs=health-insurance-card&agent-docs=passport&done=person-card'],
  ['counter view', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&view=counter&docs=drivers-license'],
  ['bad link', '/checklist?city=%3Cscript%3E&procedure=pin&applicant=self&docs=%3Cb%3E'],
  ['counters: choose a city', '/counters'],
  ['counters of a city', '/counters?city=ryugasaki&procedure=pin-reset'],
  ['renewal form', '/renewal'],
  ['renewal answer', '/renewal?expiry=2027-06-15'],
  ['page not found', '/no-such-page'],
];

/**
 * Other states of those pages (an error, a help, another route or list): each scanned in one language, the languages
 * taking turns, so every state is scanned and every language scans some. Their components are the page types'.
 */
const STATES: Scan[] = [
  [
    'saved people: a rename with its error, and an Undo',
    '/',
    async (page) => {
      await showSaved(page);
      const card = (label: string) => page.locator('.saved-person', { has: page.getByRole('heading', { name: label, exact: true }) });
      // By role and place, not by name: in easy Japanese a name carries furigana (the texts are checked in Node).
      await card('父').locator('button.saved-button--danger').click();
      await card('母').getByRole('button').first().click();
      await card('母').getByRole('textbox').fill('');
      await card('母').locator('button[type="submit"]').click();
      await expect(card('母').locator('.saved-error')).toBeVisible();
    },
  ],
  ['question with its help open', '/checklist?city=ryugasaki&procedure=pin-reset&ask=applicant', (page) => page.locator('details.help summary').click()],
  [
    'question with its error',
    '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&ask=pin',
    async (page) => {
      await page.locator('button.flow-continue').click();
      await expect(page.locator('.error-summary')).toBeFocused();
    },
  ],
  ['fact question', '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&ask=koseki'],
  ['route: counter', '/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=route'],
  ['checklist of a legal representative, with ID verdicts', '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&docs=health-insurance-card&agent-docs=passport'],
  ['checklist the page is silent about', '/checklist?city=ryugasaki&procedure=renewal&applicant=legal-rep'],
  ['renewal error', '/renewal?expiry=2027-02-30'],
];

/** What one language scans: every page type, and its turn of the other states, each after its page. */
function scansFor(lang: string): Scan[] {
  const mine = STATES.filter((_, i) => i % LANGS.length === LANGS.indexOf(lang));
  return [...PAGE_TYPES, ...mine];
}

test.use({ viewport: { width: 360, height: 780 } });

for (const lang of LANGS) {
  test(`every page type in ${lang}: no axe violations, nothing wider than 360 px, targets of 44 px`, async ({ page }) => {
    test.setTimeout(90_000);
    // Two saved people, so the start page shows its list, and one to delete and one to rename.
    const at = Date.UTC(2026, 10, 23);
    await seed(page, [savedRecord('0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e', '母', at, { expiry: '2027-01-31' }), savedRecord('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '父', at, { city: 'satte' })], lang);
    const found: string[] = [];
    for (const [type, path, before] of scansFor(lang)) {
      await visitInApp(page, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', langTag(lang));
      if (before) await before(page, lang);
      await page.locator('main details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      found.push(...(await axeViolations(page, type)));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) found.push(`${type}: ${width} px wide`);
      const small = await page.locator('main a.button, main button, .saved input').evaluateAll((els) =>
        els.filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length,
      );
      if (small) found.push(`${type}: ${small} button(s) under 44 px`);
      // A word stays whole with its reading (a flex button once set 在留カー and ド in two columns); only the counter
      // view's large names may break.
      const split = await page.locator('main ruby').evaluateAll((els) =>
        els.filter((e) => e.checkVisibility() && !e.closest('.cv-ja') && e.getClientRects().length > 1).map((e) => e.firstChild?.textContent),
      );
      if (split.length) found.push(`${type}: split across lines: ${split.join(', ')}`);
    }
    // The language menu keeps every language in one row at 360 px, so each page's own content starts one row higher.
    const rows = await page.locator('.lang-menu a').evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    if (rows !== 1) found.push(`language menu: ${rows} rows`);
    // The app's name keeps the space between its Japanese (with furigana in easy Japanese) and its Latin words.
    const nameGap = await page.locator('a.brand').evaluate((brand) => {
      const ja = brand.querySelector('ruby');
      const text = ja?.nextSibling;
      if (!ja || !text?.textContent) return null;
      const range = document.createRange();
      const first = text.textContent.search(/\S/);
      range.setStart(text, first);
      range.setEnd(text, first + 1);
      return range.getBoundingClientRect().left - ja.getBoundingClientRect().right;
    });
    if (nameGap !== null && nameGap < 2) found.push(`app name: ${nameGap} px between its words`);
    expect(found).toEqual([]);
  });
}
