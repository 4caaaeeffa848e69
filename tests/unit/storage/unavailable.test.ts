import { forceCloseDatabase, IDBOpenDBRequest as FakeOpenRequest, IDBVersionChangeEvent as FakeEvent } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, type PeopleStore } from '../../../src/storage/people-store';
import { EXPORT_FORMAT } from '../../../src/storage/export-import';
import type { StoreNotice } from '../../../src/storage/open-connection';
import type { SavedPerson } from '../../../src/storage/person-record';
import { buildDatabase, freshIndexedDB, NOW, personInput, rawOpen, rawRecords } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const person: SavedPerson = {
  id: 'e944f6da-dab6-4574-9db5-ac8396c30697',
  ...personInput(),
  answers: {},
  ticks: [],
  held: [],
  revision: 1,
  createdAt: NOW,
  updatedAt: NOW,
};

/** Calls every method; each must resolve (not throw) with an unavailable error carrying `reason`. */
async function expectEveryCallUnavailable(store: PeopleStore, reason: string) {
  const emptyFile = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW, people: [] });
  const calls = [
    store.listPeople(),
    store.getPerson(person.id),
    store.savePerson(personInput()),
    store.saveProgress(person.id, { revision: 1, progress: person }, person),
    store.renamePerson(person.id, 'x'),
    store.deletePerson(person.id),
    store.restorePerson(person),
    store.exportAll(),
    store.importFile(emptyFile),
    store.applyImport({ version: 2, incoming: [], add: [], identical: [], clashes: [] }, {}),
    store.undoImport({ replaced: [], written: [] }),
  ];
  for (const result of await Promise.all(calls)) {
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'unavailable', reason });
  }
}

/**
 * Makes the global IndexedDB a stand-in whose open() does what `behave` says with a pending request, which is
 * fake-indexeddb's own request class so idb can wait on it like a real one.
 */
function standInIndexedDB(behave: (request: IDBOpenDBRequest) => void): void {
  const open = () => {
    const request = new FakeOpenRequest() as unknown as IDBOpenDBRequest;
    behave(request);
    return request;
  };
  vi.stubGlobal('indexedDB', { open } as unknown as IDBFactory);
}

/** Fails `request` with `error`, as a browser reports a failed open (the request is no longer pending). */
function failRequest(request: IDBOpenDBRequest, error: DOMException): void {
  Object.assign(request, { readyState: 'done', error });
  // fake-indexeddb dispatches only its own events; its version-change event is the one it exports.
  request.dispatchEvent(new FakeEvent('error', {}) as unknown as Event);
}

describe('IndexedDB unavailable', () => {
  it('without an indexedDB global: available false, reason no-indexeddb, every call degrades', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openStore();
    expect(store.status).toEqual({ available: false, reason: 'no-indexeddb', message: expect.any(String) });
    await expectEveryCallUnavailable(store, 'no-indexeddb');
  });

  it('when open() throws (storage blocked by settings): open-failed', async () => {
    standInIndexedDB(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const store = await openStore();
    expect(store.status).toMatchObject({ available: false, reason: 'open-failed', message: expect.stringContaining('SecurityError') });
    await expectEveryCallUnavailable(store, 'open-failed');
  });

  it('when the open request errors (as in Firefox private browsing): open-failed', async () => {
    standInIndexedDB((request) => {
      const error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      setTimeout(() => failRequest(request, error), 5);
    });
    const store = await openStore();
    expect(store.status).toMatchObject({ available: false, reason: 'open-failed', message: expect.stringContaining('InvalidStateError') });
    await expectEveryCallUnavailable(store, 'open-failed');
  });

  it('when the open request never answers: times out instead of hanging', async () => {
    standInIndexedDB(() => {});
    const store = await openStore({ timeoutMs: 50 });
    expect(store.status).toMatchObject({ available: false, reason: 'timeout' });
    await expectEveryCallUnavailable(store, 'timeout');
  });

  it('after close(): every call degrades', async () => {
    freshIndexedDB();
    const store = await openStore();
    store.close();
    expect(store.status.available).toBe(false);
    await expectEveryCallUnavailable(store, 'terminated');
  });

  it('when the browser closes the connection (storage cleared): the terminated notice, every call degrades', async () => {
    const factory = freshIndexedDB();
    const open = factory.open.bind(factory);
    const requests: IDBOpenDBRequest[] = [];
    vi.spyOn(factory, 'open').mockImplementation((...args) => {
      const request = open(...args);
      requests.push(request);
      return request;
    });
    const notices: StoreNotice[] = [];
    const store = await openStore({ onNotice: (n) => notices.push(n) });
    expect(store.status).toEqual({ available: true });
    // fake-indexeddb types its parameter as the class; it takes a connection.
    forceCloseDatabase(requests[0]!.result as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(notices).toEqual([{ type: 'terminated' }]);
    await expectEveryCallUnavailable(store, 'terminated');
  });
});

describe('a failing migration', () => {
  it('leaves the old database and its records untouched and reports migration-failed', async () => {
    const factory = freshIndexedDB();
    const v1 = { id: person.id, label: '母', checklistUrl: '/checklist?city=satte&procedure=pin-reset&applicant=self', ticks: [] };
    await buildDatabase(factory, 1, { people: [v1] });
    const update = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    const store = await openStore();
    expect(store.status).toMatchObject({ available: false, reason: 'migration-failed' });
    update.mockRestore();

    const db = await rawOpen(factory, 1);
    expect(db.version).toBe(1);
    db.close();
    expect(await rawRecords(factory)).toEqual([v1]);

    // With the fault gone, the next open migrates the same record.
    const retried = await openStore();
    const list = await retried.listPeople();
    expect(list.ok && list.value.people.map((p) => [p.id, p.city])).toEqual([[person.id, 'satte']]);
  });
});
