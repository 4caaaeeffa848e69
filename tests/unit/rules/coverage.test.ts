import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import national from '../../../src/cities/national.json';
import { ROOT, SHARED } from './helpers';

// docs/rules-coverage.md must account for every non-empty line of every seed page, and what it claims must be
// real: data paths resolve in the city file (or national.json), named test files exist.
const doc = readFileSync(join(ROOT, 'docs/rules-coverage.md'), 'utf8');
const seeds = readdirSync(join(SHARED, 'seeds')).filter((f) => /^\d{3}_.*\.txt$/.test(f));
const cityBySeed = Object.fromEntries(
  readdirSync(join(ROOT, 'src/cities/data')).map((f) => {
    const json = JSON.parse(readFileSync(join(ROOT, 'src/cities/data', f), 'utf8'));
    return [json.page.seed as string, json as unknown];
  }),
);

interface Row {
  line: number;
  text: string;
  data: string;
  tests: string;
}

/** The table rows under "## Seed NNN". */
function rows(seed: string): Row[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`Seed ${seed}`)) ?? '';
  return section
    .split('\n')
    .filter((l) => /^\| \d+ \|/.test(l))
    .map((l) => {
      const [line, text, data, tests] = l.slice(2, -2).split(' | ');
      return { line: Number(line), text: text ?? '', data: data ?? '', tests: tests ?? '' };
    });
}

const ticks = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Resolves a path like `procedures.pin-reset.applicants.self.visits[0].items[card]`; undefined when it does not. */
function resolve(root: unknown, path: string): unknown {
  let node = root;
  for (const [, key, sel] of path.matchAll(/([^.[\]]+)|\[([^\]]+)\]/g)) {
    if (node === undefined || node === null) return undefined;
    if (key !== undefined) node = (node as Record<string, unknown>)[key];
    else if (/^\d+$/.test(sel!)) node = (node as unknown[])[Number(sel)];
    else node = Array.isArray(node) ? node.find((x: { id?: string }) => x.id === sel) : undefined;
  }
  return node;
}

describe.each(seeds)('seed %s', (file) => {
  const seed = file.slice(0, 3);
  const lines = readFileSync(join(SHARED, 'seeds', file), 'utf8').split('\n');
  const table = rows(seed);

  it('has a row for every non-empty line, matching it, and no row for anything else', () => {
    const expected = lines.flatMap((l, i) => (l.trim() ? [[i + 1, l.trim()]] : []));
    expect(table.map((r) => [r.line, r.text])).toEqual(expected);
  });

  it('maps every row to data that exists, or says why it is not encoded', () => {
    const city = cityBySeed[seed];
    expect(city, `a city file for seed ${seed}`).toBeDefined();
    for (const r of table) {
      if (r.data.startsWith('not encoded: ')) {
        expect(r.data.length, `line ${r.line} gives a reason`).toBeGreaterThan('not encoded: '.length + 3);
        continue;
      }
      const paths = ticks(r.data);
      expect(paths.length, `line ${r.line} names a data path`).toBeGreaterThan(0);
      for (const p of paths) {
        const found = p.startsWith('national:') ? resolve(national, p.slice('national:'.length)) : resolve(city, p);
        expect(found, `line ${r.line}: ${p}`).toBeDefined();
      }
    }
  });

  it('names test files that exist', () => {
    for (const r of table) {
      const tests = ticks(r.tests);
      expect(tests.length, `line ${r.line} names a test`).toBeGreaterThan(0);
      for (const t of tests) expect(existsSync(join(ROOT, t)), `line ${r.line}: ${t}`).toBe(true);
    }
  });
});
