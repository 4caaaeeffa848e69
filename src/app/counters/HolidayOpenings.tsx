import type { City, Counter, ProcedureId } from '../../cities/schema';
import type { IsoDate } from '../../engine/time';
import { DateText, useT } from '../../i18n';
import { nextHolidayOpenings, type HolidayOpeningDay } from './holiday-openings';
import { CounterName, useCounterLabel } from './CounterName';
import { ReasonText } from './ReasonText';
import { StatusIcon } from '../ui/StatusIcon';
import { clock } from './text';
import { sentence } from '../ui/sentence';
import { Quote } from '../ui/Quote';

function OpeningRow(props: { day: HolidayOpeningDay }) {
  const t = useT('counters');
  const d = props.day;
  const w = d.hours?.windows[0];
  // What stops card work that day, besides the opening itself: the maintenance Sunday, the year-end, a holiday.
  const why = d.reasons.filter((r) => r.code !== 'holiday-opening' && r.code !== 'closing-unknown' && r.code !== 'holiday-opening-suspended');
  return (
    <li class={`plan__row opening status--${d.status}`} data-opening={d.date} data-opening-status={d.status}>
      <span class="plan__date">
        <DateText iso={d.date} weekday />
      </span>
      <span class="plan__what">
        <StatusIcon status={d.status} />
        <span>
          <strong>{t(`openings.status.${d.status}`)}</strong>
          {d.status === 'open' && w?.close && <> {t('hours.window', { open: clock(w.open), close: clock(w.close) })}</>}
          {why.map((r, i) => (
            <span class="plan__reason" key={i}>
              <ReasonText reason={r} />
            </span>
          ))}
          {d.inPrinciple && <span class="plan__reason">{t('openings.inPrinciple')}</span>}
        </span>
      </span>
    </li>
  );
}

function CounterOpenings(props: { cityId: string; counter: Counter; procedure: ProcedureId | null; today: IsoDate; named: boolean }) {
  const t = useT('counters');
  const label = useCounterLabel(props.cityId);
  const o = props.counter.schedule.holidayOpening!;
  const days = nextHolidayOpenings(props.counter, props.today, props.procedure);
  return (
    <div class="openings__counter" data-openings={props.counter.id}>
      {props.named && (
        <h3 class="counter__name">
          <CounterName cityId={props.cityId} counter={props.counter} />
        </h3>
      )}
      <p>
        {sentence(
          t,
          o.inPrinciple ? 'openings.introInPrinciple' : 'openings.intro',
          { quote: <Quote cityId={props.cityId} text={o.source.quote} class="quote" /> },
          { counter: label(props.counter), open: clock(o.open), close: clock(o.close) },
        )}
      </p>
      <ol class="plan__list">
        {days.map((d) => (
          <OpeningRow key={d.date} day={d} />
        ))}
      </ol>
      {o.inPrinciple && <p class="plan__note">{t('openings.check')}</p>}
    </div>
  );
}

/** The next holiday openings of the city's counters that have them, dated, whatever the plan's window. */
export function HolidayOpenings(props: { city: City; counters: Counter[]; procedure: ProcedureId | null; today: IsoDate }) {
  const t = useT('counters');
  const withOpenings = props.counters.filter((c) => c.schedule.holidayOpening);
  if (withOpenings.length === 0) return null;
  return (
    <section class="openings" aria-labelledby="openings-heading">
      <h2 id="openings-heading">{t('openings.heading')}</h2>
      {withOpenings.map((c) => (
        <CounterOpenings key={c.id} cityId={props.city.id} counter={c} procedure={props.procedure} today={props.today} named={props.counters.length > 1} />
      ))}
    </section>
  );
}
