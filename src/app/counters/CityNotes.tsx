import { Fragment } from 'preact';
import type { City, Counter } from '../../cities/schema';
import type { IsoDate } from '../../engine/time';
import { DateText, useLang, useT } from '../../i18n';
import { nextOpeningOnMaintenanceSunday, upcomingMaintenanceSundays } from './counter-model';
import { useCounterLabel } from './CounterName';
import { clock, monthDay } from './text';
import { sentence } from '../ui/sentence';
import { useJaReading } from '../ui/JaName';
import { Quote } from '../ui/Quote';

/** The maintenance-Sunday rule, with the next ones and, where they differ, the third Sunday beside them. */
export function MaintenanceNote(props: { today: IsoDate | null }) {
  const t = useT('counters');
  const next = props.today ? upcomingMaintenanceSundays(props.today) : [];
  return (
    <>
      <p>{t('notes.maintenance')}</p>
      {next.length > 0 && (
        <ul>
          {next.map((m, i) => (
            <li key={m.date}>
              {m.date === m.thirdSunday
                ? sentence(t, i === 0 ? 'notes.maintenanceNext' : 'notes.maintenanceThen', { date: <DateText iso={m.date} weekday /> })
                : sentence(t, i === 0 ? 'notes.maintenanceNextNotThird' : 'notes.maintenanceThenNotThird', {
                    date: <DateText iso={m.date} weekday />,
                    third: <DateText iso={m.thirdSunday} weekday />,
                  })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function names(list: Counter[], label: (c: Counter) => string, separator: string): string {
  return list.map(label).join(separator);
}

/** What makes a day without card work at this city's counters, worded from its data (so a new city needs no code). */
export function CityNotes(props: { city: City; counters: Counter[]; today: IsoDate }) {
  const t = useT('counters');
  const lang = useLang();
  const label = useCounterLabel(props.city.id);
  const sep = t('listSeparator');
  const all = props.counters;
  const openings = all.filter((c) => c.schedule.holidayOpening);
  const cardUntil = all.filter((c) => c.schedule.cardWorkUntil);
  const closedOnHolidays = all.filter((c) => c.schedule.closedOnHolidays);
  const holidaySilent = all.filter((c) => !c.schedule.closedOnHolidays && !c.schedule.daysKnown && c.schedule.weekly.length > 0);
  const inferred = holidaySilent.filter((c) => c.schedule.weekly.some((w) => w.daysInferredFrom));
  const notInferred = holidaySilent.filter((c) => !inferred.includes(c));
  // The city's own warning about crowding, quoted where its page gives one; the marker itself is computed the same
  // way for every city (domain §4), so another city never quotes Ryugasaki's sentence.
  const crowding = props.city.notes.find((n) => n.about === 'crowding');
  const silent = all.filter((c) => !c.schedule.daysKnown && c.schedule.weekly.length === 0 && !c.schedule.holidayOpening);
  const yearEnds = new Map<string, Counter[]>();
  for (const c of all) {
    const y = c.schedule.yearEnd;
    if (!y) continue;
    const key = `${y.from}|${y.to}`;
    yearEnds.set(key, [...(yearEnds.get(key) ?? []), c]);
  }
  const coincidence = nextOpeningOnMaintenanceSunday(props.today);
  const errata = props.city.errata ?? [];

  return (
    <section aria-labelledby="notes-heading" class="notes">
      <h2 id="notes-heading">{t('notes.heading')}</h2>
      <h3>{t('notes.maintenanceHeading')}</h3>
      <MaintenanceNote today={props.today} />
      {/* The openings and their dates are in their own section; here only why one may have no card work. */}
      {openings
        .filter((c) => !c.schedule.holidayOpening!.cardWorkOnMaintenanceSunday)
        .map((c) => (
          <div key={c.id}>
            <h3>{t('notes.openingHeading')}</h3>
            <p>
              {coincidence
                ? sentence(t, 'notes.openingSuspendedNext', { date: <DateText iso={coincidence} weekday /> })
                : t('notes.openingSuspended')}
            </p>
          </div>
        ))}
      <h3>{t('notes.hoursHeading')}</h3>
      <ul>
        {cardUntil.map((c) => {
          const w = c.schedule.weekly[0];
          return (
            <li key={`u-${c.id}`}>
              {w?.close
                ? t('notes.cardUntil', { counter: label(c), open: clock(w.open), close: clock(w.close), until: clock(c.schedule.cardWorkUntil!.time) })
                : t('notes.cardUntilShort', { counter: label(c), until: clock(c.schedule.cardWorkUntil!.time) })}
            </li>
          );
        })}
        {closedOnHolidays.length > 0 && <li>{t('notes.closedOnHolidays', { counters: names(closedOnHolidays, label, sep) })}</li>}
        {inferred.length > 0 && <li>{t('notes.daysInferred', { counters: names(inferred, label, sep) })}</li>}
        {notInferred.length > 0 && <li>{t('notes.holidaySilent', { counters: names(notInferred, label, sep) })}</li>}
        {silent.length > 0 && <li>{t('notes.silent', { counters: names(silent, label, sep) })}</li>}
        {[...yearEnds].map(([key, list]) => {
          const [from, to] = key.split('|') as [string, string];
          const range = { from: monthDay(from, lang), to: monthDay(to, lang) };
          return (
            <li key={key}>
              {list.length === all.length ? t('notes.yearEndAll', range) : t('notes.yearEnd', { ...range, counters: names(list, label, sep) })}
            </li>
          );
        })}
      </ul>
      <h3>{t('notes.crowdedHeading')}</h3>
      <p>{t('notes.crowded')}</p>
      {crowding && (
        <p>
          {sentence(t, 'notes.crowdedCity', {
            quote: (
              <Quote cityId={props.city.id} text={crowding.source.quote} class="quote" />
            ),
          }, { city: t(`cities/${props.city.id}:name`) })}
        </p>
      )}
      {errata.length > 0 && (
        <>
          <h3>{t('notes.errataHeading')}</h3>
          <ul>
            {errata.map((e) => (
              <li key={e.id}>{t(`cities/${props.city.id}:errata.${e.id}`, { defaultValue: e.read })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The city page's own sentences behind a counter's days and hours (notes from elsewhere are not the city's words). */
function pageQuotes(counter: Counter): string[] {
  const s = counter.schedule;
  const sources = [
    ...s.weekly.flatMap((w) => [w.source, w.daysInferredFrom]),
    s.cardWorkUntil?.source,
    s.closedOnHolidays,
    s.yearEnd?.source,
    s.holidayOpening?.source,
  ];
  const quotes = sources.filter((x) => x !== undefined && x.ref.startsWith('seed:')).map((x) => x!.quote);
  return [...new Set(quotes)];
}

/**
 * Where the city's rules come from, named as a resident knows them (the city's page, J-LIS, the national holiday
 * calendar), with the page's own sentences folded below for whoever wants to check them.
 */
export function CitySource(props: { city: City; counters: Counter[] }) {
  const t = useT('counters');
  const label = useCounterLabel(props.city.id);
  const { page } = props.city;
  const reading = useJaReading();
  const title = (
    <cite lang="ja" class="source__title">
      {reading(page.title)}
    </cite>
  );
  const quoted = props.counters.map((c) => ({ counter: c, quotes: pageQuotes(c) })).filter((x) => x.quotes.length > 0);
  return (
    <section aria-labelledby="source-heading" class="source">
      <h2 id="source-heading">{t('source.heading')}</h2>
      <p>
        {sentence(t, 'source.city', {
          page: page.url ? (
            <a href={page.url} rel="noopener" hrefLang="ja">
              {title}
            </a>
          ) : (
            title
          ),
          verified: <DateText iso={page.verified} />,
        }, { city: t(`cities/${props.city.id}:name`) })}
        {page.updated && <> {sentence(t, 'source.updated', { date: <DateText iso={page.updated} /> })}</>}
      </p>
      <p>{t('source.national')}</p>
      {quoted.length > 0 && (
        <details class="source__details">
          <summary>{t('source.detailsSummary')}</summary>
          <p>{t('source.detailsIntro', { city: t(`cities/${props.city.id}:name`) })}</p>
          <ul>
            {quoted.map(({ counter, quotes }) => (
              <li key={counter.id}>
                {label(counter)}:{' '}
                {quotes.map((q, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' '}
                    <Quote cityId={props.city.id} text={q} class="quote" />
                  </Fragment>
                ))}
              </li>
            ))}
          </ul>
          <p>{t('source.detailsNational')}</p>
        </details>
      )}
    </section>
  );
}
