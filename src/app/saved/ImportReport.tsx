import { useT } from '../../i18n';
import type { ImportSummary } from '../../storage';

/** A refused file or a failed import: what happened, and for a changed file, what is wrong person by person. */
export function ImportError(props: { text: string; lines: readonly string[] }) {
  return (
    <div class="notice notice--offline" role="alert" data-import-error="">
      <p>{props.text}</p>
      {props.lines.length ? (
        <ul class="saved-issues">
          {props.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** What an import did, each replaced person by name, with an Undo while nothing it wrote has changed. */
export function ImportSummaryText(props: { summary: ImportSummary; identical: number; onUndo: (() => void) | null }) {
  const t = useT('saved');
  const { summary, identical } = props;
  const lines: string[] = [];
  if (summary.added) lines.push(t('import.summary.added', { count: summary.added }));
  for (const r of summary.replacements) {
    lines.push(t(r.was === r.now ? 'import.summary.replacedOne' : 'import.summary.replacedRenamed', { was: r.was, now: r.now }));
  }
  if (summary.keptBoth) lines.push(t('import.summary.keptBoth', { count: summary.keptBoth }));
  // A replaced person's new name is said with the replacement.
  const replacedIds = new Set(summary.replacements.map((r) => r.id));
  for (const r of summary.renamed) if (!replacedIds.has(r.id)) lines.push(t('import.summary.renamed', { label: r.label }));
  if (summary.skipped) lines.push(t('import.summary.skipped', { count: summary.skipped }));
  if (identical) lines.push(t('import.summary.identical', { count: identical }));
  const changed = summary.added + summary.replaced + summary.keptBoth > 0;
  return (
    <div class="notice" data-import-summary="">
      <p>
        <strong>{t(changed ? 'import.summary.heading' : 'import.summary.nothing')}</strong>
      </p>
      {lines.length ? (
        <ul class="saved-issues">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {changed && props.onUndo ? (
        <div class="notice__actions">
          <button type="button" class="button button--secondary" onClick={props.onUndo} data-import-undo="">
            {t('import.summary.undo')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
