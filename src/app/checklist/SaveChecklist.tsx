import { useEffect, useRef, useState } from 'preact/hooks';
import { labelKey, type PersonInput, type SavedPerson, type StorageError, type UnavailableReason } from '../../storage';
import { useT } from '../../i18n';
import { buildHref, ROUTES, useQuery } from '../routes';
import { checkLabel, expiryProblem, EXPIRY_YEARS_AHEAD, labelProblemText, unavailableKey as savedUnavailableKey, type LabelProblem } from '../saved/saved-model';
import { SavedNotices } from '../saved/SavedNotices';
import { personParam } from '../saved/PersonSlot';
import { sameChecklist, updateWithPage } from '../saved/update-person';
import { usePeopleStore } from '../saved/use-people-store';
import type { ChecklistQuery } from '../query/checklist-query';
import { personInputFromQuery } from './checklist-state';
import { SAVE_ANCHOR } from './context';
import { jstDateOf, readDateEntry } from '../../engine/time';

// "Save this checklist" under a label (母, My card) with an optional e-certificate expiry, in the saved-people store.
// A label that is taken is never overwritten silently: the person picks another or chooses to update that one, as
// it is now (another tab may have changed it since the question). Once saved, the page is that person's checklist
// (person=<id>): its changes are saved as they are made (src/app/saved/PersonProgress.tsx).
// Only a label and a date are asked: never a PIN, never the 12-digit number.

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; person: SavedPerson; updated: boolean }
  /** The label is taken: ask before updating that person; `changed` when it changed in another tab since asked. */
  | { kind: 'label-taken'; existing: SavedPerson; input: PersonInput; changed?: boolean }
  /** The label is this page's own saved person's: nothing to do. */
  | { kind: 'self'; person: SavedPerson }
  | { kind: 'error'; error: StorageError }
  | { kind: 'label'; problem: Exclude<LabelProblem, 'taken'> }
  | { kind: 'expiry'; problem: 'format' | 'too-early' | 'too-late' };

/** The checklist.json key for a device that cannot save (the same reasons as the saved people's, under save.). */
const unavailableKey = (reason: UnavailableReason | null) => `save.${savedUnavailableKey(reason)}`;

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

const EXPIRY_KEYS = { format: 'save.expiryProblem', 'too-early': 'save.expiryTooEarly', 'too-late': 'save.expiryTooLate' } as const;

/** Which question to ask about a taken label: changed since asked, the same checklist, or another one. */
function takenKey(outcome: { existing: SavedPerson; input: PersonInput; changed?: boolean }): string {
  if (outcome.changed) return 'save.takenChanged';
  return sameChecklist(outcome.existing, outcome.input) ? 'save.takenSame' : 'save.taken';
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
  const stayMode = props.query.procedure === 'validity-change';
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const labelRef = useRef<HTMLInputElement>(null);
  const foldRef = useRef<HTMLDetailsElement>(null);
  // The form is folded under one button at the end of a long page; the checklist's Save action (a link to #cl-save)
  // opens it, whether the form was drawn before the click or is drawn because the link brought it near.
  useEffect(() => {
    const open = () => {
      if (foldRef.current) foldRef.current.open = true;
      labelRef.current?.focus();
    };
    if (location.hash === SAVE_ANCHOR) open();
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest(`a[href="${SAVE_ANCHOR}"]`)) open();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  const expiryRef = useRef<HTMLInputElement>(null);

  const nav = useQuery();
  const personId = personParam(nav.params);
  const own = personId ? people.people.find((p) => p.id === personId) : undefined;

  // From now on this page is that person's checklist: its changes are saved to them as they are made.
  const adopt = (person: SavedPerson) => {
    if (person.id !== personId) nav.setLatest({ person: person.id }, { replace: true });
  };

  const finish = async (input: PersonInput, existing: SavedPerson | null) => {
    setOutcome({ kind: 'saving' });
    const result = existing ? await updateWithPage(people, existing, input) : await people.save(input);
    if (result.ok) {
      setOutcome({ kind: 'saved', person: result.value, updated: existing !== null });
      adopt(result.value);
    } else if (result.error.kind === 'label-taken') setOutcome({ kind: 'label-taken', existing: result.error.existing, input });
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
    // An expiry an import would refuse is refused here too, so every saved person moves to a new phone.
    const range = expiryDate ? expiryProblem(expiryDate, jstDateOf(Date.now())) : null;
    if (expiryDate === null || range) {
      setOutcome({ kind: 'expiry', problem: range ?? 'format' });
      expiryRef.current?.focus();
      return;
    }
    // For a validity change the date is the period of stay's end (issue 21): kept as stayUntil, counted down to.
    const input = stayMode
      ? personInputFromQuery(props.query, trimmed, undefined, expiryDate || undefined)
      : personInputFromQuery(props.query, trimmed, expiryDate || undefined);
    const existing = problem === 'taken' ? people.people.find((p) => labelKey(p.label) === labelKey(trimmed)) : undefined;
    if (existing && existing.id === personId) setOutcome({ kind: 'self', person: existing });
    else if (existing) setOutcome({ kind: 'label-taken', existing, input });
    else void finish(input, null);
  };

  const chooseAnother = () => {
    setOutcome({ kind: 'idle' });
    labelRef.current?.focus();
    labelRef.current?.select();
  };

  // Another tab updated Madoguchi: the notice above asks for a reload, and the form stays with what was typed.
  const unavailable = people.status === 'unavailable' && people.notice === null;
  const busy = outcome.kind === 'saving';

  // The period of stay's end is what a stay checklist is saved for: asked openly; an e-certificate expiry is optional.
  const dateField = (
    <div class="cl-field">
      <label for="cl-save-expiry">{t(stayMode ? 'save.stayUntil' : 'save.expiry')}</label>
      <p class="cl-field__hint" id="cl-save-expiry-hint">
        {t(stayMode ? 'save.stayUntilHint' : 'save.expiryHint')}
      </p>
      {outcome.kind === 'expiry' && (
        <p class="cl-field__error" id="cl-save-expiry-error">
          {t(EXPIRY_KEYS[outcome.problem], { years: EXPIRY_YEARS_AHEAD })}
        </p>
      )}
      <input
        ref={expiryRef}
        id="cl-save-expiry"
        name={stayMode ? 'stay-until' : 'expiry'}
        type="text"
        autoComplete="off"
        maxLength={20}
        aria-describedby={outcome.kind === 'expiry' ? 'cl-save-expiry-hint cl-save-expiry-error' : 'cl-save-expiry-hint'}
        aria-invalid={outcome.kind === 'expiry' ? 'true' : undefined}
        value={expiry}
        onInput={(e) => setExpiry(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <section id={SAVE_ANCHOR.slice(1)} class="cl-save no-print" aria-labelledby="cl-save-title" data-needs-script data-part="save" ref={sectionRef}>
      <h2 id="cl-save-title">{t('save.title')}</h2>
      <SavedNotices />
      {unavailable ? (
        <p class="cl-save__unavailable" role="status">
          {t(unavailableKey(people.reason))}
        </p>
      ) : (
        <>
          <p class="cl-save__intro">{own ? t('save.introPerson', { label: own.label }) : t('save.intro')}</p>
          {/* Opened by the person or the Save action, and left open: nothing here closes it while they type. */}
          <details class="cl-save__fold" ref={foldRef}>
            <summary class="button button--secondary">{t('save.open')}</summary>
            <form class="cl-save__form" onSubmit={submit} noValidate>
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
              {stayMode ? (
                dateField
              ) : (
                // Optional, and long to explain: folded until wanted (a date, and so its problem, is typed once open).
                <details class="cl-save__date">
                  <summary>{t('save.expiryAdd')}</summary>
                  {dateField}
                </details>
              )}
              <button type="submit" class="button" disabled={busy}>
                {t('save.submit')}
              </button>
            </form>
          </details>
        </>
      )}
      <div role="status" class="cl-save__status">
        {outcome.kind === 'saved' && (
          <p class="cl-save__ok">
            {t(outcome.updated ? 'save.updated' : 'save.saved', { label: outcome.person.label })}{' '}
            <a href={buildHref(ROUTES.start, { lang: props.lang })}>{t('save.seeSaved')}</a>
          </p>
        )}
        {outcome.kind === 'error' && <p class="cl-save__error">{t(errorKey(outcome.error))}</p>}
        {outcome.kind === 'self' && <p class="cl-save__ok">{t('save.self', { label: outcome.person.label })}</p>}
      </div>
      {outcome.kind === 'label-taken' && (
        <div class="cl-save__clash" role="alert">
          <p>{t(takenKey(outcome), { label: outcome.existing.label })}</p>
          <div class="cl-actions">
            <button type="button" class="button" onClick={() => void finish(outcome.input, outcome.existing)}>
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
