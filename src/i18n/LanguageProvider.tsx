import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { LangContext } from './context';
import { isLanguageLoaded, languageTag, loadLanguage, matchLanguage, storeLanguage, type Lang } from './core';

/**
 * Decides the shown language: the URL's `lang` wins and is remembered; without it, the language chosen earlier
 * in this visit (initially the remembered or browser one) stays. A language whose files are not loaded yet is
 * shown once they are, so text never flashes in a mix of languages. Keeps <html lang> (the language's tag) in step.
 */
export function LanguageProvider(props: { initial: Lang; children: ComponentChildren }) {
  const { query } = useLocation();
  const fromUrl = matchLanguage(query.lang);
  const [chosen, setChosen] = useState<Lang>(props.initial);
  const wanted = fromUrl ?? chosen;
  const shownRef = useRef<Lang>(props.initial);
  const [, setLoadedTick] = useState(0);

  if (isLanguageLoaded(wanted)) shownRef.current = wanted;
  const shown = shownRef.current;

  useEffect(() => {
    if (!fromUrl) return;
    setChosen(fromUrl);
    storeLanguage(fromUrl);
  }, [fromUrl]);

  useEffect(() => {
    if (isLanguageLoaded(wanted)) return;
    let live = true;
    loadLanguage(wanted).then(
      () => live && setLoadedTick((n) => n + 1),
      // Offline before the files were cached: keep the current language rather than show keys.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);

  useEffect(() => {
    document.documentElement.lang = languageTag(shown);
  }, [shown]);

  return <LangContext.Provider value={shown}>{props.children}</LangContext.Provider>;
}
