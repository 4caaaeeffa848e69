import type { CardStatus, DayHours } from '../../engine/time';
import { useT } from '../../i18n';
import { clock } from './text';

/** A day's opening hours in words: known parts only, and "closing time not given" where the page cuts it off. */
export function HoursText(props: { hours: DayHours | null; day: CardStatus }) {
  const t = useT('counters');
  const h = props.hours;
  if (!h || h.windows.length === 0) return <>{props.day === 'closed' ? t('hours.closed') : t('hours.notGiven')}</>;
  const windows = h.windows
    .map((w) => (w.close ? t('hours.window', { open: clock(w.open), close: clock(w.close) }) : t('hours.fromOnly', { open: clock(w.open) })))
    .join(t('hours.separator'));
  const parts = [windows];
  if (props.day === 'no-card-work') parts.push(t('hours.noCardWorkAllDay'));
  else if (h.cardWorkUntil) parts.push(t('hours.cardUntil', { until: clock(h.cardWorkUntil) }));
  return <>{parts.join(t('hours.joiner'))}</>;
}
