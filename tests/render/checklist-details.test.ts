import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripRuby } from '../../src/i18n/ruby';
import { LANGS, renderPage, textOf } from './render';

// Particular pages, as the app renders them: the voluntary proxy's two visits, conditions in words and what an
// answer settles, a page that refers to another procedure, the page's errors and dates, the start page.

// The texts as shown: furigana markup ({漢字|かんじ}) becomes the kanji (textOf leaves the readings out).
const start = (lang: string) => JSON.parse(stripRuby(readFileSync(join(__dirname, `../../locales/${lang}/start.json`), 'utf8')));
const texts = (els: Iterable<Element>) => [...els].map((e) => textOf(e));

describe('a voluntary proxy’s two visits', () => {
  it('Ryugasaki: visit 1, the registered letter that is not forwarded, visit 2 at the same counter', async () => {
    const { document: doc } = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=en');
    const steps = [...doc.querySelectorAll('ol.cl-timeline > li')];
    expect(steps.map((s) => s.getAttribute('data-step'))).toEqual(['visit-1', 'mail', 'visit-2']);
    expect(textOf(steps[0]!.querySelector('h3'))).toBe('Visit 1');
    expect(texts(steps[0]!.querySelectorAll('.cl-item__label > [lang="ja"]'))).toEqual([
      '暗証番号を再設定するご本人分のマイナンバーカード',
      '委任代理人の本人確認書類(Aから1点)',
      '委任状',
    ]);
    const mail = textOf(steps[1]);
    expect(mail).toContain('the city mails a form to the cardholder');
    expect(mail).toContain('registered mail');
    expect(mail).toContain('It is not forwarded');
    expect(textOf(steps[1]!.querySelector('q[lang="ja"]'))).toBe('市からご本人住所あてに照会書を送付(簡易書留・転送不要)');
    expect(textOf(steps[2])).toContain('Go back to the same counter where you first applied.');
    expect(textOf(steps[2])).toContain('What else to bring on this visit is explained at the counter on the first visit.');
    expect(texts(steps[2]!.querySelectorAll('.cl-item__label > [lang="ja"]'))).toEqual(['照会書']);
    expect(doc.querySelector('.cl-notes--warning [data-note="proxy-no-same-day"]')).not.toBeNull();
  });

  it('in Japanese, the mailed form is said in the city’s words alone (簡易書留・転送不要 once)', async () => {
    const { document: doc } = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=ja');
    const mail = doc.querySelector('[data-step="mail"]');
    expect(textOf(mail?.querySelector('q[lang="ja"]'))).toBe('市からご本人住所あてに照会書を送付(簡易書留・転送不要)');
    expect(mail?.querySelectorAll('.cl-step__fact')).toHaveLength(0);
    expect(textOf(mail)).not.toContain('書類が郵送されます。本人が記入します');
    // Who fills it in is said once, in the summary.
    expect(textOf(doc.querySelector('.cl-summary__mail'))).toContain('本人が記入します');
  });

  it('Satte: the mailed form without claims the page does not make; visit 2 refers to visit 1’s boxes', async () => {
    const { document: doc } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=ja');
    const steps = [...doc.querySelectorAll('ol.cl-timeline > li')];
    expect(steps).toHaveLength(3);
    // In Japanese, the city's own words say it.
    expect(textOf(steps[1])).toContain('市役所から本人の住所地宛に照会書兼回答書を郵送する');
    expect(textOf(steps[1])).not.toContain('簡易書留');
    expect(textOf(steps[1])).not.toContain('転送不要');
    expect(textOf(steps[2])).not.toContain('初めに申請した窓口');
    expect(texts(steps[2]!.querySelectorAll('.cl-item__label > [lang="ja"]'))).toEqual([
      '本人のマイナンバーカード',
      '本人のマイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)',
      '代理人の本人確認書類2点(官公署発行で顔写真付きのもの1点を含む)',
      '照会書兼回答書(本人が記入し、封入封かんして(封筒の封をした状態で)お持ちください)',
    ]);
    expect(steps[2]!.querySelectorAll('.cl-picker')).toHaveLength(0);
    expect(steps[2]!.querySelectorAll('.cl-idstatus')).toHaveLength(2);
    expect(doc.querySelectorAll('.cl-picker')).toHaveLength(2);
    // Each visit's items are ticked on their own.
    const second = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=proxy&done=v2-person-card&lang=ja');
    const [one, , two] = [...second.document.querySelectorAll('ol.cl-timeline > li')];
    expect(one!.querySelector<HTMLInputElement>('li.cl-item[data-item="person-card"] .cl-item__row input')!.hasAttribute('checked')).toBe(false);
    expect(two!.querySelector<HTMLInputElement>('li.cl-item[data-item="person-card"] .cl-item__row input')!.hasAttribute('checked')).toBe(true);
  });
});

describe('conditions', () => {
  it('read in words until answered; answered ones settle, with why an item is not needed', async () => {
    const base = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=legal-rep&lang=en';
    const open = (await renderPage(base)).document.querySelector('li.cl-item[data-item="proof-child"]')!;
    expect(textOf(open.querySelector('.cl-cond__text'))).toBe("only if the person is a child under 15 and the person's registered domicile (本籍) is outside Ryugasaki");
    const ask = [...open.querySelectorAll('a')].find((a) => textOf(a) === 'Whom are you acting for?');
    expect(ask?.getAttribute('href')).toMatch(/ask=dependent/);
    const { document: ward } = await renderPage(`${base}&dependent=adult-ward`);
    expect(ward.querySelector('li.cl-item[data-item="proof-ward"]')?.getAttribute('data-state')).toBe('required');
    expect(ward.querySelectorAll('li.cl-item[data-item="proof-child"]')).toHaveLength(0);
    const notNeeded = ward.querySelector('.cl-notneeded')!;
    expect(textOf(notNeeded.querySelector('summary'))).toBe('Not needed in your case (2)');
    expect(textOf(notNeeded.querySelector('[data-item="proof-child"]'))).toContain('戸籍謄本');
    expect(textOf(notNeeded.querySelector('[data-item="proof-child"] .cl-notneeded__why'))).toContain(
      'Not needed in your case: it is needed only if the person is a child under 15',
    );
  });

  it('Satte PIN change says the page refers to PIN reset, and shows that list', async () => {
    const { document: doc } = await renderPage('/checklist?city=satte&procedure=pin-change&applicant=self&lang=ja');
    expect(textOf(doc.querySelector('.cl-status'))).toContain('市のページには「暗証番号の再設定と同様」とあります。');
    expect(textOf(doc.querySelector('.cl-status q[lang="ja"]'))).toBe('暗証番号を忘れた・ロックされた場合(再設定)の手続きと同様です。');
    expect(textOf(doc.querySelector('li.cl-item[data-item="person-id"] .cl-item__label > [lang="ja"]'))).toBe(
      'マイナンバーカード以外の本人確認書類1点(運転免許証、健康保険証および資格確認書など)',
    );
  });

  it('Satte: the page’s typo is shown with how it is read; the sources carry their dates as <time>', async () => {
    const { document: doc } = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=self&lang=en');
    const source = doc.querySelector('.cl-source')!;
    expect(source.querySelector('a[lang="ja"]')?.getAttribute('href')).toBe('https://www.city.satte.lg.jp/kurashi_tetsuduki/todokede_shomei/5/13778.html');
    expect(source.querySelector('a[lang="ja"]')?.hasAttribute('target')).toBe(false);
    expect(source.querySelector('time[datetime="2026-11-24"]')).not.toBeNull();
    expect(source.querySelector('time[datetime="2024-12-23"]')).not.toBeNull();
    expect(textOf(source.querySelector('[data-erratum="year-end-typo"]'))).toContain('29 December');
    expect(textOf(source.querySelector('[data-erratum="year-end-typo"] q'))).toBe('12月9日~1月3日');
    for (const t of doc.querySelectorAll('main time')) expect(t.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const hours = [...doc.querySelectorAll('main a')].find((a) => textOf(a) === 'Opening hours, and which counter is open now');
    expect(hours?.getAttribute('href')).toBe('/counters?city=satte&procedure=pin-reset&lang=en');
  });
});

describe.each(LANGS)('the start page in %s', (lang) => {
  it('heading, what it covers, privacy, Start and quick links', async () => {
    const page = await renderPage(`/?lang=${lang}`);
    const doc = page.document;
    expect(textOf(doc.querySelector('main h1'))).toBe(start(lang).title);
    for (const key of ['intro', 'privacy']) expect(page.text).toContain(start(lang)[key]);
    for (const p of ['renewal', 'pin-reset', 'pin-change']) expect(page.text).toContain(start(lang).procedures[p]);
    const link = (label: string) => [...doc.querySelectorAll('main a')].find((a) => textOf(a) === label)?.getAttribute('href');
    // The running app adds the URL's language to these links (tests/e2e/flow.spec.ts clicks Start).
    expect(link(start(lang).start)).toBe('/checklist?ask=city');
    expect(link(start(lang).counters)).toBe('/counters');
    expect(link(start(lang).renewal)).toBe('/renewal');
    // Saved people need the app: the section is in the HTML but hidden until it runs.
    expect(doc.querySelectorAll('section.saved')).toHaveLength(1);
  });
});
