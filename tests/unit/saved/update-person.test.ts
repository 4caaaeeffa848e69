import { afterEach, describe, expect, it } from 'vitest';
import { PeopleHub } from '../../../src/app/saved/people-hub';
import { updateWithPage } from '../../../src/app/saved/update-person';
import { freshIndexedDB, personInput, tickingClock } from '../storage/helpers';

// "Update 「母」 with this checklist" from the save form of two tabs: the second never throws away the first's ticks,
// and a stale prompt never undoes a rename made meanwhile.

const hubs: PeopleHub[] = [];
afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.dispose()));
});

function value<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

async function twoTabs() {
  freshIndexedDB();
  const a = new PeopleHub({ now: tickingClock() });
  const b = new PeopleHub({ now: tickingClock(Date.UTC(2026, 0, 2)) });
  hubs.push(a, b);
  const mother = value(await a.save(personInput({ label: '母', procedure: 'pin-reset', ticks: [], held: [] })));
  return { a, b, mother };
}

describe('updateWithPage', () => {
  it('two tabs updating the same checklist keep both tabs’ ticks', async () => {
    const { a, b, mother } = await twoTabs();
    // Both were asked "「母」 is already saved: update it?" about the same revision.
    value(await updateWithPage(a, mother, personInput({ label: '母', procedure: 'pin-reset', ticks: ['card'], held: [] })));
    const second = value(await updateWithPage(b, mother, personInput({ label: '母', procedure: 'pin-reset', ticks: ['application'], held: [], expiry: '2028-01-31' })));
    expect([...second.ticks].sort()).toEqual(['application', 'card']);
    expect(second).toMatchObject({ label: '母', expiry: '2028-01-31' });
  });

  it('a stale prompt for another checklist is refused, and never undoes a rename made meanwhile', async () => {
    const { a, b, mother } = await twoTabs();
    const renamed = value(await a.rename(mother.id, 'お母さん', mother));
    const stale = await updateWithPage(b, mother, personInput({ label: '母', city: 'satte', procedure: 'pin-change' }));
    expect(stale).toEqual({ ok: false, error: { kind: 'conflict', current: renamed } });
    // Asked again with what it is now, the update keeps the new name.
    const updated = value(await updateWithPage(b, renamed, personInput({ label: '母', city: 'satte', procedure: 'pin-change' })));
    expect(updated).toMatchObject({ label: 'お母さん', city: 'satte', procedure: 'pin-change' });
  });
});
