import { useT } from '../../i18n';

const RULES = ['window', 'certificate', 'card', 'reissue', 'grace', 'leap'] as const;

/** Where each rule on the page comes from (Madoguchi's domain notes, by section), in small print. */
export function RenewalSources() {
  const t = useT('renewal');
  return (
    <section class="source" aria-labelledby="renewal-sources">
      <h2 id="renewal-sources">{t('sources.heading')}</h2>
      <ul>
        {RULES.map((r) => (
          <li key={r}>{t(`sources.${r}`)}</li>
        ))}
      </ul>
    </section>
  );
}
