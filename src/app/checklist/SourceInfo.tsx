import type { ComponentChildren } from 'preact';
import { DateText } from '../../i18n';
import { buildHref, ROUTES } from '../routes';
import type { ChecklistContext } from './context';
import { sentence } from '../ui/sentence';
import { ScheduleFacts } from '../counters/ScheduleFacts';
import { JaName, LabelAndJa, useJaReading } from '../ui/JaName';
import { Quote } from '../ui/Quote';

// Where to go and where the list comes from: the counters for this procedure, the city page (a plain link in the
// same tab: nothing is fetched from it), when it was checked, and the page's known errors and how they are read.

/** Each counter of this procedure with its days, hours and card-work limits from the data, folded under one line. */
export function CounterFacts(props: { ctx: ChecklistContext }) {
  const { t, city, checklist } = props.ctx;
  const counters = checklist.counters.map((id) => city.counters.find((c) => c.id === id)).filter((c) => c !== undefined);
  return (
    <details class="cl-counters__facts">
      <summary>{t('counters.facts', { count: counters.length })}</summary>
      <ul class="cl-counters__list">
        {counters.map((c) => {
          const name = t(`cities/${city.id}:counters.${c.id}`);
          return (
            <li key={c.id} data-counter-facts={c.id}>
              <LabelAndJa label={name} ja={c.ja} labelClass="cl-counters__name" />
              <ScheduleFacts counter={c} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * Where to go when there is no list (so no summary at the top), or when the page does not place the procedure at a
 * counter: it says so and names the procedures the page gives those counters for. With a list, the summary holds
 * the counters, their facts, the maintenance Sunday and the link to the hours.
 */
export function Counters(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, city, checklist, nav } = ctx;
  const lang = nav.query.lang;
  const givenFor = checklist.countersGivenFor;
  const hasList = checklist.visits.length > 0;
  if (hasList && !givenFor) return null;
  return (
    <section class="cl-counters" aria-labelledby="cl-counters-title">
      <h2 id="cl-counters-title">{t('counters.title')}</h2>
      {givenFor && (
        <p class="cl-counters__silent" data-counters="given-for-other-procedures">
          {t('counters.givenFor', {
            procedures: givenFor.map((p) => t(`rules:procedures.${p}`)).join(t('counters.procedureSeparator')),
          })}
        </p>
      )}
      {!hasList && (
        <p class="cl-counters__maintenance" data-fact="maintenance-sunday">
          {t('counters:facts.maintenance')}
        </p>
      )}
      {!hasList && <CounterFacts ctx={ctx} />}
      {!hasList && (
        <p>
          <a href={buildHref(ROUTES.counters, { city: city.id, procedure: checklist.procedure, lang })}>{t('counters.hours')}</a>
        </p>
      )}
    </section>
  );
}

/** The source page, what the list is of it (`children`), its dates, and its errata. */
export function SourceInfo(props: { ctx: ChecklistContext; children?: ComponentChildren }) {
  const { ctx } = props;
  const { t, city, checklist } = ctx;
  const page = checklist.source;
  const reading = useJaReading();
  return (
    <section class="cl-source" aria-labelledby="cl-source-title">
      <h2 id="cl-source-title">{t('source.title')}</h2>
      <p>
        {t('source.intro')}{' '}
        {page.url ? (
          <a href={page.url} lang="ja" rel="noreferrer" class="cl-source__link">
            {reading(page.title)}
          </a>
        ) : (
          <JaName text={page.title} />
        )}
      </p>
      {props.children}
      <details class="cl-source__more">
      <summary>{t('source.more')}</summary>
      <p class="cl-source__dates">
        {sentence(ctx.tr, 'source.checked', { date: <DateText iso={page.verified} /> })}
        {page.updated && (
          <>
            {' '}
            {sentence(ctx.tr, 'source.updated', { date: <DateText iso={page.updated} /> })}
          </>
        )}
      </p>
      {(city.errata ?? []).length > 0 && (
        <>
          <h3>{t('source.errataTitle')}</h3>
          <ul class="cl-errata">
            {(city.errata ?? []).map((e) => (
              <li key={e.id} data-erratum={e.id}>
                <p>{t(`cities/${city.id}:errata.${e.id}`)}</p>
                <p class="cl-errata__pair">
                  <span>{t('source.printed')}</span> <Quote cityId={city.id} text={e.printed} />
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      </details>
    </section>
  );
}
