import { describe, expect, it } from 'vitest';
import { national } from '../../src/cities/national';
import { cities } from '../../src/cities/registry';
import { baselineRule } from '../../src/engine';
import type { ApplicantRule, City, Item } from '../../src/cities/schema';
import { everyChecklist, localeTexts, renderPage, textOf } from './render';

// Every checklist of the public contract (city × procedure × applicant × language, from the data and the locale
// folders) as the app renders it: the heading, the page's status, every item with the page's Japanese wording and
// its label in the shown language, conditions in words with a link to answer them, and nothing that leads nowhere
// without JavaScript. Expectations come from the data and translation files, not from the rendering code.

const all = Object.fromEntries((await Promise.all(cities.ids.map((id) => cities.load(id)))).map((c) => [c.id, c])) as Record<string, City>;
const rules = (lang: string) => localeTexts(lang, 'rules.json');
const cityText = (lang: string, city: string) => localeTexts(lang, `cities/${city}.json`);

type Described = Extract<ApplicantRule, { status: 'described' }>;

/** The rule that applies, following "same as" once, with the procedure whose list it is. */
function resolve(city: City, procedure: string, applicant: string) {
  const rule = city.procedures[procedure as 'renewal'].applicants[applicant as 'self'];
  if (rule.status !== 'same-as') return { rule, listProcedure: procedure, status: rule.status };
  return { rule: city.procedures[rule.procedure].applicants[applicant as 'self'], listProcedure: rule.procedure, status: 'same-as' as const };
}

/** A key with no text in the shown language renders as ⟦ns:key⟧ (src/i18n/core.ts). */
const RAW_KEY = /⟦[^⟧]*⟧/;

describe.each(everyChecklist())('$city $procedure $applicant ($lang)', ({ city: cityId, procedure, applicant, lang, path }) => {
  it('shows the full list from the three contract parameters, in the page’s words and the shown language', async () => {
    const page = await renderPage(path);
    const doc = page.document;
    const city = all[cityId]!;
    const { rule, listProcedure, status } = resolve(city, procedure, applicant);
    const root = doc.querySelector('main .cl')!;
    expect(root.getAttribute('data-coverage')).toBe(status);
    const h1 = doc.querySelectorAll('main h1');
    expect(h1).toHaveLength(1);
    expect(textOf(h1[0])).toContain(rules(lang).procedures[procedure]);
    expect(textOf(h1[0])).toContain(cityText(lang, cityId).name);
    expect(page.text).not.toMatch(RAW_KEY);

    // A silent page with a national list (national.json baselines): that list, labelled as national.
    const base = rule.status === 'silent' ? baselineRule(national, procedure as 'renewal', applicant as 'self') : undefined;
    if (rule.status === 'silent') {
      expect(page.text).toContain(rules(lang).status.silent);
      expect(doc.querySelector('.cl-status a[href^="https://www.city."]')).not.toBeNull();
      if (rule.source) expect(textOf(doc.querySelector('.cl-status q[lang="ja"]'))).toBe(rule.source.quote);
      if (!base) {
        expect(doc.querySelectorAll('.cl-items')).toHaveLength(0);
        return;
      }
      expect(textOf(doc.querySelector('.cl-status__baseline'))).toBe(rules(lang).status.baseline);
    } else if (rule.status !== 'described') throw new Error('a reference to a reference');
    if (status === 'same-as') expect(page.text).toContain(rules(lang).status['same-as'].replace('{{procedure}}', rules(lang).procedures[listProcedure]));

    const visits = base ? base.visits : (rule as Described).visits;
    expect(doc.querySelectorAll('li.cl-item')).toHaveLength(visits.flatMap((v) => v.items).length);
    for (const [v, visit] of visits.entries()) {
      const scope = visits.length > 1 ? doc.querySelector(`[data-step="visit-${v + 1}"]`)! : doc.querySelector('.cl-bring')!;
      for (const item of visit.items as Item[]) {
        const li = scope.querySelector(`li.cl-item[data-item="${item.id}"]`)!;
        expect(li, item.id).not.toBeNull();
        // The page's wording, marked as Japanese, whatever the shown language; the label of the shown language.
        expect(textOf(li.querySelector('.cl-item__label > [lang="ja"]'))).toBe(item.ja);
        const label = base ? rules(lang).baseline[procedure].items[item.id] : cityText(lang, cityId).items[listProcedure][applicant][item.id];
        expect(textOf(li.querySelector('.cl-item__label'))).toContain(label);
        expect(li.querySelector('.cl-item__row > input[type="checkbox"]')).not.toBeNull();
        if (item.when) {
          expect(li.getAttribute('data-state')).toBe('conditional');
          expect(textOf(li.querySelector('.cl-cond__text'))).toContain(rules(lang).conditions.onlyIf.replace('{{clause}}', '').trim());
          expect(li.querySelector('.cl-cond a[href*="ask="]')).not.toBeNull();
        } else expect(li.getAttribute('data-state')).toBe('required');
        if (item.issuedWithin) {
          const key = item.issuedWithin.inPrinciple ? 'issuedWithinInPrinciple' : 'issuedWithin';
          expect(textOf(li.querySelector('.cl-item__meta'))).toBe(rules(lang).visits[key].replace('{{months}}', String(item.issuedWithin.months)));
        }
      }
    }
  });

  it('works without JavaScript: what only the app can do is marked for hiding, and no visible link leads back to this same list', async () => {
    const { document: doc } = await renderPage(path);
    const here = new URL(path, 'http://localhost');
    const keys = ['city', 'procedure', 'applicant', 'lang'];
    const visible = (el: Element) => !el.closest('[data-needs-script]');
    // Buttons need the app (print, share); each sits in a part public/no-js.css hides.
    expect([...doc.querySelectorAll('main button')].filter(visible).map((b) => b.outerHTML.slice(0, 80))).toEqual([]);
    const sameList = [...doc.querySelectorAll('main a[href]')].filter((a) => {
      const u = new URL(a.getAttribute('href')!, here);
      return visible(a) && u.pathname === '/checklist' && keys.every((k) => u.searchParams.get(k) === here.searchParams.get(k));
    });
    // (The save form is a plain form; it posts nowhere without the app, which the form itself says.)
    expect(sameList.map((a) => a.getAttribute('href'))).toEqual([]);
  });

  it('the counter view shows the page’s Japanese for each required item', async () => {
    const { rule } = resolve(all[cityId]!, procedure, applicant);
    const base = rule.status === 'silent' ? baselineRule(national, procedure as 'renewal', applicant as 'self') : undefined;
    const { document: doc } = await renderPage(`${path}&view=counter`);
    if (rule.status !== 'described' && !base) {
      expect(doc.querySelector('[data-view="counter"]')).toBeNull();
      // The link asked for a counter sheet: the page says there is none, and why.
      expect(doc.querySelector('[data-no-counter-view]')).not.toBeNull();
      return;
    }
    expect(doc.querySelector('[data-no-counter-view]')).toBeNull();
    const view = doc.querySelector('[data-view="counter"]')!;
    expect(textOf(view.querySelector('.cv-title__ja'))).toContain(all[cityId]!.ja);
    const required = (base ?? (rule as Described)).visits.flatMap((v) => v.items).filter((i) => !i.when);
    for (const item of required) expect(textOf(view.querySelector(`.cv-item[data-item="${item.id}"] .cv-ja`)), item.id).toBe(item.ja);
  });

  it('the counter view asks the questions its left-out items wait for, so it is never a dead end', async () => {
    const { document: doc } = await renderPage(`${path}&view=counter`);
    const view = doc.querySelector('[data-view="counter"]');
    if (!view) return;
    const waiting = view.querySelector('.cv-footnote') !== null;
    const asks = [...view.querySelectorAll('.cv-ask a')].map((a) => new URL(a.getAttribute('href')!, 'http://x').searchParams.get('ask'));
    expect(asks.length > 0, asks.join()).toBe(waiting);
    for (const ask of asks) expect(ask).toMatch(/^[a-z-]+$/);
  });
});
