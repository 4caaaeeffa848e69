import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import type { Answers, ApplicantId, ProcedureId } from '../../../src/cities/schema';
import { buildChecklist } from '../../../src/engine';
import { seedText, squash } from './helpers';

// Satte (seed 001), every procedure × applicant, with the expected items written in the page's own words.
const city = await cities.load('satte');
const page = squash(seedText('001'));
const list = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) => buildChecklist(city, p, a, answers);
const items = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) =>
  list(p, a, answers).visits.map((v) => v.items.map((i) => i.ja));
const states = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) =>
  Object.fromEntries(list(p, a, answers).visits.flatMap((v) => v.items.map((i) => [i.id, i.state])));
const onPage = (...texts: string[]) => texts.forEach((t) => expect(page, t).toContain(squash(t)));

const PERSON_ID = '本人のマイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)';
const AGENT_ID = '代理人の本人確認書類2点(官公署発行で顔写真付きのもの1点を含む)';

describe('Satte e-certificate renewal', () => {
  it('is silent for every applicant: the page names renewal only among the procedures stopped on maintenance Sundays', () => {
    for (const a of ['self', 'legal-rep', 'proxy'] as const) {
      expect(list('renewal', a).status).toBe('silent');
      expect(list('renewal', a).notes.filter((n) => n.scope === 'city').map((n) => n.id)).toEqual(['renewal-silent', 'maintenance-sunday']);
      // The page does not place renewal at a counter: the one shown is the counter it gives for PIN reset and change (finding 9).
      expect(list('renewal', a).countersGivenFor).toEqual(['pin-reset', 'pin-change']);
    }
  });
});

describe('Satte PIN reset', () => {
  it('self: the card and one ID other than the card', () => {
    const expected = ['マイナンバーカード', 'マイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)'];
    onPage(...expected);
    expect(items('pin-reset', 'self')).toEqual([expected]);
    expect(list('pin-reset', 'self').visits[0]!.items[1]).toMatchObject({ idRule: 'person-one-non-card', whose: 'person' });
    expect(list('pin-reset', 'self').counters).toEqual(['shimin-ka']);
  });

  it('legal representative: card, IDs of both, and the proof of authority (issued within 3 months)', () => {
    const expected = ['本人のマイナンバーカード', PERSON_ID, AGENT_ID, '戸籍謄本など親権者がわかる書類', '登記事項証明書など成年後見人がわかる書類'];
    onPage(...expected, 'いずれも原則3か月以内に発行されたもの');
    expect(items('pin-reset', 'legal-rep')).toEqual([expected]);
    const byId = Object.fromEntries(list('pin-reset', 'legal-rep').visits[0]!.items.map((i) => [i.id, i]));
    expect(byId['agent-id']).toMatchObject({ idRule: 'two-with-official-photo', whose: 'agent' });
    expect(byId['proof-child']?.issuedWithin).toEqual({ months: 3, inPrinciple: true });
    expect(byId['proof-ward']?.issuedWithin).toEqual({ months: 3, inPrinciple: true });
  });

  it('legal representative: with no answers both proofs are conditional', () => {
    expect(states('pin-reset', 'legal-rep')).toMatchObject({ 'proof-child': 'conditional', 'proof-ward': 'conditional' });
    expect(list('pin-reset', 'legal-rep').questions).toEqual(['dependent', 'koseki', 'household']);
    expect(list('pin-reset', 'legal-rep').notes.map((n) => n.id)).toContain('proof-waiver');
  });

  it('legal representative: a parent is waived by the same household OR the same 戸籍 with 本籍 in Satte', () => {
    onPage('本人と親権者が、住民票上、同一世帯内にいる', '本人と親権者が、幸手市内に本籍を置く同一戸籍内にいる');
    const child = (more: Answers) => states('pin-reset', 'legal-rep', { dependent: 'child', ...more })['proof-child'];
    expect(child({ household: 'same' })).toBe('not-needed');
    expect(child({ koseki: 'same-in-city' })).toBe('not-needed');
    expect(child({ household: 'same', koseki: 'other' })).toBe('not-needed');
    expect(child({ household: 'different' })).toBe('conditional');
    expect(list('pin-reset', 'legal-rep', { dependent: 'child', household: 'different' }).questions).toEqual(['koseki']);
    expect(child({ household: 'different', koseki: 'other' })).toBe('required');
  });

  it('legal representative: the proof of parental authority carries the national note on children without a 戸籍', () => {
    const proof = list('pin-reset', 'legal-rep').visits[0]!.items.find((i) => i.id === 'proof-child');
    expect(proof?.nationalNotes).toEqual(['no-koseki']);
  });

  it('legal representative: an adult ward always needs the 登記事項証明書 (the waiver is for a parent)', () => {
    const answers: Answers = { dependent: 'adult-ward', household: 'same', koseki: 'same-in-city' };
    expect(states('pin-reset', 'legal-rep', answers)).toMatchObject({ 'proof-ward': 'required', 'proof-child': 'not-needed' });
    expect(list('pin-reset', 'legal-rep', { dependent: 'adult-ward' }).questions).toEqual([]);
  });

  it('proxy: two visits, the 照会書兼回答書 mailed between them; the page does not say registered mail', () => {
    const first = ['本人のマイナンバーカード', PERSON_ID, AGENT_ID];
    const second = [...first, '照会書兼回答書(本人が記入し、封入封かんして(封筒の封をした状態で)お持ちください)'];
    onPage(...second);
    const proxy = list('pin-reset', 'proxy');
    expect(items('pin-reset', 'proxy')).toEqual([first, second]);
    expect(proxy.mailedInquiry).toMatchObject({ registeredMail: false, noForwarding: false, sealed: true });
    expect(page).not.toContain('簡易書留');
    expect(page).not.toContain('転送不要');
    expect(proxy.mailedInquiry?.source.quote).toBe('代理人の1回目の来庁時、申請に基づき、市役所から本人の住所地宛に照会書兼回答書を郵送する');
    expect(proxy.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['proxy-takes-days', 'inquiry-sealed']));
  });

  it('notes: the store reset (with the app), the holiday opening calendar, the maintenance-Sunday stop', () => {
    expect(list('pin-reset', 'self').notes.map((n) => n.id)).toEqual([
      'no-reservation',
      'store-reset',
      'store-signature',
      'store-auth-some-stores',
      'store-needs-app',
      'examples-only',
      'holiday-opening-calendar',
      'maintenance-sunday',
      'holiday-opening-suspended',
      'face-auth-card',
      'smartphone-certificate',
    ]);
  });
});

describe('Satte PIN change', () => {
  it('at the counter is the same as a PIN reset, for every applicant', () => {
    onPage('暗証番号を忘れた・ロックされた場合(再設定)の手続きと同様です。');
    for (const a of ['self', 'legal-rep', 'proxy'] as const) {
      const change = list('pin-change', a);
      expect(change.status).toBe('same-as');
      expect(change.sameAs).toEqual({
        procedure: 'pin-reset',
        source: { ref: 'seed:001', quote: '暗証番号を忘れた・ロックされた場合(再設定)の手続きと同様です。' },
      });
      expect(change.visits).toEqual(list('pin-reset', a).visits);
      expect(change.mailedInquiry).toEqual(list('pin-reset', a).mailedInquiry);
      expect(change.counters).toEqual(['shimin-ka']);
      expect(change.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['change-needs-known-pin', 'change-online']));
      expect(change.notes.map((n) => n.id)).not.toContain('store-reset');
    }
  });

  it('keeps the proxy’s notes of the referred procedure', () => {
    expect(list('pin-change', 'proxy').notes.map((n) => n.id)).toEqual(expect.arrayContaining(['proxy-takes-days']));
  });
});
