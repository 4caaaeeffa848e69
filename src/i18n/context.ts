import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { TFunction } from 'i18next';
import { COMMON_NS, DEFAULT_LANGUAGE, getT, type Lang } from './core';

/** The language being shown; provided by <LanguageProvider>. */
export const LangContext = createContext<Lang>(DEFAULT_LANGUAGE);

/** The language being shown. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/**
 * t() for the shown language. `ns` is the page's namespace (its locales/<lang>/<ns>.json file, e.g. 'checklist' or
 * 'cities/satte'); pass several to read the others with 'ns:key'. Every namespace of the shown language is
 * already loaded, so t() never waits.
 */
export function useT(ns: string | readonly string[] = COMMON_NS): TFunction {
  const lang = useLang();
  const key = typeof ns === 'string' ? ns : ns.join('\n');
  // `key` stands for `ns`, which callers may pass as a fresh array on every render.
  return useMemo(() => getT(lang, ns), [lang, key]);
}
