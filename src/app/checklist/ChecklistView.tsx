import type { RefObject } from 'preact';
import { useMemo } from 'preact/hooks';
import { lazy } from 'preact-iso';
import type { City } from '../../cities/schema';
import { buildChecklist, type Checklist } from '../../engine/checklist';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';
import { useQuery } from '../routes';
import { flowHref } from '../flow/flow-nav';
import { NearSlot } from '../NearSlot';
import { PersonSlot } from '../saved/PersonSlot';
import { SAVE_ANCHOR, type ChecklistContext } from './context';
import { CounterView } from './CounterView';
import { ItemNames, Visits } from './ItemList';
import { StaleNotice } from '../StaleNotice';
import { useCity } from '../use-city';
import { MoreNotes, Warnings } from './Notes';
import { ChildRenewalNotice } from './ChildRenewalNotice';
import type { Translate } from './phrases';
import { ShareLink } from './ShareLink';
import { Summary } from './Summary';
import { Counters, SourceInfo } from './SourceInfo';
import { useJaReading } from '../ui/JaName';
import { Quote } from '../ui/Quote';

// The checklist for one city, procedure and applicant. The heading shows at once (its words need no city data);
// the list follows when the city's file has loaded, in space reserved for it, and its root then carries
// data-checklist-ready. Everything the person does (ticks, documents, the counter view) is written to the URL.

// The save form, last on the page, is a chunk of its own with the store, its schema and the date entry: a reader
// who never scrolls to it does not pay for it. It needs the app (IndexedDB), so the HTML has its stand-in only.
const SaveChecklist = lazy(() => import('./SaveChecklist').then((m) => m.SaveChecklist));

/** Loads the save form's code (ahead, for the question flow, whose last answer leads to a checklist). */
export function loadSaveForm(): Promise<unknown> {
  return SaveChecklist.preload();
}

/** The save form's heading and intro, where the form will be: what the HTML has, hidden without JavaScript. */
function SaveStandIn(props: { sectionRef: RefObject<HTMLElement>; t: Translate }) {
  return (
    <section id={SAVE_ANCHOR.slice(1)} class="cl-save no-print" aria-labelledby="cl-save-title" data-needs-script ref={props.sectionRef}>
      <h2 id="cl-save-title">{props.t('save.title')}</h2>
      <p class="cl-save__intro">{props.t('save.intro')}</p>
    </section>
  );
}

type Complete = ChecklistQuery & Required<Pick<ChecklistQuery, 'city' | 'procedure' | 'applicant'>>;

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
  const reading = useJaReading();
  const quote = checklist.status === 'same-as' ? checklist.sameAs?.source.quote : checklist.ruleSource?.quote;
  return (
    <div class={`cl-status cl-status--${checklist.status}`} data-coverage={checklist.status}>
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
          <Quote cityId={ctx.city.id} text={quote} />
        </p>
      )}
      {checklist.baseline && (
        <p class="cl-status__baseline" data-baseline={checklist.procedure}>
          <strong>{t('rules:status.baseline')}</strong>
        </p>
      )}
      {checklist.status === 'silent' && (
        <>
          {checklist.nearby && <Nearby ctx={ctx} />}
          {/* With a list from other sources shown, "no other city's list is shown" would contradict it. */}
          <p class="cl-status__next">{t(checklist.baseline ? 'status.baselineNext' : 'status.silentNext', { city: ctx.cityName })}</p>
          <AskScript ctx={ctx} />
          {checklist.source.url && (
            <p>
              {t('source.intro')}{' '}
              <a href={checklist.source.url} lang="ja" rel="noreferrer">
                {reading(checklist.source.title)}
              </a>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** What to ask the counter where the page is silent: three questions a resident can read out or show. */
function AskScript(props: { ctx: ChecklistContext }) {
  const { t, checklist } = props.ctx;
  // Said by the resident to the clerk: who applies in the first person, not the page's "you".
  const vars = { procedure: t(`rules:procedures.${checklist.procedure}`), who: t(`askScript.who.${checklist.applicant}`) };
  return (
    <div class="cl-askscript" data-ask-script="">
      <p class="cl-askscript__title">{t('askScript.title')}</p>
      <ol>
        {(['bring', 'where', 'form'] as const).map((k) => (
          <li key={k}>{t(`askScript.${k}`, vars)}</li>
        ))}
      </ol>
    </div>
  );
}

/**
 * A list the page gives nearby for another applicant (Ryugasaki's 代理人 list beside a legal representative's silent
 * renewal): shown as the page prints it, without ticks, and plainly not confirmed for this applicant.
 */
function Nearby(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, checklist } = ctx;
  const nearby = checklist.nearby!;
  return (
    <div class="cl-nearby" data-nearby={nearby.applicant}>
      <p>{t('status.nearbyList', { section: t(`status.nearbySection.${nearby.applicant}`) })}</p>
      <ul>
        {nearby.visits.flatMap((v) => v.items).map((item) => (
          <li key={item.id}>
            <ItemNames ctx={ctx} item={item} applicant={nearby.applicant} />
          </li>
        ))}
      </ul>
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

/** Counter view, save, share, print: only when there is something to bring. Then "change answers", always. */
function Actions(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, query } = ctx;
  const hasList = ctx.checklist.visits.length > 0;
  return (
    <div class="cl-actions no-print" data-needs-script>
      {hasList && (
        <>
          <a class="button" href={ctx.nav.href({ view: 'counter' })}>
            {t('actions.counter')}
          </a>
          <a class="button button--secondary" href={SAVE_ANCHOR} data-needs-script>
            {t('actions.save')}
          </a>
          <span data-needs-script>
            <ShareLink />
          </span>
          <button type="button" class="button button--secondary" data-needs-script onClick={() => window.print()}>
            {t('actions.print')}
          </button>
        </>
      )}
      <a class="cl-actions__change" href={flowHref(query, 'review', ctx.nav.query.lang)}>
        {t('actions.change')}
      </a>
    </div>
  );
}

/** The checklist page for a complete query (city, procedure and applicant given and valid). */
export function ChecklistView(props: { query: ChecklistQuery }) {
  const query = props.query as Complete;
  const t = useT(['checklist', 'rules', `cities/${query.city}`]);
  const tr = t as unknown as Translate;
  const nav = useQuery();
  const { city, failed, retry } = useCity(query.city);
  const answersKey = JSON.stringify(query.answers);
  const checklist = useMemo(
    () => (city ? safeBuild(city, query) : null),
    // The list depends only on these; ticks and documents do not rebuild it.
    [city, query.procedure, query.applicant, answersKey],
  );
  const counterView = nav.query.view === 'counter';

  if (!city || !checklist) {
    const broken = Boolean(city && !checklist);
    return (
      <div class="cl" aria-busy={failed || broken ? undefined : 'true'}>
        <Heading query={query} t={tr} />
        <div class="cl-loading">
          {failed || broken ? (
            <div role="alert">
              <p>{t(failed ? 'loading.failed' : 'loading.broken')}</p>
              {failed && (
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
      <div class="cl cl--counter" data-checklist-ready="" data-view="counter">
        <Heading query={query} t={tr} />
        <CounterView ctx={ctx} />
      </div>
    );
  }

  return (
    <div class="cl" data-checklist-ready="" data-coverage={checklist.status}>
      <Heading query={query} t={tr} />
      {counterView && (
        <p class="notice" role="status" data-no-counter-view="">
          {t('counter.none')}
        </p>
      )}
      <ChildRenewalNotice query={query} />
      <PersonSlot query={query} />
      <Summary ctx={ctx} />
      <Actions ctx={ctx} />
      <StaleNotice city={city} />
      {/* The usual case, a list as the page gives it, is said with the sources; anything else before the list. */}
      {checklist.status !== 'described' && <Status ctx={ctx} />}
      <Warnings ctx={ctx} />
      <OpenQuestions ctx={ctx} />
      {checklist.visits.length > 0 && <Visits ctx={ctx} />}
      <MoreNotes ctx={ctx} />
      <Counters ctx={ctx} />
      <SourceInfo ctx={ctx}>{checklist.status === 'described' && <Status ctx={ctx} />}</SourceInfo>
      {checklist.visits.length > 0 && <CounterView ctx={ctx} print />}
      {checklist.visits.length > 0 && (
        <NearSlot part={SaveChecklist} standIn={(ref) => <SaveStandIn sectionRef={ref} t={tr} />}>
          <SaveChecklist query={query} lang={nav.query.lang} />
        </NearSlot>
      )}
    </div>
  );
}
