// Browsers may evict a site's storage under pressure unless it is marked persistent. Asking once, after the user
// has actually saved something, is when the request means something (and when Firefox's prompt makes sense).

/**
 * Asks navigator.storage.persist() if the browser has it. Never throws and never rejects:
 * resolves to the browser's answer, or null when there is nothing to ask.
 */
export function requestPersistence(): Promise<boolean | null> {
  try {
    const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
    if (!storage || typeof storage.persist !== 'function') return Promise.resolve(null);
    return Promise.resolve(storage.persist())
      .then((granted) => granted === true)
      .catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
