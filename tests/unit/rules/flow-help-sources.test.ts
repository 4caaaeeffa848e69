import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, flatten } from './helpers';

// Audit finding 12 (issue 16): the flow's help stated things no source in the repository supports. Every hint and
// help text now names its source in docs/rules-coverage.md ("Flow help and its sources"); a new one must too.
const doc = readFileSync(join(ROOT, 'docs/rules-coverage.md'), 'utf8');
const section = doc.split(/^## /m).find((s) => s.startsWith('Flow help and its sources')) ?? '';
const rows = section
  .split('\n')
  .filter((l) => l.startsWith('| `'))
  .map((l) => l.slice(2, -2).split(' | ') as [string, string]);
const listed = new Map(rows.flatMap(([keys, source]) => [...keys.matchAll(/`([^`]+)`/g)].map((m) => [m[1]!, source.trim()] as const)));

/** The explanatory texts of the flow: hints, help bodies and intros, what a PIN is for. Titles and links are not claims. */
const explanatory = (key: string) => /(^|\.)(hint|pinHint|fact|body|intro|noTimeout)$|\.hints\.|^pin\.use\./.test(key) && !key.endsWith('optionHint');

it('names a source (or why none is needed) for every hint and help text of the flow', () => {
  const en = flatten(JSON.parse(readFileSync(join(ROOT, 'locales/en/flow.json'), 'utf8')));
  const keys = [...en.keys()].filter(explanatory);
  expect(keys.length).toBeGreaterThan(20);
  expect(keys.filter((k) => !listed.has(k))).toEqual([]);
  for (const [key, source] of listed) {
    expect(en.has(key), `${key} is listed but not in flow.json`).toBe(true);
    expect(source, key).toMatch(/domain §\d|seed 00\d|none needed: .{10,}/);
  }
});
