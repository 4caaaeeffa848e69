import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, localeTexts, renderPage, textOf } from './render';

// The renewal page's answer for a URL at a Japan instant, as the app renders it. Also run by the 'render-tz' project
// with the process in Los Angeles: the answer follows the Japan date, not the device's.

const en = JSON.parse(readFileSync(join(__dirname, '../../locales/en/renewal.json'), 'utf8'));
const text = (key: string): string => key.split('.').reduce((n, k) => n[k], en) as unknown as string;
const lead = (key: string) => text(key).split('{{')[0]!.trim();

afterEach(() => vi.useRealTimers());

async function at(instant: string, path: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  return renderPage(path);
}

describe('the renewal window', () => {
  it('expiry 2027-06-15 seen on 2027-02-01: opens 2027-03-16, not yet; both readings of the マイナ保険証 grace', async () => {
    const { document: doc } = await at('2027-02-01T12:00:00+09:00', '/renewal?expiry=2027-06-15&lang=en');
    const result = doc.querySelector('.renewal-result')!;
    expect(result.querySelector('.headline time')?.getAttribute('datetime')).toBe('2027-03-16');
    expect(result.classList.contains('state--not-yet')).toBe(true);
    expect(textOf(result)).toContain(text('state.not-yet.label'));
    expect(textOf(result)).toContain('43 days');
    expect(textOf(result)).toContain('134 days');
    expect(result.querySelectorAll('time[datetime="2027-09-30"]')).toHaveLength(1);
    expect(result.querySelectorAll('time[datetime="2027-09-15"]')).toHaveLength(2);
  });

  it('open and expired states say what to do and link to the counters and the checklist', async () => {
    const open = (await at('2027-04-01T12:00:00+09:00', '/renewal?expiry=2027-06-15&lang=en')).document.querySelector('.renewal-result')!;
    expect(open.classList.contains('state--open')).toBe(true);
    expect(open.querySelector('a[href="/counters?procedure=renewal&lang=en"]')).not.toBeNull();
    expect(open.querySelector('a[href="/checklist?procedure=renewal&lang=en"]')).not.toBeNull();
    const expired = (await at('2027-04-01T12:00:00+09:00', '/renewal?expiry=2027-03-01&lang=en')).document.querySelector('.renewal-result')!;
    expect(expired.classList.contains('state--expired')).toBe(true);
    expect(textOf(expired)).toContain(lead('state.expired.todo'));
    expect(textOf(expired)).toContain('free of charge');
  });

  it('follows the Japan date: 08:00 on 2027-03-16 in Japan is open (the 15th in Los Angeles)', async () => {
    const { document: doc } = await at('2027-03-16T08:00:00+09:00', '/renewal?expiry=2027-06-15&lang=en');
    expect(doc.querySelector('.renewal-result')!.classList.contains('state--open')).toBe(true);
  });

  it('birth date and issue date: the card expiry, with a new application instead of a renewal', async () => {
    const { document: doc } = await at('2027-02-01T12:00:00+09:00', '/renewal?birth=1990-07-10&issued=2023-01-20&lang=en');
    const result = doc.querySelector('.renewal-result')!;
    expect(result.querySelector('.headline time')?.getAttribute('datetime')).toBe('2027-04-11');
    expect(result.querySelector('.renewal-facts time')?.getAttribute('datetime')).toBe('2027-07-10');
    const card = result.querySelector('.callout')!;
    expect(card.querySelectorAll('time[datetime="2032-07-10"]')).toHaveLength(1);
    expect(textOf(card)).toContain(text('card.newApplication'));
  });
});

describe('impossible dates get a clear message, the field marked, no answer', () => {
  it.each([
    ['2027-02-30', 'error.no-such-date-day'],
    ['1800-01-01', 'error.out-of-range'],
    ['next-june', 'error.bad-format'],
    ['', 'error.missing'],
  ])('expiry "%s"', async (value, key) => {
    const { document: doc } = await at('2027-02-01T12:00:00+09:00', `/renewal?expiry=${encodeURIComponent(value)}&lang=en`);
    const summary = doc.querySelector('.error-summary')!;
    expect(textOf(summary)).toContain(lead(key));
    if (value) expect(textOf(summary)).toContain(value);
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#expiry');
    expect(doc.querySelector('#expiry')?.getAttribute('aria-invalid')).toBe('true');
    expect(doc.querySelectorAll('.renewal-result')).toHaveLength(0);
  });

  it('an issue date before the birth date is refused', async () => {
    const { document: doc } = await at('2027-02-01T12:00:00+09:00', '/renewal?birth=2000-05-01&issued=1999-01-01&lang=en');
    expect(textOf(doc.querySelector('.error-summary'))).toContain(lead('error.birth-after-issue'));
    expect(doc.querySelector('#issued')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('the form is a plain GET to /renewal, so it works before (and without) the script and gives a shareable link', async () => {
    const { document: doc } = await renderPage('/renewal?stay=none&lang=en');
    const form = doc.querySelector('#expiry')!.closest('form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/renewal');
    expect(doc.querySelector('#expiry')?.getAttribute('name')).toBe('expiry');
  });
});

// Issue 21: a card that ends with the period of stay, in every language of the app (the folders on disk).
const renewalOf = (lang: string) => localeTexts(lang, 'renewal.json');

describe.each(LANGS)('the period of stay (%s)', (lang) => {
  const tr = renewalOf(lang);
  const leadOf = (s: string) => s.split('{{')[0]!.trim();

  it('asks about a fixed period of stay before any date form', async () => {
    const { document: doc } = await renderPage(`/renewal?lang=${lang}`);
    expect(textOf(doc.querySelector('[data-question="stay"] h2'))).toBe(tr.stay.question);
    // Each answer holds its own form, closed until chosen (a <details>: it opens without the script too).
    expect(doc.querySelector('details[data-stay="none"]:not([open]) #birth')).not.toBeNull();
    expect(doc.querySelector('details[data-stay="fixed"]:not([open]) #stay-until')).not.toBeNull();
    expect(textOf(doc.querySelector('details[data-stay="fixed"] > summary'))).toBe(tr.stay.fixed);
    expect((await renderPage(`/renewal?stay=fixed&lang=${lang}`)).document.querySelector('#stay-until')).not.toBeNull();
    expect((await renderPage(`/renewal?stay=none&lang=${lang}`)).document.querySelector('#birth')).not.toBeNull();
  });

  it('stay-until alone: the stop day, no letter, immigration, the last city day, every date a <time>', async () => {
    const { document: doc } = await at('2026-11-01T12:00:00+09:00', `/renewal?stay-until=2027-03-31&lang=${lang}`);
    const result = doc.querySelector('.stay-result')!;
    expect(result.getAttribute('data-stay-state')).toBe('not-yet');
    expect(result.querySelector('.headline time')?.getAttribute('datetime')).toBe('2027-03-31');
    expect(textOf(result)).toContain(tr.stay.noLetter);
    expect(result.querySelector('time[datetime="2026-12-31"]')).not.toBeNull();
    expect(result.querySelector('time[datetime="2027-03-30"]')).not.toBeNull();
    expect(result.querySelector('button[data-ics="stay"]')).not.toBeNull();
    expect(result.querySelector('a[href*="procedure=validity-change"]')).not.toBeNull();
    for (const t of result.querySelectorAll('time')) expect(t.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('with the usual expiry too: the earlier of the two', async () => {
    const { document: doc } = await at('2026-11-01T12:00:00+09:00', `/renewal?stay-until=2027-03-31&expiry=2027-01-15&lang=${lang}`);
    expect(doc.querySelector('.stay-result .headline time')?.getAttribute('datetime')).toBe('2027-01-15');
    expect(textOf(doc.querySelector('.stay-result'))).toContain(leadOf(tr.stay.usualFirst));
  });

  it('a past date says what to do now, with no negative count and no reminder', async () => {
    const { document: doc } = await at('2027-04-10T12:00:00+09:00', `/renewal?stay-until=2027-03-31&lang=${lang}`);
    const result = doc.querySelector('.stay-result')!;
    expect(result.getAttribute('data-stay-state')).toBe('passed');
    expect(textOf(result)).toContain(tr.stay.state.passed.label);
    expect(textOf(result)).not.toMatch(/(^|\s)[-−]\d/);
    expect(result.querySelector('button[data-ics="stay"]')).toBeNull();
  });

  it('Japan time: 15:30 on 03-31 in Japan (the 30th on a Los Angeles phone) is past the last city day', async () => {
    const { document: doc } = await at('2027-03-30T23:30:00-07:00', `/renewal?stay-until=2027-03-31&lang=${lang}`);
    expect(doc.querySelector('.stay-result')?.getAttribute('data-stay-state')).toBe('passed');
  });

  it('a birthday result warns that a period of stay changes the dates (issue 21) and a new card is never shown as open (issue 20.2)', async () => {
    const { document: doc } = await at('2026-11-01T12:00:00+09:00', `/renewal?birth=2018-04-01&issued=2022-01-10&lang=${lang}`);
    expect(doc.querySelector('[data-notice="stay-caveat"]')).not.toBeNull();
    const result = doc.querySelector('.renewal-result')!;
    expect(result.getAttribute('data-state')).toBe('new-card');
    expect(result.classList.contains('state--open')).toBe(false);
    expect(textOf(result)).toContain(tr.state.newCardLabel);
    expect(textOf(result)).not.toContain(tr.state.open.label);
  });
});
