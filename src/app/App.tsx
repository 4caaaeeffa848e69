import { LocationProvider, Route, Router } from 'preact-iso';
import { LanguageProvider, type Lang } from '../i18n';
// Furigana markup in any text becomes <ruby> (before the first render, on the server and in the browser alike).
import '../i18n/ruby-hook';
import { Layout } from './Layout';
import { ROUTES } from './routes';
import { StartPage } from './pages/StartPage';
import { ChecklistPage, CountersPage, RenewalPage } from './pages/lazy-pages';
import { NotFoundPage } from './pages/NotFoundPage';

/** The whole app, shared by the prerenderer and the browser; `lang` is the language to start in. */
export function App(props: { lang: Lang }) {
  return (
    <LocationProvider>
      <LanguageProvider initial={props.lang}>
        <Layout>
          <Router>
            <Route path={ROUTES.start} component={StartPage} />
            <Route path={ROUTES.checklist} component={ChecklistPage} />
            <Route path={ROUTES.counters} component={CountersPage} />
            <Route path={ROUTES.renewal} component={RenewalPage} />
            <Route default component={NotFoundPage} />
          </Router>
        </Layout>
      </LanguageProvider>
    </LocationProvider>
  );
}
