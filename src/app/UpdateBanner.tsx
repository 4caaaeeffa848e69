/// <reference types="vite-plugin-pwa/preact" />
import { useRef, useState } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { useT } from '../i18n';
import { useMounted } from '../shell/mounted';

// The service worker precaches the whole app (vite.config.ts) and is registered by vite-plugin-pwa's own Preact hook.
// A new version waits until the person agrees: this banner asks, and a reload keeps everything, because the answers
// live in the URL and saved people in IndexedDB. While online, the app looks for a new version every hour and
// whenever the connection comes back.

/** How often to look for a new version while the app stays open. */
export const UPDATE_INTERVAL_MS = 60 * 60 * 1000;
/** If the new version has not taken over by then, reload anyway (the reload cannot lose anything). */
const RELOAD_FALLBACK_MS = 10_000;

/** Asks the server whether a new version exists (not offline); a failed check is retried at the next one. */
function checkForUpdate(registration: ServiceWorkerRegistration): void {
  if (navigator.onLine) registration.update().catch(() => undefined);
}

function Banner() {
  const t = useT();
  const [updating, setUpdating] = useState(false);
  // Read by the plugin's callback, which keeps the first render's closure.
  const chose = useRef(false);
  const [dismissed, setDismissed] = useState(false);
  const [elsewhere, setElsewhere] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedRefresh: () => setDismissed(false),
    // The new version took over every tab. Only the tab whose person chose "Reload to update" reloads: another tab
    // may hold text typed and not yet saved; it shows the banner again and reloads when its person chooses.
    onNeedReload: () => {
      if (chose.current) location.reload();
      else {
        setElsewhere(true);
        setNeedRefresh(true);
        setDismissed(false);
      }
    },
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => checkForUpdate(registration), UPDATE_INTERVAL_MS);
      addEventListener('online', () => checkForUpdate(registration));
    },
  });
  const reload = async () => {
    chose.current = true;
    setUpdating(true);
    // Another tab already let it take over: nothing is waiting any more, only this page is old.
    if (elsewhere) return location.reload();
    setTimeout(() => location.reload(), RELOAD_FALLBACK_MS);
    await updateServiceWorker(true);
  };
  if (!needRefresh || dismissed) return null;
  return (
    <div class="notice notice--update" data-update-banner="">
      <p>{t(elsewhere ? 'update.elsewhere' : 'update.message')}</p>
      <div class="notice__actions">
        <button type="button" class="button" disabled={updating} onClick={() => void reload()}>
          {updating ? t('update.reloading') : t('update.reload')}
        </button>
        <button type="button" class="button button--secondary" disabled={updating} onClick={() => setDismissed(true)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}

/** Offers a waiting new version; the person decides when to reload. The worker is registered once the app runs. */
export function UpdateBanner() {
  return (
    <div role="status" class="notice-region">
      {useMounted() ? <Banner /> : null}
    </div>
  );
}
