import { describe, expect, it } from 'vitest';
import { isPrerenderOf } from '../../../src/shell/prerender-match';

const base = { lang: 'ja', prerenderLang: 'ja' };

describe('isPrerenderOf', () => {
  it('is true for the same path and parameters, in any order', () => {
    const prerendered = '/checklist?city=satte&procedure=renewal&applicant=self';
    expect(isPrerenderOf({ ...base, prerendered, pathname: '/checklist', search: '?applicant=self&city=satte&procedure=renewal' })).toBe(true);
    const en = { lang: 'en', prerenderLang: 'en', prerendered: `${prerendered}&lang=en` };
    expect(isPrerenderOf({ ...en, pathname: '/checklist/', search: '?lang=en&city=satte&procedure=renewal&applicant=self' })).toBe(true);
  });

  it('is false when the URL names a language the HTML does not (its links would lack it)', () => {
    const prerendered = '/checklist?city=satte&procedure=renewal&applicant=self';
    expect(isPrerenderOf({ ...base, prerendered, pathname: '/checklist', search: '?city=satte&procedure=renewal&applicant=self&lang=ja' })).toBe(false);
    expect(isPrerenderOf({ ...base, prerendered: '/', pathname: '/', search: '?lang=ja' })).toBe(false);
  });

  it('is false when any answer differs, is added or is missing', () => {
    const prerendered = '/checklist?city=satte&procedure=renewal&applicant=self';
    const check = (search: string) => isPrerenderOf({ ...base, prerendered, pathname: '/checklist', search });
    expect(check('?city=satte&procedure=renewal&applicant=proxy')).toBe(false);
    expect(check('?city=satte&procedure=renewal&applicant=self&docs=passport')).toBe(false);
    expect(check('?city=satte&procedure=renewal')).toBe(false);
    expect(check('')).toBe(false);
  });

  it('is false for another path, another language or no prerender at all', () => {
    expect(isPrerenderOf({ ...base, prerendered: '/', pathname: '/counters', search: '' })).toBe(false);
    expect(isPrerenderOf({ ...base, prerendered: '/', pathname: '/', search: '', lang: 'en' })).toBe(false);
    expect(isPrerenderOf({ ...base, prerendered: null, pathname: '/', search: '' })).toBe(false);
  });

  it('treats a path with and without its trailing slash alike', () => {
    expect(isPrerenderOf({ ...base, prerendered: '/', pathname: '/', search: '' })).toBe(true);
    expect(isPrerenderOf({ ...base, prerendered: '/checklist', pathname: '/checklist/', search: '' })).toBe(true);
  });
});
