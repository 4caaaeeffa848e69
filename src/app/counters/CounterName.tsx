import type { Counter } from '../../cities/schema';
import { useT } from '../../i18n';
import { JaName } from '../ui/JaName';
import { sameAsJapanese } from '../ui/JaTerm';

/**
 * A counter's name as the city page prints it (marked lang="ja", what the staff and the signs say), with the
 * translation of the shown language beneath when it reads differently.
 */
export function CounterName(props: { cityId: string; counter: Counter }) {
  const t = useT();
  const translated = String(t(`cities/${props.cityId}:counters.${props.counter.id}`, { defaultValue: '' }));
  return (
    <>
      <JaName class="counter-name__ja" text={props.counter.ja} />
      {translated && !sameAsJapanese(translated, props.counter.ja) && <span class="counter-name__tr">{translated}</span>}
    </>
  );
}

/** The counter's name in the shown language (the page's wording when there is no translation), for running text. */
export function useCounterLabel(cityId: string) {
  const t = useT();
  return (counter: Counter) => String(t(`cities/${cityId}:counters.${counter.id}`, { defaultValue: counter.ja }));
}
