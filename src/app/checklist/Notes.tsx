import type { ChecklistNote } from '../../engine/checklist';
import { openFacts } from '../../engine/conditions';
import { askHref, type ChecklistContext } from './context';
import { onlyIf } from './phrases';

// The page's notes for this case. Warnings go first and stand out; a note that depends on an unanswered fact says
// so, with its condition in words and a link to answer it.

function NoteItem(props: { ctx: ChecklistContext; note: ChecklistNote }) {
  const { ctx, note } = props;
  const { t } = ctx;
  return (
    <li class={`cl-note cl-note--${note.level}`} data-note={note.id} data-level={note.level} data-scope={note.scope}>
      <p class="cl-note__text">{t(note.scope === 'national' ? `rules:national.notes.${note.id}` : `cities/${ctx.city.id}:notes.${note.id}`)}</p>
      {note.state === 'conditional' && note.condition && (
        <div class="cl-cond">
          <p>
            <strong class="cl-badge cl-badge--cond">{t('rules:noteStates.conditional')}</strong>{' '}
            <span class="cl-cond__text">{onlyIf(note.condition, ctx.tr, ctx.cityName)}</span>
          </p>
          <ul class="cl-ask" data-needs-script>
            {openFacts(note.condition, ctx.query.answers).map((fact) => (
              <li key={fact}>
                <a href={askHref(ctx, fact)}>{t(`rules:facts.${fact}.question`, { city: ctx.cityName })}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** The notes of one level under a heading; nothing when there are none. */
export function Notes(props: { ctx: ChecklistContext; level: ChecklistNote['level'] }) {
  const { ctx, level } = props;
  const notes = ctx.checklist.notes.filter((n) => n.level === level);
  if (!notes.length) return null;
  const titleId = `cl-notes-${level}`;
  return (
    <section class={`cl-notes cl-notes--${level}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{ctx.t(level === 'warning' ? 'notes.warningTitle' : 'notes.infoTitle')}</h2>
      <ul>
        {notes.map((note) => (
          <NoteItem key={note.id} ctx={ctx} note={note} />
        ))}
      </ul>
    </section>
  );
}
