import { describe, expect, it } from 'vitest';
import { cities } from '../../../src/cities/registry';
import { documentsFor } from '../../../src/engine';
import { seedText } from './helpers';

// The identity-document lists, as the pages print them. Ryugasaki prints both lists in full; Satte gives examples.
const ryugasaki = await cities.load('ryugasaki');
const satte = await cities.load('satte');
const names = (list: string) => ryugasaki.documents.filter((d) => d.list === list).map((d) => d.ja);

const A = [
  'マイナンバーカード(個人番号カード)',
  '住民基本台帳カード',
  '旅券',
  '運転免許証',
  '運転経歴証明書(平成24年4月1日以後に交付されたものに限る)',
  '身体障害者手帳',
  '療育手帳',
  '精神障害者保健福祉手帳',
  '在留カード(16歳以上で顔写真のあるもの)',
  '特別永住者証明書',
  '一時庇護許可書',
  '仮滞在許可書',
];
const B = [
  'Aの書類が更新中の場合に交付される仮証明書や引換証類',
  '地方公共団体が交付する敬老手帳',
  '生活保護受給者証',
  '健康保険又は介護保険の被保険者証',
  '医療受給者証',
  '各種年金証書',
  '児童扶養手当証書',
  '特別児童扶養手当証書等',
  '住民名義の預金通帳',
  '民間企業の社員証',
  '学生証',
  '在留カード(16歳未満で顔写真のないもの)',
  '海技免状',
  '電気工事士免状',
  '無線従事者免許証',
  '動力車操縦者運転免許証',
  '運航管理者技能検定合格証明書',
  '猟銃・空気銃所持許可証',
  '特種電気工事資格者認定証',
  '認定電気工事従事者認定証',
  '耐空検査員の証',
  '航空従事者技能証明書',
  '宅地建物取引士証',
  '船員手帳',
  '戦傷病者手帳',
  '教習資格認定証',
  '官公署がその職員に対して発行した身分証明書',
];

/** The bullet lines under a heading line of the page, up to the next non-bullet line. */
function bullets(after: string): string[] {
  const lines = seedText('000').split('\n');
  const start = lines.findIndex((l) => l.startsWith(after));
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    if (!l.startsWith('- ')) break;
    out.push(l.slice(2));
  }
  return out;
}

describe('Ryugasaki identity-document lists', () => {
  it('A has exactly the 12 documents of the page, in its order', () => {
    expect(names('A')).toEqual(A);
    expect(A).toHaveLength(12);
    // The card's line carries its condition after ※; the name is what precedes it.
    expect(bullets('Aの書類は').map((l) => l.split('※')[0])).toEqual(A);
  });

  it('B has exactly the 27 documents of the page, in its order', () => {
    expect(names('B')).toEqual(B);
    expect(B).toHaveLength(27);
    expect(bullets('Bの書類は')).toEqual(B);
  });

  it('the card counts as A only when its 4-digit resident PIN can be entered', () => {
    const card = ryugasaki.documents.find((d) => d.id === 'mynumber-card');
    expect(card).toMatchObject({ list: 'A', isCard: true, countsOnlyIf: { fact: 'resident-pin', is: 'usable' } });
  });

  it('both lists are complete ("…に限ります")', () => {
    expect(ryugasaki.lists.map((l) => [l.id, l.complete])).toEqual([
      ['A', true],
      ['B', true],
    ]);
  });

  it('the picker offers exactly the documents a rule can count', () => {
    expect(documentsFor(ryugasaki, 'a1').map((d) => d.ja)).toEqual(A);
    expect(documentsFor(ryugasaki, 'a1-or-b2')).toHaveLength(39);
    expect(documentsFor(ryugasaki, 'person-non-card-a1-or-b2').map((d) => d.id)).not.toContain('mynumber-card');
    expect(documentsFor(ryugasaki, 'person-non-card-a1-or-b2')).toHaveLength(38);
  });
});

describe('Satte identity documents', () => {
  it('are examples only, and the person’s rule excludes the card', () => {
    expect(satte.lists.every((l) => !l.complete)).toBe(true);
    expect(documentsFor(satte, 'person-one-non-card').map((d) => d.ja)).toEqual([
      '運転免許証',
      '官公署発行で顔写真付きのもの',
      '健康保険証',
      '資格確認書',
    ]);
    expect(documentsFor(satte, 'two-with-official-photo').map((d) => d.id)).toContain('mynumber-card');
  });
});
