import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gotoApp } from './support/app';

// For every city × procedure × applicant, in both languages, the deep link with the three contract parameters alone
// shows the full list: every item with the page's Japanese wording, conditional items with their condition in words
// and a link to answer it, the page's silence said plainly, and "same as" followed to the list it names.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));

type Item = { id: string; ja: string; when?: unknown; kind: string; issuedWithinMonths?: number };
type Rule =
  | { status: 'described'; visits: Array<{ items: Item[] }> }
  | { status: 'same-as'; procedure: string }
  | { status: 'silent'; source?: { quote: string } };
type City = { id: string; procedures: Record<string, { applicants: Record<string, Rule> }> };

const CITIES = ['ryugasaki', 'satte'] as const;
const PROCEDURES = ['renewal', 'pin-reset', 'pin-change'] as const;
const APPLICANTS = ['self', 'legal-rep', 'proxy'] as const;
const LANGS = ['en', 'ja'] as const;

const data: Record<string, City> = Object.fromEntries(CITIES.map((c) => [c, json(`src/cities/data/${c}.json`)]));
const rules = Object.fromEntries(LANGS.map((l) => [l, json(`locales/${l}/rules.json`)]));
const cityText = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(CITIES.map((c) => [c, json(`locales/${l}/cities/${c}.json`)]))]));

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The rule that applies, following "same as" once, and the procedure whose list it is. */
function resolve(city: City, procedure: string, applicant: string): { rule: Rule; listProcedure: string; status: Rule['status'] } {
  const rule = city.procedures[procedure]!.applicants[applicant]!;
  if (rule.status !== 'same-as') return { rule, listProcedure: procedure, status: rule.status };
  return { rule: city.procedures[rule.procedure]!.applicants[applicant]!, listProcedure: rule.procedure, status: 'same-as' };
}

for (const cityId of CITIES) {
  for (const procedure of PROCEDURES) {
    for (const applicant of APPLICANTS) {
      test(`${cityId} ${procedure} ${applicant}: the full list from the three parameters, in both languages`, async ({ page }) => {
        const errors = watchErrors(page);
        const city = data[cityId]!;
        const { rule, listProcedure, status } = resolve(city, procedure, applicant);
        for (const lang of LANGS) {
          await page.goto(`/checklist?city=${cityId}&procedure=${procedure}&applicant=${applicant}&lang=${lang}`);
          const root = page.locator('[data-checklist-ready]');
          await expect(root).toBeVisible();
          await expect(root).toHaveAttribute('data-status', status);

          const h1 = page.locator('main h1');
          await expect(h1).toHaveCount(1);
          await expect(h1).toContainText(rules[lang].procedures[procedure]);
          await expect(h1).toContainText(cityText[lang]![cityId].name);

          if (rule.status === 'silent') {
            await expect(page.getByText(rules[lang].status.silent)).toBeVisible();
            await expect(page.locator('.cl-items')).toHaveCount(0);
            await expect(page.locator('.cl-status a[href^="https://www.city."]')).toBeVisible();
            if (rule.source) await expect(page.locator('.cl-status q[lang="ja"]')).toHaveText(rule.source.quote);
            continue;
          }
          if (rule.status !== 'described') throw new Error('a reference to a reference');
          if (status === 'same-as') {
            const sameAs = rules[lang].status['same-as'].replace('{{procedure}}', rules[lang].procedures[listProcedure]);
            await expect(page.getByText(sameAs)).toBeVisible();
          }

          const items = rule.visits.flatMap((v) => v.items);
          await expect(page.locator('li.cl-item')).toHaveCount(items.length);
          for (const [v, visit] of rule.visits.entries()) {
            const scope = rule.visits.length > 1 ? page.locator(`[data-step="visit-${v + 1}"]`) : page.locator('.cl-bring');
            for (const item of visit.items) {
              const li = scope.locator(`li.cl-item[data-item="${item.id}"]`);
              await expect(li).toBeVisible();
              // The page's wording, marked as Japanese, whatever the shown language.
              await expect(li.locator('.cl-item__label > [lang="ja"]')).toHaveText(item.ja);
              const label = cityText[lang]![cityId].items[listProcedure][applicant][item.id];
              await expect(li.locator('.cl-item__label')).toContainText(label === item.ja ? item.ja : label);
              await expect(li.locator('.cl-item__row > input[type="checkbox"]')).toBeVisible();
              if (item.when) {
                await expect(li).toHaveAttribute('data-state', 'conditional');
                const onlyIf = rules[lang].conditions.onlyIf.replace('{{clause}}', '').trim();
                await expect(li.locator('.cl-cond__text')).toContainText(onlyIf);
                await expect(li.locator('.cl-cond a[href*="ask="]').first()).toBeVisible();
              } else {
                await expect(li).toHaveAttribute('data-state', 'required');
              }
              if (item.issuedWithinMonths) {
                await expect(li.locator('.cl-item__meta')).toHaveText(
                  rules[lang].visits.issuedWithin.replace('{{months}}', String(item.issuedWithinMonths)),
                );
              }
            }
          }
        }
        expect(errors).toEqual([]);
      });
    }
  }
}

test('Ryugasaki PIN reset, self: the item names are the page’s', async ({ page }) => {
  await page.goto('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  await expect(page.locator('[data-checklist-ready]')).toBeVisible();
  const names = page.locator('li.cl-item .cl-item__label > [lang="ja"]');
  await expect(names).toHaveText(['再設定するマイナンバーカード', '暗証番号再設定の申請書', '本人確認書類(Aから1点またはBから2点必要)']);
});

test('conditions read in words and answered ones settle: Ryugasaki legal representative', async ({ page }) => {
  const base = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en';
  await page.goto(base);
  const proofChild = page.locator('li.cl-item[data-item="proof-child"]');
  await expect(proofChild.locator('.cl-cond__text')).toHaveText(
    "only if the person is a child under 15 and the person's registered domicile (本籍) is outside Ryugasaki",
  );
  await expect(proofChild.getByRole('link', { name: 'Whom are you acting for?' })).toHaveAttribute('href', /ask=dependent/);

  // Adult ward: the family-register copy is not needed, and says why; the guardianship proof is required.
  await gotoApp(page, `${base}&dependent=adult-ward`);
  await expect(page.locator('li.cl-item[data-item="proof-ward"]')).toHaveAttribute('data-state', 'required');
  await expect(page.locator('li.cl-item[data-item="proof-child"]')).toHaveCount(0);
  const notNeeded = page.locator('.cl-notneeded');
  await expect(notNeeded.locator('summary')).toHaveText('Not needed in your case (2)');
  await notNeeded.locator('summary').click();
  await expect(notNeeded.locator('[data-item="proof-child"]')).toContainText('戸籍謄本');
  await expect(notNeeded.locator('[data-item="proof-child"] .cl-notneeded__why')).toContainText('Not needed in your case: it is needed only if the person is a child under 15');
});

test('Satte: the page’s typo is shown with how it is read, and the sources carry their dates', async ({ page }) => {
  await page.goto('/checklist?city=satte&procedure=pin-reset&applicant=self&lang=en');
  const source = page.locator('.cl-source');
  await expect(source.locator('a[lang="ja"]')).toHaveAttribute('href', 'https://www.city.satte.lg.jp/kurashi_tetsuduki/todokede_shomei/5/13778.html');
  await expect(source.locator('a[lang="ja"]')).not.toHaveAttribute('target', /./);
  await expect(source.locator('time[datetime="2026-11-24"]')).toBeVisible();
  await expect(source.locator('time[datetime="2024-12-23"]')).toBeVisible();
  await expect(source.locator('[data-erratum="year-end-typo"]')).toContainText('29 December');
  await expect(source.locator('[data-erratum="year-end-typo"] q')).toHaveText('12月9日~1月3日');
  // Every shown date is a <time> with a calendar date.
  for (const datetime of await page.locator('main time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) {
    expect(datetime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  await expect(page.getByRole('link', { name: 'Opening hours, and which counter is open now' })).toHaveAttribute(
    'href',
    '/counters?city=satte&procedure=pin-reset&lang=en',
  );
});

test('Satte PIN change says the page refers to PIN reset and shows that list', async ({ page }) => {
  await page.goto('/checklist?city=satte&procedure=pin-change&applicant=self&lang=ja');
  await expect(page.locator('.cl-status')).toContainText('市のページには「暗証番号の再設定と同様」とあります。');
  await expect(page.locator('.cl-status q[lang="ja"]')).toHaveText('暗証番号を忘れた・ロックされた場合(再設定)の手続きと同様です。');
  await expect(page.locator('li.cl-item[data-item="person-id"] .cl-item__label > [lang="ja"]')).toHaveText(
    'マイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)',
  );
});
