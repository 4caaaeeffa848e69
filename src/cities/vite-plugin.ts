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
      // Only the plain JSON import: a `?raw` or `?url` import of the file is something else.
      if (id.includes('?')) return null;
      const m = /\/src\/cities\/data\/([^/]+)\.json$/.exec(id);
      const national = id.endsWith('/src/cities/national.json');
      if (!m && !national) return null;
      try {
        const json = m ? bundledCityJson(code, m[1]!) : JSON.stringify(parseNational(JSON.parse(code)));
        return { code: json, map: null };
      } catch (error) {
        this.error(`City data: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}
