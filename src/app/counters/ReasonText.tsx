import { HOLIDAY_RANGE, type Reason } from '../../engine/time';
import { useLang, useT } from '../../i18n';
import { clock, HolidayName, monthDay } from './text';
import { sentence } from '../ui/sentence';

/** One reason for a status, in words (holiday by name, maintenance Sunday, year-end, after 18:00, …). */
export function ReasonText(props: { reason: Reason }) {
  const t = useT('counters');
  const lang = useLang();
  const r = props.reason;
  switch (r.code) {
    case 'holiday':
      return <>{sentence(t, 'reason.holiday', { name: <HolidayName name={r.name} /> })}</>;
    case 'year-end':
      return <>{t('reason.year-end', { from: monthDay(r.from, lang), to: monthDay(r.to, lang) })}</>;
    case 'after-card-hours':
      return <>{t('reason.after-card-hours', { until: clock(r.until) })}</>;
    case 'before-opening':
      return <>{t('reason.before-opening', { open: clock(r.open) })}</>;
    case 'after-closing':
      return <>{t('reason.after-closing', { close: clock(r.close) })}</>;
    case 'one-off':
      return <>{t('reason.one-off', { reason: r.reason })}</>;
    case 'outside-holiday-table':
      return <>{t('reason.outside-holiday-table', { from: HOLIDAY_RANGE.from.slice(0, 4), to: HOLIDAY_RANGE.to.slice(0, 4) })}</>;
    default:
      return <>{t(`reason.${r.code}`)}</>;
  }
}

/** The reasons worth saying: a suspended Sunday opening says it all, so "Sunday opening" is not repeated. */
export function shownReasons(reasons: readonly Reason[]): Reason[] {
  const suspended = reasons.some((r) => r.code === 'holiday-opening-suspended');
  const seen = new Set<string>();
  return reasons.filter((r) => {
    if (suspended && r.code === 'holiday-opening') return false;
    const key = JSON.stringify(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why a day is as it is, one reason a line; nothing when there is none. */
export function Reasons(props: { reasons: readonly Reason[] }) {
  if (!props.reasons.length) return null;
  return (
    <ul class="reasons">
      {props.reasons.map((r, i) => (
        <li key={i}>
          <ReasonText reason={r} />
        </li>
      ))}
    </ul>
  );
}
