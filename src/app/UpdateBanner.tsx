import { useT } from '../i18n';
import { applyUpdate, dismissUpdate, usePwaState } from '../pwa/service-worker';

/** Offers a waiting new version; the person decides when to reload. */
export function UpdateBanner() {
  const t = useT();
  const { needRefresh, dismissed, updating, updatedElsewhere } = usePwaState();
  const show = needRefresh && !dismissed;
  return (
    <div role="status" class="notice-region">
      {show ? (
        <div class="notice notice--update" data-update-banner="">
          <p>{t(updatedElsewhere ? 'update.elsewhere' : 'update.message')}</p>
          <div class="notice__actions">
            <button type="button" class="button" disabled={updating} onClick={() => void applyUpdate()}>
              {updating ? t('update.reloading') : t('update.reload')}
            </button>
            <button type="button" class="button button--secondary" disabled={updating} onClick={dismissUpdate}>
              {t('update.later')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
