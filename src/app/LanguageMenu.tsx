import { useLocation } from 'preact-iso';
import { LANGUAGES, languageName, languageTag, useLang, useT } from '../i18n';
import { useQuery } from './routes';

/**
 * Every language, each named in itself, as links to this page in that language: visible at once (no <select> hiding
 * them on a phone), a list a screen reader counts, the shown one marked as current. With the app running, a choice
 * replaces the history entry (Back leaves the page rather than stepping through languages); without it, the links
 * still work. The language provider remembers the choice.
 */
export function LanguageMenu() {
  const t = useT();
  const lang = useLang();
  const { href } = useQuery();
  const { route } = useLocation();
  if (LANGUAGES.length < 2) return null;

  const choose = (event: MouseEvent, to: string) => {
    // A new tab or window (modifier keys, middle button) is the browser's business.
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // preact-iso's own link handler (on window) would push a second entry: this click is handled here.
    event.stopPropagation();
    route(to, true);
  };

  return (
    <nav class="lang-menu" aria-label={t('language.label')}>
      <ul>
        {LANGUAGES.map((code) => {
          const to = href({ lang: code });
          const tag = languageTag(code);
          return (
            <li key={code}>
              <a
                href={to}
                lang={tag}
                hrefLang={tag}
                data-lang={code}
                aria-current={code === lang ? 'true' : undefined}
                onClick={(event) => choose(event, to)}
              >
                {languageName(code)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
