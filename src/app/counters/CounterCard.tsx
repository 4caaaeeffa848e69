import type { ProcedureId } from '../../cities/vocabulary';
import { NEXT_OPENING_SEARCH_DAYS, addDays, openInPrinciple, parseTime, type IsoDate } from '../../engine/time';
import { DateText, useT } from '../../i18n';
import type { CounterView } from './counter-model';
import { CounterName } from './CounterName';
import { HoursText } from './HoursText';
import { Reasons, shownReasons } from './ReasonText';
import { StatusIcon } from '../ui/StatusIcon';
import { clock, HolidayName } from './text';
import { sentence } from '../ui/sentence';

/** The minute card work stops in the window open now, or null when the page does not say. */
function cardWorkEnds(view: CounterView): string | null {
  const h = view.now.hours;
  if (!h) return null;
  const now = parseTime(view.now.time);
  const w = h.windows.find((x) => parseTime(x.open) <= now && (x.close === null || now < parseTime(x.close)));
  const ends = [w?.close ?? null, h.cardWorkUntil].filter((x): x is string => x !== null).sort();
  return ends[0] ?? null;
}

function When(props: { date: IsoDate; time: string; today: IsoDate; inPrinciple?: boolean }) {
  const t = useT('counters');
  const date = <DateText iso={props.date} weekday />;
  const key = props.date === props.today ? 'next.todayAt' : props.date === addDays(props.today, 1) ? 'next.tomorrowAt' : 'next.at';
  return (
    <>
      {sentence(t, key, { date }, { time: clock(props.time) })}
      {props.inPrinciple && <> {t('next.inPrinciple')}</>}
    </>
  );
}

function NextOpening(props: { view: CounterView; today: IsoDate }) {
  const t = useT('counters');
  const { now, unknownDay, knownAfter } = props.view;
  const next = now.nextOpening;
  if (next === null) return <>{t('next.none', { days: NEXT_OPENING_SEARCH_DAYS })}</>;
  if (next === 'unknown') {
    const holiday = unknownDay?.reasons.find((r) => r.code === 'holiday');
    const first =
      unknownDay && holiday?.code === 'holiday'
        ? sentence(t, 'next.unknownHoliday', { date: <DateText iso={unknownDay.date} weekday />, name: <HolidayName name={holiday.name} /> })
        : props.view.silent
          ? t('next.unknownHours')
          : t('next.unknown');
    return (
      <>
        {first}
        {knownAfter && (
          <>
            {' '}
            {sentence(t, 'next.knownAfter', {
              when: <When date={knownAfter.date} time={knownAfter.time} today={props.today} inPrinciple={knownAfter.inPrinciple} />,
            })}
          </>
        )}
      </>
    );
  }
  if (now.status === 'open' && next.date === now.date && next.time === now.time) {
    const until = cardWorkEnds(props.view);
    return (
      <>
        <strong>{until ? t('next.nowUntil', { until: clock(until) }) : t('next.now')}</strong>
        {next.inPrinciple && <> {t('next.inPrinciple')}</>}
      </>
    );
  }
  return <When date={next.date} time={next.time} today={props.today} inPrinciple={next.inPrinciple} />;
}

/** One counter now: data-counter and data-status (public contract), name, status in words, today's hours, next opening. */
export function CounterCard(props: { cityId: string; view: CounterView; procedure: ProcedureId | null; today: IsoDate }) {
  const t = useT(['counters', 'rules']);
  const { counter, now } = props.view;
  const headingId = `counter-${counter.id}`;
  const openedAt = now.hours?.windows.filter((w) => w.open <= now.time).at(-1)?.open;
  // The status line already says the closing time is missing.
  const reasons = shownReasons(now.reasons).filter((r) => !(openedAt && now.status === 'unknown' && r.code === 'closing-unknown'));
  return (
    <li>
      <article
        class={`counter status--${now.status}`}
        data-counter={counter.id}
        data-status={now.status}
        aria-labelledby={headingId}
      >
        <h3 class="counter__name" id={headingId}>
          <CounterName cityId={props.cityId} counter={counter} />
        </h3>
        <p class="status-line">
          <StatusIcon status={now.status} />
          <strong>
            {now.status === 'unknown' && now.reasons.some((r) => r.code === 'closing-unknown') && openedAt
              ? t('status.unknownClosing', { open: clock(openedAt) })
              : now.status === 'open' && openInPrinciple(now.reasons)
                ? t('status.openInPrinciple')
                : t(`status.${now.status}`)}
          </strong>
        </p>
        <Reasons reasons={reasons} />
        <dl class="facts">
          <dt>{t('today')}</dt>
          <dd>
            <HoursText hours={now.hours} day={now.day} />
          </dd>
          <dt>{props.procedure ? t('next.labelFor', { procedure: t(`rules:procedures.${props.procedure}`) }) : t('next.label')}</dt>
          <dd>
            <NextOpening view={props.view} today={props.today} />
          </dd>
        </dl>
      </article>
    </li>
  );
}
