import type { City } from '../cities/schema';
import { isStale, jstDateOf } from '../engine/time';
import { DateText, useT } from '../i18n';
import { useNow } from './counters/use-now';
import { sentence } from './ui/sentence';
import { useJaReading } from './ui/JaName';


/**
 * On every page of a city: a prominent warning, with the city's page, when its data was last checked more than six
 * months ago (Japan time). Always one element, so HTML prerendered while the data was fresh still matches.
 */
export function StaleNotice(props: { city: City }) {
  const t = useT();
  const reading = useJaReading();
  const today = jstDateOf(useNow());
  const { page } = props.city;
  const stale = isStale(page.verified, today);
  return (
    <div class="stale-slot" data-stale={stale ? '' : undefined}>
      {stale && (
        <div class="notice notice--warning stale" role="note">
          <p>
            <strong>{t('stale.title')}</strong>
          </p>
          <p>{sentence(t, 'stale.body', { date: <DateText iso={page.verified} /> }, { city: t(`cities/${props.city.id}:name`) })}</p>
          {page.url && (
            <p>
              <a href={page.url} lang="ja" rel="noreferrer">
                {reading(page.title)}
              </a>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
