import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The status of every counter at a fixed Japan instant, against the built app (public contract: data-counter and
// data-status). Each scenario runs twice: with the browser in Japan and in Los Angeles, where the device's date is
// often a day behind; the answers must not change.

type Json = { [key: string]: Json } | string;
const en = JSON.parse(readFileSync(new URL('../../locales/en/counters.json', import.meta.url), 'utf8')) as Json;

/** A text of locales/en/counters.json by dotted key, with {{placeholders}} cut off (they are checked separately). */
function text(key: string): string {
  let node: Json | undefined = en;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`no text ${key}`);
  return node;
}

/** The words of a text before its first placeholder. */
function lead(key: string): string {
  return text(key).split('{{')[0]!.trim();
}

interface Scenario {
  name: string;
  /** Japan time. */
  at: string;
  city: 'ryugasaki' | 'satte';
  expect: Record<string, 'open' | 'closed' | 'no-card-work' | 'unknown'>;
  /** Texts expected inside a counter's element. */
  says?: Record<string, string[]>;
  /** A counter's next opening: its <time datetime> and the clock time beside it. */
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

async function open(page: Page, s: Scenario) {
  await page.clock.setFixedTime(new Date(s.at));
  await page.goto(`/counters?city=${s.city}&procedure=pin-reset&lang=en`);
}

for (const timezoneId of ['Asia/Tokyo', 'America/Los_Angeles']) {
  test.describe(`counter status with the device in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-US' });

    for (const s of SCENARIOS) {
      test(s.name, async ({ page }) => {
        await open(page, s);
        for (const [id, status] of Object.entries(s.expect)) {
          const counter = page.locator(`[data-counter="${id}"]`);
          await expect(counter).toHaveCount(1);
          await expect(counter, `${id} at ${s.at}`).toHaveAttribute('data-status', status);
          // Never colour alone: the status is said in words.
          await expect(counter).toContainText(lead(`status.${status}`));
        }
        for (const [id, texts] of Object.entries(s.says ?? {}))
          for (const t of texts) await expect(page.locator(`[data-counter="${id}"]`)).toContainText(t);
        if (s.next) {
          const counter = page.locator(`[data-counter="${s.next.counter}"]`);
          const next = counter.locator('dd').last();
          await expect(next.locator(`time[datetime="${s.next.date}"]`)).toHaveCount(1);
          await expect(next).toContainText(s.next.time);
        }
      });
    }
  });
}

test('the status says the Japan date and time it is for, wherever the device is', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });
  const page = await context.newPage();
  // 2026-11-25 08:00 in Japan is still 2026-11-24 in Los Angeles.
  await page.clock.setFixedTime(new Date('2026-11-25T08:00:00+09:00'));
  await page.goto('/counters?city=satte&lang=en');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2026-11-25');
  await expect(page.locator('.as-of')).toContainText('8:00');
  await context.close();
});

test('the status is worked out again every minute while the page is open', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T17:59:30+09:00') });
  await page.goto('/counters?city=ryugasaki&procedure=renewal&lang=en');
  const station = page.locator('[data-counter="station"]');
  await expect(station).toHaveAttribute('data-status', 'open');
  await page.clock.runFor(65_000);
  await expect(station).toHaveAttribute('data-status', 'no-card-work');
});
