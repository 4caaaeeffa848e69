import type { Plugin } from 'vite';

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
