import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCEDURES } from '../../src/cities/vocabulary';
import { LANGS, renderPage, textOf } from './render';

// The counters page at fixed Japan instants, as the app renders it (public contract: data-counter and data-status).
// The 'render-tz' project runs this file again with the process in Los Angeles, where the device's date is often a day
// behind Japan's: the answers must not change.

const en = JSON.parse(readFileSync(join(__dirname, '../../locales/en/counters.json'), 'utf8'));
const text = (key: string): string => key.split('.').reduce((n, k) => n[k], en) as unknown as string;
const lead = (key: string) => text(key).split('{{')[0]!.trim();

afterEach(() => vi.useRealTimers());

/** Renders a page at a Japan instant. */
async function at(instant: string, path: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
  return renderPage(path);
}

interface Scenario {
  name: string;
  at: string;
  city: 'ryugasaki' | 'satte';
  expect: Record<string, 'open' | 'closed' | 'no-card-work' | 'unknown'>;
  says?: Record<string, string[]>;
  next?: { counter: string; date: string; time: string };
}

const SCENARIOS: Scenario[] = [
  {
    name: 'maintenance Sunday that is not the third Sunday (2026-11-22): no card work at any Ryugasaki counter',
    at: '2026-11-22T12:00:00+09:00',
    city: 'ryugasaki',
    expect: { center: 'no-card-work', west: 'no-card-work', east: 'no-card-work', station: 'no-card-work' },
    says: { station: [lead('reason.maintenance-sunday')], center: [lead('reason.maintenance-sunday')] },
  },
  {
    name: 'maintenance Sunday (2026-11-22) at Satte: closed, no holiday opening that day',
    at: '2026-11-22T12:00:00+09:00',
    city: 'satte',
    expect: { 'shimin-ka': 'closed' },
    says: { 'shimin-ka': [lead('reason.maintenance-sunday')] },
  },
  {
    name: "Satte's last-Sunday opening on the maintenance Sunday (2026-02-22): open building, no card work",
    at: '2026-02-22T12:00:00+09:00',
    city: 'satte',
    expect: { 'shimin-ka': 'no-card-work' },
    says: { 'shimin-ka': [text('reason.holiday-opening-suspended')] },
  },
  {
    name: 'national holiday 勤労感謝の日 (2026-11-23) at Satte: closed',
    at: '2026-11-23T12:00:00+09:00',
    city: 'satte',
    expect: { 'shimin-ka': 'closed' },
    says: { 'shimin-ka': ['勤労感謝の日', 'Labour Thanksgiving Day'] },
  },
  {
    name: 'national holiday (2026-11-23) in Ryugasaki: the page is silent, so not known',
    at: '2026-11-23T12:00:00+09:00',
    city: 'ryugasaki',
    expect: { center: 'unknown', west: 'unknown', east: 'unknown', station: 'unknown' },
    says: { station: ['勤労感謝の日'] },
  },
  {
    name: 'Ryugasaki station on a weekday at 12:00: open',
    at: '2026-11-25T12:00:00+09:00',
    city: 'ryugasaki',
    expect: { station: 'open', center: 'unknown', west: 'unknown', east: 'unknown' },
  },
  {
    name: 'Ryugasaki station on a weekday at 18:30: open, but no card work after 18:00',
    at: '2026-11-25T18:30:00+09:00',
    city: 'ryugasaki',
    expect: { station: 'no-card-work' },
    says: { station: [lead('reason.after-card-hours')] },
    next: { counter: 'station', date: '2026-11-26', time: '10:30' },
  },
  {
    name: 'Ryugasaki station on a weekday at 19:30: closed',
    at: '2026-11-25T19:30:00+09:00',
    city: 'ryugasaki',
    expect: { station: 'closed' },
    next: { counter: 'station', date: '2026-11-26', time: '10:30' },
  },
  {
    name: 'Satte on a weekday at 08:00: closed, opens at 8:30 the same day',
    at: '2026-11-25T08:00:00+09:00',
    city: 'satte',
    expect: { 'shimin-ka': 'closed' },
    next: { counter: 'shimin-ka', date: '2026-11-25', time: '8:30' },
  },
  {
    name: 'Satte on 2026-12-30: closed for the year-end',
    at: '2026-12-30T12:00:00+09:00',
    city: 'satte',
    expect: { 'shimin-ka': 'closed' },
    says: { 'shimin-ka': [lead('reason.year-end')] },
    next: { counter: 'shimin-ka', date: '2027-01-04', time: '8:30' },
  },
];

describe('counter status at a Japan instant', () => {
  it.each(SCENARIOS)('$name', async (s) => {
    const { document: doc } = await at(s.at, `/counters?city=${s.city}&procedure=pin-reset&lang=en`);
    for (const [id, status] of Object.entries(s.expect)) {
      const counter = doc.querySelectorAll(`[data-counter="${id}"]`);
      expect(counter, id).toHaveLength(1);
      expect(counter[0]!.getAttribute('data-status'), `${id} at ${s.at}`).toBe(status);
      // Never colour alone: the status is said in words.
      expect(textOf(counter[0])).toContain(lead(`status.${status}`));
    }
    for (const [id, texts] of Object.entries(s.says ?? {})) for (const t of texts) expect(textOf(doc.querySelector(`[data-counter="${id}"]`))).toContain(t);
    if (s.next) {
      const next = [...doc.querySelectorAll(`[data-counter="${s.next.counter}"] dd`)].at(-1)!;
      expect(next.querySelector(`time[datetime="${s.next.date}"]`)).not.toBeNull();
      expect(textOf(next)).toContain(s.next.time);
    }
  });

  it('says the Japan date and time it is for', async () => {
    // 2026-11-25 08:00 in Japan is still 2026-11-24 in Los Angeles (the render-tz project).
    const { document: doc } = await at('2026-11-25T08:00:00+09:00', '/counters?city=satte&lang=en');
    expect(doc.querySelector('.as-of time')?.getAttribute('datetime')).toBe('2026-11-25');
    expect(textOf(doc.querySelector('.as-of'))).toContain('8:00');
  });
});

describe('the plan and its notes', () => {
  it('marks the first working day after a long closure as likely crowded, over 14 open days', async () => {
    // Satte, Friday 2026-09-18: closed 19th–23rd (weekend, 敬老の日, 国民の休日, 秋分の日), so Thursday the 24th is crowded.
    const { document: doc } = await at('2026-09-18T09:00:00+09:00', '/counters?city=satte&procedure=pin-reset&lang=en');
    const row = (date: string) => [...doc.querySelectorAll('.plan .plan__row')].find((r) => r.querySelector(`time[datetime="${date}"]`));
    expect(textOf(row('2026-09-24'))).toContain(text('plan.crowded'));
    expect(textOf(row('2026-09-21'))).toContain('敬老の日');
    expect(textOf(row('2026-09-25'))).not.toContain(text('plan.crowded'));
    expect(doc.querySelectorAll('.plan .plan__row.status--open')).toHaveLength(14);
  });

  it('explains the maintenance Sunday and the holiday opening without card work, naming the 22nd, not the third Sunday', async () => {
    const { document: doc } = await at('2026-02-16T09:00:00+09:00', '/counters?city=satte&lang=en');
    const row = [...doc.querySelectorAll('.plan .plan__row')].find((r) => r.querySelector('time[datetime="2026-02-22"]'))!;
    expect(row.classList.contains('status--no-card-work')).toBe(true);
    expect(textOf(row)).toContain(text('plan.reason.holiday-opening-suspended'));
    const notes = doc.querySelector('.notes')!;
    expect(textOf(notes)).toContain(lead('notes.maintenance'));
    expect(textOf(notes)).toContain(lead('notes.openingSuspendedNext'));
    const li = [...notes.querySelectorAll('li')].find((l) => l.querySelector('time[datetime="2026-02-22"]'));
    expect(textOf(li)).toContain('not the third Sunday');
  });

  it.each(LANGS)('names its source and the date it was checked; every date is a <time datetime> (%s)', async (lang) => {
    const { document: doc } = await at('2026-11-25T12:00:00+09:00', `/counters?city=ryugasaki&lang=${lang}`);
    expect(doc.querySelector('[data-counter="station"]')?.getAttribute('data-status')).toBe('open');
    expect(doc.querySelector('.source a[href^="https://www.city.ryugasaki"]')).not.toBeNull();
    expect(doc.querySelector('.source time[datetime="2026-11-24"]')).not.toBeNull();
    const datetimes = [...doc.querySelectorAll('main time')].map((t) => t.getAttribute('datetime'));
    expect(datetimes.length).toBeGreaterThan(10);
    for (const d of datetimes) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe.each(LANGS)('the heading (%s)', (lang) => {
  it.each([['ryugasaki', '龍ケ崎市'], ['satte', '幸手市']])('names %s, its Japanese name once', async (city, ja) => {
    const { document: doc } = await renderPage(`/counters?city=${city}&lang=${lang}`);
    expect(textOf(doc.querySelector('main h1')).split(ja)).toHaveLength(2);
    // Outside Japanese, the name carries its reading, to say it aloud (Chinese writes 幸手市 as Japanese does).
    const rubies = [...doc.querySelectorAll('main h1 ruby')].filter((r) => r.firstChild?.textContent === ja);
    expect(rubies.length).toBe(lang === 'ja' ? 0 : 1);
  });
});

describe.each(LANGS)('counter names (%s)', (lang) => {
  it.each(['ryugasaki', 'satte'])('%s: a translation that says the Japanese name again is not shown twice', async (city) => {
    const { document: doc } = await renderPage(`/counters?city=${city}&lang=${lang}`);
    const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
    const names = [...doc.querySelectorAll('.counter-name__ja')];
    expect(names.length).toBeGreaterThan(0);
    for (const ja of names) {
      const tr = ja.parentElement?.querySelector('.counter-name__tr');
      if (tr) expect(bare(textOf(tr))).not.toBe(bare(textOf(ja)));
    }
  });
});

describe('choosing a city, and bad links', () => {
  it('without a city the page offers each city, and the links keep the procedure', async () => {
    const { document: doc } = await renderPage('/counters?procedure=pin-change&lang=en');
    const links = [...doc.querySelectorAll('main a.city-link')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/counters?city=ryugasaki&procedure=pin-change&lang=en', '/counters?city=satte&procedure=pin-change&lang=en']);
    expect(textOf(doc.querySelectorAll('main a.city-link')[1])).toContain('幸手市');
  });

  it('the bare /counters (its prerendered HTML) offers the cities and states the maintenance-Sunday rule', async () => {
    const ja = JSON.parse(readFileSync(join(__dirname, '../../locales/ja/counters.json'), 'utf8'));
    const page = await renderPage('/counters');
    expect(page.document.querySelectorAll('main a.city-link')).toHaveLength(2);
    expect(page.text).toContain(ja.notes.maintenance);
  });

  it('an unknown city gets a clear message and the cities to choose from', async () => {
    const { document: doc } = await renderPage('/counters?city=tokyo&procedure=renewal&lang=en');
    expect(textOf(doc.querySelector('main [role="alert"]'))).toContain(lead('problem.city'));
    expect(textOf(doc.querySelector('main [role="alert"]'))).toContain('tokyo');
    expect(doc.querySelectorAll('main a.city-link')).toHaveLength(2);
    expect(doc.querySelectorAll('[data-counter]')).toHaveLength(0);
  });

  it('an unknown procedure gets a message and procedure links that keep the city', async () => {
    const { document: doc } = await renderPage('/counters?city=satte&procedure=passport&lang=en');
    expect(textOf(doc.querySelector('main [role="alert"]'))).toContain('passport');
    const links = [...doc.querySelectorAll('main .segmented a')].map((a) => a.getAttribute('href'));
    expect(links).toHaveLength(PROCEDURES.length);
    expect(links[0]).toBe('/counters?city=satte&procedure=renewal&lang=en');
  });

  it('the city and procedure links keep the date asked about, on the answer and on every recovery page', async () => {
    const hrefs = async (path: string, selector: string) =>
      [...(await renderPage(path)).document.querySelectorAll(`main ${selector}`)].map((a) => new URL(a.getAttribute('href')!, 'http://x').searchParams.get('date'));
    for (const [path, selector] of [
      ['/counters?city=satte&date=2026-12-27&lang=en', '.segmented a'],
      ['/counters?city=satte&procedure=passport&date=2026-12-27&lang=en', '.segmented a'],
      ['/counters?date=2026-12-27&lang=en', 'a.city-link'],
      ['/counters?city=tokyo&date=2026-12-27&lang=en', 'a.city-link'],
    ] as const) {
      const dates = await hrefs(path, selector);
      expect(dates.length, path).toBeGreaterThan(1);
      expect(new Set(dates), path).toEqual(new Set(['2026-12-27']));
    }
  });

  it.each(LANGS)('a validity change on a Sunday opening is "ask first", a PIN reset is open (%s)', async (lang) => {
    const texts = JSON.parse(readFileSync(join(__dirname, `../../locales/${lang}/counters.json`), 'utf8'));
    const day = async (procedure: string) => (await at('2026-12-08T12:00:00+09:00', `/counters?city=satte&procedure=${procedure}&date=2026-12-27&lang=${lang}`)).document;
    const change = await day('validity-change');
    expect(change.querySelector('[data-day-counter="shimin-ka"]')?.getAttribute('data-day-status')).toBe('unknown');
    expect(textOf(change.querySelector('[data-day-counter="shimin-ka"]'))).toContain(texts.reason['holiday-opening-ask-first'].replace(/\{([^|{}]+)\|[^{}]+\}/g, '$1'));
    expect(change.querySelector('[data-opening="2026-12-27"]')?.getAttribute('data-opening-status')).toBe('unknown');
    expect((await day('pin-reset')).querySelector('[data-day-counter="shimin-ka"]')?.getAttribute('data-day-status')).toBe('open');
  });

  it('a date outside the years Madoguchi counts says which years it counts', async () => {
    const far = await renderPage('/counters?city=satte&date=9999-12-31&lang=en');
    expect(far.text).toContain(text('day.outOfRange').replace('{{value}}', '9999-12-31').replace('{{min}}', '1900').replace('{{max}}', '2100'));
    const old = await renderPage('/counters?city=satte&date=1960-01-03&lang=en');
    expect(old.text).toContain(text('reason.outside-holiday-table').replace('{{from}}', '1970').replace('{{to}}', '2050'));
    expect(old.document.querySelector('[data-day-counter="shimin-ka"]')?.getAttribute('data-day-status')).toBe('unknown');
    // The day's line does not blame the city page for what the holiday table does not know.
    expect(textOf(old.document.querySelector('.day-answer__summary'))).not.toMatch(/city page/);
  });

  it('hostile parameters are quoted as text, not markup', async () => {
    const { document: doc } = await renderPage(`/counters?city=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(textOf(doc.querySelector('main [role="alert"]'))).toContain('<img src=x');
    expect(doc.querySelectorAll('main img')).toHaveLength(0);
  });
});
