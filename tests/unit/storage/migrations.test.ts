import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, migrateV1Record } from '../../../src/storage/migrations';
import { openStore } from '../../../src/storage/people-store';
import type { SavedPerson } from '../../../src/storage/person-record';
import { buildDatabase, freshIndexedDB, LAYOUTS, NOW, rawOpen, rawRecords } from './helpers';

// Every released schema version has a fixture of records as that version wrote them. Opening a database in that
// layout with the current code must find every record intact and migrated.
const FIXTURES = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));

interface Fixture {
  schemaVersion: number;
  stores: Record<string, unknown[]>;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as T;
}

function expectedPeople(version: number, fixture: Fixture): SavedPerson[] {
  const name = `v${version}.expected.json`;
  // Without an expectation file the records must come back exactly as stored (the current version).
  if (!readdirSync(FIXTURES).includes(name)) return fixture.stores.people as SavedPerson[];
  return readJson<{ people: SavedPerson[] }>(name).people;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const versions = Array.from({ length: DB_VERSION }, (_, i) => i + 1);

describe('schema fixtures', () => {
  it('has a fixture and a layout for every released schema version, and nothing newer', () => {
    const found = readdirSync(FIXTURES)
      .map((name) => /^v(\d+)\.json$/.exec(name)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(found).toEqual(versions);
    expect(Object.keys(LAYOUTS).map(Number)).toEqual(versions);
  });

  it.each(versions)('opens a version %i database and finds every record intact and migrated', async (version) => {
    const fixture = readJson<Fixture>(`v${version}.json`);
    expect(fixture.schemaVersion).toBe(version);
    expect(fixture.stores.people?.length).toBeGreaterThan(0);
    const factory = freshIndexedDB();
    await buildDatabase(factory, version, fixture.stores);

    const store = await openStore({ now: () => NOW });
    expect(store.status).toEqual({ available: true });
    const list = await store.listPeople();
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const expected = expectedPeople(version, fixture);
    expect(list.value.skipped).toEqual([]);
    expect([...list.value.people].sort(byId)).toEqual([...expected].sort(byId));
    store.close();

    // Migrated in place: the stored records themselves are in the current shape now.
    expect(((await rawRecords(factory)) as SavedPerson[]).sort(byId)).toEqual([...expected].sort(byId));
    const db = await rawOpen(factory);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});

describe('migrateV1Record', () => {
  const v1 = {
    id: 'e9e7ae18-d5bf-4d8a-ba2b-1124beb5d5d6',
    label: '母',
    checklistUrl: '/checklist?city=ryugasaki&procedure=renewal&applicant=self&honseki=yes',
    ticks: ['card'],
  };

  it('parses the checklist URL into city, procedure, applicant and answers', () => {
    expect(migrateV1Record(v1, NOW)).toEqual({
      id: v1.id,
      label: '母',
      city: 'ryugasaki',
      procedure: 'renewal',
      applicant: 'self',
      answers: { honseki: 'yes' },
      ticks: ['card'],
      held: [],
      revision: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('returns null for records it cannot read, rather than guessing', () => {
    expect(migrateV1Record(null, NOW)).toBeNull();
    expect(migrateV1Record({ ...v1, checklistUrl: 42 }, NOW)).toBeNull();
    expect(migrateV1Record({ ...v1, checklistUrl: '/checklist?city=ryugasaki&procedure=renewal' }, NOW)).toBeNull();
    expect(migrateV1Record({ ...v1, checklistUrl: '/checklist?city=ryugasaki&procedure=issue&applicant=self' }, NOW)).toBeNull();
    expect(migrateV1Record({ ...v1, expiry: '2027-02-30' }, NOW)).toBeNull();
    expect(migrateV1Record({ ...v1, label: '' }, NOW)).toBeNull();
  });

  it('keeps an unreadable version-1 record in place and reports it, while migrating the others', async () => {
    const factory = freshIndexedDB();
    const broken = { ...v1, id: 'c2754528-650c-4a58-a0c9-ce03466f409d', label: '父', checklistUrl: '/checklist?city=ryugasaki' };
    await buildDatabase(factory, 1, { people: [v1, broken] });
    const store = await openStore({ now: () => NOW });
    const list = await store.listPeople();
    expect(list.ok && list.value.people.map((p) => p.id)).toEqual([v1.id]);
    expect(list.ok && list.value.skipped.map((s) => s.id)).toEqual([broken.id]);
    store.close();
    expect((await rawRecords(factory)).find((r) => (r as { id: string }).id === broken.id)).toEqual(broken);
  });
});

describe('version 2 → 3', () => {
  const v2 = (id: string, label: string) => ({
    id,
    label,
    city: 'satte',
    procedure: 'pin-reset',
    applicant: 'self',
    answers: {},
    ticks: ['card'],
    held: [],
    createdAt: NOW,
    updatedAt: NOW,
  });

  it('takes out of stored labels what the label rules now refuse, keeping the person and the rest of the label', async () => {
    const factory = freshIndexedDB();
    const number = v2('e9e7ae18-d5bf-4d8a-ba2b-1124beb5d5d6', '母のマイナンバー 1234ー5678ー9012');
    const pin = v2('c2754528-650c-4a58-a0c9-ce03466f409d', '父 PIN 4321');
    const bidi = v2('575d27ec-2725-488e-bd0f-0471132b4a97', 'Dad \u202efdp.exe');
    const plain = v2('daec4865-b8d3-473e-bfd7-47f39a151053', '長男');
    await buildDatabase(factory, 2, { people: [number, pin, bidi, plain] });
    const store = await openStore({ now: () => NOW });
    const list = await store.listPeople();
    store.close();
    expect(list.ok && list.value.skipped).toEqual([]);
    const labels = Object.fromEntries((list.ok ? list.value.people : []).map((p) => [p.id, p.label]));
    expect(labels).toEqual({
      [number.id]: '母のマイナンバー ＊＊＊＊',
      [pin.id]: '父 PIN ＊＊＊＊',
      [bidi.id]: 'Dad fdp.exe',
      [plain.id]: '長男',
    });
    // The number is gone from the device itself, not only from the screen.
    expect(JSON.stringify(await rawRecords(factory))).not.toMatch(/1234|4321|\u202e/);
    expect((await rawRecords(factory)).every((r) => (r as { revision: number }).revision === 1)).toBe(true);
  });

  it('leaves a record it cannot convert as it was, reported as skipped', async () => {
    const factory = freshIndexedDB();
    const broken = { ...v2('e9e7ae18-d5bf-4d8a-ba2b-1124beb5d5d6', '母'), expiry: '2027-02-30' };
    await buildDatabase(factory, 2, { people: [broken] });
    const store = await openStore({ now: () => NOW });
    const list = await store.listPeople();
    store.close();
    expect(list.ok && list.value.skipped.map((s) => s.id)).toEqual([broken.id]);
    expect(await rawRecords(factory)).toEqual([broken]);
  });
});
