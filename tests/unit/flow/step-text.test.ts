import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { getT, LANGUAGES, loadLanguage } from '../../../src/i18n/core';
import { STEP_ORDER, isQuestionStep, stepOptions } from '../../../src/app/flow/flow-steps';
import { flowNamespaces, stepText } from '../../../src/app/flow/step-text';
import { parseChecklistQuery } from '../../../src/app/query/checklist-query';

// Every question screen has its words in every language: i18next answers a missing key with the key itself, so a
// dotted key in the output means a missing text.

await Promise.all(LANGUAGES.map((lang) => loadLanguage(lang)));
const looksLikeKey = /^[\w-]+(\.[\w-]+)+$/;

describe('question texts', () => {
  for (const lang of LANGUAGES)
    it(`every step, answer and hint exists in ${lang}`, () => {
      const t = getT(lang, flowNamespaces(cities.ids));
      for (const pin of ['signature', 'auth'])
        for (const city of cities.ids) {
          const { query } = parseChecklistQuery(new URLSearchParams(`city=${city}&procedure=pin-reset&applicant=self&pin=${pin}`), cities.ids);
          for (const step of STEP_ORDER) {
            if (!isQuestionStep(step)) continue;
            const text = stepText(t, step, query, cities.ids);
            const names = text.choices.flatMap((c) => (c.names ?? []).map((n) => n.label));
            const all = [text.question, text.hint, ...text.choices.flatMap((c) => [c.label, c.hint]), ...names, text.notSure?.label, text.notSure?.hint];
            for (const s of all) if (s !== undefined) expect(s, `${lang} ${step}`).not.toMatch(looksLikeKey);
            expect(text.choices.map((c) => c.value)).toEqual([...stepOptions(step, cities.ids)]);
            // The city's name fills the facts' questions.
            expect(text.question).not.toContain('{{');
          }
        }
    });

  it('keeps the Japanese term beside an English city or PIN name', () => {
    const t = getT('en', flowNamespaces(cities.ids));
    const { query } = parseChecklistQuery(new URLSearchParams(''), cities.ids);
    expect(stepText(t, 'city', query, cities.ids).choices.every((c) => c.ja)).toBe(true);
    // The PIN options are asked by shape; each one's hint derives the technical names, each with its Japanese name
    // (rendered by PinNames, which gives the Japanese names their readings: tests/render/readings.test.ts).
    const pins = stepText(t, 'pin', query, cities.ids).choices;
    expect(pins.map((c) => c.value)).toEqual(['signature', 'four-digit']);
    expect(pins[0]!.names).toEqual([{ label: 'Signature PIN', ja: '署名用電子証明書の暗証番号' }]);
    expect(pins[1]!.names?.map((n) => n.ja)).toEqual(['利用者証明用電子証明書の暗証番号', '住民基本台帳用暗証番号', '券面事項入力補助用暗証番号']);
  });
});
