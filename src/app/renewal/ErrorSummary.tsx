import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n';
import { ACCEPTED_YEARS, type FieldError } from './renewal-query';

/** The message for one field's problem, in the shown language. */
export function useFieldMessage() {
  const t = useT('renewal');
  return (e: FieldError): string => {
    const field = t(`form.${e.field}.name`);
    if (e.problem === 'no-such-date' && e.month)
      return t('error.no-such-date-day', { field, value: e.value, days: e.month.days, month: t(`months.${e.month.month}`), year: e.month.year });
    return t(`error.${e.problem}`, { field, value: e.value, min: ACCEPTED_YEARS.min, max: ACCEPTED_YEARS.max });
  };
}

/**
 * Every problem at the top, each a link to its field (the GOV.UK pattern). It takes focus when it appears, so
 * keyboard and screen-reader users land on it after sending the form.
 */
export function ErrorSummary(props: { errors: FieldError[]; focusKey: string }) {
  const t = useT('renewal');
  const message = useFieldMessage();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [props.focusKey]);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('error.summaryTitle')}</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={`${e.field}-${e.problem}`}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                const input = document.getElementById(e.field);
                if (!input) return;
                ev.preventDefault();
                input.focus();
              }}
            >
              {message(e)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
