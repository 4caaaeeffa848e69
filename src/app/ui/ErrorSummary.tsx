import { useEffect, useRef } from 'preact/hooks';

/** One problem of a form: its message and the id of the field it links to. */
export interface FormError {
  field: string;
  message: string;
}

/**
 * Every problem of a form at the top, each a link to its field (the GOV.UK pattern). It takes focus when it appears
 * and whenever `focusKey` changes (each send), so keyboard and screen-reader users land on it.
 */
export function ErrorSummary(props: { title: string; errors: readonly FormError[]; focusKey: string | number; id?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${props.id ?? 'error-summary'}-title`;
  useEffect(() => {
    ref.current?.focus();
  }, [props.focusKey]);
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={`${e.field}-${e.message}`}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                const input = document.getElementById(e.field);
                if (!input) return;
                ev.preventDefault();
                input.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
