import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromValues, keyTree, valuesIn } from '../../../src/i18n/locale-values';

// A language's namespaces are bundled as their texts in the order of one key tree per namespace, shared by every
// language (src/i18n/vite-plugin.ts localeValues); the app puts them back together. Nothing may be lost or moved.

const ROOT = new URL('../../../locales/', import.meta.url);
const langs = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const namespaces = readdirSync(new URL('ja/', ROOT), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json') && f !== 'glossary.json')
  .map((f) => f.slice(0, -'.json'.length));
const read = (lang: string, ns: string): unknown => JSON.parse(readFileSync(new URL(`${lang}/${ns}.json`, ROOT), 'utf8'));

describe('locale values', () => {
  it.each(namespaces)('every language of %s comes back as written', (ns) => {
    const tree = keyTree(langs.map((lang) => read(lang, ns)));
    for (const lang of langs) expect(fromValues(tree, valuesIn(tree, read(lang, ns))), `${lang}/${ns}`).toEqual(read(lang, ns));
  });

  it('keeps lists whole, and leaves out a key a language has no text for, so i18next reports it missing', () => {
    const a = { title: 'A', help: { body: ['one', 'two'], more: 'x' } };
    const b = { help: { body: ['un'] }, extra: 'y' };
    const tree = keyTree([a, b]);
    expect(tree).toEqual({ title: 0, help: { body: 0, more: 0 }, extra: 0 });
    expect(valuesIn(tree, b)).toEqual([null, ['un'], null, 'y']);
    expect(fromValues(tree, valuesIn(tree, b))).toEqual(b);
    expect(fromValues(tree, valuesIn(tree, a))).toEqual(a);
  });
});
