import type { ComponentChild } from 'preact';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';
import { sentence } from '../ui/sentence';
import { sameChecklist } from './update-person';
import { usePeopleStore } from './use-people-store';

// Whose sheet it is, on the counter view and its paper copy: "For: 母". The label is only known once the store has
// opened in the browser, so the prerendered HTML never has it. It is the person's own text: rendered as text.

/**
 * Text exactly as typed. A component's own string is not an element's child, so the furigana hook
 * (src/i18n/ruby-hook.ts) leaves it alone: a label written `{母|はは}` stays those characters.
 */
function Verbatim(props: { text: string }): ComponentChild {
  return props.text;
}

/** "For: <label>" when the page shows saved person `personId`'s checklist; nothing before the store has them, else. */
export function PersonName(props: { personId: string; query: ChecklistQuery }) {
  const t = useT(['checklist']);
  const store = usePeopleStore();
  const record = store.people.find((p) => p.id === props.personId);
  // Another city, procedure or applicant than the one saved (the bar says "not saved"): not that person's sheet.
  if (!record || !sameChecklist(record, props.query)) return null;
  // <bdi>: a name in another script keeps its own direction inside the sentence.
  const label = (
    <bdi class="cv-for__label">
      <Verbatim text={record.label} />
    </bdi>
  );
  return (
    <p class="cv-for" data-person-name="">
      {sentence(t, 'counter.for', { label })}
    </p>
  );
}
