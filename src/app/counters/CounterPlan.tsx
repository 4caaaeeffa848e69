import { openInPrinciple, type Reason } from '../../engine/time';
import { useT } from '../../i18n';
import type { CounterView, PlanRow } from './counter-model';
import { CounterName } from './CounterName';
import { ReasonText } from './ReasonText';
import { StatusIcon } from '../ui/StatusIcon';
import { clock, ShortDate } from './text';
import { sentence } from '../ui/sentence';

/** Reasons a plan line names; the long explanations are in the notes below the plan. */
const PLAN_REASONS: ReadonlySet<Reason['code']> = new Set([
  'holiday',
  'maintenance-sunday',
  'year-end',
  'one-off',
  'holiday-opening',
  'holiday-opening-suspended',
  'holiday-opening-ask-first',
  'outside-holiday-table',
  'not-a-working-day',
]);

function PlanReason(props: { reason: Reason }) {
  const t = useT('counters');
  const r = props.reason;
  if (r.code === 'holiday' || r.code === 'one-off' || r.code === 'outside-holiday-table') return <ReasonText reason={r} />;
  return <>{t(`plan.reason.${r.code}`)}</>;
}

function CardHours(props: { row: PlanRow }) {
  const t = useT('counters');
  const h = props.row.hours;
  if (!h || h.windows.length === 0) return null;
  const until = h.cardWorkUntil;
  const text = h.windows
    .map((w) => {
      const ends = [w.close, until].filter((x): x is string => x !== null).sort()[0];
      return ends ? t('hours.window', { open: clock(w.open), close: clock(ends) }) : t('hours.from', { open: clock(w.open) });
    })
    .join(t('hours.separator'));
  return <>{text}</>;
}

function Row(props: { row: PlanRow }) {
  const t = useT('counters');
  const { row } = props;
  let reasons = row.reasons.filter((r) => PLAN_REASONS.has(r.code));
  // "Sunday opening, but no card work (maintenance Sunday)" says all three.
  if (reasons.some((r) => r.code === 'holiday-opening-suspended'))
    reasons = reasons.filter((r) => r.code !== 'holiday-opening' && r.code !== 'maintenance-sunday');
  return (
    // A day without card work is a short grey line that still says why: the day is there, so nobody wonders.
    <li class={`plan__row status--${row.status}${row.status === 'open' ? '' : ' plan__row--short'}`} data-plan-date={row.from}>
      <span class="plan__date">
        {row.to === row.from ? <ShortDate iso={row.from} /> : sentence(t, 'plan.range', { from: <ShortDate iso={row.from} />, to: <ShortDate iso={row.to} /> })}
      </span>
      <span class="plan__what">
        <StatusIcon status={row.status} />
        <span>
          <strong>{row.status === 'open' && openInPrinciple(row.reasons) ? t('statusShort.openInPrinciple') : t(`statusShort.${row.status}`)}</strong>
          {row.status === 'open' && (
            <>
              {' '}
              <CardHours row={row} />
            </>
          )}
          {reasons.map((r, i) => (
            <span class="plan__reason" key={i}>
              <PlanReason reason={r} />
            </span>
          ))}
          {row.crowded && <span class="tag tag--crowded">{t('plan.crowded')}</span>}
        </span>
      </span>
    </li>
  );
}

/** Counters whose plans are the same (the Ryugasaki halls, of which the page says nothing) share one list. */
export function groupPlans(views: readonly CounterView[]): CounterView[][] {
  const groups = new Map<string, CounterView[]>();
  for (const v of views) {
    const key = JSON.stringify([v.silent, v.plan]);
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()];
}

/** Every day of the window at one counter (or several alike): the days the procedure can be done, and why not on the others. */
export function CounterPlan(props: { cityId: string; views: CounterView[] }) {
  const t = useT('counters');
  const view = props.views[0] as CounterView;
  const headingId = `plan-${view.counter.id}`;
  return (
    <section class="plan" aria-labelledby={headingId}>
      <h3 id={headingId} class="counter__name">
        {props.views.map((v) => (
          <span class="plan__counter" key={v.counter.id}>
            <CounterName cityId={props.cityId} counter={v.counter} />
          </span>
        ))}
      </h3>
      {view.silent && <p class="plan__note">{t('plan.silent')}</p>}
      {view.counter.schedule.weekly.some((w) => w.daysInferredFrom) && <p class="plan__note">{t('plan.daysInferred')}</p>}
      {view.plan.length === 0 ? (
        <p>{view.silent ? t('plan.silentNone') : t('plan.none')}</p>
      ) : (
        <ol class="plan__list">
          {view.plan.map((row) => (
            <Row key={row.from} row={row} />
          ))}
        </ol>
      )}
    </section>
  );
}
