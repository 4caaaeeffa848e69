import type { ChecklistNote } from '../../engine/checklist';
import type { ChecklistContext } from './context';
import { ConditionNote } from './ConditionNote';

// The page's notes for this case. Warnings go first and stand out; a note that depends on an unanswered fact says
// so, with its condition in words and a link to answer it.

function NoteItem(props: { ctx: ChecklistContext; note: ChecklistNote }) {
  const { ctx, note } = props;
  const { t } = ctx;
  return (
    <li class={`cl-note cl-note--${note.level}`} data-note={note.id} data-level={note.level} data-scope={note.scope}>
      <p class="cl-note__text">{t(note.scope === 'national' ? `rules:national.notes.${note.id}` : `cities/${ctx.city.id}:notes.${note.id}`)}</p>
      {note.state === 'conditional' && note.condition && <ConditionNote ctx={ctx} condition={note.condition} badge="rules:noteStates.conditional" />}
    </li>
  );
}

/** The warnings about this list, before it, under a heading; nothing when there are none. */
export function Warnings(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const notes = ctx.checklist.notes.filter((n) => n.level === 'warning' && !n.general);
  if (!notes.length) return null;
  return (
    <section class="cl-notes cl-notes--warning" aria-labelledby="cl-notes-warning">
      <h2 id="cl-notes-warning">{ctx.t('notes.warningTitle')}</h2>
      <ul>
        {notes.map((note) => (
          <NoteItem key={note.id} ctx={ctx} note={note} />
        ))}
      </ul>
    </section>
  );
}

/**
 * After the list: general warnings (crowded days) in view, then the page's other notes folded, so they are one tap
 * away without pushing the counters and the source down a phone's screen.
 */
export function MoreNotes(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  // A note still waiting for an answer stays in view with its question, like a conditional item.
  const general = [...ctx.checklist.notes.filter((n) => n.level === 'warning' && n.general), ...ctx.checklist.notes.filter((n) => n.level === 'info' && n.state === 'conditional')];
  const info = ctx.checklist.notes.filter((n) => n.level === 'info' && n.state !== 'conditional');
  if (!general.length && !info.length) return null;
  return (
    <section class="cl-notes cl-notes--info" aria-labelledby="cl-notes-info">
      <h2 id="cl-notes-info">{ctx.t('notes.infoTitle')}</h2>
      {general.length > 0 && (
        <ul class="cl-notes__general">
          {general.map((note) => (
            <NoteItem key={note.id} ctx={ctx} note={note} />
          ))}
        </ul>
      )}
      {info.length > 0 && (
        <details class="cl-notes__more">
          <summary>{ctx.t('notes.more', { count: info.length })}</summary>
          <ul>
            {info.map((note) => (
              <NoteItem key={note.id} ctx={ctx} note={note} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
