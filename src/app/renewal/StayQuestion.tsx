import { useT } from '../../i18n';
import { ROUTES, buildHref } from '../routes';

/**
 * Asked before any date (issue 21): does the cardholder have a fixed period of stay? If so the card ends with it
 * and the birthday rules give wrong dates. Links, not a form, so it works before the script and in any browser.
 */
export function StayQuestion(props: { query: Readonly<Record<string, string>> }) {
  const t = useT('renewal');
  const keep = { ...props.query };
  delete keep.stay;
  const href = (stay: 'fixed' | 'none') => buildHref(ROUTES.renewal, { ...keep, stay });
  return (
    <section class="stay-question" aria-labelledby="stay-question-title" data-question="stay">
      <h2 id="stay-question-title">{t('stay.question')}</h2>
      <p class="hint">{t('stay.questionHint')}</p>
      <ul class="stay-question__answers">
        <li>
          <a class="button" href={href('fixed')} data-stay="fixed">
            {t('stay.fixed')}
          </a>
        </li>
        <li>
          <a class="button button--secondary" href={href('none')} data-stay="none">
            {t('stay.none')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** Above a result worked out from birthdays: these dates are wrong for a card that ends with a period of stay. */
export function StayCaveat(props: { query: Readonly<Record<string, string>> }) {
  const t = useT('renewal');
  return (
    <p class="callout stay-caveat" data-notice="stay-caveat">
      <strong>{t('stay.caveat')}</strong>{' '}
      <a href={buildHref(ROUTES.renewal, { ...props.query, stay: 'fixed' })}>{t('stay.caveatLink')}</a>
    </p>
  );
}
