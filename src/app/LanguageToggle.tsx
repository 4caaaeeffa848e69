import { LANGUAGES, languageName, useLang, useT, type Lang } from '../i18n';
import { buildHref, mergeQuery, useQuery } from './routes';

/**
 * Links to the current page in each other language. A link (not a button) keeps the URL, adds a history entry
 * and is remembered by the language provider.
 */
export function LanguageToggle() {
  const t = useT();
  const lang = useLang();
  const { path, query, href } = useQuery();
  const others = LANGUAGES.filter((l) => l !== lang);
  if (!others.length) return null;

  // Before leaving a URL without lang=, write the shown language into it, so Back returns to this language
  // rather than to whatever is remembered by then.
  const pinCurrent = (current: Lang) => {
    if (query.lang === current) return;
    history.replaceState(history.state, '', buildHref(path, mergeQuery(query, { lang: current })));
  };

  return (
    <nav class="lang-toggle" aria-label={t('language.label')}>
      <ul>
        {others.map((other) => (
          <li key={other}>
            <a href={href({ lang: other })} lang={other} hrefLang={other} onClick={() => pinCurrent(lang)}>
              {languageName(other)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
