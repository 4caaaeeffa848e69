import { useEffect, useRef, useState } from 'preact/hooks';
import { DateText, useT } from '../../i18n';
import type { IsoDate } from '../../engine/time';
import type { SavedPerson, StoreResult } from '../../storage';
import { sentence, type Translate } from '../ui/sentence';
import { countdown, labelProblemText, nearestDeadline, renewalHref, savedChecklistHref, stayCountdown, stayHref, writeErrorKey, type LabelProblem } from './saved-model';
import { LABEL_MAX } from '../../storage';

/** What a person card needs from the list. */
export interface PersonCardProps {
  person: SavedPerson;
  /** Checks a new label as the store will, against every other saved person (stable, so a card need not re-render). */
  checkName: (label: string, selfId: string) => LabelProblem | null;
  /** Today in Japan time, for the countdown. */
  today: IsoDate;
  /** The `lang` to carry in links (only when the current URL has one). */
  lang: string | undefined;
  /** Move focus to this card's heading once (after an undo). */
  focusOnMount: boolean;
  onFocused: () => void;
  /** Renames `base` (the person as the form showed it): refused with `conflict` if another tab renamed it since. */
  onRename: (base: SavedPerson, label: string) => Promise<StoreResult<SavedPerson>>;
  onDelete: (person: SavedPerson) => void;
}

/** The place (city and procedure) and the applicant of a saved checklist, in words. */
export function useChecklistWords(): (p: Pick<SavedPerson, 'city' | 'procedure' | 'applicant'>) => { what: string; who: string } {
  const t = useT(['saved', 'rules']);
  return (p) => ({
    what: t('person.what', {
      city: t(`cities/${p.city}:name`, { defaultValue: p.city }),
      procedure: t(`rules:procedures.${p.procedure}`),
    }),
    who: t(`person.applicant.${p.applicant}`),
  });
}

/**
 * Whether a card must render again: a list of 1,000 people re-reads every record after each write, so cards compare
 * what they show (the record's revision stands for its content) instead of object identity.
 */
export function cardChanged(a: PersonCardProps, b: PersonCardProps): boolean {
  const p = a.person;
  const q = b.person;
  return (
    p.id !== q.id ||
    p.revision !== q.revision ||
    p.updatedAt !== q.updatedAt ||
    a.today !== b.today ||
    a.lang !== b.lang ||
    a.focusOnMount !== b.focusOnMount ||
    a.checkName !== b.checkName ||
    a.onRename !== b.onRename ||
    a.onDelete !== b.onDelete ||
    a.onFocused !== b.onFocused
  );
}

/** One saved person: label, checklist in words, link to reopen it, renewal countdown, rename and delete. */
export function PersonCard(props: PersonCardProps) {
  const t = useT(['saved', 'rules']);
  const words = useChecklistWords();
  const { person } = props;
  const [renaming, setRenaming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);

  useEffect(() => {
    if (!props.focusOnMount) return;
    headingRef.current?.focus();
    props.onFocused();
  }, [props.focusOnMount]);

  useEffect(() => {
    if (renaming || !restoreFocus.current) return;
    restoreFocus.current = false;
    renameButtonRef.current?.focus();
  }, [renaming]);

  const closeRename = () => {
    restoreFocus.current = true;
    setRenaming(false);
  };

  const { what, who } = words(person);
  const forLabel = t('person.forLabel', { label: person.label });
  const headingId = `saved-${person.id}`;

  return (
    <li class="saved-person" data-person-id={person.id} aria-labelledby={headingId}>
      <h3 class="saved-person__label" id={headingId} ref={headingRef} tabIndex={-1}>
        {person.label}
      </h3>
      <p class="saved-person__what">
        {what}
        <br />
        {who}
        {person.ticks.length ? (
          <>
            <br />
            <span class="saved-person__ticks">{t('person.ticks', { count: person.ticks.length })}</span>
          </>
        ) : null}
      </p>
      <p class="saved-person__open">
        <a class="button" href={savedChecklistHref(person, props.lang)} data-open-checklist="">
          {t('person.open')}
          <span class="visually-hidden">{forLabel}</span>
        </a>
      </p>
      {nearestDeadline(person, props.today) === 'stay' ? (
        <StayCountdown stayUntil={person.stayUntil!} today={props.today} lang={props.lang} />
      ) : person.expiry ? (
        <RenewalCountdown expiry={person.expiry} today={props.today} lang={props.lang} />
      ) : null}
      {renaming ? (
        <RenameForm person={person} checkName={props.checkName} onRename={props.onRename} onClose={closeRename} />
      ) : (
        <div class="saved-person__actions">
          <button type="button" class="button button--secondary" ref={renameButtonRef} onClick={() => setRenaming(true)}>
            {t('person.rename')}
            <span class="visually-hidden">{forLabel}</span>
          </button>
          <button type="button" class="button button--secondary saved-button--danger" onClick={() => props.onDelete(person)}>
            {t('person.delete')}
            <span class="visually-hidden">{forLabel}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** Where the e-certificate renewal stands for a saved expiry date, and what to do. */
export function RenewalCountdown(props: { expiry: IsoDate; today: IsoDate; lang: string | undefined }) {
  const t = useT('saved');
  const tr = t as unknown as Translate;
  const c = countdown(props.expiry, props.today);
  if (!c) {
    return (
      <div class="saved-countdown" data-renewal-state="unknown">
        <p>{t('renewal.badDate', { date: props.expiry })}</p>
      </div>
    );
  }
  const expiryKey = c.state === 'expired' ? 'renewal.expiredOn' : 'renewal.expiresOn';
  const statusKey =
    c.state === 'not-yet' ? 'renewal.notYet' : c.state === 'expired' ? 'renewal.expired' : c.days === 0 ? 'renewal.openToday' : 'renewal.open';
  const statusDate: IsoDate = c.state === 'expired' ? c.expiry : c.opensOn;
  const todoKey = c.state === 'not-yet' ? 'renewal.notYetDo' : c.state === 'open' ? 'renewal.openDo' : 'renewal.expiredDo';
  return (
    <div class={`saved-countdown saved-countdown--${c.state}`} data-renewal-state={c.state}>
      <p class="saved-countdown__expiry">
        {sentence(tr, expiryKey, { date: <DateText iso={c.expiry} /> })}
      </p>
      <p class="saved-countdown__status">
        <strong>
          {sentence(tr, statusKey, { date: <DateText iso={statusDate} /> }, { count: c.days })}
        </strong>
      </p>
      <p class="saved-countdown__todo">{t(todoKey)}</p>
      <p class="saved-countdown__link">
        <a href={renewalHref(c.expiry, props.lang)}>{t('renewal.link')}</a>
      </p>
    </div>
  );
}

/** The period of stay's deadline (issue 21): the last day to change the card at the city, or what to do once past. */
export function StayCountdown(props: { stayUntil: IsoDate; today: IsoDate; lang: string | undefined }) {
  const t = useT('saved');
  const tr = t as unknown as Translate;
  const d = stayCountdown(props.stayUntil, props.today);
  if (!d) return null;
  return (
    <div class={`saved-countdown saved-countdown--${d.state === 'passed' ? 'expired' : d.state === 'act-now' ? 'open' : 'not-yet'}`} data-stay-state={d.state}>
      <p class="saved-countdown__expiry">{sentence(tr, 'stay.endsOn', { date: <DateText iso={d.stayUntil} /> })}</p>
      <p class="saved-countdown__status">
        <strong>
          {d.state === 'passed'
            ? sentence(tr, 'stay.passed', { date: <DateText iso={d.lastCityDay} /> })
            : d.daysUntilLastCityDay === 0
              ? sentence(tr, 'stay.lastDayToday', { date: <DateText iso={d.lastCityDay} /> })
              : sentence(tr, 'stay.lastDay', { date: <DateText iso={d.lastCityDay} /> }, { count: d.daysUntilLastCityDay })}
        </strong>
      </p>
      <p class="saved-countdown__todo">{t(`stay.do.${d.state}`)}</p>
      <p class="saved-countdown__link">
        <a href={stayHref(d.stayUntil, props.lang)}>{t('stay.link')}</a>
      </p>
    </div>
  );
}

/** Inline rename: validated as typed on submit, then again by the store (another tab may have taken the name). */
function RenameForm(props: {
  person: SavedPerson;
  checkName: PersonCardProps['checkName'];
  onRename: PersonCardProps['onRename'];
  onClose: () => void;
}) {
  const t = useT('saved');
  const [value, setValue] = useState(props.person.label);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = `rename-${props.person.id}`;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (value.trim() === props.person.label) {
      props.onClose();
      return;
    }
    const problem = props.checkName(value, props.person.id);
    if (problem) {
      setError(labelProblemText(t, problem, value));
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await props.onRename(props.person, value.trim());
    setBusy(false);
    if (result.ok) {
      props.onClose();
      return;
    }
    // Renamed in another tab meanwhile: the card now shows that name; saving again renames it anyway.
    setError(
      result.error.kind === 'label-taken'
        ? t('label.taken', { label: value.trim() })
        : result.error.kind === 'conflict'
          ? t('error.renamedElsewhere', { label: result.error.current.label })
          : t(writeErrorKey(result.error), { label: value.trim() }),
    );
    inputRef.current?.focus();
  };

  return (
    <form class="saved-rename" onSubmit={(e) => void submit(e)} noValidate>
      <label for={inputId}>{t('rename.label', { label: props.person.label })}</label>
      <p class="saved-hint" id={hintId}>
        {t('rename.hint', { max: LABEL_MAX })}
      </p>
      {error ? (
        <p class="saved-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input
        id={inputId}
        ref={inputRef}
        type="text"
        name="label"
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onInput={(e) => {
          setValue(e.currentTarget.value);
          if (error) setError(null);
        }}
      />
      <div class="saved-person__actions">
        <button type="submit" class="button" disabled={busy}>
          {t('rename.save')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onClose}>
          {t('rename.cancel')}
        </button>
      </div>
    </form>
  );
}
