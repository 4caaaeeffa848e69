import { useMemo } from 'preact/hooks';
import type { City } from '../../cities/schema';
import type { ProcedureId } from '../../cities/vocabulary';
import { DateText, useT } from '../../i18n';
import { ROUTES, useQuery } from '../routes';
import { cityView, countersFor, type CityView } from './counter-model';
import { CityNotes, CitySource } from './CityNotes';
import { CityLinks, ProcedureLinks } from './CityLinks';
import { CounterCard } from './CounterCard';
import { CounterPlan, groupPlans } from './CounterPlan';
import { DayCheck } from './DayCheck';
import { HolidayOpenings } from './HolidayOpenings';
import { parseDateParam } from './date-answer';
import { minuteOf, useNow } from './use-now';
import { clock, linkWithLang } from './text';
import { StaleNotice } from '../StaleNotice';
import { useCity } from '../use-city';
import { sentence } from '../ui/sentence';
import { JaName } from '../ui/JaName';
import { cityNames } from '../flow/city-name';

function CityHeading(props: { cityId: string }) {
  const t = useT('counters');
  const { label: name, ja } = cityNames(t, props.cityId);
  return (
    <h1>
      {sentence(t, 'city.heading', {
        city: (
          <>
            {name}
            {ja && (
              <>
                {' '}
                <JaName text={ja} />
              </>
            )}
          </>
        ),
      })}
    </h1>
  );
}

function Computed(props: { city: City; procedure: ProcedureId | null }) {
  const t = useT(['counters', 'rules']);
  const { query } = useQuery();
  const link = linkWithLang(query.lang);
  const now = useNow();
  const minute = minuteOf(now);
  const { city, procedure } = props;
  const dateParam = useMemo(() => parseDateParam(query.date), [query.date]);
  const view = useMemo<CityView | null>(() => {
    try {
      return cityView(city, procedure, now);
    } catch {
      return null;
    }
    // Recomputed once a minute, not on every render.
  }, [city, procedure, minute]);
  if (!view) return <p class="problem">{t('city.failed')}</p>;
  const counters = countersFor(city, procedure);
  const procedureName = procedure ? t(`rules:procedures.${procedure}`) : null;
  const givenFor = procedure ? city.procedures[procedure].countersGivenFor : undefined;
  return (
    <>
      <StaleNotice city={city} />
      {givenFor && procedureName && (
        <p class="notice notice--warning" data-counters="given-for-other-procedures">
          {t('city.givenFor', {
            procedure: procedureName,
            procedures: givenFor.map((p) => t(`rules:procedures.${p}`)).join(t('listSeparator')),
          })}
        </p>
      )}
      <DayCheck city={city} procedure={procedure} param={dateParam} />
      <p class="as-of">
        {sentence(t, 'city.asOf', { date: <DateText iso={view.today} weekday /> }, { time: clock(view.time) })}
      </p>
      <h2 id="now-heading">{t('now.heading')}</h2>
      <ul class="counters" aria-labelledby="now-heading">
        {view.counters.map((v) => (
          <CounterCard key={v.counter.id} cityId={city.id} view={v} procedure={procedure} today={view.today} />
        ))}
      </ul>
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">{procedureName ? t('plan.headingFor', { procedure: procedureName }) : t('plan.heading')}</h2>
        <p>{t('plan.intro')}</p>
        {groupPlans(view.counters).map((views) => (
          <CounterPlan key={views[0]?.counter.id} cityId={city.id} views={views} />
        ))}
      </section>
      <HolidayOpenings city={city} counters={counters} procedure={procedure} today={view.today} />
      <CityNotes city={city} counters={counters} today={view.today} />
      <CitySource city={city} counters={counters} />
      <h2 id="next-steps">{t('city.nextSteps')}</h2>
      <ul class="next-steps">
        <li>
          <a href={link(ROUTES.checklist, { city: city.id, procedure })}>{t('city.checklist')}</a>
        </li>
        <li>
          <a href={link(ROUTES.renewal)}>{t('city.renewal')}</a>
        </li>
      </ul>
      <h3>{t('city.otherCity')}</h3>
      <CityLinks procedure={procedure} current={city.id} />
    </>
  );
}

/** /counters?city=…: any day's answer (date=…), every counter's status now, every coming day, the next holiday openings, and why days have no card work. */
export function CountersView(props: { cityId: string; procedure: ProcedureId | null }) {
  const t = useT(['counters', 'rules']);
  const { city, failed } = useCity(props.cityId);
  return (
    <>
      <CityHeading cityId={props.cityId} />
      {/* Under the heading, one element of a kind the chooser's HTML (what the host serves for every /counters query)
          has none of at this level: the app's first render then draws the city's page anew under the heading instead
          of reusing the chooser's elements of the same tag further down, which moved them (Preact reuses the DOM it
          renders over, matching by tag). */}
      <div class="city-view">
        <h2 id="procedure-heading" class="label-heading">
          {t('procedureHeading')}
        </h2>
        <ProcedureLinks city={props.cityId} procedure={props.procedure} labelledBy="procedure-heading" />
        {!props.procedure && <p class="hint">{t('city.pickProcedure')}</p>}
        {city ? (
          <Computed city={city} procedure={props.procedure} />
        ) : !failed ? (
          <p class="loading" role="status">
            {t('city.loading')}
          </p>
        ) : (
          <>
            <p class="problem" role="alert">
              {t('city.loadFailed')}
            </p>
            <CityLinks procedure={props.procedure} />
          </>
        )}
      </div>
    </>
  );
}
