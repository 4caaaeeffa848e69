import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { PROCEDURES } from '../../cities/vocabulary';
import { useT } from '../../i18n';
import { cityNames } from '../flow/city-name';
import { useMounted } from '../../shell/mounted';
import { SavedShell } from '../saved/SavedShell';
import { buildHref, ROUTES, useQuery } from '../routes';
import { JaTerm } from '../ui/JaTerm';

type SavedModule = typeof import('../saved/SavedPeople');
let savedModule: SavedModule | undefined;

/**
 * The people saved on this device (src/app/saved/SavedPeople.tsx). Its code (IndexedDB, dates) is a chunk of its
 * own, loaded once the page runs, so it is not in the first-load script; in the HTML, SavedShell stands in. It
 * reports how many people there are, so the page can put them first. The service worker precaches the chunk.
 */
function SavedSlot(props: { onCount: (count: number) => void }) {
  const [mod, setMod] = useState(savedModule);
  useEffect(() => {
    if (mod) return;
    let live = true;
    import('../saved/SavedPeople').then(
      (m) => {
        savedModule = m;
        if (live) setMod(m);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return mod ? <mod.SavedPeople onCount={props.onCount} /> : <SavedShell />;
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
  // A returning resident's saved people come first; with none, the section (and moving from an old phone) stays last.
  // Decided once, from the first count: the section never moves (and loses what it shows) while it is being used.
  const [peopleFirst, setPeopleFirst] = useState(false);
  const placed = useRef(false);
  const onCount = useCallback((count: number) => {
    if (placed.current) return;
    placed.current = true;
    setPeopleFirst(count > 0);
  }, []);

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
  // "At the city office of {{cities}}." with the names as elements (so the Japanese ones can be marked).
  const [before, after = ''] = t('cities', { cities: '\u0000' }).split('\u0000');

  return (
    <div class="start">
      <h1>{t('title')}</h1>
      {peopleFirst && <SavedSlot onCount={onCount} />}
      <p class="start-intro">{t('intro')}</p>
      <h2 class="start-for">{t('forTitle')}</h2>
      <ul class="start-procedures">
        {PROCEDURES.map((p) => (
          <li key={p}>{t(`procedures.${p}`)}</li>
        ))}
      </ul>
      <p>
        {before}
        {cityList}
        {after}
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
      {!peopleFirst && <SavedSlot onCount={onCount} />}
    </div>
  );
}
