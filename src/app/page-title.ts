import { getT, stripRuby, type Lang } from '../i18n';
import { routeName } from './routes';

/**
 * The document title of a path in a language ('<page> | 窓口 Madoguchi'), after the name of the screen shown within
 * the page when there is one ('<question> | <page> | 窓口 Madoguchi').
 */
export function pageTitle(path: string, lang: Lang, screen?: string): string {
  const t = getT(lang);
  const name = routeName(path);
  const page = name ? t(`routes.${name}.title`) : t('routes.notFound.title');
  // A title is plain text: furigana markup keeps only its kanji.
  return stripRuby([screen, page, t('app.name')].filter(Boolean).join(' | '));
}
