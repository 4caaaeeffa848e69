import type { City } from './schema';

// Each city file becomes its own lazy chunk: a new city is one file dropped in data/, no code change.
const loaders = import.meta.glob<{ default: unknown }>('./data/*.json');

/**
 * Builds a registry over a set of lazily loaded city modules (the app's, or a test's fixtures). With
 * `validated`, the modules are the schema's output already (the build checks them: vite.config.ts).
 */
export function createRegistry(
  modules: Record<string, () => Promise<{ default: unknown }>>,
  options: { validated?: boolean } = {},
) {
  const byId = new Map<string, () => Promise<{ default: unknown }>>();
  for (const [path, load] of Object.entries(modules)) {
    const id = path.replace(/^.*\/([^/]+)\.json$/, '$1');
    byId.set(id, load);
  }
  const cache = new Map<string, Promise<City>>();
  const loaded = new Map<string, City>();
  return {
    /** Ids of every city with a data file, sorted. */
    ids: [...byId.keys()].sort(),
    /** True when a city file exists for this id. */
    has: (id: string) => byId.has(id),
    /** A city that has already loaded, synchronously (a first render over prerendered HTML must not flash). */
    peek: (id: string): City | undefined => loaded.get(id),
    /** Loads and validates one city; rejects with a readable message when the file is broken. */
    load(id: string): Promise<City> {
      const load = byId.get(id);
      if (!load) return Promise.reject(new Error(`unknown city: ${id}`));
      let p = cache.get(id);
      if (!p) {
        // Unchecked modules bring the validator with them; it is not in the first-load bundle.
        const parse = options.validated
          ? Promise.resolve((json: unknown) => json as City)
          : import('./schema').then((s) => s.parseCity);
        p = Promise.all([load(), parse]).then(([m, parseCity]) => {
          const city = parseCity(m.default, `${id}.json`);
          if (city.id !== id) throw new Error(`${id}.json: id is "${city.id}", expected "${id}"`);
          loaded.set(id, city);
          return city;
        });
        cache.set(id, p);
      }
      return p;
    },
  };
}

/** The app's cities, checked against the schema when they were bundled. */
export const cities = createRegistry(loaders, { validated: true });
