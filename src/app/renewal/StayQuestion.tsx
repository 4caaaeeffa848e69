import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n';
import { ROUTES, buildHref } from '../routes';

/**
 * Asked before any date (issue 21): does the cardholder have a fixed period of stay? If so the card ends with it
 * and the birthday rules give wrong dates. Each answer opens its own date form in place (a <details>, so it works
 * before the script and without it, where a link to ?stay=… would meet the same prerendered page again).
 */
export function StayQuestion(props: { fixed: ComponentChildren; none: ComponentChildren }) {
  const t = useT('renewal');
  return (
    <section class="stay-question" aria-labelledby="stay-question-title" data-question="stay">
      <h2 id="stay-question-title">{t('stay.question')}</h2>
      <p class="hint">{t('stay.questionHint')}</p>
      <details class="stay-question__answer" data-stay="fixed">
        <summary class="button">{t('stay.fixed')}</summary>
        {props.fixed}
      </details>
      <details class="stay-question__answer" data-stay="none">
        <summary class="button button--secondary">{t('stay.none')}</summary>
        {props.none}
      </details>
    </section>
  );
}

/** At the top of a result worked out from dates (under its heading): they are wrong for a card that ends with a period of stay. */
export function StayCaveat(props: { query: Readonly<Record<string, string>> }) {
  const t = useT('renewal');
  return (
    <p class="stay-caveat" data-notice="stay-caveat">
      <strong>{t('stay.caveat')}</strong>{' '}
      <a href={buildHref(ROUTES.renewal, { ...props.query, stay: 'fixed' })}>{t('stay.caveatLink')}</a>
    </p>
  );
}
