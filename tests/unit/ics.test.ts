import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_LINE_OCTETS, escapeText, foldLine, reminderUid, renewalReminderIcs } from '../../src/engine/ics';
import { DateError } from '../../src/engine/time/jst';

const now = Date.UTC(2026, 10, 24, 11, 47, 13, 500);
const base = { opensOn: '2026-03-16', expiry: '2026-06-15', title: '電子証明書の更新', description: '窓口で更新できます', now };

const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const octets = (s: string) => Buffer.byteLength(s, 'utf8');
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('renewalReminderIcs', () => {
  it('is a VCALENDAR with one all-day VEVENT, a VALARM and CRLF line endings', () => {
    const ics = renewalReminderIcs(base);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260316');
    expect(lines).toContain('DTEND;VALUE=DATE:20260317');
    expect(lines).toContain('DTSTAMP:20261124T114713Z');
    expect(lines).toContain('SUMMARY:電子証明書の更新');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual(['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:電子証明書の更新', 'TRIGGER;RELATED=START:PT9H', 'END:VALARM']);
    expect(lines.find((l) => l.startsWith('PRODID:'))).toBeDefined();
  });

  it('has a stable UID from the expiry (and seed), so a second import updates the same event', () => {
    const uid = (ics: string) => unfold(ics).split('\r\n').find((l) => l.startsWith('UID:'));
    expect(uid(renewalReminderIcs(base))).toBe(uid(renewalReminderIcs({ ...base, now: now + 86_400_000, title: 'Renewal' })));
    expect(uid(renewalReminderIcs(base))).not.toBe(uid(renewalReminderIcs({ ...base, expiry: '2026-06-16', opensOn: '2026-03-17' })));
    expect(reminderUid('2026-06-15', 'a')).not.toBe(reminderUid('2026-06-15', 'b'));
    expect(reminderUid('2026-06-15')).toMatch(/^renewal-[0-9a-f]{14}@madoguchi$/);
  });

  it('escapes TEXT: backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\t')).toBe('bell tab\t');
    expect(escapeText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    const ics = renewalReminderIcs({ ...base, description: '持ち物: カード; 通知書, 本人確認書類\n予約不要' });
    expect(unfold(ics)).toContain('DESCRIPTION:持ち物: カード\\; 通知書\\, 本人確認書類\\n予約不要\r\n');
  });

  it('folds at 75 octets without splitting a Japanese character or an emoji', () => {
    const description = 'マイナンバーカードの電子証明書は有効期限の3か月前から更新できます。🪪 窓口: 市民窓口ステーション（午後6時以降は不可）'.repeat(3);
    const ics = renewalReminderIcs({ ...base, description });
    for (const line of ics.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line); // no half character
    }
    const desc = unfold(ics).split('\r\n').find((l) => l.startsWith('DESCRIPTION:'));
    expect(unescapeText((desc as string).slice('DESCRIPTION:'.length))).toBe(description);
    expect(ics.split('\r\n').filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('folding never exceeds 75 octets and unfolds to the original, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        const physical = folded.split('\r\n');
        // eslint-disable-next-line no-control-regex
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        return (
          physical.every((l, i) => octets(l) <= MAX_LINE_OCTETS && (i === 0 || l.startsWith(' '))) &&
          folded.replace(/\r\n /g, '') === line &&
          unescapeText(line.slice(12)) === expected
        );
      }),
      { numRuns: 500 },
    );
    // 500 texts of up to 400 characters: about a second alone, several times that beside the browser tests in CI.
  }, 30_000);

  it('refuses impossible dates and an empty title', () => {
    expect(() => renewalReminderIcs({ ...base, opensOn: '2026-02-30' })).toThrow(DateError);
    expect(() => renewalReminderIcs({ ...base, opensOn: '2026-07-01' })).toThrow(DateError);
    expect(() => renewalReminderIcs({ ...base, now: NaN })).toThrow(DateError);
    expect(() => renewalReminderIcs({ ...base, title: '  ' })).toThrow();
  });
});
