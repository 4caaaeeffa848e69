import { describe, expect, it } from 'vitest';
import { renderPage, textOf } from './render';

// The identity-document picker and its verdict for a URL (docs / agent-docs / answers), as the app renders it: the
// city's rule applied exactly, what does not count said at its box and in the verdict. (The rules themselves are
// unit-tested in tests/unit/engine; the live update after a tick is a browser test.)

const verdict = (doc: Document, item = 'person-id') => doc.querySelector(`li.cl-item[data-item="${item}"] .cl-picker .cl-idstatus`)!;
const RYU = '/checklist?city=ryugasaki&procedure=pin-reset';

describe('Ryugasaki', () => {
  it('1 from A is enough; 1 from B is not; 2 from B are', async () => {
    const none = verdict((await renderPage(`${RYU}&applicant=self&lang=en`)).document);
    // Nothing ticked, nothing judged yet: the live region waits, empty, for the first tick.
    expect(none.getAttribute('aria-live')).toBe('polite');
    expect(textOf(none)).toBe('');
    expect(textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=student-id&lang=en`)).document))).toContain(
      'Still need: 1 more from “List A: official photo ID showing current information”, or 1 more from “List B',
    );
    expect(textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=passport&lang=en`)).document))).toMatch(/^✓ ?These documents are enough\./);
    const oneB = textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=pension-certificate&lang=en`)).document));
    expect(oneB).toContain('Not enough yet.');
    expect(oneB).toContain('1 more from “List B');
    expect(oneB).toContain('1 more from “List A');
    expect(textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=pension-certificate,student-id&lang=en`)).document))).toContain('These documents are enough.');
  });

  it('the card counts as an A document only when its resident PIN can be entered, with a link to answer', async () => {
    const { document: doc } = await renderPage(`${RYU}&applicant=self&docs=mynumber-card&lang=en`);
    const card = [...doc.querySelectorAll('li.cl-item[data-item="person-id"] .cl-doc')].find((d) => textOf(d).startsWith('My Number card'))!;
    expect(textOf(card.querySelector('.cl-doc__cond'))).toContain("Counts only if the card's 4-digit resident register PIN can be entered.");
    expect(card.querySelector('.cl-doc__cond a')?.getAttribute('href')).toMatch(/ask=resident-pin/);
    expect(textOf(verdict(doc))).toContain('My Number card: Counts only if');
    expect(textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=mynumber-card&resident-pin=usable&lang=en`)).document))).toContain('These documents are enough.');
    expect(textOf(verdict((await renderPage(`${RYU}&applicant=self&docs=mynumber-card&resident-pin=unusable&lang=en`)).document))).toContain('Does not count in your case');
  });

  it('legal representative: the person’s card is left out of the person’s list; the agent needs 2 from A or 1 A + 1 B', async () => {
    const { document: doc } = await renderPage(`${RYU}&applicant=legal-rep&agent-docs=drivers-license&lang=en`);
    const picker = doc.querySelector('li.cl-item[data-item="person-id"] .cl-picker')!;
    expect([...picker.querySelectorAll('label')].some((l) => textOf(l).startsWith('My Number card'))).toBe(false);
    expect(textOf(picker.querySelector('.cl-picker__excluded'))).toBe('My Number card does not count here');
    expect(textOf(verdict(doc, 'agent-id'))).toContain('Not enough yet.');
    const both = await renderPage(`${RYU}&applicant=legal-rep&agent-docs=drivers-license,student-id&lang=en`);
    expect(textOf(verdict(both.document, 'agent-id'))).toContain('These documents are enough.');
  });

  it("an agent's own card counts once the agent says its resident PIN can be entered (the cardholder's answer says nothing of it)", async () => {
    const base = `${RYU}&applicant=legal-rep&lang=en&agent-docs=mynumber-card,drivers-license`;
    const cardholder = await renderPage(`${base}&resident-pin=usable`);
    expect(textOf(verdict(cardholder.document, 'agent-id'))).toContain('Not enough yet.');
    const card = [...cardholder.document.querySelectorAll('li.cl-item[data-item="agent-id"] .cl-doc')].find((d) => textOf(d).startsWith('My Number card'))!;
    const yes = [...card.querySelectorAll('a')].find((a) => textOf(a) === 'Yes, I know it and it is not locked')!;
    const answered = await renderPage(yes.getAttribute('href')!);
    expect(new URL(yes.getAttribute('href')!, 'http://x').searchParams.get('agent-resident-pin')).toBe('usable');
    expect(textOf(verdict(answered.document, 'agent-id'))).toContain('These documents are enough.');
    expect(textOf(verdict((await renderPage(`${base}&agent-resident-pin=unusable`)).document, 'agent-id'))).toContain('Not enough yet.');
  });
});

describe('Satte', () => {
  it('the agent: two documents without an official photo ID are not enough; the lists are examples only', async () => {
    const base = '/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&lang=en';
    const two = await renderPage(`${base}&agent-docs=eligibility-certificate,other-official-photo-id`);
    expect(textOf(two.document.querySelector('li.cl-item[data-item="agent-id"] .cl-picker__note'))).toBe(
      'The page gives only examples: other documents of this kind may also be accepted.',
    );
    expect(textOf(verdict(two.document, 'agent-id'))).toContain('These documents are enough.');
    const noPhoto = await renderPage(`${base}&agent-docs=eligibility-certificate`);
    expect(textOf(verdict(noPhoto.document, 'agent-id'))).toContain('1 more from “Official photo ID (issued by a public authority)”');
  });

  it('in Japanese the verdict reads in Japanese', async () => {
    const { document: doc } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=self&docs=eligibility-certificate&lang=ja');
    expect(textOf(verdict(doc))).toContain('この書類で足ります。');
  });
});
