import { useEffect, useMemo, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { Progress } from '../../storage';
import { progressFromQuery, progressParams } from '../checklist/checklist-state';
import { cities } from '../../cities/registry';
import { parseChecklistQuery, type ChecklistQuery } from '../query/checklist-query';
import { useQuery, type QueryApi } from '../routes';
import { ProgressSync, type SyncDeps, type SyncState } from './progress-sync';
import { unavailableKey, writeErrorKey } from './saved-model';
import { sameChecklist } from './update-person';
import { usePeopleStore } from './use-people-store';

// The top of a checklist opened from a saved person: whose checklist it is, whether what the page shows is saved,
// Undo of the last change, and the question when another tab changed an answer too. Sticky, so the "saved" state
// and Undo stay in sight while the person ticks items further down.

// One sync per person for the life of the page: the checklist re-mounts after a question screen (Change), and the
// base it agreed with the store must survive that.
const syncs = new Map<string, ProgressSync>();
// The mounted component's way to change the URL (the router's, which changes with each render).
let navigate: QueryApi | null = null;

function syncFor(personId: string, initial: Progress, save: SyncDeps['save']): ProgressSync {
  let sync = syncs.get(personId);
  if (!sync) {
    sync = new ProgressSync(personId, initial, {
      save,
      show: (progress) => navigate?.setLatest(progressParams(progress), { replace: true }),
      current: () => progressFromQuery(parseChecklistQuery(new URLSearchParams(location.search), cities.ids).query),
    });
    syncs.set(personId, sync);
  }
  return sync;
}

/** The saved person's bar above their checklist; `initial` is the URL's progress when the page opened. */
export function PersonProgress(props: { personId: string; initial: Progress; query: ChecklistQuery }) {
  const t = useT(['saved', 'rules', `cities/${props.query.city ?? ''}`]);
  const store = usePeopleStore();
  const nav = useQuery();
  // Before the effects below, which may ask the sync to show a progress.
  useEffect(() => {
    navigate = nav;
  }, [nav]);
  const sync = useMemo(() => syncFor(props.personId, props.initial, store.saveProgress), [props.personId]);
  const [state, setState] = useState<SyncState>(sync.state);
  const [lastChange, setLastChange] = useState(sync.lastChange);
  const record = store.status === 'ready' ? (store.people.find((p) => p.id === props.personId) ?? null) : undefined;
  const label = record?.label ?? (state.kind === 'conflict' ? state.current.label : undefined);
  const progress = progressFromQuery(props.query);
  const progressKey = JSON.stringify(progress);
  const same = !record || sameChecklist(record, props.query);

  useEffect(
    () =>
      sync.subscribe(() => {
        setState(sync.state);
        setLastChange(sync.lastChange);
      }),
    [sync],
  );
  useEffect(() => sync.onScreen(progress, same), [sync, progressKey, same]);
  useEffect(() => {
    if (record !== undefined) sync.onRecord(record);
  }, [sync, record]);

  let text: string;
  if (store.status === 'unavailable') text = t(unavailableKey(store.reason));
  else if (state.kind === 'waiting') text = t('progress.opening');
  else if (state.kind === 'saving') text = t('progress.saving');
  else if (state.kind === 'saved') text = t(state.merged ? 'progress.savedMerged' : 'progress.saved');
  else if (state.kind === 'missing') text = t('progress.missing');
  else if (state.kind === 'elsewhere') text = t('progress.elsewhere', { label: label ?? '' });
  else if (state.kind === 'failed') text = t(writeErrorKey(state.error), { label: label ?? '' });
  else text = '';
  const canUndo = lastChange !== null && (state.kind === 'saved' || state.kind === 'saving' || state.kind === 'failed');
  const cityName = t(`cities/${props.query.city ?? ''}:name`, { defaultValue: props.query.city ?? '' });

  return (
    <section class="cl-person no-print" aria-label={label ? t('progress.whose', { label }) : undefined} data-person-state={state.kind}>
      <div class="cl-person__row">
        <p class="cl-person__text">
          {label ? <strong class="cl-person__whose">{t('progress.whose', { label })}</strong> : null}{' '}
          <span role="status" class="cl-person__state">
            {text}
          </span>
        </p>
        {canUndo ? (
          <button type="button" class="button button--secondary cl-person__undo" onClick={() => sync.undo()} data-progress-undo="">
            {t('progress.undo')}
            <span class="visually-hidden">{t(`progress.change.${lastChange}`)}</span>
          </button>
        ) : null}
      </div>
      {state.kind === 'conflict' ? (
        <div class="cl-person__conflict" role="alert">
          <p>
            {t('progress.conflict', {
              questions: state.answers.map((a) => t(`rules:facts.${a}.question`, { city: cityName, defaultValue: a })).join(' / '),
            })}
          </p>
          <div class="notice__actions">
            <button type="button" class="button" onClick={() => sync.resolve('mine')}>
              {t('progress.keepMine')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => sync.resolve('theirs')}>
              {t('progress.keepTheirs')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
