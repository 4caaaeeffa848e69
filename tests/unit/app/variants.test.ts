import { describe, expect, it } from 'vitest';
import { listVariants, parseVariantPath, variantPath, variantRules, variantUrl } from '../../../src/app/variants';

const v = { lang: 'en', city: 'ryugasaki', procedure: 'pin-reset', applicant: 'proxy' };

describe('checklist snapshots', () => {
  it('name a path that parses back, and the public URL they stand for', () => {
    expect(variantPath(v)).toBe('/variants/en/checklist/ryugasaki/pin-reset/proxy');
    expect(parseVariantPath(`${variantPath(v)}/`)).toEqual(v);
    expect(variantUrl(v, 'ja')).toBe('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=en');
    expect(variantUrl({ ...v, lang: 'ja' }, 'ja')).toBe('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy');
  });

  it('reject other paths', () => {
    expect(parseVariantPath('/checklist')).toBeUndefined();
    expect(parseVariantPath('/variants/en/counters/ryugasaki/pin-reset/proxy')).toBeUndefined();
    expect(parseVariantPath('/variants/en/checklist/ryugasaki/pin-reset')).toBeUndefined();
    expect(parseVariantPath('/variants/en/checklist/Ryu%20gasaki/pin-reset/proxy')).toBeUndefined();
  });

  it('cover every language × city × procedure × applicant', () => {
    const all = listVariants({ langs: ['en', 'ja'], cities: ['a', 'b'], procedures: ['p', 'q', 'r'], applicants: ['x', 'y'] });
    expect(all).toHaveLength(24);
    expect(new Set(all.map(variantPath)).size).toBe(24);
  });

  it('put the rules that name a language before the default language rules that catch the rest', () => {
    const rules = variantRules([{ ...v, lang: 'ja' }, v], 'ja');
    expect(rules).toEqual([
      {
        from: '/checklist',
        query: { lang: 'en', city: 'ryugasaki', procedure: 'pin-reset', applicant: 'proxy' },
        to: '/variants/en/checklist/ryugasaki/pin-reset/proxy/index.html',
        status: 200,
        force: true,
      },
      {
        from: '/checklist',
        query: { city: 'ryugasaki', procedure: 'pin-reset', applicant: 'proxy' },
        to: '/variants/ja/checklist/ryugasaki/pin-reset/proxy/index.html',
        status: 200,
        force: true,
      },
    ]);
  });
});
