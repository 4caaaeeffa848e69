import { describe, expect, it } from 'vitest';
import { national } from '../../../src/cities/national';
import { cities } from '../../../src/cities/registry';
import { APPLICANTS, type Answers, type ApplicantId } from '../../../src/cities/schema';
import { baselineRule, buildChecklist, isChildRenewal } from '../../../src/engine';
import { domainSections, seedText, squash } from './helpers';

// Issue 21: the period-of-stay validity change, for every city × applicant. Both city pages are silent on what to
// bring, so the list is the national baseline of domain §8, labelled as such; Satte's page names the procedure once,
// among those stopped on the maintenance Sunday. Each rule in the data has an expectation here that fails if it changes.
const all = await Promise.all(cities.ids.map((id) => cities.load(id)));
const satte = all.find((c) => c.id === 'satte')!;
const S8 = domainSections().get(8)!;
const items = (city: (typeof all)[number], a: ApplicantId, answers: Answers = {}) =>
  buildChecklist(city, 'validity-change', a, answers).visits.map((v) => v.items.map((i) => `${i.id}:${i.state}`));

const EXPECTED: Record<ApplicantId, string[][]> = {
  self: [['card:conditional', 'new-residence-card:conditional', 'pending-residence-card:conditional', 'resident-pin:conditional']],
  'legal-rep': [['person-card:conditional', 'new-residence-card:conditional', 'pending-residence-card:conditional', 'resident-pin:conditional', 'agent-id:conditional']],
  proxy: [['agent-id:conditional'], ['person-card:conditional', 'new-residence-card:conditional', 'pending-residence-card:conditional', 'inquiry:conditional', 'agent-id:conditional']],
};

describe.each(all.map((c) => [c.id, c] as const))('validity-change at %s', (_id, city) => {
  it.each(APPLICANTS)('%s: the page is silent; the national list of domain §8 stands in, labelled', (a) => {
    const list = buildChecklist(city, 'validity-change', a, {});
    expect(list.status).toBe('silent');
    expect(list.baseline?.source.ref).toBe('domain §8');
    expect(items(city, a)).toEqual(EXPECTED[a]);
    expect(list.questions).toEqual(['stay']);
    expect(Boolean(list.mailedInquiry)).toBe(a === 'proxy');
  });

  it.each(APPLICANTS)('%s: an extended stay needs the new 在留カード; a pending one the stamped card or receipt', (a) => {
    const extended = buildChecklist(city, 'validity-change', a, { stay: 'extended' }).visits.flatMap((v) => v.items);
    const state = (list: typeof extended, id: string) => list.find((i) => i.id === id)?.state;
    expect(state(extended, 'new-residence-card')).toBe('required');
    expect(state(extended, 'pending-residence-card')).toBe('not-needed');
    const pending = buildChecklist(city, 'validity-change', a, { stay: 'pending' });
    expect(state(pending.visits.flatMap((v) => v.items), 'pending-residence-card')).toBe('required');
    expect(state(pending.visits.flatMap((v) => v.items), 'new-residence-card')).toBe('not-needed');
    expect(pending.notes.map((n) => n.id)).toContain('stay-pending');
  });

  it.each(APPLICANTS)('%s: once the date has passed, nothing of the change is needed: a new card instead', (a) => {
    const list = buildChecklist(city, 'validity-change', a, { stay: 'passed' });
    expect(list.visits.flatMap((v) => v.items).every((i) => i.state === 'not-needed')).toBe(true);
    expect(list.notes.find((n) => n.id === 'stay-passed')).toMatchObject({ state: 'applies', level: 'warning' });
    expect(list.notes.map((n) => n.id)).not.toContain('stay-pending');
  });

  it.each(APPLICANTS)('%s: no letter, immigration first, e-certificates differ, Sundays ask first, the combined card is unknown', (a) => {
    const notes = buildChecklist(city, 'validity-change', a, {}).notes.filter((n) => n.scope === 'national');
    const ids = notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['stay-no-letter', 'stay-immigration-first', 'stay-e-certificates', 'stay-sunday-ask-first', 'stay-pin-unusable', 'stay-tokutei-card']));
    // The 特定在留カード (from 2026-06-14): the sources do not say how its validity changes, so a note, never a rule.
    expect(notes.find((n) => n.id === 'stay-tokutei-card')).toMatchObject({ level: 'info', state: 'applies' });
    expect(ids.includes('stay-same-household')).toBe(a === 'proxy');
    expect(ids.includes('stay-proof-silent')).toBe(a === 'legal-rep');
  });
});

describe('Satte names the procedure and stops it on the maintenance Sunday', () => {
  const page = squash(seedText('001'));
  it('cites the sentence naming the procedure for every applicant, and the maintenance notes', () => {
    const quote = 'マイナンバーカードの有効期間延長・特例期間延長(外国人の方)';
    expect(page).toContain(quote);
    for (const a of APPLICANTS) {
      const list = buildChecklist(satte, 'validity-change', a, {});
      expect(list.ruleSource?.quote).toBe(quote);
      expect(list.notes.filter((n) => n.scope === 'city').map((n) => n.id)).toEqual([
        'validity-change-maintenance-sunday',
        'maintenance-sunday',
        'holiday-opening-suspended',
        'holiday-opening-calendar',
      ]);
      expect(list.countersGivenFor).toEqual(['pin-reset', 'pin-change']);
    }
    expect(satte.counters[0]!.schedule.holidayOpening?.cardWorkOnMaintenanceSunday).toBe(false);
  });
});

describe('the national baseline (national.json)', () => {
  it('quotes domain §8 for every item and keeps national items plain (no city A/B rule)', () => {
    const base = national.baselines.find((b) => b.procedure === 'validity-change')!;
    for (const rule of Object.values(base.applicants))
      for (const v of rule.visits)
        for (const it of v.items) {
          expect(it.kind).toBe('item');
          expect(it.source.ref).toBe('domain §8');
          expect(S8).toContain(squash(it.source.quote));
        }
    expect(baselineRule(national, 'renewal', 'self')).toBeUndefined();
  });

  it('a pending decision: the one-time 2-month 特例期間 with the stamped card or the online receipt', () => {
    const note = national.notes.find((n) => n.id === 'stay-pending')!;
    expect(note.source.quote).toMatch(/once, by 2 months \(特例期間\)/);
    expect(note.when).toEqual({ fact: 'stay', is: 'pending' });
  });
});

describe('issue 20.2: a child renewal is a new card application', () => {
  it('holds for a legal representative renewing, until the answers say adult ward', () => {
    expect(isChildRenewal('renewal', 'legal-rep', {})).toBe(true);
    expect(isChildRenewal('renewal', 'legal-rep', { dependent: 'child' })).toBe(true);
    expect(isChildRenewal('renewal', 'legal-rep', { dependent: 'adult-ward' })).toBe(false);
    expect(isChildRenewal('renewal', 'self', {})).toBe(false);
    expect(isChildRenewal('pin-reset', 'legal-rep', {})).toBe(false);
  });
});
