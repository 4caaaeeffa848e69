import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGS, everyPageIn, renderPage, textOf } from './render';

// Every page type in every language, as the app renders it: no text key left untranslated, <main> with one h1, and
// no field anywhere that could take a PIN or the 12-digit individual number (Madoguchi never asks for either).
// Links that cannot be read get a message page with the value as text, never markup. The contract's attributes
// (README) take only their documented values wherever they stand.

const SUSPECT = /pin|暗証|個人番号|マイナンバー|my ?number|password|passcode/i;
/** A key with no text in the shown language renders as ⟦ns:key⟧ (src/i18n/core.ts). */
const RAW_KEY = /⟦[^⟧]*⟧/;
/** README: data-status, data-day-status and data-opening-status are each one of these, and only on counters. */
const COUNTER_STATUS = new Set(['open', 'closed', 'no-card-work', 'unknown']);

/** Fields that could hold a secret or a number: anything typed into that is named, labelled or shaped like one. */
function suspiciousFields(doc: Document): string[] {
  return [...doc.querySelectorAll<HTMLInputElement>('input, textarea, select, [contenteditable="true"]')]
    .filter((el) => !['radio', 'checkbox', 'hidden', 'submit', 'button', 'file', 'date'].includes(el.getAttribute('type') ?? 'text'))
    .map((el) => {
      const labels = [...doc.querySelectorAll(`label[for="${el.id}"]`)].map((l) => textOf(l)).join(' ');
      return { type: el.getAttribute('type') ?? 'text', auto: el.getAttribute('autocomplete') ?? '', mode: el.getAttribute('inputmode') ?? '', max: el.getAttribute('maxlength') ?? '', all: [el.getAttribute('name'), el.id, el.getAttribute('aria-label'), labels].join('|') };
    })
    .filter((f) => f.type === 'password' || f.auto === 'one-time-code' || SUSPECT.test(f.all) || (f.mode === 'numeric' && ['4', '12', '16'].includes(f.max)))
    .map((f) => f.all);
}

describe.each(LANGS)('every page in %s', (lang) => {
  it('is translated, has one h1 in <main>, no field for a PIN or the individual number, and only contract status values', async () => {
    const problems: string[] = [];
    for await (const page of everyPageIn(lang)) {
      const { url } = page;
      if (RAW_KEY.test(page.text)) problems.push(`${url}: untranslated ${RAW_KEY.exec(page.text)![0]}`);
      if (page.document.querySelectorAll('main h1').length !== 1) problems.push(`${url}: ${page.document.querySelectorAll('main h1').length} h1`);
      for (const field of suspiciousFields(page.document)) problems.push(`${url}: field ${field}`);
      for (const [attr, holder] of [['data-status', 'data-counter'], ['data-day-status', 'data-day-counter'], ['data-opening-status', 'data-opening']] as const)
        for (const el of page.document.querySelectorAll(`[${attr}]`))
          if (!COUNTER_STATUS.has(el.getAttribute(attr)!) || !el.hasAttribute(holder)) problems.push(`${url}: ${attr}="${el.getAttribute(attr)}" on <${el.tagName.toLowerCase()} class="${el.getAttribute('class')}">`);
    }
    expect(problems).toEqual([]);
  });
});

it('the field check catches a PIN field (it can fail)', () => {
  const html = '<main><label for="p">暗証番号</label><input id="p" name="code"><input name="num" inputmode="numeric" maxlength="12"><input name="label"></main>';
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  expect(suspiciousFields(document as unknown as Document)).toHaveLength(2);
});

describe('a link that cannot be read gets a message page', () => {
  it('unknown city: says so and lists the cities, keeping the rest of the link', async () => {
    const { document: doc } = await renderPage('/checklist?city=tokyo&procedure=pin-reset&applicant=self&lang=en');
    expect(textOf(doc.querySelector('[data-query-problems] h1'))).toBe('This link cannot be opened as a checklist');
    const problem = doc.querySelector('.qp-problem[data-param="city"]')!;
    expect(problem.getAttribute('data-code')).toBe('unknown-city');
    expect(textOf(problem.querySelector('code'))).toBe('tokyo');
    const cities = [...doc.querySelectorAll('.qp-cities a')];
    expect(cities.map((a) => textOf(a))).toEqual(['Ryugasaki', 'Satte']);
    expect(cities[0]!.getAttribute('href')).toBe('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
  });

  it.each([
    ['ask', 'bogus', 'city, procedure'],
    ['view', 'Counter', 'counter'],
  ])('a screen or view the app never names (%s=%s) is said, with the values it can take', async (param, value, allowed) => {
    const { document: doc } = await renderPage(`/checklist?city=satte&procedure=pin-reset&applicant=self&${param}=${value}&lang=en`);
    const problem = doc.querySelector(`.qp-problem[data-param="${param}"]`)!;
    expect(problem.getAttribute('data-code')).toBe('bad-value');
    expect(textOf(problem.querySelector('code'))).toBe(value);
    expect(textOf(problem.querySelector('.qp-hint'))).toContain(allowed);
  });

  it('markup in values is shown as text and never as markup', async () => {
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror=alert(2)>';
    const { document: doc } = await renderPage(`/checklist?city=${encodeURIComponent(script)}&procedure=${encodeURIComponent(img)}&applicant=self&lang=ja`);
    expect(textOf(doc.querySelector('[data-query-problems] h1'))).toBe('このリンクではリストを開けません');
    expect(textOf(doc.querySelector('.qp-problem[data-param="city"] code'))).toBe(script);
    expect(textOf(doc.querySelector('.qp-problem[data-param="procedure"] code'))).toBe(img);
    expect(textOf(doc.querySelector('.qp-problem[data-param="procedure"] .qp-hint'))).toContain('renewal, pin-reset, pin-change');
    expect(doc.querySelectorAll('main script, main img')).toHaveLength(0);
  });

  it('bad values in answers and lists name the parameter and what it accepts; the way out keeps what was right', async () => {
    const { document: doc } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&dependent=grandchild&docs=passport,<b>x</b>&lang=en');
    expect(textOf(doc.querySelector('.qp-problem[data-param="dependent"]'))).toContain('is not a possible value for “dependent”');
    expect(textOf(doc.querySelector('.qp-problem[data-param="dependent"] .qp-hint'))).toBe('Possible values: child, adult-ward.');
    expect(textOf(doc.querySelector('.qp-problem[data-param="docs"] code'))).toBe('<b>x</b>');
    const out = [...doc.querySelectorAll('main a')].find((a) => textOf(a) === 'Open the same link without the wrong parts');
    expect(out?.getAttribute('href')).toBe('/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&lang=en');
  });

  it('huge values: "too long", and only the start of the value is shown', async () => {
    const many = Array.from({ length: 100 }, (_, i) => `item-${i}`).join(',');
    const { document: doc } = await renderPage(`/checklist?city=ryugasaki&procedure=${'x'.repeat(5000)}&applicant=self&done=${many}&lang=en`);
    const tooLong = doc.querySelector('.qp-problem[data-param="procedure"]')!;
    expect(tooLong.getAttribute('data-code')).toBe('too-long');
    expect(textOf(tooLong.querySelector('code')).length).toBeLessThanOrEqual(41);
    expect(doc.querySelector('.qp-problem[data-param="done"]')?.getAttribute('data-code')).toBe('too-many');
    expect([...doc.querySelectorAll('main a')].find((a) => textOf(a) === 'Go to the start page')?.getAttribute('href')).toBe('/?lang=en');
  });
});
