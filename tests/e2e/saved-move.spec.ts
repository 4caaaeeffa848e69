import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './support/axe';
import { records, saved, savedRecord, seed, showSaved } from './support/saved-db';

// Moving to a new phone: export every saved person to a dated file, import it in a fresh profile, with a question
// per clash (keep both / replace / skip) before anything is written, a summary after, and a clear refusal of
// malformed or foreign files that leaves the saved people untouched.


// Japan time 2026-11-24 08:00 (still 2026-11-23 in UTC: the file name must use the Japanese date).
const NOW = new Date('2026-11-24T08:00:00+09:00');
const T0 = NOW.getTime() - 86_400_000;

const person = (id: string, label: string, over: Record<string, unknown> = {}) => savedRecord(id, label, T0, { procedure: 'renewal', ...over });
const MOTHER = person('0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e', '母', {
  procedure: 'pin-reset',
  applicant: 'legal-rep',
  answers: { dependent: 'adult-ward' },
  ticks: ['card'],
  held: ['passport'],
  expiry: '2027-01-31',
  updatedAt: T0 + 2000,
});
const ME = person('5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', 'My card', { city: 'satte', procedure: 'pin-reset', updatedAt: T0 + 1000 });
const FATHER = person('9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', '父', { procedure: 'pin-change' });
// What the new phone already holds under the same labels, with other content.
const OTHER_MOTHER = person('7e6d5c4b-3a29-4817-a6f5-e4d3c2b1a090', '母', { city: 'satte', procedure: 'pin-change' });
const OTHER_ME = person('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'my card', { procedure: 'pin-change' });


/** A page in a fresh profile (a new browser context: nothing shared with the others). */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.install({ time: NOW });
  return page;
}

/** Exports from a profile holding `people`; returns the file's name and text. */
async function exportFrom(browser: Browser, people: unknown[]): Promise<{ name: string; text: string }> {
  const page = await freshPage(browser);
  await seed(page, people);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: saved('en', 'move.export') }).click();
  const file = await download;
  const text = readFileSync(await file.path(), 'utf8');
  await expect(page.locator('[data-export-status]')).toHaveText(
    saved('en', 'move.exported', { count: people.length, file: file.suggestedFilename() }),
  );
  await page.context().close();
  return { name: file.suggestedFilename(), text };
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel(saved('en', 'import.label')).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

const labels = (page: Page) => page.locator('.saved-person h3');

test('exports a dated file with every saved person, in the documented format; a fresh profile imports it, once', async ({ browser }) => {
  const { name, text } = await exportFrom(browser, [MOTHER, ME]);
  expect(name).toBe('madoguchi-2026-11-24.json');
  const file = JSON.parse(text) as { format: string; version: number; exportedAt: number; people: unknown[] };
  expect(file).toMatchObject({ format: 'madoguchi-people', version: 4 });
  expect(file.people).toEqual(expect.arrayContaining([MOTHER, ME]));
  expect(file.people).toHaveLength(2);

  const page = await freshPage(browser);  await page.goto('/?lang=en');
  await showSaved(page);
  await expect(page.getByText(saved('en', 'empty'))).toBeVisible();
  await importText(page, name, text);
  const summary = page.locator('[data-import-summary]');
  await expect(summary).toContainText(saved('en', 'import.summary.heading'));
  await expect(summary).toContainText(saved('en', 'import.summary.added', { count: 2 }));
  await expect(labels(page)).toHaveText(['母', 'My card']);
  expect(await records(page)).toEqual([MOTHER, ME].sort((a, b) => String(a.id).localeCompare(String(b.id))));

  // Importing the same file again changes nothing and says so.
  await importText(page, name, text);
  await expect(summary).toContainText(saved('en', 'import.summary.nothing'));
  await expect(summary).toContainText(saved('en', 'import.summary.identical', { count: 2 }));
  await expect(labels(page)).toHaveText(['母', 'My card']);
  await page.context().close();
});

test('asks about every clash before writing anything: replace one, skip another; the import can be undone', async ({ browser }) => {
  const { name, text } = await exportFrom(browser, [MOTHER, ME, FATHER]);
  const page = await freshPage(browser);
  await seed(page, [OTHER_MOTHER, OTHER_ME]);
  const before = await records(page);

  await importText(page, name, text);
  const form = page.locator('[data-import-clashes]');
  await expect(form).toBeVisible();
  await expect(page.locator('.saved-import-result')).toBeFocused();
  await expect(form.locator('fieldset')).toHaveCount(2);
  // Nothing is written while the question is open.
  expect(await records(page)).toEqual(before);

  // Every clash needs an answer.
  await form.getByRole('button', { name: saved('en', 'import.apply'), exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText(saved('en', 'import.error.unresolved'));
  expect(await records(page)).toEqual(before);

  const mother = form.getByRole('group', { name: saved('en', 'import.clash.legend', { label: '母' }) });
  const me = form.getByRole('group', { name: saved('en', 'import.clash.legend', { label: 'My card' }) });
  await expect(mother).toContainText('Saved here: “母”, Satte: PIN change');
  await expect(mother.locator('time').first()).toHaveAttribute('datetime', '2026-11-23');
  expect(await axeViolations(page)).toEqual([]);
  await mother.getByLabel(saved('en', 'import.clash.replaceTarget', { label: '母' })).check();
  await me.getByLabel(saved('en', 'import.clash.skip')).check();
  await form.getByRole('button', { name: saved('en', 'import.apply'), exact: true }).click();

  const summary = page.locator('[data-import-summary]');
  await expect(summary).toContainText(saved('en', 'import.summary.added', { count: 1 }));
  // It says which saved person was replaced; the replaced one takes the file's content in its own place.
  await expect(summary).toContainText(saved('en', 'import.summary.replacedOne', { was: '母' }));
  await expect(summary).toContainText(saved('en', 'import.summary.skipped', { count: 1 }));
  const after = await records(page);
  expect(after).toEqual(expect.arrayContaining([{ ...MOTHER, id: OTHER_MOTHER.id, revision: 2 }, OTHER_ME, FATHER]));
  expect(after).toHaveLength(3);

  // Undone: the replaced person comes back (one revision on: every write moves it on), the added one goes.
  await summary.getByRole('button', { name: saved('en', 'import.summary.undo') }).click();
  await expect(page.locator('[data-import-summary="undone"]')).toHaveText(saved('en', 'import.summary.undone'));
  expect(await records(page)).toEqual(before.map((r) => (r.id === OTHER_MOTHER.id ? { ...r, revision: 3 } : r)));
  await page.context().close();
});

test('cancelling the clash question leaves everything as it was; keep both imports under a new name', async ({ browser }) => {
  const { name, text } = await exportFrom(browser, [MOTHER]);
  const page = await freshPage(browser);
  await seed(page, [OTHER_MOTHER]);
  const before = await records(page);
  await importText(page, name, text);
  await page.getByRole('button', { name: saved('en', 'import.cancel') }).click();
  await expect(page.locator('[data-import-summary="cancelled"]')).toHaveText(saved('en', 'import.cancelled'));
  expect(await records(page)).toEqual(before);
  await expect(labels(page)).toHaveText(['母']);

  await importText(page, name, text);
  const form = page.locator('[data-import-clashes]');
  await form.getByLabel(saved('en', 'import.clash.keep-both')).check();
  await form.getByRole('button', { name: saved('en', 'import.apply'), exact: true }).click();
  const summary = page.locator('[data-import-summary]');
  await expect(summary).toContainText(saved('en', 'import.summary.keptBoth', { count: 1 }));
  await expect(summary).toContainText(saved('en', 'import.summary.renamed', { label: '母 (2)' }));
  await expect(labels(page)).toHaveText(['母 (2)', '母']);
  expect(await records(page)).toEqual(expect.arrayContaining([OTHER_MOTHER, expect.objectContaining({ ...MOTHER, label: '母 (2)', updatedAt: expect.any(Number) })]));
  await page.context().close();
});

test('a malformed, foreign or edited file is refused with a clear message, in the app’s language, and nothing changes', async ({ browser }) => {
  const page = await freshPage(browser);
  await seed(page, [MOTHER, ME]);
  const before = await records(page);
  const valid = { format: 'madoguchi-people', version: 3, exportedAt: T0, people: [FATHER] };
  const cases: Array<[string, string]> = [
    ['{"format": "madoguchi-people", "people": [', 'import.error.truncated'],
    ['name,label\n母,1', 'import.error.foreign'],
    [JSON.stringify({ contacts: [{ name: '母' }] }), 'import.error.foreign'],
    [JSON.stringify({ ...valid, version: 99 }), 'import.error.tooNew'],
    [JSON.stringify({ ...valid, people: [{ ...FATHER, pin: '1234' }] }), 'import.error.invalid'],
    [JSON.stringify({ ...valid, people: [{ ...FATHER, label: '' }] }), 'import.error.invalid'],
  ];
  for (const [text, key] of cases) {
    await importText(page, 'madoguchi-2026-11-24.json', text);
    const error = page.locator('[data-import-error]');
    await expect(error).toContainText(saved('en', key));
    expect(await records(page), key).toEqual(before);
  }
  // The last refusal said what is wrong, person by person, in the app's language.
  await importText(page, 'madoguchi-2026-11-24.json', JSON.stringify({ ...valid, people: [{ ...FATHER, city: 'atlantis' }] }));
  await expect(page.locator('[data-import-error] li')).toHaveText([
    `${saved('en', 'import.problem.personLabel', { n: 1, label: '父' })} ${saved('en', 'import.problem.code.unknown-city', { value: 'atlantis' })}`,
  ]);
  await expect(labels(page)).toHaveText(['母', 'My card']);

  // In Japanese too, never in the validator's English; a refused label (maybe the number itself) is not repeated.
  await page.goto('/?lang=ja');
  await showSaved(page);
  const bad = { format: 'madoguchi-people', version: 3, exportedAt: T0, people: [{ ...FATHER, label: '父のマイナンバー 1234ー5678ー9012', expiry: '9999-12-31' }] };
  await page.getByLabel(saved('ja', 'import.label')).setInputFiles({
    name: 'madoguchi.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const error = page.locator('[data-import-error]');
  await expect(error).toContainText(saved('ja', 'import.error.invalid'));
  await expect(error.locator('li')).toHaveText([
    `${saved('ja', 'import.problem.person', { n: 1 })}：${saved('ja', 'import.problem.code.label-number')}`,
  ]);
  // The refused label, which may be the number itself, is not repeated on screen.
  await expect(error).not.toContainText('1234');
  await page.context().close();
});


