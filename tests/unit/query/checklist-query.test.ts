import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checklistSearch, parseChecklistQuery } from '../../../src/app/query/checklist-query';

const CITIES = ['ryugasaki', 'satte'];
const parse = (s: string) => parseChecklistQuery(new URLSearchParams(s), CITIES);

describe('checklist query', () => {
  it('reads the three contract parameters and the conditions', () => {
    const { query, problems } = parse('city=satte&procedure=pin-reset&applicant=legal-rep&dependent=child&household=same');
    expect(problems).toEqual([]);
    expect(query).toMatchObject({ city: 'satte', procedure: 'pin-reset', applicant: 'legal-rep' });
    expect(query.answers).toEqual({ dependent: 'child', household: 'same' });
  });

  it('reports an unknown city and a bad value without throwing', () => {
    const { query, problems } = parse('city=tokyo&procedure=<script>&applicant=self');
    expect(query.city).toBeUndefined();
    expect(query.procedure).toBeUndefined();
    expect(problems.map((p) => [p.param, p.code])).toEqual([
      ['city', 'unknown-city'],
      ['procedure', 'bad-value'],
    ]);
  });

  it('rejects huge values and long lists', () => {
    expect(parse(`city=${'x'.repeat(5000)}`).problems[0]?.code).toBe('too-long');
    const many = Array.from({ length: 100 }, (_, i) => `d${i}`).join(',');
    expect(parse(`docs=${many}`).problems[0]?.code).toBe('too-many');
    expect(parse('docs=passport,<img>').problems[0]?.code).toBe('bad-value');
  });

  it('round-trips through its serializer', () => {
    const s = '?city=ryugasaki&procedure=pin-reset&applicant=self&resident-pin=usable&docs=passport,drivers-license&done=card&lang=en';
    const { query } = parse(s.slice(1));
    expect(checklistSearch(query, 'en')).toBe(s.replace(/,/g, '%2C'));
  });

  it('never throws on 2,000 generated query strings and keeps problems well-formed', () => {
    const key = fc.constantFrom('city', 'procedure', 'applicant', 'dependent', 'honseki', 'docs', 'done', 'pin', 'x', '');
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 600 }), fc.constantFrom('satte', 'self', '%', '<b>', '\u0000'));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { query, problems } = parseChecklistQuery(params, CITIES);
        expect(query.city === undefined || CITIES.includes(query.city)).toBe(true);
        for (const p of problems) expect(p.value.length).toBeLessThanOrEqual(41);
      }),
      { numRuns: 2000 },
    );
  });
});
