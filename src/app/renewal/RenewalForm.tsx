import { useLocation } from 'preact-iso';
import { useT } from '../../i18n';
import { ROUTES } from '../routes';
import { readDateEntry } from '../../engine/time';
import { useFieldMessage } from './field-message';
import type { FieldError, RenewalField } from './renewal-query';

function DateField(props: { field: RenewalField; value: string | undefined; error: FieldError | undefined }) {
  const t = useT('renewal');
  const message = useFieldMessage();
  const { field, error } = props;
  const describedBy = [`${field}-hint`, error ? `${field}-error` : ''].filter(Boolean).join(' ');
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
      {/* Text, not a date picker: these are dates people know or copy from paper (a birth date decades back is a
          long way in a picker), and a date input made the page's first render wait for the locale's date data. */}
      <input
        type="text"
        id={field}
        name={field}
        autoComplete={field === 'birth' ? 'bday' : 'off'}
        maxLength={20}
        defaultValue={props.value}
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
  mode: 'expiry' | 'birth' | 'stay';
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
        // As typed on paper or a keypad (20270615, 2027年6月15日) the date goes into the address as YYYY-MM-DD; what
        // cannot be read goes as typed, and the page says what is wrong with it.
        for (const f of props.fields) {
          const typed = String(data.get(f) ?? '').trim();
          params.set(f, readDateEntry(typed) ?? typed);
        }
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
