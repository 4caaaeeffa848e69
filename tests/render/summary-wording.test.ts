import { describe, expect, it } from 'vitest';
import { national } from '../../src/cities/national';
import { LANGS, everyChecklist, localeTexts, renderPage, textOf } from './render';

// The summary joins the items' short names into one line ("the My Number card, the new residence card (if needed)"),
// so a short name is a phrase, not a sentence: lower-case where the language has cases, without the full label's
// explanations. The national list (a silent page's baseline) has its own short names too (issue 20).

/** The languages that write an item in the middle of a line in lower case. */
const CASED = ['en', 'vi'];

describe.each(everyChecklist().filter((c) => CASED.includes(c.lang)))('$city $procedure $applicant ($lang)', ({ path }) => {
  it('writes every item of the summary as a phrase in the line, never capitalised', async () => {
    const doc = (await renderPage(path)).document;
    for (const item of doc.querySelectorAll('[data-summary-item]')) {
      const text = textOf(item).replace(/^,\s*/, '');
      expect(text, item.getAttribute('data-summary-item')!).not.toMatch(/^\p{Lu}/u);
    }
  });
});

describe.each(LANGS)('the national list’s short names (%s)', (lang) => {
  const short = localeTexts(lang, 'checklist.json').short as Record<string, unknown>;
  it.each(national.baselines.map((b) => b.procedure))('%s: every item has one, so the summary never falls back to the full label', (procedure) => {
    const baseline = national.baselines.find((b) => b.procedure === procedure)!;
    const ids = new Set(Object.values(baseline.applicants).flatMap((a) => a!.visits.flatMap((v) => v.items.map((it) => it.id))));
    const own = (short[procedure] ?? {}) as Record<string, unknown>;
    for (const id of ids) expect(own[id] ?? short[id], id).toEqual(expect.any(String));
  });

  it('validity change: the inquiry is the form its list names (照会書兼回答書), not another procedure’s', async () => {
    const doc = (await renderPage(`/checklist?city=ryugasaki&procedure=validity-change&applicant=proxy&lang=${lang}`)).document;
    expect(textOf(doc.querySelector('[data-summary-item="inquiry"]'))).toContain('照会書兼回答書');
  });
});
