import { afterEach, describe, expect, it, vi } from 'vitest';
import { cities } from '../../src/cities/registry';
import { CITIES, LANGS, localeTexts, renderPage, textOf } from './render';

// "Can I go on that day?" on the counters page, for every city and language found on disk: the date form and its
// answer, every day of the plan's window, the next holiday openings with their dates, the sources' folded details.

afterEach(() => vi.useRealTimers());

type Texts = Record<string, unknown>;
const texts = (lang: string): Texts => localeTexts(lang, 'counters.json') as Texts;
const text = (t: Texts, key: string): string => key.split('.').reduce<unknown>((n, k) => (n as Texts)[k], t) as string;
const lead = (t: Texts, key: string) => text(t, key).split('{{')[0]!.trim();

/** Renders a page at a Japan instant. */
async function at(instant: string, path: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  return renderPage(path);
}

const NOW = '2026-11-18T09:00:00+09:00';
const STATUSES = ['open', 'closed', 'no-card-work', 'unknown'];
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe.each(LANGS)('the counters page in %s', (lang) => {
  const t = texts(lang);

  it.each(CITIES)('%s: a GET form asks for any date and keeps the city, procedure and language', async (cityId) => {
    const { document: doc } = await at(NOW, `/counters?city=${cityId}&procedure=pin-reset&lang=${lang}`);
    const form = doc.querySelector('form.day-form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/counters');
    const hidden = Object.fromEntries([...form.querySelectorAll('input[type="hidden"]')].map((i) => [i.getAttribute('name'), i.getAttribute('value')]));
    expect(hidden).toEqual({ city: cityId, procedure: 'pin-reset', lang });
    const input = form.querySelector('input[name="date"]')!;
    expect(input.getAttribute('type')).toBe('date');
    expect(textOf(form.querySelector(`label[for="${input.id}"]`))).toBe(text(t, 'day.label'));
    expect(textOf(form.querySelector('button[type="submit"]'))).toBe(text(t, 'day.submit'));
    expect(doc.querySelector('[data-date-answer]')).toBeNull();
  });

  it.each(CITIES)('%s: date=… answers for every counter, in words, with a status each', async (cityId) => {
    const city = await cities.load(cityId);
    const { document: doc, text: page } = await at(NOW, `/counters?city=${cityId}&date=2026-11-22&lang=${lang}`);
    const answer = doc.querySelector('[data-date-answer="2026-11-22"]')!;
    expect(answer).not.toBeNull();
    expect(answer.querySelector('.day-answer__summary time[datetime="2026-11-22"]')).not.toBeNull();
    const rows = [...answer.querySelectorAll('[data-day-counter]')];
    expect(rows.map((r) => r.getAttribute('data-day-counter'))).toEqual(city.counters.map((c) => c.id));
    for (const r of rows) {
      const status = r.getAttribute('data-day-status')!;
      expect(STATUSES).toContain(status);
      expect(textOf(r.querySelector('.status-line'))).toContain(text(t, `day.status.${status}`));
      // 2026-11-22 is the maintenance Sunday: every counter says why it has no card work.
      expect(textOf(r)).toContain(lead(t, 'reason.maintenance-sunday'));
    }
    // The public contract's counter elements (the status now) stay one per counter.
    for (const c of city.counters) expect(doc.querySelectorAll(`[data-counter="${c.id}"]`)).toHaveLength(1);
    expect(page).not.toMatch(/⟦/);
  });

  it.each(CITIES)('%s: an unreadable date is said, quoted as text', async (cityId) => {
    const { document: doc } = await at(NOW, `/counters?city=${cityId}&date=${encodeURIComponent('<b>soon</b>')}&lang=${lang}`);
    expect(textOf(doc.querySelector('.day-form [role="alert"]'))).toContain('<b>soon</b>');
    expect(doc.querySelector('main b')).toBeNull();
    expect(doc.querySelector('[data-date-answer]')).toBeNull();
  });

  it.each(CITIES)('%s: the plan lists every day of its window; days without card work are short lines saying why', async (cityId) => {
    const { document: doc } = await at(NOW, `/counters?city=${cityId}&lang=${lang}`);
    const plans = [...doc.querySelectorAll('section.plan')];
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const rows = [...plan.querySelectorAll('.plan__row')];
      expect(rows.length).toBeGreaterThanOrEqual(14);
      const dates = rows.map((r) => [...r.querySelectorAll('time')].map((x) => x.getAttribute('datetime')!));
      expect(dates[0]![0]).toBe('2026-11-18');
      for (let i = 1; i < dates.length; i++) expect(dates[i]![0], `no day left out after ${dates[i - 1]!.at(-1)}`).toBe(dayAfter(dates[i - 1]!.at(-1)!));
      for (const r of rows.filter((x) => !x.classList.contains('status--open'))) {
        expect(r.classList.contains('plan__row--short')).toBe(true);
        expect(textOf(r.querySelector('.plan__what strong'))).not.toBe('');
      }
    }
    // Saturday 21 November at every counter whose days the page gives: closed, because it is not a working day.
    const sat = [...doc.querySelectorAll('.plan__row[data-plan-date="2026-11-21"].status--closed')];
    for (const r of sat) expect(textOf(r)).toContain(text(t, 'plan.reason.not-a-working-day'));
  });

  it.each(CITIES)('%s: the next holiday openings are listed with their dates and the "in principle" caveat', async (cityId) => {
    const city = await cities.load(cityId);
    const { document: doc } = await at(NOW, `/counters?city=${cityId}&lang=${lang}`);
    const withOpenings = city.counters.filter((c) => c.schedule.holidayOpening);
    if (withOpenings.length === 0) {
      expect(doc.querySelector('.openings')).toBeNull();
      return;
    }
    for (const c of withOpenings) {
      const block = doc.querySelector(`[data-openings="${c.id}"]`)!;
      const rows = [...block.querySelectorAll('[data-opening]')];
      expect(rows).toHaveLength(3);
      expect(textOf(block)).toContain(c.schedule.holidayOpening!.source.quote);
      for (const r of rows) {
        expect(r.querySelector(`time[datetime="${r.getAttribute('data-opening')}"]`)).not.toBeNull();
        if (c.schedule.holidayOpening!.inPrinciple) expect(textOf(r)).toContain(text(t, 'openings.inPrinciple'));
      }
    }
  });

  it.each(CITIES)('%s: sources are named for residents, the page\'s own words folded; no flow classes', async (cityId) => {
    const { document: doc } = await at(NOW, `/counters?city=${cityId}&lang=${lang}`);
    const source = doc.querySelector('.source')!;
    expect(textOf(source)).toContain(text(t, 'source.national'));
    const details = source.querySelector('details')!;
    expect(textOf(details.querySelector('summary'))).toBe(text(t, 'source.detailsSummary'));
    expect(details.querySelectorAll('q[lang="ja"]').length).toBeGreaterThan(0);
    // The flow's radio rows (.choice, .choices) laid the city links out one letter per line at 360 px.
    expect(doc.querySelectorAll('main .choice, main .choices')).toHaveLength(0);
    expect(doc.querySelectorAll('main a.city-link').length).toBe(CITIES.length - 1);
  });
});

describe('Satte on Sundays (English)', () => {
  it('the last Sunday of November: open in principle, 8:30–16:45, with the calendar caveat', async () => {
    const { document: doc } = await at(NOW, '/counters?city=satte&procedure=pin-reset&date=2026-11-29&lang=en');
    const row = doc.querySelector('[data-day-counter="shimin-ka"]')!;
    expect(row.getAttribute('data-day-status')).toBe('open');
    expect(textOf(row)).toContain('Open, in principle');
    expect(textOf(row)).toContain('8:30–16:45');
    expect(textOf(row)).toContain(text(texts('en'), 'day.checkCalendar'));
    expect(textOf(doc.querySelector('.day-answer__summary'))).toContain('card procedures are possible');
  });

  it('the openings list reaches past the plan: 29 Nov, 27 Dec and 31 Jan', async () => {
    const { document: doc } = await at(NOW, '/counters?city=satte&lang=en');
    const rows = [...doc.querySelectorAll('[data-opening]')];
    expect(rows.map((r) => [r.getAttribute('data-opening'), r.getAttribute('data-opening-status')])).toEqual([
      ['2026-11-29', 'open'],
      ['2026-12-27', 'open'],
      ['2027-01-31', 'open'],
    ]);
  });
});
