import { describe, expect, it } from 'vitest';
import { ProgressSync, describeChange } from '../../../src/app/saved/progress-sync';
import { openStore, type PeopleStore } from '../../../src/storage/people-store';
import type { Progress } from '../../../src/storage/progress';
import type { SavedPerson } from '../../../src/storage/person-record';
import { freshIndexedDB, personInput, tickingClock } from '../storage/helpers';

// A saved person's checklist open in one or two tabs: every change is saved as it is made, another tab's changes
// are merged in (ticks are sets) and shown, nothing either tab did is lost, and Undo takes back one change.

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A page: its URL's progress, which the sync may replace (as setLatest does), reported back like a render. */
class Page {
  /** The URL's progress (what a render reports, once it has run). */
  screen: Progress;
  readonly sync: ProgressSync;
  constructor(
    readonly store: PeopleStore,
    id: string,
    url: Progress,
  ) {
    this.screen = url;
    this.sync = new ProgressSync(id, url, {
      save: (i, base, next) => store.saveProgress(i, base, next),
      show: (progress) => {
        this.screen = progress;
        // The router re-renders in a later task; the page reports its URL then.
        queueMicrotask(() => this.sync.onScreen(this.screen, true));
      },
      current: () => this.screen,
    });
  }
  /** The person changes something; the URL has it at once, the page reports it only with its next render. */
  changeBeforeRender(patch: Partial<Progress>) {
    this.screen = { ...this.screen, ...patch };
  }
  /** The render after changeBeforeRender(). */
  render() {
    this.sync.onScreen(this.screen, true);
  }
  /** The person changes something on the page. */
  change(patch: Partial<Progress>) {
    this.screen = { ...this.screen, ...patch };
    this.sync.onScreen(this.screen, true);
  }
  /** The page reads the saved people (on open, and when another tab says it wrote). */
  async read() {
    this.sync.onRecord(unwrap(await this.store.getPerson(this.sync.personId)));
  }
  async settled() {
    await expect.poll(() => this.sync.state.kind).not.toMatch(/saving|waiting/);
  }
}

async function setup(over: Partial<SavedPerson> = {}) {
  const factory = freshIndexedDB();
  const store = await openStore({ now: tickingClock() });
  const person = unwrap(await store.savePerson(personInput({ ticks: [], held: [], answers: {}, ...over })));
  const url = { answers: person.answers, ticks: person.ticks, held: person.held };
  return { factory, store, person, url };
}

const stored = async (store: PeopleStore, id: string) => unwrap(await store.getPerson(id))!;

describe('ProgressSync', () => {
  it('saves each tick as it is made, one revision at a time', async () => {
    const { store, person, url } = await setup();
    const page = new Page(store, person.id, url);
    await page.read();
    expect(page.sync.state).toEqual({ kind: 'saved', merged: false });
    page.change({ ticks: ['card'] });
    expect(page.sync.state.kind).toBe('saving');
    await page.settled();
    page.change({ ticks: ['card', 'photo'], held: ['passport'] });
    await page.settled();
    expect(await stored(store, person.id)).toMatchObject({ ticks: ['card', 'photo'], held: ['passport'], revision: 3 });
  });

  it('saves the last state when changes come faster than the store', async () => {
    const { store, person, url } = await setup();
    const page = new Page(store, person.id, url);
    await page.read();
    for (const ticks of [['a1'], ['a1', 'b1'], ['b1'], ['b1', 'c1']]) page.change({ ticks });
    await page.settled();
    expect((await stored(store, person.id)).ticks).toEqual(['b1', 'c1']);
  });

  it('two tabs ticking different items keep both, and each shows the other’s tick', async () => {
    const { store, person, url } = await setup({ ticks: ['card'] });
    const a = new Page(store, person.id, url);
    const b = new Page(store, person.id, url);
    await a.read();
    await b.read();
    a.change({ ticks: ['card', 'photo'] });
    b.change({ ticks: ['application'] }); // b unticks card and ticks application, from the same revision
    await a.settled();
    await b.settled();
    expect(b.sync.state).toEqual({ kind: 'saved', merged: true });
    const saved = await stored(store, person.id);
    expect([...saved.ticks].sort()).toEqual(['application', 'photo']);
    expect([...b.screen.ticks].sort()).toEqual(['application', 'photo']);
    // Tab a hears of b's write (BroadcastChannel → a read) and shows it, with nothing of its own lost.
    await a.read();
    expect([...a.screen.ticks].sort()).toEqual(['application', 'photo']);
    expect(a.sync.state).toEqual({ kind: 'saved', merged: true });
  });

  it('another tab’s write read between a tick and its render does not undo the tick: both are saved and shown', async () => {
    const { store, person, url } = await setup();
    const a = new Page(store, person.id, url);
    const b = new Page(store, person.id, url);
    await a.read();
    await b.read();
    a.change({ ticks: ['card'] });
    await a.settled();
    // b's person ticks while b's page is about to read a's write: the URL has the tick, no render has reported it.
    b.changeBeforeRender({ ticks: ['application'] });
    await b.read();
    expect(b.screen.ticks).toEqual(['application']);
    b.render();
    await b.settled();
    expect([...(await stored(store, person.id)).ticks].sort()).toEqual(['application', 'card']);
    expect([...b.screen.ticks].sort()).toEqual(['application', 'card']);
  });

  it('a link older than what is saved shows what is saved, and changes made before the store was read go on top', async () => {
    const { store, person, url } = await setup({ ticks: ['card'] });
    unwrap(await store.saveProgress(person.id, { revision: person.revision, progress: person }, { ...url, ticks: ['card', 'photo'] }));
    const stale = new Page(store, person.id, url);
    await stale.read();
    expect(stale.screen.ticks).toEqual(['card', 'photo']);
    expect(await stored(store, person.id)).toMatchObject({ revision: 2 });

    const early = new Page(store, person.id, url);
    early.change({ ticks: ['card', 'application'] });
    await early.read();
    await early.settled();
    expect([...(await stored(store, person.id)).ticks].sort()).toEqual(['application', 'card', 'photo']);
  });

  it('asks when both tabs changed one answer differently, and keeps every tick whichever answer wins', async () => {
    const { store, person, url } = await setup({ answers: { honseki: 'yes' } });
    const a = new Page(store, person.id, url);
    const b = new Page(store, person.id, url);
    await a.read();
    await b.read();
    a.change({ answers: { honseki: 'no' }, ticks: ['photo'] });
    await a.settled();
    b.change({ answers: {}, ticks: ['card'] });
    await b.settled();
    expect(b.sync.state).toMatchObject({ kind: 'conflict', answers: ['honseki'] });
    expect((await stored(store, person.id)).answers).toEqual({ honseki: 'no' });
    b.sync.resolve('mine');
    await b.settled();
    expect(await stored(store, person.id)).toMatchObject({ answers: {} });
    expect([...(await stored(store, person.id)).ticks].sort()).toEqual(['card', 'photo']);
  });

  it('Undo takes back the last change only, and saves that', async () => {
    const { store, person, url } = await setup();
    const page = new Page(store, person.id, url);
    await page.read();
    page.change({ ticks: ['card'] });
    page.change({ ticks: ['card', 'photo'] });
    await page.settled();
    expect(page.sync.lastChange).toBe('ticked');
    page.sync.undo();
    await page.settled();
    expect(page.screen.ticks).toEqual(['card']);
    expect((await stored(store, person.id)).ticks).toEqual(['card']);
    expect(page.sync.lastChange).toBe('ticked');
    page.sync.undo();
    await page.settled();
    expect((await stored(store, person.id)).ticks).toEqual([]);
    expect(page.sync.lastChange).toBeNull();
  });

  it('says so when the person was deleted, and writes nothing back', async () => {
    const { store, person, url } = await setup();
    const page = new Page(store, person.id, url);
    await page.read();
    unwrap(await store.deletePerson(person.id));
    page.change({ ticks: ['card'] });
    await page.settled();
    expect(page.sync.state).toEqual({ kind: 'missing' });
    expect(unwrap(await store.getPerson(person.id))).toBeNull();
  });

  it('saves nothing while the page shows another checklist', async () => {
    const { store, person, url } = await setup();
    const page = new Page(store, person.id, url);
    await page.read();
    page.sync.onScreen({ ...url, ticks: ['card'] }, false);
    expect(page.sync.state).toEqual({ kind: 'elsewhere' });
    await Promise.resolve();
    expect((await stored(store, person.id)).revision).toBe(1);
  });
});

describe('describeChange', () => {
  const p = (ticks: string[], held: string[] = [], answers: Record<string, string> = {}): Progress => ({ ticks, held, answers });
  it('names the kind of one change', () => {
    expect(describeChange(p([]), p(['a']))).toBe('ticked');
    expect(describeChange(p(['a']), p([]))).toBe('unticked');
    expect(describeChange(p([]), p([], ['passport']))).toBe('held');
    expect(describeChange(p([]), p([], [], { honseki: 'yes' }))).toBe('answer');
    expect(describeChange(p([]), p(['a'], ['passport']))).toBe('several');
  });
});
