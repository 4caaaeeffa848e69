import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { jstDateOf } from '../../engine/time';
import type { ClashResolution, ImportPlan, ImportResult } from '../../storage';
import { ImportClashes } from './ImportClashes';
import { importErrorKey, importProblemLines } from './import-messages';
import { ImportError, ImportSummaryText } from './ImportReport';
import { exportFileName } from './saved-model';
import { usePeopleStore } from './use-people-store';
import { downloadText } from '../ui/download';

// A real export is a few kilobytes; the store refuses anything over 2,000,000 characters. Files far bigger than that
// are refused before reading them into memory.
const MAX_FILE_BYTES = 8_000_000;

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'error'; text: string; lines: string[] }
  | { step: 'ask'; plan: ImportPlan; choices: Record<string, ClashResolution>; missing: boolean }
  | { step: 'applying'; plan: ImportPlan }
  | { step: 'done'; result: ImportResult; identical: number }
  | { step: 'undone'; text: string }
  | { step: 'cancelled' };

/** Export every saved person to a file, and import such a file on another device, asking about every clash. */
export function MoveToNewPhone() {
  const t = useT('saved');
  const store = usePeopleStore();
  const [exported, setExported] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);

  // Move the focus to what the import produced (the question, the error, the summary) so it is read at once.
  useEffect(() => {
    if (state.step !== 'idle' && state.step !== 'reading' && state.step !== 'applying') resultRef.current?.focus();
  }, [state.step]);

  const onExport = async () => {
    const result = await store.exportAll();
    if (!result.ok) {
      setExported(t(importErrorKey(result.error)));
      return;
    }
    const name = exportFileName(jstDateOf(Date.now()));
    downloadText(result.value.json, name, 'application/json');
    const count = store.people.length;
    const skipped = result.value.skipped.length;
    setExported(
      [t('move.exported', { count, file: name }), skipped ? t('move.exportSkipped', { count: skipped }) : '']
        .filter(Boolean)
        .join(' '),
    );
  };

  const apply = async (plan: ImportPlan, choices: Record<string, ClashResolution>) => {
    setState({ step: 'applying', plan });
    const result = await store.applyImport(plan, choices);
    if (result.ok) setState({ step: 'done', result: result.value, identical: plan.identical.length });
    else setState({ step: 'error', text: t(importErrorKey(result.error)), lines: [] });
  };

  const undo = async (result: ImportResult) => {
    const undone = await store.undoImport(result.undo);
    if (undone.ok) setState({ step: 'undone', text: t('import.summary.undone') });
    else setState({ step: 'error', text: t(importErrorKey(undone.error)), lines: [] });
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Let the same file be chosen again after a fix or a cancel.
    input.value = '';
    if (!file) return;
    setExported(null);
    if (file.size > MAX_FILE_BYTES) {
      setState({ step: 'error', text: t('import.error.tooLarge'), lines: [] });
      return;
    }
    setState({ step: 'reading' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ step: 'error', text: t('import.error.unreadable'), lines: [] });
      return;
    }
    const planned = await store.importFile(text);
    if (!planned.ok) {
      const lines = planned.error.kind === 'invalid' ? importProblemLines(t, planned.error.problems ?? []) : [];
      setState({ step: 'error', text: t(importErrorKey(planned.error)), lines });
      return;
    }
    const plan = planned.value;
    if (plan.clashes.length) setState({ step: 'ask', plan, choices: {}, missing: false });
    else await apply(plan, {});
  };

  const confirm = (e: Event) => {
    e.preventDefault();
    if (state.step !== 'ask') return;
    const unresolved = state.plan.clashes.find((c) => !state.choices[c.incoming.id]);
    if (unresolved) {
      setState({ ...state, missing: true });
      document.querySelector<HTMLInputElement>(`input[name="clash-${unresolved.incoming.id}"]`)?.focus();
      return;
    }
    void apply(state.plan, state.choices);
  };

  const cancel = () => {
    setState({ step: 'cancelled' });
  };

  const busy = state.step === 'reading' || state.step === 'applying';

  return (
    <section class="saved-move" aria-labelledby="saved-move-heading">
      <h3 id="saved-move-heading">{t('move.heading')}</h3>
      <p>{t('move.intro')}</p>
      <div class="saved-move__row">
        <button type="button" class="button button--secondary" onClick={() => void onExport()} disabled={!store.people.length}>
          {t('move.export')}
        </button>
        {store.people.length ? null : <p class="saved-hint">{t('move.exportEmpty')}</p>}
        <p role="status" class="saved-message" data-export-status="">
          {exported}
        </p>
      </div>
      <div class="saved-move__row">
        <label for="saved-import-file" class="saved-file">
          {t('import.label')}
        </label>
        <p class="saved-hint" id="saved-import-hint">
          {t('import.hint')}
        </p>
        <input
          id="saved-import-file"
          type="file"
          accept="application/json"
          aria-describedby="saved-import-hint"
          disabled={busy || state.step === 'ask'}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      <div class="saved-import-result" ref={resultRef} tabIndex={-1} data-import-step={state.step}>
        {state.step === 'reading' || state.step === 'applying' ? <p class="saved-muted">{t('import.reading')}</p> : null}
        {state.step === 'error' ? <ImportError text={state.text} lines={state.lines} /> : null}
        {state.step === 'ask' ? (
          <ImportClashes
            plan={state.plan}
            choices={state.choices}
            missing={state.missing}
            onChoose={(id, choice) =>
              setState((s) => (s.step === 'ask' ? { ...s, choices: { ...s.choices, [id]: choice } } : s))
            }
            onSubmit={confirm}
            onCancel={cancel}
          />
        ) : null}
        {state.step === 'done' ? (
          <ImportSummaryText summary={state.result.summary} identical={state.identical} onUndo={() => void undo(state.result)} />
        ) : null}
        {state.step === 'undone' ? (
          <p class="notice" data-import-summary="undone">
            {state.text}
          </p>
        ) : null}
        {state.step === 'cancelled' ? (
          <p class="notice" data-import-summary="cancelled">
            {t('import.cancelled')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
