import { useT } from '../../i18n';
import { buildHref, ROUTES } from '../routes';

/** A heading, one sentence and the way back to the start: for pages that cannot show what was asked. */
export function HomeMessage(props: { title: string; body: string }) {
  const t = useT();
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      <p>
        <a href={buildHref(ROUTES.start)}>{t('notFound.home')}</a>
      </p>
    </>
  );
}

/** Any path that is not a page. */
export function NotFoundPage() {
  const t = useT();
  return <HomeMessage title={t('routes.notFound.title')} body={t('notFound.body')} />;
}
