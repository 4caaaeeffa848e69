import { useLang } from '../../i18n';
import { stripRuby } from '../../i18n/ruby';
import { readingsOf, withReadings } from '../../i18n/readings';

/** The Japanese name with its reading as ruby markup in every language but ja (a reader of ja reads the kanji). */
export function useJaReading(): (text: string) => string {
  const lang = useLang();
  return (text) => (lang === 'ja' ? text : withReadings(text, readingsOf(lang)));
}

/**
 * A Japanese name as the city or the state writes it (what the staff say and the papers print), marked lang="ja",
 * with each term's reading as ruby outside ja: a reader who does not read kanji can still say it at the counter.
 */
export function JaName(props: { text: string; class?: string }) {
  const reading = useJaReading();
  return (
    <span class={props.class} lang="ja">
      {reading(props.text)}
    </span>
  );
}

/**
 * A label in the shown language beside the Japanese name it translates; once when they are the same words (in
 * easy Japanese, the label is the name with its furigana).
 */
export function LabelAndJa(props: { label: string; ja: string; labelClass: string }) {
  if (stripRuby(props.label) === props.ja)
    return (
      <span class={`cl-ja ${props.labelClass}`} lang="ja">
        {props.label}
      </span>
    );
  return (
    <>
      <span class={props.labelClass}>{props.label}</span>
      <JaName class="cl-ja" text={props.ja} />
    </>
  );
}
