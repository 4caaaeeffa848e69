import { Component } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { jstDateOf } from '../../engine/time';
import type { SavedPerson } from '../../storage';
import { useQuery } from '../routes';
import { MoveToNewPhone } from './MoveToNewPhone';
import { cardChanged, PersonCard, type PersonCardProps } from './PersonCard';
import { ReloadActions, SavedNotices } from './SavedNotices';
import { SavedHeading, SavedLoadingBody } from './SavedShell';
import { checkLabel, unavailableKey, writeErrorKey } from './saved-model';
import { useBatches } from './use-batches';
import { usePeopleStore } from './use-people-store';
import { sharedPeopleHub } from './people-hub';

/**
 * How many people are saved on this device, once the page's shared store has opened and read them, or has
 * something to say instead (blocked by an older tab, unavailable): then 0, and the list says it.
 */
export function savedCount(): Promise<number> {
  const hub = sharedPeopleHub();
  void hub.open().catch(() => undefined);
  return new Promise((resolve) => {
    let stop = () => {};
    const check = () => {
      const s = hub.getSnapshot();
      if (s.status === 'loading' && !s.notice) return;
      stop();
      resolve(s.status === 'ready' ? s.people.length : 0);
    };
    stop = hub.subscribe(check);
    check();
  });
}

/** How long the Undo button stays after a delete (it waits while the pointer is on it). */
export const UNDO_MS = 10_000;
/** How many people the list shows before "Show more": the page stays light however many are saved. */
export const PAGE_SIZE = 50;

type Message =
  | { kind: 'deleted'; record: SavedPerson }
  | { kind: 'text'; text: string };

/** A card that renders again only when what it shows changed (cardChanged), not on every read of the list. */
class ListedCard extends Component<PersonCardProps> {
  override shouldComponentUpdate(next: PersonCardProps): boolean {
    return cardChanged(this.props, next);
  }
  override render(props: PersonCardProps) {
    return <PersonCard {...props} />;
  }
}

// Reasons after which a reload can help (the data is safe; this tab just cannot reach it).
const RELOAD_HELPS = new Set(['timeout', 'blocked', 'closed-for-upgrade', 'newer-version', 'terminated', 'migration-failed']);

/**
 * The start page's list of people saved on this device, with their renewal countdowns, rename, delete with undo,
 * and moving them to a new phone. Renders a fixed-height placeholder until the store has opened (as SavedShell
 * does in the prerendered HTML), so nothing jumps when the list appears.
 */
export function SavedPeople() {
  const t = useT('saved');
  const store = usePeopleStore();
  const { query } = useQuery();
  const lang = query.lang || undefined;
  const [message, setMessage] = useState<Message | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  // Countdowns count from today in Japan; a page left open overnight recounts when it is looked at again.
  const [today, setToday] = useState(() => jstDateOf(Date.now()));

  useEffect(() => {
    const update = () => {
      if (document.visibilityState === 'visible') setToday(jstDateOf(Date.now()));
    };
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);

  useEffect(() => {
    if (message?.kind === 'deleted' && focusUndo.current) {
      focusUndo.current = false;
      undoRef.current?.focus();
    }
  }, [message]);

  // Stable callbacks, reading the latest list through a ref, so that no card re-renders because the list was read.
  const peopleRef = useRef(store.people);
  peopleRef.current = store.people;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const total = store.people.length;
  // A person put back by Undo may sort beyond the page: show up to them, so the focus has a card to go to.
  const focusIndex = focusId ? store.people.findIndex((p) => p.id === focusId) : -1;
  const pageEnd = Math.max(limit, focusIndex + 1);
  const target = Math.min(pageEnd, total);
  const shown = useBatches(target);
  const checkName = useCallback((label: string, selfId: string) => checkLabel(label, peopleRef.current, selfId), []);
  const onFocused = useCallback(() => setFocusId(null), []);

  const onDelete = async (person: SavedPerson) => {
    const result = await store.remove(person.id);
    if (!result.ok) {
      setMessage({ kind: 'text', text: t(writeErrorKey(result.error), { label: person.label }) });
      return;
    }
    if (result.value) {
      // The deleted card took the focus with it: hand it to Undo, which the status message announces.
      focusUndo.current = true;
      setMessage({ kind: 'deleted', record: result.value });
    } else {
      setMessage({ kind: 'text', text: t('deletedUnreadable') });
    }
  };

  const onUndo = async (record: SavedPerson) => {
    const result = await store.restore(record);
    if (result.ok) {
      setFocusId(record.id);
      setMessage({ kind: 'text', text: t('restored', { label: record.label }) });
    } else {
      setMessage({ kind: 'text', text: t(writeErrorKey(result.error), { label: record.label }) });
    }
  };

  const onRename = async (base: SavedPerson, label: string) => {
    const result = await store.rename(base.id, label, base);
    if (result.ok) setMessage({ kind: 'text', text: t('renamed', { label: result.value.label }) });
    return result;
  };
  const actions = useRef({ onRename, onDelete });
  actions.current = { onRename, onDelete };
  const renameCard = useCallback((base: SavedPerson, label: string) => actions.current.onRename(base, label), []);
  const deleteCard = useCallback((person: SavedPerson) => void actions.current.onDelete(person), []);

  const list = () => (
    <>
      <ul class="saved-list" data-saved-listed={shown < target ? 'partial' : 'all'}>
        {store.people.slice(0, shown).map((person) => (
          <ListedCard
            key={person.id}
            person={person}
            checkName={checkName}
            today={today}
            lang={lang}
            focusOnMount={focusId === person.id}
            onFocused={onFocused}
            onRename={renameCard}
            onDelete={deleteCard}
          />
        ))}
      </ul>
      {total > pageEnd ? (
        <p class="saved-more">
          <button type="button" class="button button--secondary" onClick={() => setLimit(pageEnd + PAGE_SIZE)} data-saved-more="">
            {t('more', { count: Math.min(PAGE_SIZE, total - pageEnd), shown: pageEnd, total })}
          </button>
        </p>
      ) : null}
    </>
  );

  let body;
  if (store.status === 'loading') {
    body = <SavedLoadingBody />;
  } else if (store.status === 'unavailable' && store.notice) {
    // The banner above says what happened and offers the reload; the list read before stays readable meanwhile.
    body = store.people.length ? list() : null;
  } else if (store.status === 'unavailable') {
    // A database newer than this page still lists its people (read only), so they stay in reach.
    body = (
      <>
        <div class="notice notice--offline saved-unavailable" data-saved-unavailable={store.reason ?? ''}>
          <p>{t(unavailableKey(store.reason))}</p>
          {RELOAD_HELPS.has(store.reason ?? '') ? (
            <ReloadActions />
          ) : null}
        </div>
        {store.people.length ? list() : null}
      </>
    );
  } else {
    body = (
      <>
        {store.skipped.length ? (
          <p class="notice notice--offline" data-saved-skipped={store.skipped.length}>
            {t('skipped', { count: store.skipped.length })}
          </p>
        ) : null}
        {store.people.length ? list() : <p class="saved-empty">{t('empty')}</p>}
      </>
    );
  }

  return (
    <section class="saved" aria-labelledby="saved-heading" data-saved-status={store.status}>
      <SavedHeading intro={store.status !== 'unavailable'} />
      <SavedNotices />
      {body}
      <div role="status" class="saved-status">
        {message?.kind === 'deleted' ? (
          <UndoMessage
            record={message.record}
            buttonRef={undoRef}
            onUndo={(r) => void onUndo(r)}
            onExpire={() => setMessage((m) => (m === message ? null : m))}
          />
        ) : message ? (
          <p class="saved-message">{message.text}</p>
        ) : null}
      </div>
      {store.status === 'ready' || (store.reason === 'newer-version' && store.people.length) ? <MoveToNewPhone /> : null}
    </section>
  );
}

/**
 * "「母」 was deleted. [Undo]" for UNDO_MS (paused while the pointer is on it). When it goes while Undo has the
 * focus, the focus moves to the list's heading instead of being lost.
 */
function UndoMessage(props: {
  record: SavedPerson;
  buttonRef: { current: HTMLButtonElement | null };
  onUndo: (record: SavedPerson) => void;
  onExpire: () => void;
}) {
  const t = useT('saved');
  const [hovered, setHovered] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (hovered) return;
    const timer = setTimeout(() => {
      if (boxRef.current?.contains(document.activeElement)) document.getElementById('saved-heading')?.focus();
      props.onExpire();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [hovered, props.record]);

  return (
    <div
      class="notice saved-undo"
      data-undo=""
      ref={boxRef}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      <p>{t('deleted', { label: props.record.label })}</p>
      <div class="notice__actions">
        <button type="button" class="button" ref={props.buttonRef} onClick={() => props.onUndo(props.record)}>
          {t('undo')}
          <span class="visually-hidden">{t('person.forLabel', { label: props.record.label })}</span>
        </button>
      </div>
    </div>
  );
}
