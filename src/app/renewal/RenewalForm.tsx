import { useLocation } from 'preact-iso';
import { useT } from '../../i18n';
import { ROUTES } from '../routes';
import { useFieldMessage } from './ErrorSummary';
import type { FieldError, RenewalField } from './renewal-query';

function DateField(props: { field: RenewalField; value: string | undefined; error: FieldError | undefined }) {
  const t = useT('renewal');
  const message = useFieldMessage();
  const { field, error } = props;
  const describedBy = [`${field}-hint`, error ? `${field}-error` : ''].filter(Boolean).join(' ');
  // A date input shows only a valid date; an invalid one stays quoted in the message above the field.
  const valid = props.value && /^\d{4}-\d{2}-\d{2}$/.test(props.value) && !error ? props.value : undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={field}>{t(`form.${field}.label`)}</label>
      <p class="field__hint" id={`${field}-hint`}>
        {t(`form.${field}.hint`)}
      </p>
      {error && (
        <p class="field__error" id={`${field}-error`}>
          {message(error)}
        </p>
      )}
      <input
        type="date"
        id={field}
        name={field}
        min="1900-01-01"
        max="2100-12-31"
        defaultValue={valid}
        aria-describedby={describedBy}
        aria-invalid={error ? 'true' : undefined}
      />
    </div>
  );
}

/**
 * One way in: a real GET form, so it works before the script runs. With the script, sending it changes the URL in
 * place (empty fields kept, so a blank form says what is missing instead of doing nothing).
 */
export function RenewalForm(props: {
  mode: 'expiry' | 'birth';
  fields: RenewalField[];
  query: Readonly<Record<string, string>>;
  errors: FieldError[];
}) {
  const t = useT('renewal');
  const { route } = useLocation();
  const headingId = `form-${props.mode}-heading`;
  return (
    <form
      method="get"
      action={ROUTES.renewal}
      noValidate
      class="renewal-form"
      aria-labelledby={headingId}
      onSubmit={(ev) => {
        ev.preventDefault();
        const data = new FormData(ev.currentTarget);
        const params = new URLSearchParams();
        for (const f of props.fields) params.set(f, String(data.get(f) ?? ''));
        if (props.query.lang) params.set('lang', props.query.lang);
        route(`${ROUTES.renewal}?${params.toString()}`);
      }}
    >
      <h2 id={headingId}>{t(`form.${props.mode}Heading`)}</h2>
      {props.fields.map((f) => (
        <DateField key={f} field={f} value={props.query[f]} error={props.errors.find((e) => e.field === f)} />
      ))}
      {props.query.lang && <input type="hidden" name="lang" value={props.query.lang} />}
      <button type="submit" class="button">
        {t(`form.${props.mode}Submit`)}
      </button>
    </form>
  );
}
