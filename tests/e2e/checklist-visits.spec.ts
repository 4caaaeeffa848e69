import { expect, test } from '@playwright/test';

// A voluntary proxy's two visits as an ordered timeline, ticks kept in the URL (surviving a reload, without stacking
// history), and the "show at the counter" view: the page's Japanese large, only what is required, black on white.

test('Ryugasaki proxy PIN reset: visit 1, the registered letter that is not forwarded, visit 2 at the same counter', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=en');
  const steps = page.locator('ol.cl-timeline > li');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute('data-step', 'visit-1');
  await expect(steps.nth(1)).toHaveAttribute('data-step', 'mail');
  await expect(steps.nth(2)).toHaveAttribute('data-step', 'visit-2');

  await expect(steps.nth(0).locator('h3')).toHaveText('Visit 1');
  await expect(steps.nth(0).locator('li.cl-item')).toHaveCount(3);
  await expect(steps.nth(0).locator('.cl-item__label > [lang="ja"]')).toHaveText([
    '暗証番号を再設定するご本人分のマイナンバーカード',
    '委任代理人の本人確認書類(Aから1点)',
    '委任状',
  ]);

  const mail = steps.nth(1);
  await expect(mail).toContainText('the city mails a form to the cardholder');
  await expect(mail).toContainText('registered mail');
  await expect(mail).toContainText('It is not forwarded');
  await expect(mail.locator('q[lang="ja"]')).toHaveText('市からご本人住所あてに照会書を送付(簡易書留・転送不要)');

  const second = steps.nth(2);
  await expect(second.locator('h3')).toHaveText('Visit 2');
  await expect(second).toContainText('Go back to the same counter where you first applied.');
  await expect(second).toContainText('What else to bring on this visit is explained at the counter on the first visit.');
  await expect(second.locator('.cl-item__label > [lang="ja"]')).toHaveText(['照会書']);

  // The warning that the PIN cannot be reset the same day stands out.
  await expect(page.locator('.cl-notes--warning [data-note="proxy-no-same-day"]')).toBeVisible();
});

test('Satte proxy PIN reset: the mailed form without claims the page does not make; the same ID boxes are not repeated', async ({ page }) => {
  await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=ja');
  // The app draws over the snapshot (lang=ja is explicit): tick only what it runs.
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  const steps = page.locator('ol.cl-timeline > li');
  await expect(steps).toHaveCount(3);
  const mail = steps.nth(1);
  await expect(mail).toContainText('市から本人の住所あてに書類が郵送されます');
  await expect(mail).not.toContainText('簡易書留');
  await expect(mail).not.toContainText('転送不要');
  const second = steps.nth(2);
  await expect(second).not.toContainText('初めに申請した窓口');
  await expect(second.locator('.cl-item__label > [lang="ja"]')).toHaveText([
    '本人のマイナンバーカード',
    '本人のマイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)',
    '代理人の本人確認書類2点(官公署発行で顔写真付きのもの1点を含む)',
    '照会書兼回答書(本人が記入し、封入封かんして(封筒の封をした状態で)お持ちください)',
  ]);
  // Visit 2's identity items refer to visit 1's boxes and show the same verdict.
  await expect(second.locator('.cl-picker')).toHaveCount(0);
  await expect(second.locator('.cl-idstatus')).toHaveCount(2);
  await expect(page.locator('.cl-picker')).toHaveCount(2);
  // Each visit's items are ticked on their own.
  await second.locator('li.cl-item[data-item="person-card"] .cl-item__row input').check();
  await expect(page).toHaveURL(/done=v2-person-card/);
  await expect(steps.nth(0).locator('li.cl-item[data-item="person-card"] .cl-item__row input')).not.toBeChecked();
});

test('ticks live in the URL, replace history, and survive a reload', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  const before = await page.evaluate(() => history.length);
  const card = page.locator('li.cl-item[data-item="card"] .cl-item__row input');
  const form = page.locator('li.cl-item[data-item="application"] .cl-item__row input');
  await card.check();
  await form.check();
  await expect(page).toHaveURL(/done=card,application/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.reload();
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  await expect(card).toBeChecked();
  await expect(form).toBeChecked();
  await card.uncheck();
  await expect(page).toHaveURL(/done=application/);
  // The label toggles the box too (the whole row is the target).
  await page.locator('li.cl-item[data-item="card"] .cl-item__label').click();
  await expect(card).toBeChecked();
});

test('counter view: Japanese large, English small, only required items, Back returns to the list', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&docs=passport&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  await page.getByRole('link', { name: 'Show at the counter' }).click();
  await expect(page).toHaveURL(/view=counter/);
  const view = page.locator('[data-view="counter"]');
  await expect(view).toHaveAttribute('data-checklist-ready', '');
  await expect(view.locator('.cv-title__ja')).toContainText('龍ケ崎市');
  await expect(view.locator('.cv-title__ja')).toContainText('暗証番号の再設定');
  // Only the required items: the proofs depend on unanswered questions and are left out, with a word about it.
  await expect(view.locator('.cv-item')).toHaveCount(3);
  await expect(view.locator('.cv-item[data-item="proof-child"]')).toHaveCount(0);
  await expect(view.locator('.cv-footnote')).toContainText('3 item(s)');
  const first = view.locator('.cv-item').first().locator('> .cv-ja');
  await expect(first).toHaveAttribute('lang', 'ja');
  await expect(first).toHaveText('暗証番号を設定するマイナンバーカード');
  const sizes = await first.evaluate((el) => {
    const small = el.parentElement!.querySelector('.cv-en')!;
    return { ja: parseFloat(getComputedStyle(el).fontSize), en: parseFloat(getComputedStyle(small).fontSize), color: getComputedStyle(el).color };
  });
  expect(sizes.ja).toBeGreaterThanOrEqual(24);
  expect(sizes.en).toBeLessThan(sizes.ja);
  expect(sizes.color).toBe('rgb(0, 0, 0)');
  // The ticked person's document shows under its item, in Japanese.
  await expect(view.locator('.cv-item[data-item="person-id"] .cv-docs')).toContainText('旅券');

  await page.goBack();
  await expect(page.locator('[data-checklist-ready]:not([data-view])')).toBeVisible();
  await expect(page).not.toHaveURL(/view=counter/);

  // With the answers, the proof becomes required and shows at the counter.
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&dependent=child&honseki=no&view=counter&lang=ja');
  await expect(page.locator('.cv-item[data-item="proof-child"] .cv-ja')).toHaveText('代理権を証する書類(戸籍謄本)');
  await expect(page.locator('.cv-footnote')).toHaveCount(0);
});

test('print: no navigation or buttons, the list and its boxes stay', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&done=card&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lang-toggle')).toBeHidden();
  await expect(page.locator('.cl-actions')).toBeHidden();
  await expect(page.locator('.cl-save')).toBeHidden();
  await expect(page.locator('li.cl-item')).toHaveCount(3);
  await expect(page.locator('li.cl-item[data-item="card"] .cl-item__row input')).toBeVisible();
  await expect(page.locator('li.cl-item[data-item="card"] .cl-item__row input')).toBeChecked();
});
