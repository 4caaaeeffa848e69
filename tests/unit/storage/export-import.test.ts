import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMAT, EXPORT_VERSION, uniqueLabel } from '../../../src/storage/export-import';
import { openStore, type PeopleStore } from '../../../src/storage/people-store';
import { LABEL_MAX, labelKey, type PersonInput, type SavedPerson } from '../../../src/storage/person-record';
import { freshFactory, NOW, personInput, rawRecords, tickingClock } from './helpers';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function storeWith(inputs: PersonInput[]) {
  const factory = freshFactory();
  const store = await openStore({ factory, now: tickingClock() });
  const people = [];
  for (const input of inputs) people.push(unwrap(await store.savePerson(input)));
  return { factory, store, people };
}

const file = (people: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: NOW, people, ...extra });

async function snapshot(store: PeopleStore) {
  return unwrap(await store.listPeople()).people;
}

describe('exportAll', () => {
  it('writes a marked, versioned file that imports into an empty device unchanged', async () => {
    const { store, people } = await storeWith([personInput({ label: '母' }), personInput({ label: 'My card', expiry: undefined })]);
    const { json, skipped } = unwrap(await store.exportAll());
    expect(skipped).toEqual([]);
    const parsed = JSON.parse(json) as { format: string; version: number; people: SavedPerson[] };
    expect(parsed.format).toBe('madoguchi-people');
    expect(parsed.version).toBe(2);

    const other = await openStore({ factory: freshFactory() });
    const plan = unwrap(await other.importFile(json));
    expect(plan.add).toHaveLength(2);
    expect(plan.clashes).toEqual([]);
    expect(unwrap(await other.applyImport(plan, {}))).toMatchObject({ added: 2, replaced: 0, keptBoth: 0, skipped: 0 });
    const sortById = (list: SavedPerson[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await snapshot(other))).toEqual(sortById(people));
  });
});

describe('importFile: merge plan', () => {
  it('skips identical people, adds new ones and returns label clashes without writing', async () => {
    const { store, people, factory } = await storeWith([personInput({ label: '母' }), personInput({ label: '父' })]);
    const [mother, father] = people as [SavedPerson, SavedPerson];
    const sameMotherElsewhere = { ...mother, id: 'e944f6da-dab6-4574-9db5-ac8396c30697', createdAt: 1, updatedAt: 2 };
    const otherFather = { ...father, id: '82711d38-04de-4439-8dc6-3f92e8bb2acf', city: 'satte' };
    const child = { ...father, id: '575d27ec-2725-488e-bd0f-0471132b4a97', label: '長男' };
    const before = await rawRecords(factory);
    const plan = unwrap(await store.importFile(file([sameMotherElsewhere, otherFather, child])));
    expect(plan.identical).toEqual([sameMotherElsewhere]);
    expect(plan.add).toEqual([child]);
    expect(plan.clashes).toEqual([{ incoming: otherFather, existing: [father] }]);
    expect(await rawRecords(factory)).toEqual(before);
  });

  it('treats the same id with different content as a clash, never a silent overwrite', async () => {
    const { store, people } = await storeWith([personInput({ label: '母' })]);
    const edited = { ...people[0]!, ticks: ['card'], updatedAt: people[0]!.updatedAt + 5 };
    const plan = unwrap(await store.importFile(file([edited])));
    expect(plan.clashes).toEqual([{ incoming: edited, existing: [people[0]] }]);
    expect(await store.applyImport(plan, {})).toEqual({ ok: false, error: { kind: 'unresolved', ids: [edited.id] } });
    expect(await snapshot(store)).toEqual(people);
  });
});

describe('applyImport: resolutions', () => {
  async function clashSetup() {
    const setup = await storeWith([personInput({ label: '母' })]);
    const incoming = { ...setup.people[0]!, id: '82711d38-04de-4439-8dc6-3f92e8bb2acf', city: 'satte' };
    const plan = unwrap(await setup.store.importFile(file([incoming])));
    return { ...setup, incoming, plan };
  }

  it('keep-both imports under a suffixed label and a free id', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    const summary = unwrap(await store.applyImport(plan, { [incoming.id]: 'keep-both' }));
    expect(summary).toEqual({ added: 0, replaced: 0, keptBoth: 1, skipped: 0, renamed: [{ id: incoming.id, label: '母 (2)' }] });
    const list = await snapshot(store);
    expect(list.map((p) => p.label).sort()).toEqual(['母', '母 (2)']);
    expect(list.find((p) => p.id === people[0]!.id)).toEqual(people[0]);
  });

  it('replace swaps the saved person for the imported one', async () => {
    const { store, incoming, plan } = await clashSetup();
    expect(unwrap(await store.applyImport(plan, { [incoming.id]: 'replace' }))).toMatchObject({ replaced: 1 });
    expect(await snapshot(store)).toEqual([incoming]);
  });

  it('skip leaves everything as it was', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    expect(unwrap(await store.applyImport(plan, { [incoming.id]: 'skip' }))).toMatchObject({ skipped: 1, added: 0 });
    expect(await snapshot(store)).toEqual(people);
  });

  it('refuses a plan made before the saved people changed', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    await store.savePerson({ ...personInput({ ticks: ['card'] }), id: people[0]!.id });
    const result = await store.applyImport(plan, { [incoming.id]: 'replace' });
    expect(result).toEqual({ ok: false, error: { kind: 'plan-outdated' } });
    expect((await snapshot(store))[0]?.ticks).toEqual(['card']);
  });
});

describe('importFile: bad files leave data untouched', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{"format": "madoguchi-people", ', 'not-json'],
    ['foreign JSON', JSON.stringify({ people: [] }), 'foreign'],
    ['an array', '[]', 'foreign'],
    ['a newer version', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, exportedAt: NOW, people: [] }), 'too-new'],
    ['an unknown top-level key', file([], { extra: true }), 'invalid'],
    ['a record with a PIN', '', 'invalid'],
    ['a record with an impossible date', '', 'invalid'],
    ['two records with one label', '', 'invalid'],
  ];

  it.each(cases)('%s', async (name, text, kind) => {
    const { store, people, factory } = await storeWith([personInput({ label: '母' })]);
    const base = { ...people[0]!, id: '82711d38-04de-4439-8dc6-3f92e8bb2acf', label: '父' };
    const body =
      name === 'a record with a PIN'
        ? file([{ ...base, pin: '1234' }])
        : name === 'a record with an impossible date'
          ? file([{ ...base, expiry: '2027-02-30' }])
          : name === 'two records with one label'
            ? file([base, { ...base, id: '575d27ec-2725-488e-bd0f-0471132b4a97', label: ' 父' }])
            : text;
    const before = await rawRecords(factory);
    const result = await store.importFile(body);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe(kind);
    if (!result.ok && result.error.kind === 'invalid') expect(result.error.issues[0]).toMatch(/\S/);
    expect(await rawRecords(factory)).toEqual(before);
  });

  it('rejects an oversized file before parsing it', async () => {
    const { store } = await storeWith([]);
    const result = await store.importFile(' '.repeat(2_000_001));
    expect(!result.ok && result.error.kind).toBe('too-large');
  });
});

describe('importFile: version-1 files', () => {
  it('migrates records written by schema version 1', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../../fixtures/storage/v1.json', import.meta.url), 'utf8')) as {
      stores: { people: unknown[] };
    };
    const { store } = await storeWith([]);
    const plan = unwrap(await store.importFile(file(v1.stores.people, { version: 1 })));
    expect(plan.version).toBe(1);
    expect(plan.add.map((p) => p.label).sort()).toEqual(['My card', '父', '母', '長男'].sort());
  });
});

describe('uniqueLabel', () => {
  it('always returns a free label within the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: LABEL_MAX }).filter((s) => s.trim().length > 0 && [...s].length <= LABEL_MAX),
        fc.integer({ min: 0, max: 12 }),
        (label, taken) => {
          const keys = new Set([labelKey(label)]);
          for (let n = 2; n < taken + 2; n++) keys.add(labelKey(`${[...label].slice(0, LABEL_MAX - 4).join('').trimEnd()} (${n})`));
          const result = uniqueLabel(label, keys);
          expect(keys.has(labelKey(result))).toBe(false);
          expect([...result].length).toBeLessThanOrEqual(LABEL_MAX);
        },
      ),
    );
  });
});
