import { expect, test } from '@playwright/test';
import { records, saved, savedRecord, seed } from './support/saved-db';

// A thousand saved people: the start page lists them a page at a time, drawn a few cards per frame (the speed
// budget is measured by `npm run bench`, bench/saved-list.mjs), and every one of them stays reachable and usable.

const PEOPLE = 1000;
const T0 = Date.UTC(2026, 10, 20);
const people = Array.from({ length: PEOPLE }, (_, i) =>
  savedRecord(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Person ${i + 1}`, T0, {
    city: i % 2 ? 'satte' : 'ryugasaki',
    expiry: '2027-06-15',
    // Newest first: Person 1 is at the top, Person 1000 at the bottom.
    updatedAt: T0 + (PEOPLE - i) * 1000,
  }),
);

test('1,000 saved people: all reachable a page at a time, and the list stays usable', async ({ page }) => {
  test.slow();
  await seed(page, people);
  const cards = page.locator('.saved-person');
  const list = page.locator('.saved-list');
  const more = page.locator('[data-saved-more]');
  await expect(list).toHaveAttribute('data-saved-listed', 'all');
  await expect(cards).toHaveCount(50);
  await expect(more).toHaveText(saved('en', 'more', { count: 50, shown: 50, total: PEOPLE }));

  // Every person can be reached.
  for (let shown = 50; shown < PEOPLE; shown += 50) {
    // By keyboard: cards drawn above the button as it is reached (content-visibility) may move it under a pointer.
    await more.press('Enter');
    // Checked every frame, as the cards are drawn: a locator assertion backs off to half-second polls, which would
    // make this loop of 19 pages mostly waiting.
    await page.waitForFunction(
      (count) => document.querySelectorAll('.saved-person').length === count && document.querySelector('.saved-list')?.getAttribute('data-saved-listed') === 'all',
      shown + 50,
      { polling: 'raf', timeout: 15_000 },
    );
  }
  await expect(more).toHaveCount(0);
  const last = page.locator(`[data-person-id="${people[PEOPLE - 1]!.id}"]`);
  await expect(last.getByRole('heading')).toHaveText(`Person ${PEOPLE}`);
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('link', { name: new RegExp(`^${saved('en', 'person.open')}`) })).toHaveAttribute(
    'href',
    new RegExp(`person=${people[PEOPLE - 1]!.id}`),
  );

  // Still usable with all of them on the page: delete the last, undo, rename the first.
  await last.getByRole('button', { name: /^Delete/ }).click();
  await expect(cards).toHaveCount(PEOPLE - 1);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(cards).toHaveCount(PEOPLE);
  await expect(page.getByRole('heading', { name: `Person ${PEOPLE}`, exact: true })).toBeFocused();
  const first = page.locator(`[data-person-id="${people[0]!.id}"]`);
  await first.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel(saved('en', 'rename.label', { label: 'Person 1' })).fill('母');
  await page.getByRole('button', { name: saved('en', 'rename.save') }).click();
  // Cards out of sight are not rendered (content-visibility): their text is there, though not "visible".
  await expect(first.getByRole('heading')).toHaveText('母');
  expect((await records(page)).find((r) => r.id === people[0]!.id)).toMatchObject({ label: '母', revision: 2 });
});
