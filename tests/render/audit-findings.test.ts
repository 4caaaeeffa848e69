import { afterEach, describe, expect, it, vi } from 'vitest';
import { cities } from '../../src/cities/registry';
import { documentValidity } from '../../src/engine';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripRuby } from '../../src/i18n/ruby';
import { everyChecklist, LANGS, renderPage, textOf } from './render';

// Issue 16: what an outside audit found on the pages themselves, checked on the app's own render for every city,
// procedure, applicant and language the data and locales hold. (Engine decisions are unit-tested in tests/unit.)

const all = await Promise.all(cities.ids.map((id) => cities.load(id)));
const byId = Object.fromEntries(all.map((c) => [c.id, c]));
const checklists = everyChecklist();

afterEach(() => {
  vi.useRealTimers();
});

describe('the ID checker', () => {
  it('marks every document that no longer counts at its own checkbox, with the date, in every city and language (finding 1)', async () => {
    for (const { city, procedure, applicant, lang, path } of checklists) {
      const page = await renderPage(path);
      for (const input of page.document.querySelectorAll<HTMLInputElement>('.cl-doc input[type=checkbox]')) {
        const docId = input.id.replace(/^.*-(?=[a-z])/, '');
        const doc = byId[city]!.documents.find((d) => input.id.endsWith(`-${d.id}`));
        if (!doc) continue;
        const row = input.closest('.cl-doc')!;
        const status = documentValidity(doc).status;
        const note = row.querySelector('[data-validity]');
        const where = `${path} ${docId}`;
        if (status === 'valid') expect(note, where).toBeNull();
        else {
          expect(note?.getAttribute('data-validity'), where).toBe(status);
          expect(note?.querySelector('time')?.getAttribute('datetime'), where).toBe('2025-12-01');
        }
      }
      void procedure;
      void applicant;
      void lang;
    }
  });

  it('Satte: 健康保険証 alone is not enough, and the verdict says why (finding 1)', async () => {
    for (const lang of LANGS) {
      const page = await renderPage(`/checklist?city=satte&procedure=pin-reset&applicant=self&docs=health-insurance-card&lang=${lang}`);
      const status = page.document.querySelector('.cl-idstatus')!;
      expect(status.classList.contains('is-short'), lang).toBe(true);
      expect(status.querySelector('[data-ignored="no-longer-valid"]'), lang).not.toBeNull();
    }
  });

  it('Ryugasaki: the 健康保険又は介護保険 entry counts only as the 介護保険 card, at the checkbox and in the verdict (finding 2)', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&docs=health-insurance-card,student-id&lang=en');
    const status = page.document.querySelector('.cl-idstatus')!;
    expect(status.classList.contains('is-enough')).toBe(true);
    expect(status.querySelector('[data-counted-as="care-insurance-card"]')).not.toBeNull();
    const row = page.document.querySelector('#doc-person-id-B-health-insurance-card')!.closest('.cl-doc')!;
    expect(textOf(row.querySelector('[data-validity="partly"]'))).toContain('long-term care insurance card (介護保険被保険者証)');
  });
});

describe('where to go', () => {
  it('every checklist names each counter’s card-work cut-off and the maintenance Sunday (finding 4)', async () => {
    for (const { city, procedure, path } of checklists) {
      const page = await renderPage(path);
      const data = byId[city]!;
      // In the summary at the top, where the resident plans the day (under "where to go" when there is no list).
      expect(page.document.querySelectorAll('[data-fact="maintenance-sunday"]').length, path).toBe(1);
      if (page.document.querySelector('.cl-summary'))
        for (const id of data.procedures[procedure as 'renewal'].counters) {
          const until = data.counters.find((c) => c.id === id)!.schedule.cardWorkUntil;
          if (until) expect(textOf(page.document.querySelector(`.cl-summary [data-summary-counter="${id}"]`)), `${path} ${id}`).toContain(until.time);
        }
      for (const id of data.procedures[procedure as 'renewal'].counters) {
        const counter = data.counters.find((c) => c.id === id)!;
        const facts = page.document.querySelector(`[data-counter-facts="${id}"]`);
        expect(facts, `${path} ${id}`).not.toBeNull();
        if (counter.schedule.cardWorkUntil)
          expect(textOf(facts!.querySelector('[data-fact="card-until"]')), `${path} ${id}`).toContain(counter.schedule.cardWorkUntil.time);
      }
    }
  });

  it('says so where the page does not place the procedure at those counters (finding 9)', async () => {
    for (const { city, procedure, path } of checklists) {
      const page = await renderPage(path);
      const givenFor = byId[city]!.procedures[procedure as 'renewal'].countersGivenFor;
      expect(Boolean(page.document.querySelector('[data-counters="given-for-other-procedures"]')), path).toBe(Boolean(givenFor));
    }
    expect(byId.satte!.procedures.renewal.countersGivenFor).toBeDefined();
    expect(byId.ryugasaki!.procedures['pin-change'].countersGivenFor).toBeDefined();
  });
});

describe('counters and hours', () => {
  it('the station’s days are shown as inferred beside its status, and the holiday note says the page gives hours only (finding 3)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T03:00:00Z')); // Tuesday 12:00 in Japan
    const page = await renderPage('/counters?city=ryugasaki&lang=en');
    const station = page.document.querySelector('[data-counter="station"]')!;
    expect(station.getAttribute('data-status')).toBe('open');
    expect(textOf(station)).toContain('Days inferred');
    expect(page.text).toContain('gives the hours of');
    expect(page.text).not.toContain('does not say whether Citizens');
  });

  it('Satte’s last-Sunday opening is “in principle” in the status itself (finding 11)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-27T01:00:00Z')); // Sunday 27 December 2026, 10:00 in Japan: the last Sunday
    for (const lang of LANGS) {
      const page = await renderPage(`/counters?city=satte&lang=${lang}`);
      const card = page.document.querySelector('[data-counter="shimin-ka"]')!;
      expect(card.getAttribute('data-status')).toBe('open');
      // Each language's own words for it (counters.json status.openInPrinciple), as the status line shows them.
      const words = stripRuby(JSON.parse(readFileSync(join(__dirname, `../../locales/${lang}/counters.json`), 'utf8')).status.openInPrinciple as string);
      expect(textOf(card.querySelector('.status-line')), lang).toBe(words);
    }
  });

  it('Satte’s counters page never quotes Ryugasaki’s crowding sentence; Ryugasaki’s does (finding 12)', async () => {
    const quote = '連休明けは窓口の混雑';
    expect((await renderPage('/counters?city=satte&lang=en')).text).not.toContain(quote);
    expect((await renderPage('/counters?city=ryugasaki&lang=en')).text).toContain(quote);
  });
});

describe('wording', () => {
  it('English names the Citizen Services Division with its Japanese name (finding 6)', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
    expect(page.text).toContain('Citizen Services Division (市民窓口課)');
  });

  it('document names: 教習資格認定証 is the firearms training certificate, 療育手帳 the intellectual disability one (finding 7)', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&lang=en');
    const label = (id: string) => textOf(page.document.querySelector(`label[for="doc-person-id-${id}"]`));
    expect(label('B-instructor-qualification-certificate')).toMatch(/^Firearms training/);
    expect(label('A-rehabilitation-certificate')).toMatch(/^Intellectual disability/);
    expect(page.text).toContain('List A: official photo ID showing current information');
  });

  it('every renewal checklist warns that the 4-digit resident-register PIN is entered (finding 8)', async () => {
    for (const { procedure, path } of checklists) {
      const page = await renderPage(path);
      expect(Boolean(page.document.querySelector('[data-note="renewal-resident-pin"]')), path).toBe(procedure === 'renewal');
    }
  });

  it('the flow’s help no longer says a received notice means the certificates may be invalid (finding 10)', async () => {
    const page = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=self&pin=signature&other-pin=yes&ask=certs-valid&lang=en');
    expect(page.text).toContain('still valid');
    expect(page.text).not.toContain('may no longer be valid');
  });

  it('nothing says the counter can “always” do it (finding 12)', async () => {
    for (const lang of ['en']) {
      const page = await renderPage(`/checklist?city=satte&procedure=pin-reset&applicant=self&pin=signature&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route&lang=${lang}`);
      expect(page.document.querySelector('[data-route-best]'), 'a route screen').not.toBeNull();
      expect(page.text).not.toMatch(/always/i);
    }
  });
});

describe('smaller findings (12)', () => {
  it('the form note only where the list has the form; the legal representative learns the page offers it for download', async () => {
    const note = async (a: string) => {
      const p = await renderPage(`/checklist?city=ryugasaki&procedure=pin-reset&applicant=${a}&lang=en`);
      return [Boolean(p.document.querySelector('[data-note="prefilled-form"]')), Boolean(p.document.querySelector('[data-note="form-download-legal-rep"]'))];
    };
    expect(await note('self')).toEqual([true, false]);
    expect(await note('legal-rep')).toEqual([false, true]);
    expect(await note('proxy')).toEqual([false, false]);
  });

  it('“only the cardholder can set the PIN” comes with its context for a legal representative', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en');
    expect(textOf(page.document.querySelector('[data-note="only-person-sets-pin"]'))).toContain('legal representative to apply');
  });

  it('Satte’s 原則 stays on the 3-month badge', async () => {
    const page = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=legal-rep&lang=ja');
    expect(textOf(page.document.querySelector('[data-item="proof-child"] .cl-item__meta'))).toBe('原則として3か月以内に発行されたもの');
  });

  it('in Japanese each item and document shows the page’s words once', async () => {
    for (const { lang, path } of checklists) {
      if (lang !== 'ja') continue;
      const page = await renderPage(path);
      for (const label of page.document.querySelectorAll('.cl-item__label, .cl-doc__label')) {
        expect(label.children.length, `${path} ${textOf(label)}`).toBe(1);
      }
    }
  });

  it('Ryugasaki’s silent legal-representative renewal shows the page’s nearby 代理人 list and the national facts', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=renewal&applicant=legal-rep&lang=en');
    expect(page.document.querySelectorAll('[data-nearby="proxy"] li')).toHaveLength(3);
    for (const id of ['minor-card-expiry', 'no-signature-certificate-minor-ward']) expect(page.document.querySelector(`[data-note="${id}"]`), id).not.toBeNull();
  });

  it('the mailed form: Satte’s person seals it; Ryugasaki’s page does not say so', async () => {
    const step = async (city: string) => textOf((await renderPage(`/checklist?city=${city}&procedure=pin-reset&applicant=proxy&lang=en`)).document.querySelector('[data-step="mail"]'));
    expect(await step('satte')).toContain('seals it');
    expect(await step('ryugasaki')).not.toContain('seal');
  });

  it('a child without Japanese nationality: the answer exists, and the list says the page is silent on the proof (finding 5)', async () => {
    const q = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&dependent=child&ask=honseki&lang=en');
    expect(q.document.querySelector('input[name="honseki"][value="none"]')).not.toBeNull();
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&dependent=child&honseki=none&lang=en');
    const item = page.document.querySelector('[data-item="proof-child-no-koseki"]')!;
    expect(item.getAttribute('data-state')).toBe('required');
    expect(item.querySelector('[data-national-note="no-koseki"]')).not.toBeNull();
  });
});

describe('domain §9', () => {
  it('where the PIN-reset flow ends at the counter: the face-recognition card and the smartphone certificate', async () => {
    const page = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&pin=both&ask=route&lang=en');
    expect(page.document.querySelector('[data-route-best="counter"]')).not.toBeNull();
    const notes = textOf(page.document.querySelector('[data-national-notes]'));
    expect(notes).toContain('顔認証マイナンバーカード');
    expect(notes).toContain('スマホ用電子証明書');
  });

  it('stale data: every page of a city says so once its check is more than 6 months old (Japan time)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const pages = (city: string) => [
      `/checklist?city=${city}&procedure=pin-reset&applicant=self&lang=en`,
      `/checklist?city=${city}&procedure=renewal&applicant=proxy&lang=ja`,
      `/counters?city=${city}&lang=en`,
      `/checklist?city=${city}&procedure=pin-reset&ask=applicant&lang=en`,
    ];
    for (const city of all) {
      const verified = city.page.verified;
      const [y, m, d] = verified.split('-').map(Number) as [number, number, number];
      // Six months later, at 00:30 in Japan (the day before in UTC): still fresh; the day after: stale.
      const fresh = new Date(Date.UTC(y, m - 1 + 6, d, 15, 30) - 24 * 3600_000);
      const stale = new Date(Date.UTC(y, m - 1 + 6, d, 15, 30));
      for (const path of pages(city.id)) {
        vi.setSystemTime(fresh);
        expect((await renderPage(path)).document.querySelector('[data-stale]'), `${path} fresh`).toBeNull();
        vi.setSystemTime(stale);
        const page = await renderPage(path);
        expect(page.document.querySelector('[data-stale] a')?.getAttribute('href'), `${path} stale`).toBe(city.page.url);
      }
    }
  });
});
