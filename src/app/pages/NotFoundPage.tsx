import { useT } from '../../i18n';
import { buildHref, ROUTES } from '../routes';

/** Any path that is not a page. */
export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <h1>{t('routes.notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={buildHref(ROUTES.start)}>{t('notFound.home')}</a>
      </p>
    </>
  );
}
