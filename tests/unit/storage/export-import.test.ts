import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_FORMAT, EXPORT_VERSION, uniqueLabel } from '../../../src/storage/export-import';
import { DB_VERSION } from '../../../src/storage/migrations';
import { openStore, type PeopleStore } from '../../../src/storage/people-store';
import { LABEL_MAX, labelKey, type PersonInput, type SavedPerson } from '../../../src/storage/person-record';
import { freshIndexedDB, NOW, personInput, rawRecords, tickingClock } from './helpers';

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function storeWith(inputs: PersonInput[]) {
  const factory = freshIndexedDB();
  const store = await openStore({ now: tickingClock() });
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
    expect(parsed.version).toBe(DB_VERSION);

    freshIndexedDB();
    const other = await openStore();
    const plan = unwrap(await other.importFile(json));
    expect(plan.add).toHaveLength(2);
    expect(plan.clashes).toEqual([]);
    expect(unwrap(await other.applyImport(plan, {})).summary).toMatchObject({ added: 2, replaced: 0, keptBoth: 0, skipped: 0 });
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
    expect(plan.clashes).toEqual([{ incoming: otherFather, target: father }]);
    expect(await rawRecords(factory)).toEqual(before);
  });

  it('treats the same id with different content as a clash, never a silent overwrite', async () => {
    const { store, people } = await storeWith([personInput({ label: '母' })]);
    const edited = { ...people[0]!, ticks: ['card'], updatedAt: people[0]!.updatedAt + 5 };
    const plan = unwrap(await store.importFile(file([edited])));
    expect(plan.clashes).toEqual([{ incoming: edited, target: people[0] }]);
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
    const { summary } = unwrap(await store.applyImport(plan, { [incoming.id]: 'keep-both' }));
    expect(summary).toEqual({ added: 0, replaced: 0, keptBoth: 1, skipped: 0, renamed: [{ id: incoming.id, label: '母 (2)' }], replacements: [] });
    const list = await snapshot(store);
    expect(list.map((p) => p.label).sort()).toEqual(['母', '母 (2)']);
    expect(list.find((p) => p.id === people[0]!.id)).toEqual(people[0]);
  });

  it('replace puts the imported content in the saved person’s place (its id, one revision on)', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    const { summary } = unwrap(await store.applyImport(plan, { [incoming.id]: 'replace' }));
    expect(summary).toMatchObject({ replaced: 1, replacements: [{ was: '母', now: '母' }] });
    expect(await snapshot(store)).toEqual([{ ...incoming, id: people[0]!.id, revision: people[0]!.revision + 1 }]);
  });

  it('skip leaves everything as it was', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    expect(unwrap(await store.applyImport(plan, { [incoming.id]: 'skip' })).summary).toMatchObject({ skipped: 1, added: 0 });
    expect(await snapshot(store)).toEqual(people);
  });

  it('refuses a plan made before the saved people changed', async () => {
    const { store, people, incoming, plan } = await clashSetup();
    await store.savePerson({ ...personInput({ ticks: ['card'] }), id: people[0]!.id, revision: people[0]!.revision });
    const result = await store.applyImport(plan, { [incoming.id]: 'replace' });
    expect(result).toEqual({ ok: false, error: { kind: 'plan-outdated' } });
    expect((await snapshot(store))[0]?.ticks).toEqual(['card']);
  });
});

describe('applyImport: exact, said and undoable', () => {
  it('replace touches only the person with the same id, never another with the same name (rename here, then an old export)', async () => {
    // On this phone: 母 was renamed お母さん, then a new 母 was saved. The file is an export from before the rename.
    const { store, people, factory } = await storeWith([personInput({ label: '母', ticks: [] })]);
    const oldExport = unwrap(await store.exportAll()).json;
    const renamed = unwrap(await store.renamePerson(people[0]!.id, 'お母さん'));
    const newMother = unwrap(await store.savePerson(personInput({ label: '母', city: 'satte' })));
    const plan = unwrap(await store.importFile(oldExport));
    expect(plan.clashes).toEqual([{ incoming: people[0], target: renamed, namesake: newMother }]);

    const before = await rawRecords(factory);
    const { summary, undo } = unwrap(await store.applyImport(plan, { [people[0]!.id]: 'replace' }));
    // One saved person replaced, and the summary says which and under what name: 母 is someone else's now.
    expect(summary).toMatchObject({ replaced: 1, replacements: [{ was: 'お母さん', now: '母 (2)' }], renamed: [{ id: people[0]!.id, label: '母 (2)' }] });
    const after = await snapshot(store);
    expect(after).toHaveLength(2);
    expect(after).toContainEqual(newMother);
    expect(after).toContainEqual({ ...people[0], label: '母 (2)', revision: renamed.revision + 1 });

    // Undo puts everything back as it was (the replaced person one revision on, as any write).
    expect(unwrap(await store.undoImport(undo))).toEqual({ removed: 0, restored: 1 });
    const restored = (await rawRecords(factory)) as SavedPerson[];
    expect(restored.map((p) => ({ ...p, revision: 0 }))).toEqual((before as SavedPerson[]).map((p) => ({ ...p, revision: 0 })));
    expect(restored.find((p) => p.id === renamed.id)?.label).toBe('お母さん');
  });

  it('undo removes what an import added, and refuses once a written person changed since', async () => {
    const { store, people } = await storeWith([personInput({ label: '母' })]);
    freshIndexedDB();
    const other = await openStore({ now: tickingClock() });
    const plan = unwrap(await other.importFile(unwrap(await store.exportAll()).json));
    const { undo } = unwrap(await other.applyImport(plan, {}));
    const added = unwrap(await other.getPerson(people[0]!.id))!;
    unwrap(await other.saveProgress(added.id, { revision: added.revision, progress: added }, { ...added, ticks: ['photo'] }));
    expect(await other.undoImport(undo)).toEqual({ ok: false, error: { kind: 'undo-outdated' } });
    expect((await snapshot(other)).map((p) => p.ticks)).toEqual([['photo']]);

    freshIndexedDB();
    const again = await openStore({ now: tickingClock() });
    const fresh = unwrap(await again.applyImport(unwrap(await again.importFile(unwrap(await store.exportAll()).json)), {}));
    expect(unwrap(await again.undoImport(fresh.undo))).toEqual({ removed: 1, restored: 0 });
    expect(await snapshot(again)).toEqual([]);
  });
});

describe('importFile: bad files leave data untouched', () => {
  const cases: [string, string, string][] = [
    ['not JSON', '{"format": "madoguchi', 'not-json'],
    ['a cut-off export', '{"format": "madoguchi-people", ', 'truncated'],
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
    if (!result.ok && result.error.kind === 'invalid') expect(result.error.problems?.[0]).toMatchObject({ field: expect.any(String), code: expect.any(String) });
    expect(await rawRecords(factory)).toEqual(before);
  });

  it('names each problem by person, field and code, so the UI can say it in the person’s language', async () => {
    const { store } = await storeWith([]);
    const base = { ...(await storeWith([personInput({ label: '母' })])).people[0]! };
    const result = await store.importFile(
      file([
        { ...base, label: '母のマイナンバー 1234ー5678ー9012' },
        { ...base, id: '575d27ec-2725-488e-bd0f-0471132b4a97', label: '父', expiry: '2027-02-30', pin: '1234' },
        { ...base, id: '82711d38-04de-4439-8dc6-3f92e8bb2acf', label: '長男', revision: undefined },
      ]),
    );
    expect(!result.ok && result.error).toMatchObject({
      kind: 'invalid',
      problems: [
        // A refused label is never repeated on screen: it may be the number itself.
        { person: 0, field: 'label', code: 'label-number' },
        { person: 1, label: '父', field: 'pin', code: 'unknown-field' },
        { person: 1, label: '父', field: 'expiry', code: 'bad-date' },
        { person: 2, label: '長男', field: 'revision', code: 'missing-field' },
      ],
    });
    expect(!result.ok && result.error.kind === 'invalid' && result.error.problems?.[0]?.label).toBeUndefined();
  });

  it('tells a cut-off export from a file that is not one', async () => {
    const { store } = await storeWith([personInput({ label: '母' })]);
    const json = unwrap(await store.exportAll()).json;
    expect(await store.importFile(json.slice(0, json.length / 2))).toEqual({ ok: false, error: { kind: 'truncated' } });
    const other = await store.importFile('hello');
    expect(!other.ok && other.error.kind).toBe('not-json');
  });

  it('rejects an oversized file before parsing it', async () => {
    const { store } = await storeWith([]);
    const result = await store.importFile(' '.repeat(2_000_001));
    expect(!result.ok && result.error.kind).toBe('too-large');
  });
});

describe('importFile: older files', () => {
  it('gives records of version-2 files their first revision', async () => {
    const v2 = JSON.parse(readFileSync(new URL('../../fixtures/storage/v2.json', import.meta.url), 'utf8')) as {
      stores: { people: SavedPerson[] };
    };
    const { store } = await storeWith([]);
    const plan = unwrap(await store.importFile(file(v2.stores.people, { version: 2 })));
    expect(plan.add).toEqual(v2.stores.people.map((p) => ({ ...p, revision: 1 })));
  });

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
