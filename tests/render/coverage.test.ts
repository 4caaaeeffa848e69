import { describe, expect, it } from 'vitest';
import { cities } from '../../src/cities/registry';
import type { City } from '../../src/cities/schema';
import { APPLICANTS, PROCEDURES } from '../../src/cities/vocabulary';
import { coverage, procedureCoverage } from '../../src/engine/checklist';
import { CITIES, LANGS, localeTexts, renderPage, textOf } from './render';

// No dead ends (issue 20): where a city's page gives no list, the question where the resident picks the procedure or
// who applies says so, with what comes instead (the national list, or "ask the counter"). Expectations from the data.

const all = Object.fromEntries((await Promise.all(cities.ids.map((id) => cities.load(id)))).map((c) => [c.id, c])) as Record<string, City>;

describe.each(CITIES)('%s', (cityId) => {
  const city = all[cityId]!;

  it.each(LANGS)('the procedure question marks each procedure the page gives no list for (%s)', async (lang) => {
    const { document } = await renderPage(`/checklist?city=${cityId}&ask=procedure&lang=${lang}`);
    for (const p of PROCEDURES) {
      const input = document.querySelector(`input[name="procedure"][value="${p}"]`);
      expect(input, p).not.toBeNull();
      const mark = input!.closest('.choice')!.querySelector('[data-coverage]');
      const expected = procedureCoverage(city, p);
      expect(mark?.getAttribute('data-coverage') ?? 'city', `${p}`).toBe(expected);
      if (mark) expect(mark.textContent).not.toMatch(/⟦/);
    }
  });

  it.each(PROCEDURES)('the applicant question marks each applicant the page gives no list for (%s)', async (procedure) => {
    const { document } = await renderPage(`/checklist?city=${cityId}&procedure=${procedure}&ask=applicant&lang=en`);
    for (const a of APPLICANTS) {
      const mark = document.querySelector(`input[name="applicant"][value="${a}"]`)!.closest('.choice')!.querySelector('[data-coverage]');
      expect(mark?.getAttribute('data-coverage') ?? 'city', a).toBe(coverage(city, procedure, a));
    }
  });
});

describe('coverage', () => {
  it('follows the data: a described or same-as list is the city’s; a silent one the national list where there is one', () => {
    expect(coverage(all.ryugasaki!, 'pin-reset', 'proxy')).toBe('city');
    expect(coverage(all.satte!, 'pin-change', 'self')).toBe('city'); // "same as the PIN reset"
    expect(coverage(all.satte!, 'validity-change', 'self')).toBe('national');
    expect(coverage(all.ryugasaki!, 'renewal', 'legal-rep')).not.toBe('city');
    expect(procedureCoverage(all.ryugasaki!, 'renewal')).toBe('city');
  });
});

describe.each(CITIES)('a list the page does not give (%s)', (cityId) => {
  it.each(LANGS)('ends with what to ask the counter, never with nothing (%s)', async (lang) => {
    const city = all[cityId]!;
    for (const p of PROCEDURES)
      for (const a of APPLICANTS) {
        if (city.procedures[p].applicants[a].status !== 'silent') continue;
        const { document } = await renderPage(`/checklist?city=${cityId}&procedure=${p}&applicant=${a}&lang=${lang}`);
        const script = document.querySelector('.cl-status [data-ask-script] ol');
        expect(script?.querySelectorAll('li').length, `${p} ${a}`).toBe(3);
        expect(script!.textContent).not.toMatch(/⟦/);
        // Read out by the resident: they speak of themselves, never of "your" card.
        if (lang === 'en') expect(script!.textContent).not.toMatch(/\byour\b/i);
      }
  });
});

describe.each(LANGS)('what to do next, under a list the page does not give (%s)', (lang) => {
  it('with a list from other sources shown, it never says that no other list is shown', async () => {
    const texts = localeTexts(lang, 'checklist.json');
    const next = async (path: string) => textOf((await renderPage(`${path}&lang=${lang}`)).document.querySelector('.cl-status__next'));
    const withList = await next('/checklist?city=ryugasaki&procedure=validity-change&applicant=self');
    const without = await next('/checklist?city=satte&procedure=renewal&applicant=legal-rep');
    const head = (key: string) => (texts.status[key] as string).split('{{city}}')[0]!;
    expect(withList.startsWith(head('baselineNext'))).toBe(true);
    expect(withList.length).toBeLessThan(without.length);
    expect(without.startsWith(head('silentNext'))).toBe(true);
  });
});

