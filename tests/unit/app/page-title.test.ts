import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, loadLanguage } from '../../../src/i18n/core';
import { stripRuby } from '../../../src/i18n/ruby';
import { ROUTES } from '../../../src/app/routes';

import { pageTitle } from '../../../src/app/page-title';

const common = (lang: string) =>
  JSON.parse(stripRuby(readFileSync(join(__dirname, '../../../locales', lang, 'common.json'), 'utf8'))) as {
    app: { name: string };
    routes: Record<string, { title: string }>;
  };

describe('pageTitle', () => {
  // Each language's titles live in its common.json, which loads with the rest of the language.
  beforeAll(() => Promise.all(LANGUAGES.map((lang) => loadLanguage(lang))));

  it('names the page and the app, as the prerenderer writes it, for every route and language', () => {
    for (const lang of LANGUAGES) {
      const { app, routes } = common(lang);
      for (const [name, path] of Object.entries(ROUTES)) {
        expect(pageTitle(path, lang)).toBe(`${routes[name]!.title} | ${app.name}`);
        expect(pageTitle(`${path}/`, lang)).toBe(`${routes[name]!.title} | ${app.name}`);
      }
      expect(pageTitle('/no-such-page', lang)).toBe(`${routes.notFound!.title} | ${app.name}`);
    }
  });

  it('keeps the titles the prerendered pages and the browser tests know', () => {
    expect(pageTitle('/checklist', 'en')).toBe('Checklist of documents | 窓口 Madoguchi');
    expect(pageTitle('/checklist', 'ja')).toBe('持ち物チェックリスト | 窓口 Madoguchi');
  });

  it('puts the screen shown within the page first', () => {
    expect(pageTitle('/checklist', 'en', 'Which city does the cardholder live in?')).toBe(
      'Which city does the cardholder live in? | Checklist of documents | 窓口 Madoguchi',
    );
    expect(pageTitle('/checklist', 'ja', 'カードの持ち主はどの市にお住まいですか?')).toBe(
      'カードの持ち主はどの市にお住まいですか? | 持ち物チェックリスト | 窓口 Madoguchi',
    );
  });

  it('ignores an empty screen name', () => {
    expect(pageTitle('/checklist', 'en', '')).toBe(pageTitle('/checklist', 'en'));
    expect(pageTitle('/checklist', 'en', undefined)).toBe(pageTitle('/checklist', 'en'));
  });
});
