import type { ProcedureId } from '../../cities/vocabulary';
import { cities } from '../../cities/registry';
import { PROCEDURES } from '../../cities/vocabulary';
import { useLang, useT } from '../../i18n';
import { ROUTES, useQuery } from '../routes';
import { linkWithLang } from './text';
import { cityNames } from '../flow/city-name';
import { JaName } from '../ui/JaName';

/** Links to each city's counters (keeping the procedure and the date asked about), named in the shown language and as the city writes itself. */
export function CityLinks(props: { procedure: ProcedureId | null; current?: string }) {
  const t = useT();
  const lang = useLang();
  const { query } = useQuery();
  const link = linkWithLang(query.lang);
  return (
    <ul class="city-links">
      {cities.ids
        .filter((id) => id !== props.current)
        .map((id) => {
          const { label: name, ja } = cityNames(t, id);
          return (
            <li key={id}>
              <a class="button button--secondary city-link" href={link(ROUTES.counters, { city: id, procedure: props.procedure, date: query.date })}>
                <span>{name}</span>
                {ja && lang !== 'ja' && (
                  <JaName class="city-link__ja" text={ja} />
                )}
              </a>
            </li>
          );
        })}
    </ul>
  );
}

/** Links to each procedure at a city (keeping the date asked about); the chosen one is marked as the current page. */
export function ProcedureLinks(props: { city: string | null; procedure: ProcedureId | null; labelledBy: string }) {
  const t = useT(['counters', 'rules']);
  const { query } = useQuery();
  const link = linkWithLang(query.lang);
  return (
    <ul class="segmented" aria-labelledby={props.labelledBy}>
      {PROCEDURES.map((p) => (
        <li key={p}>
          <a
            class="button button--secondary segmented__item"
            href={link(ROUTES.counters, { city: props.city, procedure: p, date: query.date })}
            aria-current={p === props.procedure ? 'page' : undefined}
          >
            {t(`rules:procedures.${p}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
