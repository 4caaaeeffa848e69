import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../src/storage/people-store';
import type { StoreNotice } from '../../../src/storage/open-connection';
import { requestPersistence } from '../../../src/storage/persistence';
import { freshIndexedDB, personInput } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('navigator.storage.persist()', () => {
  it('is requested once, on the first successful save, and its answer is reported', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const notices: StoreNotice[] = [];
    freshIndexedDB();
    const store = await openStore({ onNotice: (n) => notices.push(n) });
    await store.listPeople();
    expect(persist).not.toHaveBeenCalled();

    // A refused save is not a save.
    expect((await store.savePerson(personInput({ expiry: '2027-02-30' }))).ok).toBe(false);
    expect(persist).not.toHaveBeenCalled();

    expect((await store.savePerson(personInput())).ok).toBe(true);
    expect((await store.savePerson(personInput({ label: '父' }))).ok).toBe(true);
    await flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(notices).toContainEqual({ type: 'persisted', granted: true });
  });

  it('is skipped without navigator.storage, and saving still works', async () => {
    vi.stubGlobal('navigator', {});
    const notices: StoreNotice[] = [];
    freshIndexedDB();
    const store = await openStore({ onNotice: (n) => notices.push(n) });
    expect((await store.savePerson(personInput())).ok).toBe(true);
    await flush();
    expect(notices).toEqual([]);
    vi.stubGlobal('navigator', undefined);
    await expect(requestPersistence()).resolves.toBeNull();
  });

  it('never throws or rejects when persist() throws or rejects', async () => {
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('denied')) } });
    await expect(requestPersistence()).resolves.toBe(false);
    vi.stubGlobal('navigator', {
      storage: {
        persist: () => {
          throw new Error('sync');
        },
      },
    });
    await expect(requestPersistence()).resolves.toBe(false);
    freshIndexedDB();
    const store = await openStore();
    expect((await store.savePerson(personInput())).ok).toBe(true);
    await flush();
  });
});
