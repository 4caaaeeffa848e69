import type { City } from '../../cities/schema';
import type { ProcedureId } from '../../cities/vocabulary';
import { readDateEntry, YEAR_RANGE, type IsoDate, type NextOpening } from '../../engine/time';
import { DateText, useT } from '../../i18n';
import { ROUTES, useQuery } from '../routes';
import { dateAnswer, type CounterOnDay, type DateAnswer, type DateParam } from './date-answer';
import { CounterName } from './CounterName';
import { HoursText } from './HoursText';
import { Reasons, shownReasons } from './ReasonText';
import { StatusIcon } from '../ui/StatusIcon';
import { clock } from './text';
import { sentence } from '../ui/sentence';

function NextFrom(props: { next: NextOpening | null | 'unknown' }) {
  const t = useT('counters');
  const n = props.next;
  if (n === 'unknown') return <>{t('next.unknown')}</>;
  if (n === null) return <>{t('day.nextNone')}</>;
  return (
    <>
      {sentence(t, 'next.at', { date: <DateText iso={n.date} weekday /> }, { time: clock(n.time) })}
      {n.inPrinciple && <> {t('next.inPrinciple')}</>}
    </>
  );
}

function CounterDay(props: { cityId: string; day: CounterOnDay }) {
  const t = useT('counters');
  const d = props.day;
  // Closed days have no hours to give; the "closing time not given" reason is said by the hours themselves.
  const showHours = d.status !== 'closed' && (d.hours?.windows.length ?? 0) > 0;
  const reasons = shownReasons(d.reasons).filter((r) => !(showHours && r.code === 'closing-unknown'));
  return (
    <li class={`day-answer__counter status--${d.status}`} data-day-counter={d.counter.id} data-day-status={d.status}>
      <h3 class="counter__name">
        <CounterName cityId={props.cityId} counter={d.counter} />
      </h3>
      <p class="status-line">
        <StatusIcon status={d.status} />
        <span>
          <strong>{d.inPrinciple ? t('statusShort.openInPrinciple') : t(`day.status.${d.status}`)}</strong>
          {showHours && (
            <>
              {' '}
              <HoursText hours={d.hours} day={d.status} />
            </>
          )}
        </span>
      </p>
      <Reasons reasons={reasons} />
      {d.inPrinciple && <p>{t('day.checkCalendar')}</p>}
      {d.status !== 'open' && (
        <p>
          {t('day.nextLabel')} <NextFrom next={d.next} />
        </p>
      )}
    </li>
  );
}

function Answer(props: { cityId: string; answer: DateAnswer }) {
  const t = useT('counters');
  const { answer } = props;
  const summary = answer.anyOpen ? 'day.summary.open' : answer.counters.some((c) => c.status === 'unknown') ? 'day.summary.unknown' : 'day.summary.none';
  return (
    <div class="day-answer" data-date-answer={answer.date}>
      <p class="day-answer__summary">
        <strong>{sentence(t, summary, { date: <DateText iso={answer.date} weekday /> })}</strong>
      </p>
      <ul class="day-answer__list">
        {answer.counters.map((c) => (
          <CounterDay key={c.counter.id} cityId={props.cityId} day={c} />
        ))}
      </ul>
    </div>
  );
}

function safeAnswer(city: City, procedure: ProcedureId | null, date: IsoDate): DateAnswer | null {
  try {
    return dateAnswer(city, procedure, date);
  } catch {
    return null; // a date the engine cannot place (past its years): said as a problem, never guessed
  }
}

/**
 * "Can I go on that day?": a GET form (date=YYYY-MM-DD, works before the script runs) and, for the date in the URL,
 * each counter's card work that day with its reasons and the next opening after it.
 */
export function DayCheck(props: { city: City; procedure: ProcedureId | null; param: DateParam }) {
  const t = useT('counters');
  const { query, set } = useQuery();
  const { city, procedure, param } = props;
  const answer = param.kind === 'date' ? safeAnswer(city, procedure, param.date) : null;
  const problem =
    param.kind === 'bad' ? t('day.bad', { value: param.value })
    : param.kind === 'out-of-range' ? t('day.outOfRange', { value: param.value, min: YEAR_RANGE.min, max: YEAR_RANGE.max })
    : param.kind === 'empty' ? t('day.empty')
    : param.kind === 'date' && !answer ? t('day.bad', { value: param.date })
    : null;
  return (
    <section class="day-check" aria-labelledby="day-heading">
      <h2 id="day-heading">{t('day.heading')}</h2>
      <form
        method="get"
        action={ROUTES.counters}
        class="day-form"
        onSubmit={(ev) => {
          ev.preventDefault();
          const typed = String(new FormData(ev.currentTarget).get('date') ?? '').trim();
          set({ date: readDateEntry(typed) || typed });
        }}
      >
        <input type="hidden" name="city" value={city.id} />
        {procedure && <input type="hidden" name="procedure" value={procedure} />}
        {query.lang && <input type="hidden" name="lang" value={query.lang} />}
        <div class="field">
          <label for="day-date">{t('day.label')}</label>
          <p class="field__hint" id="day-date-hint">
            {t('day.hint')}
          </p>
          {problem && (
            <p class="field__error" id="day-date-error" role="alert">
              {problem}
            </p>
          )}
          <div class="day-form__row">
            <input
              type="date"
              id="day-date"
              name="date"
              required
              defaultValue={param.kind === 'date' ? param.date : ''}
              aria-describedby={problem ? 'day-date-hint day-date-error' : 'day-date-hint'}
              aria-invalid={problem ? 'true' : undefined}
            />
            <button type="submit" class="button">
              {t('day.submit')}
            </button>
          </div>
        </div>
      </form>
      {answer && <Answer cityId={city.id} answer={answer} />}
    </section>
  );
}
