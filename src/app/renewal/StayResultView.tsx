import { useEffect, useRef } from 'preact/hooks';
import { dayRemindersIcs } from '../../engine/ics';
import type { StayDeadlines } from '../../engine/time';
import { DateText, formatDate, stripRuby, useLang, useT } from '../../i18n';
import { ROUTES } from '../routes';
import { linkWithLang } from '../counters/text';
import { sentence } from '../ui/sentence';
import { CALENDAR_TYPE, downloadText } from '../ui/download';
import type { StayResult } from './renewal-query';

/** Downloads one calendar file with both steps: immigration's window, and the last day for the city visit. */
function StayIcsButton(props: { d: StayDeadlines }) {
  const t = useT('renewal');
  const lang = useLang();
  const { d } = props;
  const download = () => {
    const values = { end: formatDate(d.stayUntil, lang), last: formatDate(d.lastCityDay, lang), from: formatDate(d.immigrationFrom, lang) };
    const text = dayRemindersIcs(
      [
        { key: 'stay-immigration', date: d.immigrationFrom, title: stripRuby(t('stay.ics.immigrationTitle')), description: stripRuby(t('stay.ics.immigrationBody', values)), alarmDaysBefore: 0 },
        { key: 'stay-city', date: d.lastCityDay, title: stripRuby(t('stay.ics.cityTitle')), description: stripRuby(t('stay.ics.cityBody', values)), alarmDaysBefore: 14 },
      ],
      Date.now(),
    );
    downloadText(text, `madoguchi-stay-${d.stayUntil}.ics`, CALENDAR_TYPE);
  };
  return (
    <button type="button" class="button button--secondary" onClick={download} data-ics="stay">
      {t('stay.ics.button')}
    </button>
  );
}

/**
 * The answer for a card that ends with the period of stay: the day it stops, that no letter comes, immigration's
 * window, the last day for the city, and what to do now; never a negative count (a past date says what to do).
 */
export function StayResultView(props: { stay: StayResult; lang: string | undefined; focus: boolean }) {
  const t = useT('renewal');
  const link = linkWithLang(props.lang);
  const d = props.stay.deadlines;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) headingRef.current?.focus();
  }, [props.focus, d.stayUntil]);
  const stateClass = d.state === 'passed' ? 'expired' : d.state === 'act-now' ? 'open' : 'not-yet';
  return (
    <section class={`renewal-result stay-result state--${stateClass}`} aria-labelledby="result-heading" data-stay-state={d.state}>
      <h2 id="result-heading" tabIndex={-1} ref={headingRef}>
        {t('stay.heading')}
      </h2>
      <p class="headline">{sentence(t, 'stay.stopsOn', { date: <DateText iso={d.stopsOn} weekday /> })}</p>
      {d.cause === 'usual' && <p>{sentence(t, 'stay.usualFirst', { date: <DateText iso={d.stopsOn} weekday /> })}</p>}
      <p class="stay-no-letter">
        <strong>{t('stay.noLetter')}</strong>
      </p>
      <dl class="facts renewal-facts">
        <dt>{t('stay.immigrationLabel')}</dt>
        <dd>
          {sentence(t, 'stay.immigrationFrom', { date: <DateText iso={d.immigrationFrom} weekday /> })}
          {d.state === 'not-yet' && <> ({t('result.inDays', { count: d.daysUntilImmigration })})</>}
        </dd>
        <dt>{t('stay.lastCityLabel')}</dt>
        <dd>
          <DateText iso={d.lastCityDay} weekday />
          {d.state !== 'passed' && <> ({d.daysUntilLastCityDay === 0 ? t('stay.today') : t('result.inDays', { count: d.daysUntilLastCityDay })})</>}
        </dd>
      </dl>
      <div class="state-box">
        <p class="state-box__label">
          <strong>{t(`stay.state.${d.state}.label`)}</strong>
        </p>
        <p>
          {sentence(t, `stay.state.${d.state}.todo`, {
            from: <DateText iso={d.immigrationFrom} weekday />,
            last: <DateText iso={d.lastCityDay} weekday />,
          })}
        </p>
        {d.state !== 'passed' && <StayIcsButton d={d} />}
        <ul class="next-steps">
          <li>
            <a href={link(ROUTES.checklist, { procedure: 'validity-change', ask: 'city' })}>{t('stay.checklist')}</a>
          </li>
          <li>
            <a href={link(ROUTES.counters, { procedure: 'validity-change' })}>{t('state.counters')}</a>
          </li>
        </ul>
      </div>
      <p class="small">{t('stay.sources')}</p>
    </section>
  );
}
