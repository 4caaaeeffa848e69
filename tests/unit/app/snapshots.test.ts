import { describe, expect, it } from 'vitest';
import { findRewrite } from '../../../host/match.mjs';
import { packSnapshots, unpackSnapshot } from '../../../src/shell/snapshot-pack';
import { listSnapshots, parseSnapshotPath, snapshotPath, snapshotRules, snapshotUrl, withShownLanguage } from '../../../src/shell/snapshots';

const v = { lang: 'en', route: '/checklist', answers: { city: 'ryugasaki', procedure: 'pin-reset', applicant: 'proxy' } };

describe('snapshots', () => {
  it('name a path that parses back, and the public URL they stand for', () => {
    expect(snapshotPath(v)).toBe('/variants/en/checklist/ryugasaki/pin-reset/proxy');
    expect(parseSnapshotPath(`${snapshotPath(v)}/`)).toEqual(v);
    expect(parseSnapshotPath(`${snapshotPath(v)}/index.html`)).toEqual(v);
    expect(snapshotUrl(v, 'ja')).toBe('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&lang=en');
    expect(snapshotUrl({ ...v, lang: 'ja' }, 'ja')).toBe('/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy');
    expect(parseSnapshotPath('/variants/vi')).toEqual({ lang: 'vi', route: '/' });
    expect(parseSnapshotPath('/variants/vi/counters/')).toEqual({ lang: 'vi', route: '/counters' });
    expect(snapshotUrl({ lang: 'vi', route: '/counters' }, 'ja')).toBe('/counters?lang=vi');
    expect(snapshotPath({ lang: 'vi', route: '/' })).toBe('/variants/vi');
  });

  it('reject other paths', () => {
    expect(parseSnapshotPath('/checklist')).toBeUndefined();
    expect(parseSnapshotPath('/variants/en/counters/ryugasaki/pin-reset/proxy')).toBeUndefined();
    expect(parseSnapshotPath('/variants/en/checklist/ryugasaki/pin-reset')).toBeUndefined();
    expect(parseSnapshotPath('/variants/en/checklist/Ryu%20gasaki/pin-reset/proxy')).toBeUndefined();
  });

  it('cover every route in every other language, and every language × city × procedure × applicant', () => {
    const all = listSnapshots({
      langs: ['en', 'ja'],
      defaultLang: 'ja',
      routes: ['/', '/checklist'],
      cities: ['a', 'b'],
      procedures: ['p', 'q', 'r'],
      applicants: ['x', 'y'],
    });
    expect(all).toHaveLength(2 + 24);
    expect(new Set(all.map(snapshotPath)).size).toBe(26);
  });

  it('answer each contract URL with its own snapshot, the language named or not', () => {
    const snapshots = listSnapshots({
      langs: ['en', 'ja', 'vi'],
      defaultLang: 'ja',
      routes: ['/', '/checklist', '/counters'],
      cities: ['ryugasaki'],
      procedures: ['pin-reset'],
      applicants: ['proxy'],
    });
    const rules = snapshotRules(snapshots, 'ja');
    const q = '?city=ryugasaki&procedure=pin-reset&applicant=proxy';
    expect(findRewrite(rules, '/checklist', `${q}&lang=en&done=a`)).toBe('/variants/en/checklist/ryugasaki/pin-reset/proxy/index.html');
    expect(findRewrite(rules, '/checklist', q)).toBe('/variants/ja/checklist/ryugasaki/pin-reset/proxy/index.html');
    expect(findRewrite(rules, '/checklist', `?lang=vi${q.replace('?', '&')}`)).toBe('/variants/vi/checklist/ryugasaki/pin-reset/proxy/index.html');
    expect(findRewrite(rules, '/checklist', '?lang=vi&city=satte')).toBe('/variants/vi/checklist/index.html');
    expect(findRewrite(rules, '/', '?lang=en')).toBe('/variants/en/index.html');
    expect(findRewrite(rules, '/counters', '?city=satte&lang=vi')).toBe('/variants/vi/counters/index.html');
    expect(findRewrite(rules, '/counters', '?city=satte')).toBeUndefined();
  });

  it('pack into pieces that unpack to each page byte for byte', () => {
    const page = (who: string, item: string) =>
      `<html><head><style>body{color:red}</style></head><body><a href="/checklist?city=a&amp;procedure=b&amp;applicant=${who}&amp;ask=x">x</a>` +
      `<ul><li>${item}</li><li>shared</li></ul><p>end</p></body></html>`;
    const files = [
      { file: '/variants/en/checklist/a/b/self/index.html', html: page('self', 'one'), query: 'city=a&amp;procedure=b&amp;applicant=self' },
      { file: '/variants/en/checklist/a/b/proxy/index.html', html: page('proxy', 'two'), query: 'city=a&amp;procedure=b&amp;applicant=proxy' },
    ];
    const pack = packSnapshots(files);
    for (const f of files) expect(unpackSnapshot(pack, f.file, 'body{color:red}')).toBe(f.html);
    expect(pack.pieces.filter((p) => p.includes('shared'))).toHaveLength(1);
    expect(JSON.stringify(pack)).not.toContain('color:red');
    expect(unpackSnapshot(pack, '/variants/en/other/index.html', '')).toBeUndefined();
  });
});

describe('withShownLanguage: the snapshot of a URL without lang= is in the language the app will show', () => {
  const rules = snapshotRules(
    listSnapshots({
      langs: ['easy', 'en', 'ja', 'vi'],
      defaultLang: 'ja',
      routes: ['/', '/checklist', '/counters'],
      cities: ['satte'],
      procedures: ['renewal'],
      applicants: ['self'],
    }),
    'ja',
  );
  const answer = (href: string, person: { stored?: string | null; browser?: readonly string[] }) => {
    const url = withShownLanguage(new URL(href, 'https://example.test'), rules, person);
    return findRewrite(rules, url.pathname, url.search);
  };

  it('follows the browser, then a remembered choice over it, as the app does', () => {
    const list = '/checklist?city=satte&procedure=renewal&applicant=self';
    expect(answer(list, { browser: ['vi-VN', 'en'] })).toBe('/variants/vi/checklist/satte/renewal/self/index.html');
    expect(answer(list, { stored: 'easy', browser: ['vi-VN'] })).toBe('/variants/easy/checklist/satte/renewal/self/index.html');
    expect(answer('/counters', { browser: ['en-GB'] })).toBe('/variants/en/counters/index.html');
    // A browser in none of the languages reads English, as in the app.
    expect(answer('/', { browser: ['fr-FR'] })).toBe('/variants/en/index.html');
  });

  it('leaves the default language and an explicit lang= as they are', () => {
    expect(answer('/checklist?city=satte&procedure=renewal&applicant=self', { browser: ['ja-JP'] })).toBe('/variants/ja/checklist/satte/renewal/self/index.html');
    // The default language's routes are the routes' own pages: no rewrite.
    expect(answer('/counters', { stored: 'ja', browser: ['en'] })).toBeUndefined();
    expect(answer('/counters?lang=ja', { stored: 'vi' })).toBeUndefined();
    expect(answer('/counters?lang=en', { stored: 'vi', browser: ['vi'] })).toBe('/variants/en/counters/index.html');
  });
});
