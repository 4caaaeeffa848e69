import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cities } from '../../../src/cities/registry';
import { APPLICANTS, FACTS, PROCEDURES, parseCity, type Answers, type City, type FactId } from '../../../src/cities/schema';
import { buildChecklist, evaluate, factsIn, itemState } from '../../../src/engine';
import { ROOT } from '../rules/helpers';

const all = await Promise.all(cities.ids.map((id) => cities.load(id)));
const fixtureJson = () => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/cities/testville.json'), 'utf8'));
const answers = fc.record(
  Object.fromEntries((Object.keys(FACTS) as FactId[]).map((f) => [f, fc.constantFrom(...FACTS[f])])),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe('itemState', () => {
  it('maps the condition to required / conditional / not-needed', () => {
    const c = { fact: 'household', is: 'same' } as const;
    expect(itemState(undefined, {})).toBe('required');
    expect(itemState(c, {})).toBe('conditional');
    expect(itemState(c, { household: 'same' })).toBe('required');
    expect(itemState(c, { household: 'different' })).toBe('not-needed');
  });
});

describe('buildChecklist over every city, procedure and applicant', () => {
  it('keeps every item, with a state that matches its condition, and asks only about those conditions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...PROCEDURES), fc.constantFrom(...APPLICANTS), answers, (city, p, a, ans) => {
        const list = buildChecklist(city, p, a, ans);
        const conditions = [...list.visits.flatMap((v) => v.items.map((i) => i.condition)), ...list.notes.map((n) => n.condition)];
        const relevant = new Set(conditions.flatMap((c) => (c ? factsIn(c) : [])));
        for (const v of list.visits)
          for (const i of v.items) {
            const value = i.condition ? evaluate(i.condition, ans) : true;
            expect(i.state).toBe(value === 'unknown' ? 'conditional' : value ? 'required' : 'not-needed');
          }
        for (const n of list.notes) expect(n.state === 'conditional').toBe(n.condition !== undefined && evaluate(n.condition, ans) === 'unknown');
        for (const q of list.questions) {
          expect(relevant.has(q)).toBe(true);
          expect(ans[q]).toBeUndefined();
        }
        // A silent page shows no list of its own: only the national one, labelled as such (national.json baselines).
        expect(list.status === 'silent' && !list.baseline).toBe(list.visits.length === 0);
      }),
    );
  });

  it('lists the questions in the schema order, without repeats', () => {
    const order = Object.keys(FACTS);
    for (const city of all)
      for (const p of PROCEDURES)
        for (const a of APPLICANTS) {
          const q = buildChecklist(city, p, a, {}).questions;
          expect([...q].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(q);
          expect(new Set(q).size).toBe(q.length);
        }
  });
});

describe('data errors the engine refuses to paper over', () => {
  it('a same-as pointing at another same-as', () => {
    const json = fixtureJson();
    json.procedures['renewal'].applicants.self = { status: 'same-as', procedure: 'pin-change', source: json.procedures['pin-change'].applicants.self.source };
    // The schema refuses it; the engine still guards against an unvalidated object.
    expect(() => parseCity(json)).toThrow(/same-as must point/);
    expect(() => buildChecklist(json as City, 'renewal', 'self', {})).toThrow(/itself a reference/);
  });

  it('a same-as pointing at its own procedure', () => {
    const json = fixtureJson();
    json.procedures['pin-change'].applicants.self.procedure = 'pin-change';
    expect(() => parseCity(json)).toThrow(/same-as must point/);
    expect(() => buildChecklist(json as City, 'pin-change', 'self', {})).toThrow(/reference/);
  });
});
