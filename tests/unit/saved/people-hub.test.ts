import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeopleHub, type HubSnapshot } from '../../../src/app/saved/people-hub';
import { DB_VERSION } from '../../../src/storage';
import { freshIndexedDB, personInput, rawPut, tickingClock } from '../storage/helpers';

// The hub is what every component of a page shares: one store, a snapshot to render, writes that refresh it.

const hubs: PeopleHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.dispose()));
  vi.unstubAllGlobals();
});

function newHub(factory = freshIndexedDB()) {
  const hub = new PeopleHub({ now: tickingClock(), timeoutMs: 500 });
  hubs.push(hub);
  const seen: HubSnapshot[] = [];
  hub.subscribe(() => seen.push(hub.getSnapshot()));
  return { hub, factory, seen };
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('PeopleHub', () => {
  it('starts loading and opens only when asked (nothing happens during prerender)', async () => {
    const { hub } = newHub();
    expect(hub.getSnapshot()).toMatchObject({ status: 'loading', people: [], skipped: [], notice: null });
    await hub.open();
    expect(hub.getSnapshot().status).toBe('ready');
    expect(hub.open()).toBe(hub.open());
  });

  it('refreshes the snapshot after every write and tells subscribers', async () => {
    const { hub, seen } = newHub();
    const mother = value(await hub.save(personInput({ label: '母' })));
    const father = value(await hub.save(personInput({ label: '父' })));
    expect(hub.getSnapshot().people.map((p) => p.label)).toEqual(['父', '母']);
    expect(seen.length).toBeGreaterThan(2);

    value(await hub.rename(mother.id, 'お母さん'));
    expect(hub.getSnapshot().people.map((p) => p.label)).toEqual(['お母さん', '父']);

    const token = value(await hub.remove(father.id));
    expect(hub.getSnapshot().people.map((p) => p.label)).toEqual(['お母さん']);
    value(await hub.restore(token!));
    expect(hub.getSnapshot().people).toContainEqual(father);
  });

  it('returns the store error and keeps the list on a clash', async () => {
    const { hub } = newHub();
    value(await hub.save(personInput({ label: '母' })));
    const again = await hub.save(personInput({ label: ' 母 ' }));
    expect(!again.ok && again.error.kind).toBe('label-taken');
    expect(hub.getSnapshot().people).toHaveLength(1);
  });

  it('lists skipped records without deleting them', async () => {
    const { hub, factory } = newHub();
    await hub.open();
    await rawPut(factory, [{ id: 'broken', label: 1 }]);
    await hub.refresh();
    expect(hub.getSnapshot().skipped).toEqual([expect.objectContaining({ id: 'broken' })]);
  });

  it('is unavailable with a reason when the browser will not open storage', async () => {
    const factory = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    vi.stubGlobal('indexedDB', factory);
    const { hub } = newHub(factory);
    await hub.open();
    expect(hub.getSnapshot()).toMatchObject({ status: 'unavailable', reason: 'open-failed' });
    const saved = await hub.save(personInput());
    expect(!saved.ok && saved.error.kind).toBe('unavailable');
  });

  it('turns to the reload notice when another tab upgrades the database', async () => {
    const { hub, factory } = newHub();
    await hub.open();
    const request = factory.open('madoguchi', DB_VERSION + 1);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(hub.getSnapshot()).toMatchObject({ status: 'unavailable', reason: 'closed-for-upgrade', notice: 'versionchange' });
    newer.close();
  });

  it('shows the blocked notice while an older tab holds the database, and the unavailable reason after', async () => {
    const factory = freshIndexedDB();
    const request = factory.open('madoguchi', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('people', { keyPath: 'id' });
    const old = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    // An old tab that ignores versionchange.
    const { hub, seen } = newHub(factory);
    await hub.open();
    expect(seen.some((s) => s.notice === 'blocked')).toBe(true);
    expect(hub.getSnapshot()).toMatchObject({ status: 'unavailable', reason: 'blocked', notice: 'blocked' });
    old.close();
  });

  it('exports and imports through the store, refreshing after applying', async () => {
    const { hub } = newHub();
    value(await hub.save(personInput({ label: '母', procedure: 'pin-reset', ticks: ['card'] })));
    const { json } = value(await hub.exportAll());
    const other = newHub();
    const plan = value(await other.hub.importFile(json));
    expect(plan.add).toHaveLength(1);
    const { summary } = value(await other.hub.applyImport(plan, {}));
    expect(summary.added).toBe(1);
    expect(other.hub.getSnapshot().people.map((p) => p.label)).toEqual(['母']);
  });

  it('follows writes made by another hub of the same origin (another tab)', async () => {
    const factory = freshIndexedDB();
    const a = newHub(factory);
    const b = newHub(factory);
    await b.hub.open();
    value(await a.hub.save(personInput({ label: '母' })));
    await expect.poll(() => b.hub.getSnapshot().people.map((p) => p.label)).toEqual(['母']);
  });
});
