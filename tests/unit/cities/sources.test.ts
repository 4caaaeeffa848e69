import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cities } from '../../../src/cities/registry';
import type { City } from '../../../src/cities/schema';

// Every rule cites the sentence it encodes; a seed quote must stand verbatim on that city's page.
const seedsDir = join(__dirname, '../../../../shared/seeds');
const seeds = Object.fromEntries(
  readdirSync(seedsDir).map((f) => [f.slice(0, 3), readFileSync(join(seedsDir, f), 'utf8').replace(/\s+/g, ' ')]),
);

function* sources(node: unknown, path = ''): Generator<[string, { ref: string; quote: string }]> {
  if (Array.isArray(node)) {
    for (const [i, x] of node.entries()) yield* sources(x, `${path}[${i}]`);
  } else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.ref === 'string' && typeof o.quote === 'string') yield [path, o as { ref: string; quote: string }];
    for (const [k, x] of Object.entries(o)) yield* sources(x, `${path}.${(o.id as string) ?? ''}${k}`);
  }
}

describe.each(cities.ids)('city %s', (id) => {
  it('validates against the schema and cites every quote verbatim', async () => {
    const city: City = await cities.load(id);
    const found = [...sources(city)];
    expect(found.length).toBeGreaterThan(20);
    for (const [path, s] of found) {
      if (!s.ref.startsWith('seed:')) continue;
      expect(s.ref, `${path} cites its own city's page`).toBe(`seed:${city.page.seed}`);
      expect(seeds[city.page.seed], `${path}: "${s.quote}"`).toContain(s.quote.replace(/\s+/g, ' '));
    }
  });
});
