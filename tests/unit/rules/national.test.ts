import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { national } from '../../../src/cities/national';
import { parseNational } from '../../../src/cities/national-schema';
import { cities } from '../../../src/cities/registry';
import { TRIAGE_REASONS } from '../../../src/engine';
import { ROOT, misquoted, seedText } from './helpers';

// The national rules file, and every 'domain §N' quote anywhere, checked against shared/domain.md section N
// (Markdown emphasis stripped, so ** and * around words do not count as wording).
const pages = { '000': seedText('000'), '001': seedText('001') };
// The file as written (the app imports it already checked, through the build's plugin).
const nationalJson = JSON.parse(readFileSync(join(ROOT, 'src/cities/national.json'), 'utf8')) as { pins: unknown[] };

describe('national.json', () => {
  it('validates, and every quote stands verbatim where its ref says', () => {
    expect(() => parseNational(nationalJson)).not.toThrow();
    expect(misquoted(national, pages)).toEqual([]);
  });

  it('has one rule for every reason the triage gives, and no unused rule', () => {
    expect(national.rules.map((r) => r.id).sort()).toEqual([...TRIAGE_REASONS].sort());
  });

  it('the four PINs as domain §2 and §3 state them', () => {
    const pin = Object.fromEntries(national.pins.map((p) => [p.id, p]));
    expect(pin.signature).toMatchObject({ length: { min: 6, max: 16 }, charset: 'upper-alnum', locksAfter: 5, certificate: true, store: 'all-stores' });
    expect(pin.auth).toMatchObject({ length: { min: 4, max: 4 }, charset: 'digits', locksAfter: 3, certificate: true, store: 'some-stores' });
    for (const id of ['resident', 'cardinfo'])
      expect(pin[id]).toMatchObject({ length: { min: 4, max: 4 }, locksAfter: 3, certificate: false, store: 'none' });
  });

  it('the store reset: within 24 hours, 06:30–23:00, free; store chains flagged unverified', () => {
    expect(national.store).toMatchObject({ app: 'JPKI暗証番号リセットアプリ', withinHours: 24, from: '06:30', until: '23:00', free: true });
    expect(national.store.chains.every((c) => !c.verified)).toBe(true);
    expect(national.store.chains.filter((c) => c.pins.includes('auth')).map((c) => c.id)).toEqual(['seven-eleven', 'aeon', 'fuji']);
  });

  it('rejects a broken file', () => {
    const broken = structuredClone(nationalJson) as { pins: unknown[]; rules: Array<{ source: { quote: string } }> };
    broken.rules[0]!.source.quote = '';
    expect(() => parseNational(broken)).toThrow(/quote|source|length/i);
    expect(() => parseNational({ ...nationalJson, pins: nationalJson.pins.slice(1) })).toThrow(/pins/);
  });
});

describe.each(cities.ids)('city %s', (id) => {
  it('cites domain.md verbatim in the named section', async () => {
    const city = await cities.load(id);
    expect(misquoted(city, pages)).toEqual([]);
  });
});
