import { useEffect, useState } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { PROCEDURES } from '../../cities/vocabulary';
import { useT } from '../../i18n';
import { cityNames } from '../flow/city-name';
import { useMounted } from '../../shell/mounted';
import { SavedShell } from '../saved/SavedShell';
import { buildHref, ROUTES, useQuery } from '../routes';
import { JaTerm } from '../ui/JaTerm';
import { sentence, type Translate } from '../ui/sentence';

type SavedModule = typeof import('../saved/SavedPeople');

/**
 * Where the people saved on this device go (src/app/saved/SavedPeople.tsx): first when there are any, else last
 * (with moving from an old phone). Decided once, before the list is drawn, so the list never moves while in use.
 * Its code (IndexedDB, dates) is a chunk of its own, loaded once the page runs, so it is not in the first-load
 * script; until then, and in the HTML, SavedShell stands in, last. The service worker precaches the chunk.
 */
function useSavedPlace(): { mod: SavedModule; first: boolean } | undefined {
  const [place, setPlace] = useState<{ mod: SavedModule; first: boolean }>();
  useEffect(() => {
    let live = true;
    import('../saved/SavedPeople')
      .then(async (m) => {
        const count = await m.savedCount();
        if (live) setPlace({ mod: m, first: count > 0 });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return place;
}

/**
 * The way in: what Madoguchi does, the Start link into the question flow, quick links, and the people saved on this
 * device. Prerendered, so it reads (and Start works) without JavaScript.
 */
export function StartPage() {
  const t = useT(['start', ...cities.ids.map((id) => `cities/${id}`)]);
  const { query } = useQuery();
  // The prerendered HTML is the page without the URL's language: links carry it once the app runs.
  const langParam = useMounted() ? query.lang || undefined : undefined;
  const saved = useSavedPlace();

  const cityList = cities.ids.map((id, i) => {
    const { label, ja } = cityNames(t, id);
    return (
      <span key={id}>
        {i > 0 && t('listSeparator')}
        {label}
        <JaTerm ja={ja} />
      </span>
    );
  });

  return (
    <div class="start">
      <h1>{t('title')}</h1>
      {saved?.first && <saved.mod.SavedPeople />}
      <p class="start-intro">{t('intro')}</p>
      <h2 class="start-for">{t('forTitle')}</h2>
      <ul class="start-procedures">
        {PROCEDURES.map((p) => (
          <li key={p}>{t(`procedures.${p}`)}</li>
        ))}
      </ul>
      <p>
        {/* "At the city office of {{cities}}." with the names as elements (so the Japanese ones can be marked). */}
        {sentence(t as unknown as Translate, 'cities', { cities: cityList })}
      </p>
      <p class="start-action">
        <a class="button start-button" href={buildHref(ROUTES.checklist, { ask: 'city', lang: langParam })}>
          {t('start')}
        </a>
      </p>
      <p class="start-hint">{t('startHint')}</p>
      {/* Foreign residents' path in one tap (issue 21): the card ends with the period of stay, and no letter comes. */}
      <p class="start-stay">
        <a href={buildHref(ROUTES.checklist, { procedure: 'validity-change', ask: 'city', lang: langParam })} data-start="validity-change">
          {t('stay.link')}
        </a>
        <br />
        <span class="start-hint">{t('stay.hint')}</span>
      </p>
      <h2>{t('moreTitle')}</h2>
      <ul class="start-links">
        <li>
          <a href={buildHref(ROUTES.counters, { lang: langParam })}>{t('counters')}</a>
        </li>
        <li>
          <a href={buildHref(ROUTES.renewal, { lang: langParam })}>{t('renewal')}</a>
        </li>
      </ul>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacy')}</p>
      {!saved ? <SavedShell /> : !saved.first && <saved.mod.SavedPeople />}
    </div>
  );
}
