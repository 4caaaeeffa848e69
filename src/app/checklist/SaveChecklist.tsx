import { useRef, useState } from 'preact/hooks';
import { labelKey, type PersonInput, type SavedPerson, type StorageError, type UnavailableReason } from '../../storage';
import { useT } from '../../i18n';
import { buildHref, ROUTES } from '../routes';
import { checkLabel, labelProblemText, type LabelProblem } from '../saved/saved-model';
import { SavedNotices } from '../saved/SavedNotices';
import { usePeopleStore } from '../saved/use-people-store';
import type { ChecklistQuery } from '../query/checklist-query';
import { personInputFromQuery } from './checklist-state';
import { useEarlyInput } from '../early-input';
import { readDateEntry } from '../../engine/time';

// "Save this checklist" under a label (母, My card) with an optional e-certificate expiry, in the saved-people store.
// A label that is taken is never overwritten silently: the person picks another or chooses to update that one.
// Only a label and a date are asked: never a PIN, never the 12-digit number.

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; person: SavedPerson; updated: boolean }
  /** The label is taken: ask before updating that person; `changed` when it changed in another tab since asked. */
  | { kind: 'label-taken'; existing: SavedPerson; input: PersonInput; changed?: boolean }
  | { kind: 'error'; error: StorageError }
  | { kind: 'label'; problem: Exclude<LabelProblem, 'taken'> }
  | { kind: 'expiry' };

function unavailableKey(reason: UnavailableReason | null): string {
  switch (reason) {
    case 'timeout':
      return 'save.unavailable.timeout';
    case 'blocked':
      return 'save.unavailable.blocked';
    case 'newer-version':
    case 'closed-for-upgrade':
      return 'save.unavailable.updated';
    case 'terminated':
      return 'save.unavailable.terminated';
    case 'migration-failed':
      return 'save.unavailable.migrationFailed';
    default:
      return 'save.unavailable.none';
  }
}

function errorKey(error: StorageError): string {
  switch (error.kind) {
    case 'unavailable':
      return unavailableKey(error.reason);
    case 'quota':
      return 'save.error.quota';
    case 'invalid':
      return 'save.error.invalid';
    default:
      return 'save.error.failed';
  }
}

/** The save form of a checklist. */
export function SaveChecklist(props: { query: ChecklistQuery & Required<Pick<ChecklistQuery, 'city' | 'procedure' | 'applicant'>>; lang?: string }) {
  const t = useT(['checklist', 'saved']);
  const sectionRef = useRef<HTMLElement>(null);
  // The form is last on a long page: the store opens as the form nears the screen (or gets the focus, which
  // scrolls it there), and saving opens it in any case.
  const people = usePeopleStore({ near: sectionRef });
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const labelRef = useRef<HTMLInputElement>(null);
  const expiryRef = useRef<HTMLInputElement>(null);
  // What was typed or chosen before the form hydrated is on screen only: make it the form's, or a render clears it.
  useEarlyInput('cl-save-label', label, setLabel);
  useEarlyInput('cl-save-expiry', expiry, setExpiry);

  const finish = async (input: PersonInput, updated: boolean) => {
    setOutcome({ kind: 'saving' });
    const result = await people.save(input);
    if (result.ok) setOutcome({ kind: 'saved', person: result.value, updated });
    else if (result.error.kind === 'label-taken') setOutcome({ kind: 'label-taken', existing: result.error.existing, input });
    // A stale "Update" (another tab renamed or changed that person since it was asked): ask again with what it is now.
    else if (result.error.kind === 'conflict') setOutcome({ kind: 'label-taken', existing: result.error.current, input, changed: true });
    else setOutcome({ kind: 'error', error: result.error });
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const trimmed = label.trim();
    const expiryDate = readDateEntry(expiry);
    // The same checks as the store, said before trying; a clash found here or by the store asks the same question.
    const problem = checkLabel(trimmed, people.people);
    if (problem && problem !== 'taken') {
      setOutcome({ kind: 'label', problem });
      labelRef.current?.focus();
      return;
    }
    if (expiryDate === null) {
      setOutcome({ kind: 'expiry' });
      expiryRef.current?.focus();
      return;
    }
    const input = personInputFromQuery(props.query, trimmed, expiryDate || undefined);
    if (problem === 'taken') {
      const existing = people.people.find((p) => labelKey(p.label) === labelKey(trimmed))!;
      setOutcome({ kind: 'label-taken', existing, input });
      return;
    }
    void finish(input, false);
  };

  const update = (existing: SavedPerson, input: PersonInput) => {
    // Updating keeps the saved expiry unless a new one was given.
    const expiryKept = input.expiry ?? existing.expiry;
    void finish({ ...input, id: existing.id, revision: existing.revision, label: existing.label, ...(expiryKept ? { expiry: expiryKept } : {}) }, true);
  };

  const chooseAnother = () => {
    setOutcome({ kind: 'idle' });
    labelRef.current?.focus();
    labelRef.current?.select();
  };

  const unavailable = people.status === 'unavailable';
  const busy = outcome.kind === 'saving';

  return (
    <section class="cl-save no-print" aria-labelledby="cl-save-title" data-needs-script data-part="save" ref={sectionRef}>
      <h2 id="cl-save-title">{t('save.title')}</h2>
      <SavedNotices />
      {unavailable ? (
        <p class="cl-save__unavailable" role="status">
          {t(unavailableKey(people.reason))}
        </p>
      ) : (
        <form class="cl-save__form" onSubmit={submit} noValidate>
          <p class="cl-save__intro">{t('save.intro')}</p>
          <div class="cl-field">
            <label for="cl-save-label">{t('save.label')}</label>
            <p class="cl-field__hint" id="cl-save-label-hint">
              {t('save.labelHint')}
            </p>
            {outcome.kind === 'label' && (
              <p class="cl-field__error" id="cl-save-label-error">
                {labelProblemText((key, o) => t(`saved:${key}`, o), outcome.problem, label)}
              </p>
            )}
            <input
              ref={labelRef}
              id="cl-save-label"
              name="label"
              type="text"
              autoComplete="off"
              required
              aria-describedby={outcome.kind === 'label' ? 'cl-save-label-hint cl-save-label-error' : 'cl-save-label-hint'}
              aria-invalid={outcome.kind === 'label' ? 'true' : undefined}
              value={label}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
          <div class="cl-field">
            <label for="cl-save-expiry">{t('save.expiry')}</label>
            <p class="cl-field__hint" id="cl-save-expiry-hint">
              {t('save.expiryHint')}
            </p>
            {outcome.kind === 'expiry' && (
              <p class="cl-field__error" id="cl-save-expiry-error">
                {t('save.expiryProblem')}
              </p>
            )}
            <input
              ref={expiryRef}
              id="cl-save-expiry"
              name="expiry"
              type="text"
              autoComplete="off"
              maxLength={20}
              aria-describedby={outcome.kind === 'expiry' ? 'cl-save-expiry-hint cl-save-expiry-error' : 'cl-save-expiry-hint'}
              aria-invalid={outcome.kind === 'expiry' ? 'true' : undefined}
              value={expiry}
              onInput={(e) => setExpiry(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button" disabled={busy}>
            {t('save.submit')}
          </button>
        </form>
      )}
      <div role="status" class="cl-save__status">
        {outcome.kind === 'saved' && (
          <p class="cl-save__ok">
            {t(outcome.updated ? 'save.updated' : 'save.saved', { label: outcome.person.label })}{' '}
            <a href={buildHref(ROUTES.start, { lang: props.lang })}>{t('save.seeSaved')}</a>
          </p>
        )}
        {outcome.kind === 'error' && <p class="cl-save__error">{t(errorKey(outcome.error))}</p>}
      </div>
      {outcome.kind === 'label-taken' && (
        <div class="cl-save__clash" role="alert">
          <p>{t('save.taken', { label: outcome.existing.label })}</p>
          <div class="cl-actions">
            <button type="button" class="button" onClick={() => update(outcome.existing, outcome.input)}>
              {t('save.updateExisting', { label: outcome.existing.label })}
            </button>
            <button type="button" class="button button--secondary" onClick={chooseAnother}>
              {t('save.chooseAnother')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
