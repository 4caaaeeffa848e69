import { useLang } from './context';
import { formatDate, type FormatDateOptions } from './core';

/** A calendar date 'YYYY-MM-DD' as <time datetime="YYYY-MM-DD">, written for the shown language. */
export function DateText(props: { iso: string; weekday?: boolean; class?: string }) {
  const lang = useLang();
  const options: FormatDateOptions = { weekday: props.weekday ?? false };
  return (
    <time dateTime={props.iso} class={props.class}>
      {formatDate(props.iso, lang, options)}
    </time>
  );
}
