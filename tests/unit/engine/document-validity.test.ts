import { describe, expect, it } from 'vitest';
import { national } from '../../../src/cities/national';
import { cities } from '../../../src/cities/registry';
import { checkIds, documentValidity } from '../../../src/engine';

// Audit finding 1 and 2 (issue 16): a document that no longer counts nationally (a paper 健康保険証, domain §1 and
// §9) never counts in any city, whatever its page says; an entry that also names a valid kind counts only as that.
const all = await Promise.all(cities.ids.map((id) => cities.load(id)));
const ryugasaki = await cities.load('ryugasaki');
const satte = await cities.load('satte');

describe('the national rule: paper health-insurance cards expired on 2025-12-01', () => {
  it('is national data with its source, and names what replaced it', () => {
    const kind = national.documentKinds.find((k) => k.id === 'health-insurance-card');
    expect(kind?.expired).toMatchObject({ on: '2025-12-01', replacedBy: 'eligibility-certificate', source: { ref: 'domain §1' } });
    expect(national.documentKinds.find((k) => k.id === 'eligibility-certificate')?.expired).toBeUndefined();
    expect(national.documentKinds.find((k) => k.id === 'care-insurance-card')?.expired).toBeUndefined();
  });

  it('Satte: ticking 健康保険証 alone is not enough for the person, nor does it help the agent (finding 1)', () => {
    const person = checkIds(satte, 'person-one-non-card', ['health-insurance-card'], {});
    expect(person.enough).toBe(false);
    expect(person.ignored).toEqual([{ id: 'health-insurance-card', reason: 'no-longer-valid', validity: expect.objectContaining({ status: 'expired' }) }]);
    const agent = checkIds(satte, 'two-with-official-photo', ['drivers-license', 'health-insurance-card'], {});
    expect(agent.enough).toBe(false);
    expect(agent.missing).toEqual([{ alternative: 0, need: {}, needAny: 1 }]);
    expect(checkIds(satte, 'person-one-non-card', ['eligibility-certificate'], {}).enough).toBe(true);
  });

  it('Ryugasaki: 「健康保険又は介護保険の被保険者証」 counts only as the 介護保険 card, and says so (finding 2)', () => {
    const r = checkIds(ryugasaki, 'a1-or-b2', ['health-insurance-card', 'student-id'], {});
    expect(r.enough).toBe(true);
    const counted = r.counted.find((d) => d.id === 'health-insurance-card');
    expect(counted?.validity?.status).toBe('partly');
    expect(counted?.validity?.valid.map((k) => k.id)).toEqual(['care-insurance-card']);
    expect(counted?.validity?.expired.map((k) => k.id)).toEqual(['health-insurance-card']);
  });

  it('in every city, no document whose every kind has expired ever counts, for any rule, with any other documents', () => {
    for (const city of all) {
      for (const doc of city.documents) {
        if (documentValidity(doc).status !== 'expired') continue;
        for (const rule of city.idRules) {
          const others = city.documents.filter((d) => d.id !== doc.id).map((d) => d.id);
          const check = checkIds(city, rule.id, [doc.id, ...others], { 'resident-pin': 'usable' });
          expect(check.counted.map((d) => d.id), `${city.id} ${rule.id}`).not.toContain(doc.id);
          expect(check.ignored.find((d) => d.id === doc.id)?.reason).toBe('no-longer-valid');
        }
      }
    }
  });

  it('every city document whose Japanese name names a national kind declares it (a new city cannot forget)', () => {
    for (const city of all)
      for (const doc of city.documents) {
        const named = national.documentKinds.filter((k) => doc.ja.includes(k.match)).map((k) => k.id);
        expect([...(doc.kinds ?? [])].sort(), `${city.id} ${doc.id} 「${doc.ja}」`).toEqual(named.sort());
      }
  });

  it('a document naming an unknown kind is a data error, not a silent pass', () => {
    expect(() => documentValidity({ ...satte.documents[0]!, kinds: ['no-such-kind'] })).toThrow(/unknown national document kind/);
  });
});
