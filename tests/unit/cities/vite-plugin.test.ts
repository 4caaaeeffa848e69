import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCityJson, parseCity } from '../../../src/cities/schema';
import { validatedCities } from '../../../src/cities/vite-plugin';
import { cities } from '../../../src/cities/registry';
import { national } from '../../../src/cities/national';
import { parseNational } from '../../../src/cities/national-schema';
import { ROOT } from '../rules/helpers';

// The app trusts its city modules (no schema in the browser), so the build must check them and bundle what the
// schema outputs.
const file = join(ROOT, 'src/cities/data/ryugasaki.json');
const text = readFileSync(file, 'utf8');

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => { code: string } | null;
const transform = validatedCities().transform as unknown as Transform;
const context = {
  error(message: string): never {
    throw new Error(message);
  },
};

describe('city files are checked when bundled', () => {
  it('a valid file is bundled as the schema’s output', () => {
    expect(bundledCityJson(text, 'ryugasaki')).toBe(JSON.stringify(parseCity(JSON.parse(text))));
    expect(transform.call(context, text, file)?.code).toBe(JSON.stringify(parseCity(JSON.parse(text))));
  });

  it('the schema’s normalising applies (a quote is trimmed)', () => {
    const json = JSON.parse(text);
    json.counters[0].source.quote = `  ${json.counters[0].source.quote}  `;
    const bundled = JSON.parse(bundledCityJson(JSON.stringify(json), 'ryugasaki'));
    expect(bundled.counters[0].source.quote).toBe(JSON.parse(text).counters[0].source.quote);
  });

  it('a broken file fails the build with the file and the problem named', () => {
    const json = JSON.parse(text);
    json.procedures.renewal.counters.push('north');
    expect(() => transform.call(context, JSON.stringify(json), file)).toThrow(/City data: ryugasaki\.json: .*unknown counter north/);
    expect(() => transform.call(context, '{ not json', file)).toThrow(/ryugasaki\.json: not valid JSON/);
    // The registry finds a city by its file name.
    expect(() => transform.call(context, text, join(ROOT, 'src/cities/data/ryugasaki-copy.json'))).toThrow(
      /ryugasaki-copy\.json: id is "ryugasaki", expected "ryugasaki-copy"/,
    );
  });

  it('other files pass through untouched', () => {
    expect(transform.call(context, '{}', join(ROOT, 'locales/ja/common.json'))).toBeNull();
    expect(transform.call(context, '{}', join(ROOT, 'tests/fixtures/cities/testville.json'))).toBeNull();
    expect(transform.call(context, '{}', `${file}?raw`)).toBeNull();
  });

  it('the app’s registry serves the bundled (checked) data', async () => {
    expect(await cities.load('ryugasaki')).toEqual(parseCity(JSON.parse(text)));
  });

  it('national.json is checked the same way, and the app reads the checked rules', () => {
    const nationalFile = join(ROOT, 'src/cities/national.json');
    const nationalText = readFileSync(nationalFile, 'utf8');
    expect(transform.call(context, nationalText, nationalFile)?.code).toBe(JSON.stringify(parseNational(JSON.parse(nationalText))));
    expect(national).toEqual(parseNational(JSON.parse(nationalText)));
    const broken = JSON.parse(nationalText);
    broken.pins.pop();
    expect(() => transform.call(context, JSON.stringify(broken), nationalFile)).toThrow(/City data: national\.json: pins/);
  });
});
