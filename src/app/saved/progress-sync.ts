import { mergeProgress, progressOf, sameProgress, type Progress, type ProgressSaved, type SavedPerson, type StorageError, type StoreResult } from '../../storage';

// Keeps a saved person's checklist and the page in step. The page's progress (ticks, documents held, answers) lives
// in the URL; each change is saved as it is made, based on the revision last agreed with the store, so another
// tab's changes are merged (ticks are sets) and never written over. Undo takes back one change of this page.
// Pure of the DOM and of Preact: the component feeds it the URL's progress and the stored record, and it asks
// the page to show a progress (another tab's change, a merge, an undo) through `show`.

/** What the page shows about saving. */
export type SyncState =
  /** The store has not been read yet. */
  | { kind: 'waiting' }
  | { kind: 'saving' }
  /** What the page shows is saved; `merged` when another tab's changes were taken in on the way. */
  | { kind: 'saved'; merged: boolean }
  /** Both this page and another tab changed the same answers differently: the person chooses. */
  | { kind: 'conflict'; current: SavedPerson; answers: string[] }
  /** The person is no longer saved (deleted in another tab, or the link came from another device). */
  | { kind: 'missing' }
  /** The page shows another city, procedure or applicant than the saved person's: nothing is saved. */
  | { kind: 'elsewhere' }
  /** A save failed (full disk, storage closed…); the next change tries again. */
  | { kind: 'failed'; error: StorageError };

/** The kind of change an Undo takes back, for its label. */
export type ChangeKind = 'ticked' | 'unticked' | 'held' | 'answer' | 'several';

/** What the sync needs from the page and the store. */
export interface SyncDeps {
  save(id: string, base: { revision: number; progress: Progress }, next: Progress): Promise<StoreResult<ProgressSaved>>;
  /** Puts `progress` into the URL (replacing the history entry): the page then reports it through onScreen. */
  show(progress: Progress): void;
  /** The URL's progress now, including a change the page has not reported yet (its render is on the way). */
  current(): Progress;
}

const UNDO_DEPTH = 50;
// Merging against this revision always merges: nothing is known of what the page's first state was based on.
const UNKNOWN_REVISION = 0;

function setDiff(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x));
}

/** What changed from `before` to `after`, for the Undo button. */
export function describeChange(before: Progress, after: Progress): ChangeKind {
  const ticked = setDiff(after.ticks, before.ticks).length;
  const unticked = setDiff(before.ticks, after.ticks).length;
  const held = setDiff(after.held, before.held).length + setDiff(before.held, after.held).length;
  const answers = sameProgress({ ...before, ticks: [], held: [] }, { ...after, ticks: [], held: [] }) ? 0 : 1;
  const kinds = [ticked + unticked > 0, held > 0, answers > 0].filter(Boolean).length;
  if (kinds !== 1) return 'several';
  if (answers) return 'answer';
  if (held) return 'held';
  return ticked === 1 && unticked === 0 ? 'ticked' : unticked === 1 && ticked === 0 ? 'unticked' : 'several';
}

/** One saved person's checklist on this page, kept in step with the store. */
export class ProgressSync {
  state: SyncState = { kind: 'waiting' };
  private base: { revision: number; progress: Progress } | null = null;
  private screen: Progress;
  private expected: Progress | null = null;
  private inFlight = false;
  private undoStack: { before: Progress; after: Progress; change: ChangeKind }[] = [];
  private readonly listeners = new Set<() => void>();

  /** `initial`: the URL's progress when the page opened (what the link said). */
  constructor(
    readonly personId: string,
    private readonly initial: Progress,
    private readonly deps: SyncDeps,
  ) {
    this.screen = initial;
  }

  /** Calls `listener` after every change of state or of the undo stack; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The change Undo would take back, or null. */
  get lastChange(): ChangeKind | null {
    return this.undoStack.at(-1)?.change ?? null;
  }

  private set(state: SyncState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  private blocked(): boolean {
    return this.state.kind === 'conflict' || this.state.kind === 'missing' || this.state.kind === 'elsewhere';
  }

  private showProgress(progress: Progress): void {
    if (sameProgress(progress, this.screen)) return;
    this.expected = progress;
    this.deps.show(progress);
  }

  /** The URL's progress after a render; `sameChecklist` false when it shows another city, procedure or applicant. */
  onScreen(progress: Progress, sameChecklist: boolean): void {
    if (!sameChecklist) {
      this.screen = progress;
      if (this.state.kind !== 'missing') this.set({ kind: 'elsewhere' });
      return;
    }
    if (this.state.kind === 'elsewhere') this.set({ kind: 'waiting' });
    const previous = this.screen;
    this.screen = progress;
    if (sameProgress(previous, progress)) {
      if (this.expected && sameProgress(this.expected, progress)) this.expected = null;
      return;
    }
    if (this.expected && sameProgress(this.expected, progress)) {
      this.expected = null;
    } else {
      this.expected = null;
      this.undoStack.push({ before: previous, after: progress, change: describeChange(previous, progress) });
      if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
    }
    void this.pump();
  }

  /** The stored record, each time the saved people are read (null: not saved on this device). */
  onRecord(record: SavedPerson | null): void {
    if (record === null) {
      if (!this.inFlight) this.set({ kind: 'missing' });
      return;
    }
    if (this.state.kind === 'missing') this.set({ kind: 'waiting' });
    if (this.base === null) {
      // The first read: with nothing changed on this page yet, it shows what is saved; else its changes go on top.
      if (sameProgress(this.screen, this.initial) && this.reported()) this.adopt(record, false);
      else {
        this.base = { revision: UNKNOWN_REVISION, progress: this.initial };
        void this.pump();
      }
      return;
    }
    // Our own write read back, or a list read before it.
    if (record.revision <= this.base.revision) return;
    // Another tab wrote: show it at once if this page has nothing unsaved, else merge with the next save.
    if (!this.inFlight && sameProgress(this.screen, this.base.progress) && this.reported()) this.adopt(record, true);
    else void this.pump();
  }

  /**
   * False while the URL holds a change the page has not reported yet (a tick's render is on the way): showing a
   * record then would replace the URL and lose that change, so it is merged by the save that change brings.
   */
  private reported(): boolean {
    return sameProgress(this.deps.current(), this.screen);
  }

  private adopt(record: SavedPerson, merged: boolean): void {
    this.base = { revision: record.revision, progress: progressOf(record) };
    if (this.blocked()) return;
    const changed = !sameProgress(this.screen, this.base.progress);
    this.showProgress(this.base.progress);
    this.set({ kind: 'saved', merged: merged && changed });
  }

  private async pump(): Promise<void> {
    if (this.inFlight || !this.base || this.blocked()) return;
    if (sameProgress(this.screen, this.base.progress)) {
      if (this.state.kind === 'saving' || this.state.kind === 'waiting') this.set({ kind: 'saved', merged: false });
      return;
    }
    this.inFlight = true;
    this.set({ kind: 'saving' });
    const sent = this.screen;
    const result = await this.deps.save(this.personId, this.base, sent);
    this.inFlight = false;
    if (!result.ok) {
      if (result.error.kind === 'conflict') this.set({ kind: 'conflict', current: result.error.current, answers: result.error.answers ?? [] });
      else if (result.error.kind === 'not-found') this.set({ kind: 'missing' });
      else this.set({ kind: 'failed', error: result.error });
      return;
    }
    const saved = progressOf(result.value.person);
    this.base = { revision: result.value.person.revision, progress: saved };
    // What the page changed while this save ran goes on top of what was saved (another tab's merged changes too).
    const rebased = mergeProgress(sent, this.screen, saved, 'mine');
    const target = rebased.ok ? rebased.value : saved;
    if (!sameProgress(target, this.screen)) {
      this.showProgress(target);
      this.screen = target;
    }
    this.set({ kind: 'saved', merged: result.value.merged });
    await this.pump();
  }

  /**
   * Settles a conflict the way the person chose: this page's answers, or the other tab's. Ticks and documents of
   * both sides are kept either way.
   */
  resolve(prefer: 'mine' | 'theirs'): void {
    if (this.state.kind !== 'conflict' || !this.base) return;
    const current = this.state.current;
    const merged = mergeProgress(this.base.progress, this.screen, progressOf(current), prefer);
    this.base = { revision: current.revision, progress: progressOf(current) };
    this.set({ kind: 'waiting' });
    if (merged.ok) {
      this.showProgress(merged.value);
      this.screen = merged.value;
    }
    void this.pump();
  }

  /** Takes back the page's last change (only that change: what another tab changed meanwhile stays). */
  undo(): void {
    const last = this.undoStack.pop();
    if (!last) return;
    const undone = mergeProgress(last.after, last.before, this.screen, 'mine');
    if (undone.ok) {
      this.showProgress(undone.value);
      this.screen = undone.value;
    }
    this.set(this.state);
    void this.pump();
  }
}
