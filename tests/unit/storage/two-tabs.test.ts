import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION } from '../../../src/storage/migrations';
import { openStore } from '../../../src/storage/people-store';
import type { StoreNotice } from '../../../src/storage/open-connection';
import { buildDatabase, freshIndexedDB, personInput, rawOpen } from './helpers';

// Two tabs share one database. When a newer tab upgrades, the older one must let go (versionchange) and tell the
// user to reload; when an older tab will not let go, the newer one must say so and stop waiting (blocked).

describe('versionchange in the old tab', () => {
  it('closes its connection, turns unavailable and notifies, so the upgrade is not blocked', async () => {
    const factory = freshIndexedDB();
    const notices: StoreNotice[] = [];
    const oldTab = await openStore({ onNotice: (n) => notices.push(n) });
    expect((await oldTab.savePerson(personInput())).ok).toBe(true);

    const onBlocked = vi.fn();
    const request = factory.open('madoguchi', DB_VERSION + 1);
    request.onblocked = onBlocked;
    const newTab = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(newTab.version).toBe(DB_VERSION + 1);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(notices).toContainEqual({ type: 'versionchange' });
    expect(oldTab.status).toMatchObject({ available: false, reason: 'closed-for-upgrade' });
    const list = await oldTab.listPeople();
    expect(!list.ok && list.error).toMatchObject({ kind: 'unavailable', reason: 'closed-for-upgrade' });
    newTab.close();
  });

  it('reports newer-version when this code is older than the database, and still lists the people it can read', async () => {
    const factory = freshIndexedDB();
    const first = await openStore();
    const saved = await first.savePerson(personInput());
    first.close();
    // A newer Madoguchi upgraded the database (and kept the store).
    (await rawOpen(factory, DB_VERSION + 1)).close();
    const store = await openStore();
    expect(store.status).toMatchObject({ available: false, reason: 'newer-version', readable: true });
    const list = await store.listPeople();
    expect(list.ok && list.value.people).toEqual([saved.ok && saved.value]);
    expect((await store.exportAll()).ok).toBe(true);
    // Nothing is written into a database this code does not know.
    for (const result of [await store.savePerson(personInput({ label: '父' })), await store.deletePerson(saved.ok ? saved.value.id : '')]) {
      expect(!result.ok && result.error).toMatchObject({ kind: 'unavailable', reason: 'newer-version' });
    }
    const imported = await store.importFile(JSON.stringify({ format: 'madoguchi-people', version: DB_VERSION, exportedAt: 0, people: [] }));
    expect(!imported.ok && imported.error).toMatchObject({ kind: 'unavailable', reason: 'newer-version' });
    store.close();
  });
});

describe('blocked in the new tab', () => {
  it('notifies, then times out with a clear error state instead of hanging', async () => {
    const factory = freshIndexedDB();
    await buildDatabase(factory, 1, { people: [] });
    // An old tab that ignores versionchange (as a version-1 build might have).
    const oldTab = await rawOpen(factory, 1);
    const notices: StoreNotice[] = [];
    const started = Date.now();
    const store = await openStore({ timeoutMs: 150, onNotice: (n) => notices.push(n) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(notices).toEqual([{ type: 'blocked' }]);
    expect(store.status).toMatchObject({ available: false, reason: 'blocked' });
    const saved = await store.savePerson(personInput());
    expect(!saved.ok && saved.error).toMatchObject({ kind: 'unavailable', reason: 'blocked' });

    // When the old tab finally closes, the late connection is not kept open: a reload then works.
    oldTab.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const reloaded = await openStore({ timeoutMs: 500 });
    expect(reloaded.status).toEqual({ available: true });
    reloaded.close();
  });

  it('proceeds when the other tab closes while blocked', async () => {
    const factory = freshIndexedDB();
    await buildDatabase(factory, 1, { people: [] });
    const oldTab = await rawOpen(factory, 1);
    const store = await openStore({
      timeoutMs: 2000,
      onNotice: (n) => {
        if (n.type === 'blocked') oldTab.close();
      },
    });
    expect(store.status).toEqual({ available: true });
    expect((await store.savePerson(personInput())).ok).toBe(true);
  });
});
