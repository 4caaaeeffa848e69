import { Component, createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLang, useT } from '../i18n';
import { BUILD_ID } from '../pwa/build-info';
import { LanguageMenu } from './LanguageMenu';
import { OfflineIndicator } from './OfflineIndicator';
import { UpdateBanner } from './UpdateBanner';
import { pageTitle } from './page-title';
import { buildHref, ROUTES } from './routes';
import { HomeMessage } from './pages/NotFoundPage';

// A page's screens (the question flow's) know their own names; the shell stays the one place that writes the title,
// so a page and its screen never overwrite each other in whatever order their effects run.
const ScreenTitle = createContext<(title: string | undefined) => void>(() => undefined);

/** Names the screen shown within the page in the document title, for as long as the caller is mounted. */
export function useScreenTitle(title: string | undefined): void {
  const setTitle = useContext(ScreenTitle);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(undefined);
  }, [setTitle, title]);
}

/** What a page that failed to render shows instead of nothing. */
function PageError() {
  const t = useT();
  return <HomeMessage title={t('errors.title')} body={t('errors.body')} />;
}

/** Keeps the shell (header, language, footer) alive when a page throws, so the screen is never blank. */
class PageBoundary extends Component<{ url: string; children: ComponentChildren }, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  override componentDidCatch(error: unknown) {
    // Still a bug: report it where tests and developers look.
    console.error(error);
    this.setState({ failedAt: this.props.url });
  }

  override render() {
    // Another URL is another chance; the page's state is otherwise kept across answer changes.
    return this.state.failedAt === this.props.url ? <PageError /> : this.props.children;
  }
}

/** The shell around every page: skip link, header with the language menu, notices, main, footer. */
export function Layout(props: { children: ComponentChildren }) {
  const t = useT();
  const lang = useLang();
  const { path, url } = useLocation();
  const firstPath = useRef(path);
  const [screen, setScreen] = useState<string>();

  useEffect(() => {
    document.title = pageTitle(path, lang, screen);
  }, [path, lang, screen]);

  useEffect(() => {
    // After moving to another page (not on load, not when only the answers change), start at its top, and let
    // screen readers start there too.
    if (path === firstPath.current) return;
    firstPath.current = path;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header class="site-header">
        <div class="wrap site-header__row">
          <a class="brand" href={buildHref(ROUTES.start)}>
            {/* One flex item: as separate items, a name with furigana lost the space after it. */}
            <span>{t('app.name')}</span>
          </a>
          <LanguageMenu />
        </div>
      </header>
      <div class="wrap notices">
        <OfflineIndicator />
        <UpdateBanner />
      </div>
      <main id="main" class="wrap" tabIndex={-1} data-route={path} data-line-break={t('language.lineBreak')}>
        <ScreenTitle.Provider value={setScreen}>
          <PageBoundary url={url}>{props.children}</PageBoundary>
        </ScreenTitle.Provider>
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{t('footer.disclaimer')}</p>
          <p class="site-footer__build">{t('footer.version', { id: BUILD_ID })}</p>
        </div>
      </footer>
    </>
  );
}
