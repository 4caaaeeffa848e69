import { useT } from '../../i18n';

/** Placeholder counters page; replaced by the real one. */
export function CountersPage() {
  const t = useT();
  return <h1>{t('routes.counters.title')}</h1>;
}
