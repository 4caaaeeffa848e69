import { useLang } from '../../i18n';
import { quoteIn } from '../../i18n/readings';

/**
 * The city page's own words, cited as printed and marked lang="ja"; a language that keeps ruby-marked copies of the
 * city's quotes (easy Japanese, in its cities/<id>.json `quotes`) shows the copy, the same words with furigana.
 */
export function Quote(props: { cityId: string; text: string; class?: string }) {
  const lang = useLang();
  return (
    <q lang="ja" class={props.class}>
      {quoteIn(lang, `cities/${props.cityId}`, props.text)}
    </q>
  );
}
