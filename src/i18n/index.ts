// The i18n API for components: useT(ns), useLang(), <DateText>, formatDate(). See docs/architecture.md.
export {
  COMMON_NS,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANG_STORAGE_KEY,
  NAMESPACES,
  formatDate,
  getT,
  i18n,
  initialLanguage,
  isLanguage,
  isLanguageLoaded,
  languageName,
  languageTag,
  loadLanguage,
  matchLanguage,
  resolveLanguage,
  type FormatDateOptions,
  type Lang,
} from './core';
export { LangContext, useLang, useT } from './context';
export { LanguageProvider } from './LanguageProvider';
export { DateText } from './DateText';
export { parseRuby, stripRuby, type RubyPart } from './ruby';
