import type { Plugin } from 'vite';
import { bundledCityJson } from './schema.ts';
import { parseNational } from './national-schema.ts';

/**
 * Checks each city file (and national.json) against its schema when it is bundled, and bundles the schema's output: a broken file
 * fails the build, and phones do not re-validate data that cannot change after the build (src/cities/registry.ts).
 */
export function validatedCities(): Plugin {
  return {
    name: 'madoguchi-validated-cities',
    // Before Vite's JSON plugin, so the file is still JSON (and stays JSON for that plugin).
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      const m = /\/src\/cities\/data\/([^/]+)\.json$/.exec(path);
      const national = path.endsWith('/src/cities/national.json');
      if (!m && !national) return null;
      try {
        const json = m ? bundledCityJson(code, `${m[1]}.json`) : JSON.stringify(parseNational(JSON.parse(code)));
        return { code: json, map: null };
      } catch (error) {
        this.error(`City data: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
