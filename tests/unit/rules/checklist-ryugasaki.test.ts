import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import type { Answers, ApplicantId, ProcedureId } from '../../../src/cities/schema';
import { buildChecklist } from '../../../src/engine';
import { seedText, squash } from './helpers';

// Ryugasaki (seed 000), every procedure × applicant, with the expected items written in the page's own words.
const city = await cities.load('ryugasaki');
const page = squash(seedText('000'));
const list = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) => buildChecklist(city, p, a, answers);
const items = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) =>
  list(p, a, answers).visits.map((v) => v.items.map((i) => i.ja));
const states = (p: ProcedureId, a: ApplicantId, answers: Answers = {}) =>
  Object.fromEntries(list(p, a, answers).visits.flatMap((v) => v.items.map((i) => [i.id, i.state])));
/** The expected wording must itself be on the page: the test cannot drift from the source either. */
const onPage = (...texts: string[]) => texts.forEach((t) => expect(page, t).toContain(squash(t)));

describe('Ryugasaki e-certificate renewal', () => {
  it('self: the card', () => {
    expect(list('renewal', 'self').status).toBe('described');
    expect(items('renewal', 'self')).toEqual([['マイナンバーカード']]);
    expect(list('renewal', 'self').notes.map((n) => n.id)).toContain('renewal-needs-pin');
    expect(list('renewal', 'self').counters).toEqual(['center', 'west', 'east', 'station']);
  });

  it('legal representative: the page is silent, with its nearby 代理人 list and the national facts (finding 12)', () => {
    const lr = list('renewal', 'legal-rep');
    expect(lr.status).toBe('silent');
    expect(lr.visits).toEqual([]);
    expect(lr.nearby?.applicant).toBe('proxy');
    expect(lr.nearby?.visits.flatMap((v) => v.items.map((i) => i.ja))).toEqual(items('renewal', 'proxy')[0]);
    expect(lr.notes.filter((n) => n.scope === 'national').map((n) => n.id)).toEqual([
      'renewal-resident-pin',
      'minor-card-expiry',
      'no-signature-certificate-minor-ward',
    ]);
  });

  it('legal representative: a card expiring with its certificates is a child’s only, so that note waits for "whom for?"', () => {
    const note = (answers: Record<string, string>) => list('renewal', 'legal-rep', answers).notes.find((n) => n.id === 'minor-card-expiry');
    expect(note({})).toMatchObject({ state: 'conditional', condition: { fact: 'dependent', is: 'child' } });
    expect(list('renewal', 'legal-rep', {}).questions).toContain('dependent');
    expect(note({ dependent: 'child' })).toMatchObject({ state: 'applies' });
    expect(note({ dependent: 'adult-ward' })).toBeUndefined();
  });

  it('every applicant is told the 4-digit resident-register PIN is entered at renewal (finding 8, domain §2)', () => {
    for (const a of ['self', 'legal-rep', 'proxy'] as const)
      expect(list('renewal', a).notes.find((n) => n.id === 'renewal-resident-pin')).toMatchObject({ scope: 'national', level: 'warning' });
  });

  it('proxy: card, the J-LIS 照会書兼回答書, one A document of the proxy, in one visit', () => {
    const expected = [
      '更新する本人のマイナンバー(個人番号)カード',
      '地方公共団体情報システム機構から送付された「署名用電子証明書・利用者証明書 照会書兼回答書」(有効期限内のもの)',
      '代理人の本人確認書類Aを1点',
    ];
    onPage(...expected);
    expect(items('renewal', 'proxy')).toEqual([expected]);
    const agent = list('renewal', 'proxy').visits[0]!.items[2]!;
    expect(agent).toMatchObject({ kind: 'id', idRule: 'a1', whose: 'agent', state: 'required' });
  });

  it('proxy: "an incomplete form is refused" always applies; without the form the page is silent, and we say so', () => {
    const note = (answers: Answers, id: string) => list('renewal', 'proxy', answers).notes.find((n) => n.id === id);
    for (const inquiry of [undefined, 'ready', 'not-ready'])
      expect(note(inquiry ? { inquiry } : {}, 'inquiry-incomplete-refused')?.state).toBe('applies');
    expect(list('renewal', 'proxy').questions).toEqual(['inquiry']);
    expect(note({}, 'inquiry-missing-silent')?.state).toBe('conditional');
    expect(note({ inquiry: 'not-ready' }, 'inquiry-missing-silent')?.state).toBe('applies');
    expect(note({ inquiry: 'ready' }, 'inquiry-missing-silent')).toBeUndefined();
    expect(list('renewal', 'proxy').notes.find((n) => n.id === 'inquiry-sealed')?.state).toBe('applies');
  });
});

describe('Ryugasaki PIN reset', () => {
  it('self: card, application form, ID (A×1 or B×2)', () => {
    const expected = ['再設定するマイナンバーカード', '暗証番号再設定の申請書', '本人確認書類(Aから1点またはBから2点必要)'];
    onPage(...expected);
    expect(items('pin-reset', 'self')).toEqual([expected]);
    expect(list('pin-reset', 'self').visits[0]!.items[2]).toMatchObject({ idRule: 'a1-or-b2', whose: 'person' });
    expect(list('pin-reset', 'self').questions).toEqual([]);
  });

  it('legal representative: card, the person’s non-card ID, the agent’s ID, and the proof of authority', () => {
    onPage(
      '暗証番号を設定するマイナンバーカード',
      '本人(再設定する方)のマイナンバーカード以外の本人確認書類(Aから1点またはBから2点必要)',
      '代理人の本人確認書類(Aから2点またはAから1点+Bから1点必要)',
      '代理権を証する書類',
      '戸籍謄本',
      '登記事項証明書など',
    );
    // The requirement is 代理権を証する書類; the document the page names for each case follows it (finding 5).
    expect(items('pin-reset', 'legal-rep')).toEqual([
      [
        '暗証番号を設定するマイナンバーカード',
        '本人(再設定する方)のマイナンバーカード以外の本人確認書類(Aから1点またはBから2点必要)',
        '代理人の本人確認書類(Aから2点またはAから1点+Bから1点必要)',
        '代理権を証する書類(戸籍謄本)',
        '代理権を証する書類',
        '代理権を証する書類(登記事項証明書など)',
      ],
    ]);
    const [, person, agent] = list('pin-reset', 'legal-rep').visits[0]!.items;
    expect(person).toMatchObject({ idRule: 'person-non-card-a1-or-b2', whose: 'person' });
    expect(agent).toMatchObject({ idRule: 'a2-or-a1-b1', whose: 'agent' });
  });

  it('legal representative: with no answers both proofs are conditional, with their conditions', () => {
    expect(states('pin-reset', 'legal-rep')).toMatchObject({ 'proof-child': 'conditional', 'proof-ward': 'conditional' });
    expect(list('pin-reset', 'legal-rep').questions).toEqual(['dependent', 'honseki']);
    const proof = list('pin-reset', 'legal-rep').visits[0]!.items.find((i) => i.id === 'proof-child');
    expect(proof?.condition).toEqual({ all: [{ fact: 'dependent', is: 'child' }, { fact: 'honseki', is: 'no' }] });
  });

  it('legal representative: 戸籍謄本 is waived when the child’s 本籍 is in Ryugasaki (※龍ケ崎市内に本籍がある場合は省略可)', () => {
    expect(states('pin-reset', 'legal-rep', { dependent: 'child', honseki: 'yes' })).toMatchObject({
      'proof-child': 'not-needed',
      'proof-ward': 'not-needed',
    });
    expect(states('pin-reset', 'legal-rep', { dependent: 'child', honseki: 'no' })['proof-child']).toBe('required');
    expect(list('pin-reset', 'legal-rep', { dependent: 'child' }).questions).toEqual(['honseki']);
  });

  it('legal representative: a child without Japanese nationality (no 本籍, no 戸籍) needs proof of authority, and the page is silent on which (finding 5)', () => {
    const answers: Answers = { dependent: 'child', honseki: 'none' };
    expect(states('pin-reset', 'legal-rep', answers)).toMatchObject({
      'proof-child': 'not-needed',
      'proof-child-no-koseki': 'required',
      'proof-ward': 'not-needed',
    });
    const item = list('pin-reset', 'legal-rep', answers).visits[0]!.items.find((i) => i.id === 'proof-child-no-koseki');
    expect(item?.nationalNotes).toEqual(['no-koseki']);
    expect(states('pin-reset', 'legal-rep', { dependent: 'child', honseki: 'no' })['proof-child-no-koseki']).toBe('not-needed');
  });

  it('legal representative: an adult ward always needs the 登記事項証明書, and 本籍 is not asked', () => {
    for (const honseki of [undefined, 'yes', 'no']) {
      const answers: Answers = honseki ? { dependent: 'adult-ward', honseki } : { dependent: 'adult-ward' };
      expect(states('pin-reset', 'legal-rep', answers)).toMatchObject({ 'proof-ward': 'required', 'proof-child': 'not-needed' });
    }
    expect(list('pin-reset', 'legal-rep', { dependent: 'adult-ward' }).questions).toEqual([]);
  });

  it('proxy: two visits with the 照会書 mailed by registered mail, not forwarded, back to the first counter', () => {
    const expected = ['暗証番号を再設定するご本人分のマイナンバーカード', '委任代理人の本人確認書類(Aから1点)', '委任状'];
    onPage(...expected, '照会書');
    const proxy = list('pin-reset', 'proxy');
    expect(items('pin-reset', 'proxy')).toEqual([expected, ['照会書']]);
    expect(proxy.visits[0]!.items[1]).toMatchObject({ idRule: 'a1', whose: 'agent' });
    // The page says the person fills the 照会書 in; it says nothing of sealing it (finding 12).
    expect(proxy.mailedInquiry).toMatchObject({ registeredMail: true, noForwarding: true, sealed: false });
    expect(proxy.mailedInquiry?.source.quote).toBe('市からご本人住所あてに照会書を送付(簡易書留・転送不要)');
    expect(proxy.visits[1]!.sameCounterAsFirst?.quote).toBe('初めに申請した窓口に照会書を持参する');
    expect(proxy.visits[1]!.itemsToldAtCounter?.quote).toBe('※照会回答書持参時に必要なものは、申請時にご案内します。');
    expect(proxy.visits[0]!.sameCounterAsFirst).toBeUndefined();
    expect(proxy.notes.map((n) => n.id)).toEqual(expect.arrayContaining(['proxy-no-same-day', 'inquiry-filled-by-person']));
  });

  it('notes the page gives for every PIN reset, then the national ones (the face-recognition card, the smartphone certificate)', () => {
    const notes = (a: ApplicantId) => list('pin-reset', a).notes.map((n) => `${n.scope}:${n.id}`);
    const shared = [
      'city:lock-counts',
      'city:store-signature-pin',
      'city:only-person-sets-pin',
      'city:pin-not-told-by-phone',
      'city:reset-takes-time',
      'city:crowded-after-holidays',
      'city:originals-only',
      'city:no-listed-document',
    ];
    const national = ['national:face-auth-card', 'national:smartphone-certificate'];
    expect(notes('self')).toEqual([...shared, 'city:card-as-id', 'city:prefilled-form', ...national]);
    // The form note only where the list has the form; the legal representative's section offers it for download only (finding 12).
    expect(notes('legal-rep')).toEqual([...shared, 'city:form-download-legal-rep', ...national]);
    expect(notes('proxy')).toEqual([...shared, 'city:proxy-no-same-day', 'city:inquiry-filled-by-person', ...national]);
  });
});

describe('Ryugasaki PIN change', () => {
  it('is silent for every applicant: the page never says what to bring', () => {
    for (const a of ['self', 'legal-rep', 'proxy'] as const) {
      expect(list('pin-change', a).status).toBe('silent');
      expect(list('pin-change', a).visits).toEqual([]);
      expect(list('pin-change', a).notes.map((n) => n.id)).toContain('pin-change-silent');
      // Where to go is not given for a change: the counters shown are those the page gives for reset and renewal (finding 9).
      expect(list('pin-change', a).countersGivenFor).toEqual(['pin-reset', 'renewal']);
    }
  });
});

describe('the checklist names its source page', () => {
  it('with the date it was checked', () => {
    expect(list('pin-reset', 'self').source).toMatchObject({ seed: '000', verified: '2026-11-24' });
  });
});
