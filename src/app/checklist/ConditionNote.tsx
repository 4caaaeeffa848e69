import type { Condition, FactId } from '../../cities/schema';
import { openFacts } from '../../engine/conditions';
import { askHref, type ChecklistContext } from './context';
import { onlyIf } from './phrases';

// A conditional item or note keeps its condition in view until it is answered: the badge, the condition in words,
// and a link to the question of each fact it still waits for.

/** Links to the question screens of facts still unanswered; nothing when there are none. */
export function AskLinks(props: { ctx: ChecklistContext; facts: readonly FactId[] }) {
  const { ctx } = props;
  if (!props.facts.length) return null;
  return (
    <ul class="cl-ask" data-needs-script>
      {props.facts.map((fact) => (
        <li key={fact}>
          <a href={askHref(ctx, fact)}>{ctx.t(`rules:facts.${fact}.question`, { city: ctx.cityName })}</a>
        </li>
      ))}
    </ul>
  );
}

/** The "only if …" block of a conditional item or note, with links to ask its open facts. */
export function ConditionNote(props: { ctx: ChecklistContext; condition: Condition; badge: string }) {
  const { ctx } = props;
  return (
    <div class="cl-cond">
      <p>
        <strong class="cl-badge cl-badge--cond">{ctx.t(props.badge)}</strong>{' '}
        <span class="cl-cond__text">{onlyIf(props.condition, ctx.tr, ctx.cityName)}</span>
      </p>
      <AskLinks ctx={ctx} facts={openFacts(props.condition, ctx.query.answers)} />
    </div>
  );
}
