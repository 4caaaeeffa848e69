import type { Counter, Window } from '../../cities/schema';
import { useLang, useT } from '../../i18n';
import { clock, monthDay } from './text';

// A counter's week in words, from its data alone (no clock): what the checklist's "Where to go" says under each
// counter, so the station's 18:00 cut-off or Satte's hedged Sunday openings travel with every list that names it.

const WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Weekday codes as short names, a run of three or more as a range: ['mon'…'fri'] → 'Mon–Fri'. */
function dayNames(days: readonly string[], names: readonly string[], range: (from: string, to: string) => string, sep: string): string {
  const idx = WEEK.map((d, i) => (days.includes(d) ? i : -1)).filter((i) => i >= 0);
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .flatMap((r) => (r.length >= 3 ? [range(names[r[0]!]!, names[r.at(-1)!]!)] : r.map((i) => names[i]!)))
    .join(sep);
}

function WindowFact(props: { window: Window }) {
  const t = useT(['counters', 'common']);
  const w = props.window;
  const hours = w.close ? t('hours.window', { open: clock(w.open), close: clock(w.close) }) : t('hours.fromOnly', { open: clock(w.open) });
  if (w.days === 'every-day') return <>{t(w.daysInferredFrom ? 'facts.everyDayInferred' : 'facts.everyDay', { hours })}</>;
  const names = t('common:dates.weekdayShortNames', { returnObjects: true }) as unknown as string[];
  const days = dayNames(w.days, names, (from, to) => t('facts.dayRange', { from, to }), t('listSeparator'));
  return <>{t('facts.days', { days, hours })}</>;
}

/** One counter's days, hours, card-work cut-off, holiday openings and closures, as the data gives them. */
export function ScheduleFacts(props: { counter: Counter }) {
  const t = useT('counters');
  const lang = useLang();
  const s = props.counter.schedule;
  const o = s.holidayOpening;
  return (
    <ul class="schedule-facts">
      {s.weekly.length === 0 && <li>{t('facts.noHours')}</li>}
      {s.weekly.map((w, i) => (
        <li key={i}>
          <WindowFact window={w} />
        </li>
      ))}
      {s.cardWorkUntil && <li data-fact="card-until">{t('facts.cardUntil', { until: clock(s.cardWorkUntil.time) })}</li>}
      {o && (
        <li data-fact="holiday-opening">
          {t(o.inPrinciple ? 'facts.holidayOpeningInPrinciple' : 'facts.holidayOpening', { open: clock(o.open), close: clock(o.close) })}
          {!o.cardWorkOnMaintenanceSunday && <> {t('facts.holidayOpeningMaintenance')}</>}
        </li>
      )}
      {s.closedOnHolidays && <li>{t('facts.closedOnHolidays')}</li>}
      {s.yearEnd && <li>{t('facts.yearEnd', { from: monthDay(s.yearEnd.from, lang), to: monthDay(s.yearEnd.to, lang) })}</li>}
    </ul>
  );
}
