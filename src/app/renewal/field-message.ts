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
