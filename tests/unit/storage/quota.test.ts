import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMAT } from '../../../src/storage/export-import';
import { openStore } from '../../../src/storage/people-store';
import type { SavedPerson } from '../../../src/storage/person-record';
import { freshIndexedDB, NOW, personInput, rawRecords } from './helpers';

// A full disk shows up two ways: put() throws at once, or the request fails later and the browser aborts the
// transaction with QuotaExceededError. Either way the caller gets { kind: 'quota' } and nothing is half-written.

afterEach(() => {
  vi.restoreAllMocks();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** put() number `n` (1-based, from now on) throws synchronously. */
function putThrowsOnCall(n: number) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls === n) throw quotaError();
    return original.apply(this, args);
  });
}

/**
 * put() number `n` is accepted but its request fails asynchronously, as a browser reports a full disk; the
 * transaction then aborts with QuotaExceededError (fake-indexeddb's request runner is wrapped to do this).
 */
function putFailsLaterOnCall(n: number) {
  const originalPut = IDBObjectStore.prototype.put;
  const proto = IDBTransaction.prototype as unknown as { _execRequestAsync: (obj: { operation: () => unknown }) => IDBRequest };
  expect(typeof proto._execRequestAsync).toBe('function');
  const originalExec = proto._execRequestAsync;
  let calls = 0;
  let failNext = false;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    failNext = ++calls === n;
    try {
      return originalPut.apply(this, args);
    } finally {
      failNext = false;
    }
  });
  vi.spyOn(proto, '_execRequestAsync').mockImplementation(function (this: unknown, obj) {
    if (!failNext) return originalExec.call(this, obj);
    return originalExec.call(this, {
      ...obj,
      operation: () => {
        throw quotaError();
      },
    });
  });
}

const variants = [
  ['put throws', putThrowsOnCall],
  ['the request fails and the transaction aborts', putFailsLaterOnCall],
] as const;

describe.each(variants)('quota exceeded when %s', (_name, failPut) => {
  it('savePerson returns a quota error and writes nothing', async () => {
    const factory = freshIndexedDB();
    const store = await openStore();
    const first = await store.savePerson(personInput({ label: '父' }));
    expect(first.ok).toBe(true);
    const before = await rawRecords(factory);

    failPut(1);
    const result = await store.savePerson(personInput({ label: '母' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ kind: 'quota', message: expect.stringContaining('QuotaExceededError') });
    vi.restoreAllMocks();
    expect(await rawRecords(factory)).toEqual(before);
    // The store still works afterwards.
    expect((await store.savePerson(personInput({ label: '母' }))).ok).toBe(true);
  });

  it('applyImport writes all or nothing', async () => {
    const factory = freshIndexedDB();
    const store = await openStore();
    const existing = await store.savePerson(personInput({ label: '父' }));
    expect(existing.ok).toBe(true);
    const before = await rawRecords(factory);
    const people: SavedPerson[] = ['母', '長男', '長女'].map((label, i) => ({
      ...personInput({ label }),
      id: ['e944f6da-dab6-4574-9db5-ac8396c30697', '82711d38-04de-4439-8dc6-3f92e8bb2acf', '575d27ec-2725-488e-bd0f-0471132b4a97'][i]!,
      answers: {},
      revision: 1,
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const plan = await store.importFile(JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW, people }));
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.value.add).toHaveLength(3);

    failPut(3); // the first two puts have already happened in the transaction
    const result = await store.applyImport(plan.value, {});
    expect(!result.ok && result.error.kind).toBe('quota');
    vi.restoreAllMocks();
    expect(await rawRecords(factory)).toEqual(before);
  });
});
