import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/storage/people-store';
import type { SavedPerson } from '../../../src/storage/person-record';
import { freshIndexedDB, NOW, personInput, rawPut, rawRecords, tickingClock } from './helpers';

async function newStore() {
  const factory = freshIndexedDB();
  const store = await openStore({ now: tickingClock() });
  return { factory, store };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('savePerson and getPerson', () => {
  it('creates a person with an id and timestamps, and reads it back', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput({ label: '  母 ' })));
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.label).toBe('母');
    expect(saved.createdAt).toBe(saved.updatedAt);
    expect(unwrap(await store.getPerson(saved.id))).toEqual(saved);
    expect(unwrap(await store.getPerson('82711d38-04de-4439-8dc6-3f92e8bb2acf'))).toBeNull();
  });

  it('updates by id, keeping createdAt and moving updatedAt', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput()));
    const updated = unwrap(await store.savePerson({ ...personInput({ ticks: ['card'], expiry: undefined }), id: saved.id, revision: saved.revision }));
    expect(updated.id).toBe(saved.id);
    expect(saved.revision).toBe(1);
    expect(updated.revision).toBe(2);
    expect(updated.createdAt).toBe(saved.createdAt);
    expect(updated.updatedAt).toBeGreaterThan(saved.updatedAt);
    expect(updated.ticks).toEqual(['card']);
    expect('expiry' in updated).toBe(false);
    expect(unwrap(await store.listPeople()).people).toEqual([updated]);
  });

  it('refuses a label another person has, writing nothing', async () => {
    const { store, factory } = await newStore();
    const mother = unwrap(await store.savePerson(personInput({ label: 'My card' })));
    const result = await store.savePerson(personInput({ label: ' my CARD ', city: 'satte' }));
    expect(result).toEqual({ ok: false, error: { kind: 'label-taken', existing: mother } });
    expect(await rawRecords(factory)).toEqual([mother]);
  });

  it('refuses invalid input (a PIN field, a bad date) with issues', async () => {
    const { store, factory } = await newStore();
    const withPin = await store.savePerson({ ...personInput(), pin: '1234' } as never);
    expect(withPin.ok).toBe(false);
    expect(!withPin.ok && withPin.error.kind).toBe('invalid');
    const badDate = await store.savePerson(personInput({ expiry: '2027-02-30' }));
    expect(!badDate.ok && badDate.error).toEqual({ kind: 'invalid', issues: ['expiry: expiry must be a real date YYYY-MM-DD'] });
    expect(await rawRecords(factory)).toEqual([]);
  });
});

describe('revisions: a write based on an old revision never discards another tab’s change', () => {
  it('refuses an update based on an older revision, returning the current record, and writes nothing', async () => {
    const { store, factory } = await newStore();
    const saved = unwrap(await store.savePerson(personInput()));
    // Another tab updates first.
    const theirs = unwrap(await store.savePerson({ ...personInput({ ticks: ['card'] }), id: saved.id, revision: saved.revision }));
    const before = await rawRecords(factory);
    const stale = await store.savePerson({ ...personInput({ ticks: ['application'] }), id: saved.id, revision: saved.revision });
    expect(stale).toEqual({ ok: false, error: { kind: 'conflict', current: theirs } });
    // Without a revision an update is not allowed to guess either.
    const blind = await store.savePerson({ ...personInput({ ticks: ['application'] }), id: saved.id });
    expect(!blind.ok && blind.error.kind).toBe('conflict');
    expect(await rawRecords(factory)).toEqual(before);
  });

  it('says not-found when the person was deleted meanwhile, instead of creating it again', async () => {
    const { store, factory } = await newStore();
    const saved = unwrap(await store.savePerson(personInput()));
    unwrap(await store.deletePerson(saved.id));
    const result = await store.savePerson({ ...personInput(), id: saved.id, revision: saved.revision });
    expect(result).toEqual({ ok: false, error: { kind: 'not-found', id: saved.id } });
    expect(await rawRecords(factory)).toEqual([]);
  });

  it('saveProgress writes directly on the same revision and merges ticks from two tabs as sets', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput({ ticks: ['card'], held: [] })));
    const base = { revision: saved.revision, progress: saved };
    // Tab A ticks "application", tab B (same base) ticks "photo" and unticks "card".
    const a = unwrap(await store.saveProgress(saved.id, base, { ...saved, ticks: ['card', 'application'] }));
    expect(a).toMatchObject({ merged: false, person: { ticks: ['card', 'application'], revision: 2 } });
    const b = unwrap(await store.saveProgress(saved.id, base, { ...saved, ticks: ['photo'], held: ['passport'] }));
    expect(b.merged).toBe(true);
    expect(b.person.ticks).toEqual(['application', 'photo']);
    expect(b.person.held).toEqual(['passport']);
    expect(b.person.revision).toBe(3);
    expect(unwrap(await store.getPerson(saved.id))).toEqual(b.person);
  });

  it('saveProgress keeps an answer changed on one side and refuses, writing nothing, when both changed it differently', async () => {
    const { store, factory } = await newStore();
    const saved = unwrap(await store.savePerson(personInput({ answers: { honseki: 'yes' } })));
    const base = { revision: saved.revision, progress: saved };
    unwrap(await store.saveProgress(saved.id, base, { ...saved, answers: { honseki: 'no' } }));
    const before = await rawRecords(factory);
    const clash = await store.saveProgress(saved.id, base, { ...saved, answers: {} });
    expect(!clash.ok && clash.error).toMatchObject({ kind: 'conflict', answers: ['honseki'], current: { answers: { honseki: 'no' } } });
    expect(await rawRecords(factory)).toEqual(before);
    const other = unwrap(await store.saveProgress(saved.id, base, { ...saved, answers: { honseki: 'yes', dependent: 'child' } }));
    expect(other.person.answers).toEqual({ honseki: 'no', dependent: 'child' });
  });

  it('a stale rename does not undo another tab’s rename, but keeps other changes made meanwhile', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput({ label: '母' })));
    const ticked = unwrap(await store.saveProgress(saved.id, { revision: saved.revision, progress: saved }, { ...saved, ticks: ['photo'] }));
    const renamed = unwrap(await store.renamePerson(saved.id, 'お母さん', saved));
    expect(renamed).toMatchObject({ label: 'お母さん', ticks: ['photo'], revision: ticked.person.revision + 1 });
    expect(await store.renamePerson(saved.id, 'ママ', saved)).toEqual({ ok: false, error: { kind: 'conflict', current: renamed } });
  });
});

describe('renamePerson', () => {
  it('renames, and refuses a label taken by someone else', async () => {
    const { store } = await newStore();
    const mother = unwrap(await store.savePerson(personInput({ label: '母' })));
    const father = unwrap(await store.savePerson(personInput({ label: '父' })));
    const renamed = unwrap(await store.renamePerson(mother.id, ' お母さん '));
    expect(renamed.label).toBe('お母さん');
    expect(renamed.updatedAt).toBeGreaterThan(mother.updatedAt);
    expect(await store.renamePerson(mother.id, '父')).toEqual({ ok: false, error: { kind: 'label-taken', existing: father } });
    expect(unwrap(await store.renamePerson(father.id, '父')).label).toBe('父');
    expect(await store.renamePerson('82711d38-04de-4439-8dc6-3f92e8bb2acf', 'x')).toEqual({
      ok: false,
      error: { kind: 'not-found', id: '82711d38-04de-4439-8dc6-3f92e8bb2acf' },
    });
    const empty = await store.renamePerson(mother.id, '   ');
    expect(!empty.ok && empty.error.kind).toBe('invalid');
  });
});

describe('deletePerson and restorePerson', () => {
  it('deletes, returns the record, and undo puts it back exactly', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput()));
    const undo = unwrap(await store.deletePerson(saved.id));
    expect(undo).toEqual(saved);
    expect(unwrap(await store.listPeople()).people).toEqual([]);
    expect(unwrap(await store.restorePerson(undo as SavedPerson))).toEqual(saved);
    expect(unwrap(await store.listPeople()).people).toEqual([saved]);
    // Undo twice is harmless.
    expect(unwrap(await store.restorePerson(undo as SavedPerson))).toEqual(saved);
  });

  it('will not restore over a person who took the label meanwhile', async () => {
    const { store } = await newStore();
    const saved = unwrap(await store.savePerson(personInput()));
    const undo = unwrap(await store.deletePerson(saved.id)) as SavedPerson;
    const newcomer = unwrap(await store.savePerson(personInput({ city: 'satte' })));
    expect(await store.restorePerson(undo)).toEqual({ ok: false, error: { kind: 'label-taken', existing: newcomer } });
  });

  it('says not-found for an unknown id', async () => {
    const { store } = await newStore();
    const result = await store.deletePerson('82711d38-04de-4439-8dc6-3f92e8bb2acf');
    expect(!result.ok && result.error.kind).toBe('not-found');
  });
});

describe('listPeople with corrupt records', () => {
  it('skips records that do not match the schema, with a reason, and keeps the others intact', async () => {
    const { store, factory } = await newStore();
    const good = unwrap(await store.savePerson(personInput()));
    const corrupt = [
      { id: 'a-bad-one', label: 'x' },
      { ...good, id: '575d27ec-2725-488e-bd0f-0471132b4a97', label: '他', expiry: '2027-02-30' },
      { ...good, id: 'daec4865-b8d3-473e-bfd7-47f39a151053', label: '秘', pin: '1234' },
      { id: 42 },
    ];
    await rawPut(factory, corrupt);
    const list = unwrap(await store.listPeople());
    expect(list.people).toEqual([good]);
    expect(list.skipped.map((s) => s.id).sort()).toEqual(
      ['575d27ec-2725-488e-bd0f-0471132b4a97', 'a-bad-one', 'daec4865-b8d3-473e-bfd7-47f39a151053', undefined].sort(),
    );
    expect(list.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(list.skipped.find((s) => s.id === '575d27ec-2725-488e-bd0f-0471132b4a97')?.reason).toContain('expiry');
    const read = await store.getPerson('a-bad-one');
    expect(!read.ok && read.error.kind).toBe('corrupt');
    // The corrupt records stay where they were: skipping is not deleting.
    expect(await rawRecords(factory)).toHaveLength(5);
    // And a corrupt record can still be deleted (there is nothing to undo).
    expect(unwrap(await store.deletePerson('a-bad-one'))).toBeNull();
  });

  it('lists the most recently updated first', async () => {
    const { store } = await newStore();
    const a = unwrap(await store.savePerson(personInput({ label: 'a' })));
    const b = unwrap(await store.savePerson(personInput({ label: 'b' })));
    await store.renamePerson(a.id, 'a2');
    expect(unwrap(await store.listPeople()).people.map((p) => p.label)).toEqual(['a2', b.label]);
    expect(b.createdAt).toBeGreaterThan(NOW);
  });
});
