import type { City } from './schema';

// Each city file becomes its own lazy chunk: a new city is one file dropped in data/, no code change.
const loaders = import.meta.glob<{ default: unknown }>('./data/*.json');

/**
 * Builds a registry over a set of lazily loaded city modules (the app's, or a test's fixtures). `parse` checks a
 * module's data (a test passes parseCity); the app's modules are checked when bundled (src/cities/vite-plugin.ts),
 * so the app passes none and its bundle does not carry the schema.
 */
export function createRegistry(
  modules: Record<string, () => Promise<{ default: unknown }>>,
  parse: (json: unknown, name: string) => City = (json) => json as City,
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
    /** Loads (and with `parse`, checks) one city; rejects with a readable message when the file is broken. */
    load(id: string): Promise<City> {
      const load = byId.get(id);
      if (!load) return Promise.reject(new Error(`unknown city: ${id}`));
      let p = cache.get(id);
      if (!p) {
        p = load().then((m) => {
          const city = parse(m.default, `${id}.json`);
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
export const cities = createRegistry(loaders);
