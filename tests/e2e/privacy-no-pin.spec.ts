import { expect, test, type Page } from '@playwright/test';

// Madoguchi never asks for a PIN or the 12-digit individual number: no field anywhere may look like one.
// The walk covers every route, every question screen and every checklist, in both languages.

const CITIES = ['ryugasaki', 'satte'];
const PROCEDURES = ['renewal', 'pin-reset', 'pin-change'];
const APPLICANTS = ['self', 'legal-rep', 'proxy'];
const STEPS = ['city', 'procedure', 'applicant', 'pin', 'other-pin', 'current-pin', 'certs-valid', 'smartphone', 'review'];
const FACT_STEPS = ['dependent', 'honseki', 'koseki', 'household', 'resident-pin', 'inquiry'];

function urls(): string[] {
  const list = ['/', '/counters', '/counters?city=ryugasaki', '/counters?city=satte', '/renewal', '/renewal?expiry=2027-06-15'];
  for (const city of CITIES) {
    for (const procedure of PROCEDURES)
      for (const applicant of APPLICANTS) list.push(`/checklist?city=${city}&procedure=${procedure}&applicant=${applicant}`);
    // Every question screen once per city: the flow renders them all with the same components.
    for (const ask of STEPS) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=self&ask=${ask}`);
    for (const ask of FACT_STEPS) list.push(`/checklist?city=${city}&procedure=pin-reset&applicant=legal-rep&ask=${ask}`);
  }
  return list;
}

const SUSPECT = /pin|暗証|個人番号|マイナンバー|my ?number|password|passcode/i;

async function suspiciousFields(page: Page): Promise<string[]> {
  return page.$$eval('input, textarea, select, [contenteditable="true"]', (fields) =>
    fields
      .filter((f) => {
        const el = f as HTMLInputElement;
        // Choices (radios, checkboxes, buttons) answer questions about a PIN; they never carry one.
        return !['radio', 'checkbox', 'hidden', 'submit', 'button', 'file', 'date'].includes(el.type);
      })
      .map((f) => {
        const el = f as HTMLInputElement;
        const labels = [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ');
        return [el.type, el.name, el.id, el.getAttribute('autocomplete') ?? '', el.getAttribute('aria-label') ?? '', labels, el.inputMode, String(el.maxLength)].join('|');
      }),
  );
}

for (const lang of ['ja', 'en']) {
  test(`no field asks for a PIN or the individual number (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    const offenders: string[] = [];
    for (const url of urls()) {
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.locator('main').first().waitFor();
      // The fields the app draws, not only the prerendered ones.
      await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
      for (const field of await suspiciousFields(page)) {
        const [type, , , autocomplete, , , inputMode, maxLength] = field.split('|');
        const looksLikeSecret = type === 'password' || autocomplete === 'one-time-code' || SUSPECT.test(field);
        const looksLikeNumber = inputMode === 'numeric' && (maxLength === '4' || maxLength === '12' || maxLength === '16');
        if (looksLikeSecret || looksLikeNumber) offenders.push(`${url}: ${field}`);
      }
    }
    expect(offenders).toEqual([]);
  });
}
