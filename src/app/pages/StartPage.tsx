import { useT } from '../../i18n';

/** Placeholder start page; replaced by the question flow. */
export function StartPage() {
  const t = useT();
  return (
    <>
      <h1>{t('routes.start.title')}</h1>
      <p>{t('start.intro')}</p>
    </>
  );
}
