import { describe, expect, it } from 'vitest';
import { LANGS, everyPageIn } from './render';

// Residents never see Madoguchi's own working notes: no "domain notes §4", no seed numbers, no lists of other
// cities whose pages a fact was checked on. Sources are named for residents (the city's page, J-LIS, the Digital
// Agency). Every page type in every language (discovered from disk) is checked.

/** Municipalities whose pages the research notes cite; none of them is a city Madoguchi covers. */
const OTHER_CITIES = [
  'Higashimurayama', 'Adachi', 'Tsurugashima', 'Osakasayama', 'Yonago', 'Sanyo-Onoda', 'Miyake', 'Suita', 'Nerima',
  'Matsuyama', 'Togane', 'Koshigaya', 'Ebetsu', 'Tama', 'Iwaki', 'Amagasaki', 'Iwakuni', 'Natori', 'Yokohama', 'Koka',
  'Dazaifu', 'Kasugai', 'Yoshikawa', 'Higashiomi', 'Sakuragawa', 'Matsudo', 'Katsuragi', 'Nichinan', 'Unzen', 'Tsushima',
  '東村山', '足立区', '鶴ヶ島', '大阪狭山', '米子', '山陽小野田', '三宅', '吹田', '練馬', '松山', '東金', '越谷', '江別',
  '多摩市', 'いわき', '尼崎', '岩国', '名取', '横浜', '甲賀', '太宰府', '春日井', '吉川市', '東近江', '桜川', '松戸', '葛城',
  '日南', '雲仙', '対馬',
];

/** What gives away an internal note: a section sign, the notes' name, a seed file, another city as a source. */
const INTERNAL = new RegExp(
  [/§/, /[Dd]omain ?[Nn]otes?/, /\bdomain\.md\b/, /調査メモ/, /\b[Ss]eeds?\b/, new RegExp(`\\b(?:${OTHER_CITIES.filter((c) => /^[A-Z]/.test(c)).join('|')})\\b`), new RegExp(OTHER_CITIES.filter((c) => !/^[A-Z]/.test(c)).join('|'))]
    .map((r) => r.source)
    .join('|'),
  'g',
);

/** The internal references in a page's text, each with a little context. */
export function internalReferences(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(INTERNAL)) found.push(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30));
  return found;
}

it('the check finds an internal reference (it can fail)', () => {
  expect(internalReferences('Rules: J-LIS (domain notes §4), and the FAQs of Adachi and Tsurugashima.')).toHaveLength(4);
  expect(internalReferences('出典:練馬区(窓口の調査メモ§1)')).toHaveLength(3);
  expect(internalReferences("Satte's page, J-LIS and the Digital Agency; a tamago; Natural; Adachi-ku")).toHaveLength(1);
});

describe.each(LANGS)('no internal references on any page in %s', (lang) => {
  it('names sources for residents only', async () => {
    const problems: string[] = [];
    for await (const { url, text } of everyPageIn(lang)) {
      for (const found of internalReferences(text)) problems.push(`${url}: …${found}…`);
    }
    expect(problems).toEqual([]);
  });
});
