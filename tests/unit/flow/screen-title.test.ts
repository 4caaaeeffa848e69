import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { getT, LANGUAGES, loadLanguage } from '../../../src/i18n/core';
import { ROUTES } from '../../../src/app/routes';
import { STEP_ORDER, isQuestionStep } from '../../../src/app/flow/flow-steps';
import { flowNamespaces, screenTitle, stepText } from '../../../src/app/flow/step-text';
import { parseChecklistQuery } from '../../../src/app/query/checklist-query';

// WCAG 2.4.2: each question screen's document title says which question it is, in the shown language, with the
// words of its h1 (stepText's question), and says "Error:" first while the screen shows its error.

import { pageTitle } from '../../../src/app/page-title';
import { stripRuby } from '../../../src/i18n/ruby';
await Promise.all(LANGUAGES.map((lang) => loadLanguage(lang)));

const QUERIES = ['city=ryugasaki&procedure=pin-reset&applicant=legal-rep&pin=signature', 'city=satte&procedure=pin-change&applicant=self&pin=auth'];

describe('question screen titles', () => {
  it('are the question in the shown language, before the page and the app', () => {
    const { query } = parseChecklistQuery(new URLSearchParams(''), cities.ids);
    const en = getT('en', flowNamespaces(cities.ids));
    const ja = getT('ja', flowNamespaces(cities.ids));
    expect(pageTitle(ROUTES.checklist, 'en', screenTitle(en, stepText(en, 'city', query, cities.ids).question))).toBe(
      'Which city does the cardholder live in? | Checklist of documents | 窓口 Madoguchi',
    );
    expect(pageTitle(ROUTES.checklist, 'ja', screenTitle(ja, stepText(ja, 'city', query, cities.ids).question))).toBe(
      'カードの持ち主はどの市にお住まいですか? | 持ち物チェックリスト | 窓口 Madoguchi',
    );
  });

  it('say "Error:" first while the error shows, with the words the error message already uses', () => {
    const en = getT('en', flowNamespaces(cities.ids));
    const ja = getT('ja', flowNamespaces(cities.ids));
    expect(screenTitle(en, 'Which city does the cardholder live in?', true)).toBe('Error: Which city does the cardholder live in?');
    expect(screenTitle(ja, 'カードの持ち主はどの市にお住まいですか?', true)).toBe('エラー: カードの持ち主はどの市にお住まいですか?');
    expect(screenTitle(en, 'Which city does the cardholder live in?', false)).toBe('Which city does the cardholder live in?');
  });

  for (const lang of LANGUAGES)
    it(`differ from screen to screen and from the checklist's own title in ${lang}`, () => {
      const t = getT(lang, flowNamespaces(cities.ids));
      for (const search of QUERIES) {
        const { query } = parseChecklistQuery(new URLSearchParams(search), cities.ids);
        const titles = STEP_ORDER.filter(isQuestionStep).map((step) => {
          const question = stepText(t, step, query, cities.ids).question;
          const title = pageTitle(ROUTES.checklist, lang, screenTitle(t, question));
          // A title is plain text: furigana markup keeps only its kanji there.
          expect(title.startsWith(`${stripRuby(question)} | `), `${lang} ${step}`).toBe(true);
          return title;
        });
        expect(new Set(titles).size, search).toBe(titles.length);
        expect(titles).not.toContain(pageTitle(ROUTES.checklist, lang));
      }
    });
});
