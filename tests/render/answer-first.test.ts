import { describe, expect, it } from 'vitest';
import { cities } from '../../src/cities/registry';
import type { City } from '../../src/cities/schema';
import { buildChecklist } from '../../src/engine/checklist';
import { DEFAULT_LANGUAGE } from '../../src/i18n';
import { everyChecklist, renderPage, textOf } from './render';

// The answer first (issue 20): every checklist with something to bring opens with a summary of the visits and
// their items, right under the title; the list says each thing once; actions for a list appear only with a list.
// (The browser measures where the summary lands on a 360 px phone: tests/e2e/answer-first.spec.ts.)

const all = Object.fromEntries((await Promise.all(cities.ids.map((id) => cities.load(id)))).map((c) => [c.id, c])) as Record<string, City>;

describe.each(everyChecklist())('$city $procedure $applicant ($lang)', ({ city, procedure, applicant, lang, path }) => {
  const list = buildChecklist(all[city]!, procedure as 'renewal', applicant as 'self', {});

  it('opens with the summary of what to bring, visit by visit, or with the status when there is nothing to list', async () => {
    const doc = (await renderPage(path)).document;
    const root = doc.querySelector('main .cl')!;
    const summary = root.querySelector('.cl-summary');
    if (!list.visits.length) {
      expect(summary).toBeNull();
      expect(root.querySelector('.cl-actions .button')).toBeNull(); // no Save, Share, Print for an empty list
      expect(root.querySelector('.cl-save')).toBeNull();
      return;
    }
    // Only the heading (and the saved person's slot, empty in the HTML) come before it.
    const before = [...root.children].slice(0, [...root.children].indexOf(summary!)).filter((el) => textOf(el) !== '');
    expect(before.map((el) => el.className)).toEqual(['cl-head']);
    const visits = summary!.querySelectorAll('[data-summary-visit]');
    expect(visits).toHaveLength(list.visits.length);
    list.visits.forEach((visit, i) => {
      const shown = visit.items.filter((it) => it.state !== 'not-needed').map((it) => it.id);
      expect([...visits[i]!.querySelectorAll('[data-summary-item]')].map((el) => el.getAttribute('data-summary-item'))).toEqual(shown);
      // With nothing to list, "told at the counter" only where the page says so.
      const empty = visits[i]!.querySelector('[data-summary-empty]')?.getAttribute('data-summary-empty') ?? null;
      expect(empty).toBe(shown.length ? null : visit.itemsToldAtCounter ? 'told' : visit.items.length ? 'none-needed' : 'ask');
    });
    expect(textOf(summary)).not.toMatch(/⟦/);
  });

  it('says each item once: the page’s words, plus a translation only in another language', async () => {
    const doc = (await renderPage(path)).document;
    for (const item of doc.querySelectorAll('.cl-bring li.cl-item')) {
      const names = [...item.querySelectorAll(':scope > .cl-item__row .cl-item__name, :scope > .cl-item__row .cl-ja')].map(textOf);
      expect(new Set(names).size, names.join(' | ')).toBe(names.length);
      if (lang === DEFAULT_LANGUAGE) expect(names).toHaveLength(1);
    }
  });
});

describe('a validity change after the end date has passed (stay=passed)', () => {
  it.each(['en', 'ja', 'easy', 'vi', 'zh'])('says nothing from the list is needed, not that the counter will tell (%s)', async (lang) => {
    const doc = (await renderPage(`/checklist?city=ryugasaki&procedure=validity-change&applicant=self&stay=passed&lang=${lang}`)).document;
    expect(doc.querySelector('[data-summary-visit="1"] [data-summary-empty]')?.getAttribute('data-summary-empty')).toBe('none-needed');
  });
});

describe('the letter of authorization', () => {
  it('says who writes it and that the page gives no form (Ryugasaki, voluntary proxy)', async () => {
    for (const lang of ['ja', 'en']) {
      const doc = (await renderPage(`/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=${lang}`)).document;
      const note = doc.querySelector('li.cl-item[data-item="power-of-attorney"] [data-letter-without-form]');
      expect(textOf(note)).toMatch(lang === 'ja' ? /本人が書いて署名します。龍ケ崎市のページに様式はありません/ : /The cardholder writes and signs it\. Ryugasaki’s page gives no form/);
    }
  });
});
