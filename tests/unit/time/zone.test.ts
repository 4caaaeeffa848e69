import { expect, it } from 'vitest';

// The 'tz' project runs this folder with the process in Los Angeles, the 'unit' project in the host's zone: this says
// which one ran, so a broken project setup cannot pass for a second time zone unnoticed.
it('runs in the zone its project names', () => {
  const offset = new Date('2026-01-15T12:00:00Z').getTimezoneOffset();
  if (process.env.TZ === 'America/Los_Angeles') expect(offset).toBe(480);
  else expect(typeof offset).toBe('number');
});
