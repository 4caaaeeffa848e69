import { useEffect, useMemo, useState } from 'preact/hooks';
import { lazy } from 'preact-iso';
import type { City } from '../../cities/schema';
import { cities } from '../../cities/registry';
import { buildChecklist, type Checklist } from '../../engine/checklist';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';
import { useQuery } from '../routes';
import { HydrateLater } from '../HydrateLater';
import { PersonSlot } from '../saved/PersonSlot';
import { useHydrated } from '../hydration';
import type { ChecklistContext } from './context';
import { CounterView } from './CounterView';
import { Visits } from './ItemList';
import { Notes } from './Notes';
import type { Translate } from './phrases';
import { ShareLink } from './ShareLink';
import { Counters, SourceInfo } from './SourceInfo';

// The checklist for one city, procedure and applicant. The heading shows at once (its words need no city data);
// the list follows when the city's file has loaded, in space reserved for it. The root carries
// data-checklist-ready once the list is on screen *and* the app runs it: a prerendered list has no such attribute
// until it is hydrated, so nothing waits on it and then types into HTML the app has not taken over. Everything the person does (ticks, documents, the counter view) is written to the URL.

// The save form, last on the page, is a chunk of its own with the store, its schema and the date entry: a reader
// who never scrolls to it does not pay for it while the page loads.
const SaveChecklist = lazy(() => import('./SaveChecklist').then((m) => m.SaveChecklist));

/** Loads the save form's code (ahead, for the question flow, whose last answer leads to a checklist). */
export function loadSaveForm(): Promise<unknown> {
  return SaveChecklist.preload();
}

const SAVE_PART = { part: 'save', load: loadSaveForm };

type Complete = ChecklistQuery & Required<Pick<ChecklistQuery, 'city' | 'procedure' | 'applicant'>>;

type CityState = { status: 'loading' } | { status: 'ready'; city: City } | { status: 'error' };

function useCity(id: string): [CityState, () => void] {
  const initial = (): CityState => {
    // Already loaded (by main.tsx before the first render, or for an earlier screen): render at once, no flash.
    const city = cities.peek(id);
    return city ? { status: 'ready', city } : { status: 'loading' };
  };
  const [state, setState] = useState<CityState>(initial);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const known = cities.peek(id);
    if (known) {
      setState((s) => (s.status === 'ready' && s.city === known ? s : { status: 'ready', city: known }));
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    cities.load(id).then(
      (city) => {
        if (live) setState({ status: 'ready', city });
      },
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return [state, () => setAttempt((n) => n + 1)];
}

function safeBuild(city: City, q: Complete): Checklist | null {
  try {
    return buildChecklist(city, q.procedure, q.applicant, q.answers);
  } catch {
    return null; // a data error (a reference chain): say the list cannot be shown rather than guess
  }
}

/** The page's h1: procedure, city and who applies, from the translations alone. */
function Heading(props: { query: Complete; t: Translate }) {
  const { query, t } = props;
  return (
    <div class="cl-head">
      <h1>
        <span class="cl-head__title">
          {t('title', {
            procedure: t(`rules:procedures.${query.procedure}`),
            city: t(`cities/${query.city}:name`),
            applicant: t(`applicantShort.${query.applicant}`),
          })}
        </span>
      </h1>
      <p class="cl-head__who">{t('who', { applicant: t(`rules:applicants.${query.applicant}`) })}</p>
    </div>
  );
}

/** What the page says about this case: described, silent (and what it says nearby), or "same as". */
function Status(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, checklist } = ctx;
  const quote = checklist.status === 'same-as' ? checklist.sameAs?.source.quote : checklist.ruleSource?.quote;
  return (
    <div class={`cl-status cl-status--${checklist.status}`} data-status={checklist.status}>
      {checklist.status === 'same-as' && checklist.sameAs ? (
        <p class="cl-status__text">
          {t('rules:status.same-as', { procedure: t(`rules:procedures.${checklist.sameAs.procedure}`) })}
        </p>
      ) : (
        <p class="cl-status__text">{t(`rules:status.${checklist.status}`)}</p>
      )}
      {quote && (
        <p class="cl-quote">
          <span class="cl-quote__label">{t(checklist.status === 'silent' ? 'status.nearby' : 'source.onPage')}</span>{' '}
          <q lang="ja">{quote}</q>
        </p>
      )}
      {checklist.status === 'silent' && (
        <>
          <p class="cl-status__next">{t('status.silentNext', { city: ctx.cityName })}</p>
          {checklist.source.url && (
            <p>
              <a href={checklist.source.url} lang="ja" rel="noreferrer">
                {checklist.source.title}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** The questions whose answers would still change this list, as links to their screens. */
function OpenQuestions(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, checklist } = ctx;
  if (!checklist.questions.length) return null;
  return (
    <section class="cl-questions no-print" aria-labelledby="cl-questions-title" data-needs-script>
      <h2 id="cl-questions-title">{t('questions.title')}</h2>
      <p>{t('questions.intro')}</p>
      <ul class="cl-ask">
        {checklist.questions.map((fact) => (
          <li key={fact}>
            <a href={ctx.nav.href({ ask: fact, view: null })}>{t(`rules:facts.${fact}.question`, { city: ctx.cityName })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Counter view, share, print. */
function Actions(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <div class="cl-actions no-print" data-needs-script>
      {ctx.checklist.visits.length > 0 && (
        <a class="button" href={ctx.nav.href({ view: 'counter' })}>
          {t('actions.counter')}
        </a>
      )}
      <ShareLink />
      <button type="button" class="button button--secondary" onClick={() => window.print()}>
        {t('actions.print')}
      </button>
    </div>
  );
}

/** The checklist page for a complete query (city, procedure and applicant given and valid). */
export function ChecklistView(props: { query: ChecklistQuery }) {
  const query = props.query as Complete;
  const t = useT(['checklist', 'rules', `cities/${query.city}`]);
  const tr = t as unknown as Translate;
  const nav = useQuery();
  const [cityState, retry] = useCity(query.city);
  const answersKey = JSON.stringify(query.answers);
  const city = cityState.status === 'ready' ? cityState.city : null;
  const checklist = useMemo(
    () => (city ? safeBuild(city, query) : null),
    // The list depends only on these; ticks and documents do not rebuild it.
    [city, query.procedure, query.applicant, answersKey],
  );
  const counterView = nav.query.view === 'counter';
  const ready = useHydrated() ? '' : undefined;

  if (!city || !checklist) {
    const failed = cityState.status === 'error' || (city && !checklist);
    return (
      <div class="cl" aria-busy={failed ? undefined : 'true'}>
        <Heading query={query} t={tr} />
        <div class="cl-loading">
          {failed ? (
            <div role="alert">
              <p>{t(cityState.status === 'error' ? 'loading.failed' : 'loading.broken')}</p>
              {cityState.status === 'error' && (
                <button type="button" class="button" onClick={retry}>
                  {t('loading.retry')}
                </button>
              )}
            </div>
          ) : (
            <p class="cl-loading__text">{t('loading.text')}</p>
          )}
        </div>
      </div>
    );
  }

  const ctx: ChecklistContext = {
    city,
    checklist,
    query,
    t,
    tr,
    cityName: t(`cities/${city.id}:name`),
    itemProcedure: checklist.sameAs?.procedure ?? checklist.procedure,
    nav,
  };

  if (counterView && checklist.visits.length > 0) {
    return (
      <div class="cl cl--counter" data-checklist-ready={ready} data-view="counter">
        <Heading query={query} t={tr} />
        <CounterView ctx={ctx} />
      </div>
    );
  }

  return (
    <div class="cl" data-checklist-ready={ready} data-status={checklist.status}>
      <Heading query={query} t={tr} />
      <PersonSlot query={query} />
      <Status ctx={ctx} />
      {/* While hydrating, each part below takes a task of its own (each renders one element, or is left out).
          Text-and-links parts stay dormant until the page is used (HydrateLater.tsx). */}
      <HydrateLater>
        <Actions ctx={ctx} />
      </HydrateLater>
      {checklist.notes.some((n) => n.level === 'warning') && (
        <HydrateLater dormant>
          <Notes ctx={ctx} level="warning" />
        </HydrateLater>
      )}
      {checklist.questions.length > 0 && (
        <HydrateLater dormant>
          <OpenQuestions ctx={ctx} />
        </HydrateLater>
      )}
      {checklist.visits.length > 0 && <Visits ctx={ctx} />}
      {checklist.notes.some((n) => n.level === 'info') && (
        <HydrateLater dormant>
          <Notes ctx={ctx} level="info" />
        </HydrateLater>
      )}
      <HydrateLater dormant>
        <Counters ctx={ctx} />
      </HydrateLater>
      <HydrateLater dormant>
        <SourceInfo ctx={ctx} />
      </HydrateLater>
      <HydrateLater near={SAVE_PART}>
        <SaveChecklist query={query} lang={nav.query.lang} />
      </HydrateLater>
    </div>
  );
}
