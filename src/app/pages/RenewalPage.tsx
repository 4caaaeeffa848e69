import { useT } from '../../i18n';

/** Placeholder renewal page; replaced by the real one. */
export function RenewalPage() {
  const t = useT();
  return <h1>{t('routes.renewal.title')}</h1>;
}
