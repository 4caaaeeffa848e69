import type { Condition } from '../../cities/schema';
import { openFacts } from '../../engine/conditions';
import { askHref, type ChecklistContext } from './context';
import { onlyIf } from './phrases';

// A conditional item or note keeps its condition in view until it is answered: the badge, the condition in words,
// and a link to the question of each fact it still waits for.

/** The "only if …" block of a conditional item or note, with links to ask its open facts. */
export function ConditionNote(props: { ctx: ChecklistContext; condition: Condition; badge: string }) {
  const { ctx } = props;
  const facts = openFacts(props.condition, ctx.query.answers);
  return (
    <div class="cl-cond">
      <p>
        <strong class="cl-badge cl-badge--cond">{ctx.t(props.badge)}</strong>{' '}
        <span class="cl-cond__text">{onlyIf(props.condition, ctx.tr, ctx.cityName)}</span>
      </p>
      {facts.length > 0 && (
        <ul class="cl-ask" data-needs-script>
          {facts.map((fact) => (
            <li key={fact}>
              <a href={askHref(ctx, fact)}>{ctx.t(`rules:facts.${fact}.question`, { city: ctx.cityName })}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
