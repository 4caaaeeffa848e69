import { readFileSync, readdirSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LOCALE_SHAPES_ID, keyTree, valuesIn } from './locale-values';

// Every language's menu name and <html lang> tag are needed before its texts load (the language menu names each
// language in itself), but its common.json is a lazy chunk like its other namespaces. An import of
// `/locales/<lang>/common.json?language` gives just that file's `language` section, so the first-load bundle carries a
// few bytes per language rather than every language's shell text.

/** The query that asks for a common.json's `language` section only. */
export const LANGUAGE_QUERY = 'language';

/** Serves `…/common.json?language` as a module of that file's `language` section ({ name, tag, … }). */
export function languageSections(): Plugin {
  return {
    name: 'madoguchi-language-sections',
    enforce: 'pre',
    transform(code, id) {
      const [file, query] = id.split('?');
      if (query !== LANGUAGE_QUERY || !file?.endsWith('/common.json')) return null;
      const section = (JSON.parse(code) as { language?: Record<string, unknown> }).language ?? {};
      // Only what the shell needs before a language loads: not its menu label or other texts.
      const { name, tag } = section;
      return { code: `export default ${JSON.stringify({ name, tag })};`, map: null };
    },
  };
}

type Json = unknown;

/** Every reading of locales/ja/glossary.json in one map: its offices, documents, terms and other `readings`. */
export function glossaryReadings(jaGlossary: Record<string, Json>): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const section of ['offices', 'documents', 'terms', 'readings']) {
    const entries = jaGlossary[section];
    if (entries && typeof entries === 'object') Object.assign(merged, entries);
  }
  return merged;
}

/** A translation's `name (日本語)`: the glossary term in brackets marked with its reading, `({日本語|にほんご})`. */
export function markBracketedTerms(text: string, readings: Readonly<Record<string, string>>): string {
  return text.replace(/\(([^()]+)\)/g, (whole, inside: string) => {
    const reading = readings[inside];
    return reading && /[\u3400-\u9fff]/.test(inside) ? `({${inside}|${reading}})` : whole;
  });
}

function mapStrings(value: Json, f: (text: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v: Json) => mapStrings(v, f));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/**
 * Readings of Japanese names, from the one place they are written (locales/ja/glossary.json), added when the
 * language files are bundled: every language's `glossary` namespace gets `readings` (all terms → kana, for
 * <JaName>), and in a language that is not Japanese each glossary term a translation shows in brackets carries its
 * reading as ruby markup. Done here rather than at run time, so the first-load bundle does not carry them and the
 * translators write each reading nowhere but the glossary.
 */
export function japaneseReadings(): Plugin {
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Json>;
  return {
    name: 'madoguchi-japanese-readings',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('?')) return null;
      const m = /^(.*\/locales)\/([^/]+)\/(.+)\.json$/.exec(id);
      if (!m) return null;
      const [, root, lang, ns] = m as unknown as [string, string, string, string];
      const glossaryFile = `${root}/ja/glossary.json`;
      this.addWatchFile(glossaryFile);
      const readings = glossaryReadings(read(glossaryFile));
      // The glossary's names and explanations are for translators and the glossary test; the app reads only readings.
      if (ns === 'glossary') return { code: JSON.stringify({ readings }), map: null };
      const data = JSON.parse(code) as Record<string, Json>;
      const language = (read(`${root}/${lang}/common.json`).language ?? {}) as { tag?: string };
      // Japanese and easy Japanese write their own furigana where they want it.
      if ((language.tag || lang).split('-')[0] === 'ja') return null;
      return { code: JSON.stringify(mapStrings(data, (text) => markBracketedTerms(text, readings))), map: null };
    },
  };
}

/**
 * Every language's namespaces have the same keys (the completeness test), about a quarter of each file. Bundled as
 * they are, every language's chunk would carry them again; instead a namespace file becomes the list of its texts in
 * the order of one key tree per namespace (the union of every language's keys), and the trees are one module that
 * every language shares. src/i18n/core.ts puts each namespace back together (`fromValues`) before i18next gets it.
 */
export function localeValues(): Plugin {
  let root = '';
  // Each namespace's files, every language's (read anew each time: a translator may add a file while `vite` runs).
  const namespaceFiles = () => {
    const byNs = new Map<string, string[]>();
    for (const lang of readdirSync(`${root}/locales`, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(`${root}/locales/${lang.name}`, { recursive: true, encoding: 'utf8' })) {
        const ns = file.endsWith('.json') ? file.slice(0, -'.json'.length) : undefined;
        if (ns && ns !== 'glossary') byNs.set(ns, [...(byNs.get(ns) ?? []), `${root}/locales/${lang.name}/${file}`].sort());
      }
    }
    return byNs;
  };
  const treeOf = (files: readonly string[]) => keyTree(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Json));
  return {
    name: 'madoguchi-locale-values',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === LOCALE_SHAPES_ID ? `\0${LOCALE_SHAPES_ID}` : null;
    },
    load(id) {
      if (id !== `\0${LOCALE_SHAPES_ID}`) return null;
      const byNs = namespaceFiles();
      for (const files of byNs.values()) files.forEach((f) => this.addWatchFile(f));
      const trees = Object.fromEntries([...byNs].sort(([a], [b]) => a.localeCompare(b)).map(([ns, files]) => [ns, treeOf(files)]));
      return `export default ${JSON.stringify(trees)};`;
    },
    transform(code, id) {
      if (id.includes('?')) return null;
      const ns = /\/locales\/[^/]+\/(.+)\.json$/.exec(id)?.[1];
      const files = ns === undefined ? undefined : namespaceFiles().get(ns);
      if (!files) return null;
      files.forEach((f) => this.addWatchFile(f));
      return { code: JSON.stringify(valuesIn(treeOf(files), JSON.parse(code) as Json)), map: null };
    },
  };
}
