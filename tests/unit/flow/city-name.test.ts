import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { getT, loadLanguage } from '../../../src/i18n/core';
import { cityNames } from '../../../src/app/flow/city-name';
import { cityChoice, flowNamespaces } from '../../../src/app/flow/step-text';

// The Japanese name beside an English city name comes from the city's own translation file, so it needs no code
// and no shared file per city; a Japanese page has nothing to put beside it.

await loadLanguage('en');
const namespaces = cities.ids.map((id) => `cities/${id}`);

describe('city names', () => {
  it('gives the Japanese name beside the English one from the English texts alone', () => {
    // getT('en', …) reads English texts only (no fallback language), as on an English page.
    const t = getT('en', namespaces);
    expect(cityNames(t, 'ryugasaki')).toEqual({ label: 'Ryugasaki', ja: '龍ケ崎市' });
    expect(cityNames(t, 'satte')).toEqual({ label: 'Satte', ja: '幸手市' });
    expect(cityChoice(getT('en', flowNamespaces(cities.ids)), 'satte')).toEqual({ value: 'satte', label: 'Satte', ja: '幸手市' });
  });

  it('falls back to the id for a city without translations, with nothing beside it', () => {
    expect(cityNames(getT('en', namespaces), 'nowhere')).toEqual({ label: 'nowhere' });
  });

  it('matches the Japanese name in the city data, for every city', async () => {
    const t = getT('en', namespaces);
    for (const id of cities.ids) expect(cityNames(t, id).ja).toBe((await cities.load(id)).ja);
  });

  it('gives no second name on Japanese pages', async () => {
    await loadLanguage('ja');
    const t = getT('ja', namespaces);
    expect(cityNames(t, 'ryugasaki')).toEqual({ label: '龍ケ崎市' });
    expect(cityNames(t, 'satte')).toEqual({ label: '幸手市' });
    expect(cityChoice(getT('ja', flowNamespaces(cities.ids)), 'satte')).toEqual({ value: 'satte', label: '幸手市' });
  });
});
