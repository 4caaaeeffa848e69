import { DateError, addDays, parseIsoDate, type IsoDate } from './time/jst';

// The renewal reminder as an RFC 5545 calendar file, built as text so it needs no library and no DOM.

/** What the reminder needs; title and description come already translated from the caller. */
export interface RenewalReminderInput {
  /** The day the renewal window opens: the all-day event's date. */
  opensOn: IsoDate;
  expiry: IsoDate;
  title: string;
  description: string;
  /** Mixed into the UID with the expiry; the same seed and expiry always give the same UID. */
  uidSeed?: string;
  /** The instant the file is made (epoch ms), for DTSTAMP. */
  now: number;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: content lines should not exceed 75 octets, excluding the line break. */
export const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma; any newline becomes \n. */
export function escapeText(value: string): string {
  return (
    value
      // Lone surrogates cannot be written in UTF-8.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\r\n|\r|\n/g, '\n')
      // Control characters other than tab are not allowed in TEXT.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line at 75 octets of UTF-8, never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) as number);
    // Continuation lines carry the leading space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A stable 53-bit hash (cyrb53) as hex: the same input gives the same UID on every device. */
function hash53(input: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const ch of input) {
    const c = ch.codePointAt(0) as number;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The reminder's UID: stable for a seed and expiry, so importing the file again updates rather than duplicates. */
export function reminderUid(expiry: IsoDate, uidSeed = ''): string {
  parseIsoDate(expiry);
  return `renewal-${hash53(`${uidSeed}|${expiry}`)}@madoguchi`;
}

function icsDate(date: IsoDate): string {
  parseIsoDate(date);
  return date.replace(/-/g, '');
}

function icsStamp(instantMs: number): string {
  if (typeof instantMs !== 'number' || !Number.isFinite(instantMs))
    throw new DateError('bad-instant', instantMs, `not an epoch-milliseconds instant: ${String(instantMs)}`);
  // toISOString is always UTC, so DTSTAMP does not depend on the host's time zone.
  return new Date(Math.floor(instantMs / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

/** An all-day event on the window's opening day with a 9:00 alarm, as RFC 5545 text with CRLF line endings. */
export function renewalReminderIcs(input: RenewalReminderInput): string {
  const { opensOn, expiry, title, description, uidSeed, now } = input;
  parseIsoDate(opensOn);
  parseIsoDate(expiry);
  if (opensOn > expiry) throw new DateError('bad-order', `${opensOn} > ${expiry}`, `the window opens (${opensOn}) after expiry (${expiry})`);
  if (!title.trim()) throw new Error('a reminder needs a title');
  const summary = escapeText(title);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Madoguchi//Renewal reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminderUid(expiry, uidSeed)}`,
    `DTSTAMP:${icsStamp(now)}`,
    `DTSTART;VALUE=DATE:${icsDate(opensOn)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(opensOn, 1))}`,
    `SUMMARY:${summary}`,
    `DESCRIPTION:${escapeText(description)}`,
    // A reminder should not block the day as busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${summary}`,
    // 9:00 on the day itself; an all-day event starts at local midnight.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** One all-day reminder of a calendar file: its day, words (already translated) and an alarm so many days before. */
export interface DayReminder {
  date: IsoDate;
  title: string;
  description: string;
  /** Days before the date the alarm rings (at 9:00); 0 on the day itself. */
  alarmDaysBefore: number;
  /** Stable part of the UID: the same key gives the same UID, so importing again updates the event. */
  key: string;
}

/**
 * Several all-day reminders in one RFC 5545 file (the period of stay's two steps: immigration, then the city),
 * each with a 9:00 alarm on its day or so many days before.
 */
export function dayRemindersIcs(reminders: readonly DayReminder[], now: number): string {
  if (!reminders.length) throw new Error('a calendar needs at least one reminder');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Madoguchi//Reminders//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of reminders) {
    if (!r.title.trim()) throw new Error('a reminder needs a title');
    if (!Number.isInteger(r.alarmDaysBefore) || r.alarmDaysBefore < 0) throw new Error('alarmDaysBefore must be a whole number ≥ 0');
    const summary = escapeText(r.title);
    // 9:00 on the day, or that many days before: an all-day event starts at local midnight.
    const trigger = r.alarmDaysBefore === 0 ? 'PT9H' : `-P${r.alarmDaysBefore - 1}DT15H`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.key}-${hash53(`${r.key}|${r.date}`)}@madoguchi`,
      `DTSTAMP:${icsStamp(now)}`,
      `DTSTART;VALUE=DATE:${icsDate(r.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(r.date, 1))}`,
      `SUMMARY:${summary}`,
      `DESCRIPTION:${escapeText(r.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${summary}`,
      `TRIGGER;RELATED=START:${trigger}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
