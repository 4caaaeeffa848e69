import {
  invalidFile,
  openStore,
  type ClashResolution,
  type ImportPlan,
  type ImportResult,
  type ImportUndo,
  type PeopleStore,
  type PersonInput,
  type Progress,
  type ProgressSaved,
  type SavedPerson,
  type SkippedRecord,
  type StoreOptions,
  type StoreResult,
  type UnavailableReason,
} from '../../storage';

// One shared store per page, opened on first use in the browser only (the prerenderer never calls open()).
// Components read a snapshot and subscribe; every write refreshes the list so every subscriber re-renders,
// and other tabs are told through a BroadcastChannel so their lists follow too.

/** Where the page's store is: not opened yet / opening, open, or unable to save on this device. */
export type HubStatus = 'loading' | 'ready' | 'unavailable';

/** A notice the user must act on: another tab updated the app, blocks an update, or the browser closed storage. */
export type HubNotice = 'versionchange' | 'blocked' | 'terminated';

/** What components render from. */
export interface HubSnapshot {
  status: HubStatus;
  /** Why nothing can be saved (status 'unavailable'). */
  reason: UnavailableReason | null;
  /** Readable people, most recently updated first. */
  people: readonly SavedPerson[];
  /** Stored records that could not be read; they are kept, not deleted. */
  skipped: readonly SkippedRecord[];
  /** The latest notice that needs the user (null when none). */
  notice: HubNotice | null;
  /** The answer to navigator.storage.persist(), once asked (silent; for diagnostics). */
  persisted: boolean | null;
}

/** The actions every subscriber can call; each resolves (never rejects) with a storage result. */
export interface HubActions {
  /** Creates (no id) or updates (existing id) a saved person. */
  save(input: PersonInput): Promise<StoreResult<SavedPerson>>;
  /** Saves a checklist's ticks, documents and answers changed from `base`; merges another tab's changes or says `conflict`. */
  saveProgress(id: string, base: { revision: number; progress: Progress }, next: Progress): Promise<StoreResult<ProgressSaved>>;
  /** Changes a label; `label-taken` when another person has it, `conflict` when another tab renamed it since `base`. */
  rename(id: string, label: string, base?: Pick<SavedPerson, 'revision' | 'label'>): Promise<StoreResult<SavedPerson>>;
  /** Deletes a person; the value is the undo token for restore() (null if the record was unreadable). */
  remove(id: string): Promise<StoreResult<SavedPerson | null>>;
  /** Puts a deleted person back exactly as it was. */
  restore(record: SavedPerson): Promise<StoreResult<SavedPerson>>;
  /** Reads the list again (after another tab changed it). */
  refresh(): Promise<void>;
  /** The export file's JSON text and the records left out. */
  exportAll(): Promise<StoreResult<{ json: string; skipped: SkippedRecord[] }>>;
  /** Validates a file (its cities, dates, items and answers against the data too) and plans the merge; writes nothing. */
  importFile(text: string): Promise<StoreResult<ImportPlan>>;
  /** Writes a plan with a resolution per clash, in one transaction; returns what it did and its undo. */
  applyImport(plan: ImportPlan, resolutions: Readonly<Record<string, ClashResolution>>): Promise<StoreResult<ImportResult>>;
  /** Takes an import back, if nothing it wrote has changed since. */
  undoImport(undo: ImportUndo): Promise<StoreResult<{ removed: number; restored: number }>>;
}

const CHANNEL_NAME = 'madoguchi-people';

const INITIAL: HubSnapshot = { status: 'loading', reason: null, people: [], skipped: [], notice: null, persisted: null };

/** The shared store of a page, with a snapshot to render and actions that keep it current. */
export class PeopleHub implements HubActions {
  private snapshot: HubSnapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private storePromise: Promise<PeopleStore> | null = null;
  private channel: BroadcastChannel | null = null;
  private readonly options: StoreOptions;

  constructor(options: StoreOptions = {}) {
    this.options = options;
  }

  /** The current snapshot (a new object after every change, so it can be compared by identity). */
  getSnapshot = (): HubSnapshot => this.snapshot;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** Opens the store once (later calls return the same promise) and loads the list. */
  open = (): Promise<PeopleStore> => {
    if (!this.storePromise) {
      this.storePromise = openStore({ ...this.options, onNotice: (n) => this.onNotice(n) }).then(async (store) => {
        this.listenToOtherTabs();
        await this.load(store);
        return store;
      });
    }
    return this.storePromise;
  };

  private set(patch: Partial<HubSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One broken subscriber must not stop the others.
      }
    }
  }

  private onNotice(notice: Parameters<NonNullable<StoreOptions['onNotice']>>[0]): void {
    if (notice.type === 'persisted') this.set({ persisted: notice.granted });
    else if (notice.type === 'blocked') this.set({ notice: 'blocked' });
    else this.set({ notice: notice.type, status: 'unavailable', reason: notice.type === 'versionchange' ? 'closed-for-upgrade' : 'terminated' });
  }

  private syncStatus(store: PeopleStore): boolean {
    const status = store.status;
    if (status.available) {
      // A 'blocked' notice while opening is over once the store opened.
      this.set({ status: 'ready', reason: null, notice: this.snapshot.notice === 'blocked' ? null : this.snapshot.notice });
      return true;
    }
    const notice = this.snapshot.notice === 'blocked' && status.reason !== 'blocked' ? null : this.snapshot.notice;
    this.set({ status: 'unavailable', reason: status.reason, notice });
    return false;
  }

  private async load(store: PeopleStore): Promise<void> {
    // A database newer than this page cannot be written, but its people are still listed (and exported).
    const s = store.status;
    if (!s.available && !s.readable) {
      this.syncStatus(store);
      return;
    }
    // 'ready' comes with the list, never before it: a reader of the status then knows who is saved.
    const list = await store.listPeople();
    if (list.ok) this.set({ people: list.value.people, skipped: list.value.skipped });
    this.syncStatus(store);
  }

  private listenToOtherTabs(): void {
    if (this.channel || typeof BroadcastChannel === 'undefined') return;
    try {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = () => void this.refresh();
    } catch {
      this.channel = null;
    }
  }

  /** Runs one write on the store, tells the other tabs when it succeeded, and reads the list again either way. */
  private async write<T>(run: (store: PeopleStore) => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    const store = await this.open();
    const result = await run(store);
    if (result.ok) {
      try {
        this.channel?.postMessage('changed');
      } catch {
        // Other tabs refresh on their next load anyway.
      }
    }
    // Refresh on failure too: a clash or an outdated plan means the list changed under us.
    await this.load(store);
    return result;
  }

  refresh = async (): Promise<void> => {
    await this.load(await this.open());
  };

  save = (input: PersonInput): Promise<StoreResult<SavedPerson>> => this.write((store) => store.savePerson(input));

  saveProgress = (id: string, base: { revision: number; progress: Progress }, next: Progress): Promise<StoreResult<ProgressSaved>> =>
    this.write((store) => store.saveProgress(id, base, next));

  rename = (id: string, label: string, base?: Pick<SavedPerson, 'revision' | 'label'>): Promise<StoreResult<SavedPerson>> =>
    this.write((store) => store.renamePerson(id, label, base));

  remove = (id: string): Promise<StoreResult<SavedPerson | null>> => this.write((store) => store.deletePerson(id));

  restore = (record: SavedPerson): Promise<StoreResult<SavedPerson>> => this.write((store) => store.restorePerson(record));

  exportAll = async (): Promise<StoreResult<{ json: string; skipped: SkippedRecord[] }>> => {
    const store = await this.open();
    const result = await store.exportAll();
    this.syncStatus(store);
    return result;
  };

  importFile = async (text: string): Promise<StoreResult<ImportPlan>> => {
    const store = await this.open();
    const result = await store.importFile(text);
    this.syncStatus(store);
    if (!result.ok) return result;
    // The store checks the shape; the data the app will use (cities, their items and documents) is checked here,
    // with its code loaded only for an import.
    const { checkImportedPeople } = await import('./import-checks');
    const problems = await checkImportedPeople(result.value.incoming, Date.now());
    return problems.length ? invalidFile(problems) : result;
  };

  applyImport = (plan: ImportPlan, resolutions: Readonly<Record<string, ClashResolution>>): Promise<StoreResult<ImportResult>> =>
    this.write((store) => store.applyImport(plan, resolutions));

  undoImport = (undo: ImportUndo): Promise<StoreResult<{ removed: number; restored: number }>> => this.write((store) => store.undoImport(undo));

  /** Closes the store and forgets everything (tests; never needed by the UI). */
  async dispose(): Promise<void> {
    this.channel?.close();
    this.channel = null;
    if (this.storePromise) (await this.storePromise).close();
    this.storePromise = null;
    this.listeners.clear();
    this.snapshot = INITIAL;
  }
}

let shared: PeopleHub | null = null;

/** The page's one hub (created on first call; it opens the store only when open() is called). */
export function sharedPeopleHub(): PeopleHub {
  shared ??= new PeopleHub();
  return shared;
}
