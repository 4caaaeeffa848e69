import { useT } from '../../i18n';
import { usePeopleStore } from './use-people-store';

/**
 * The notices of the saved-people store that need the user: another tab updated Madoguchi (reload, same URL), or
 * another tab blocks the update (close it). Watches only: it never opens the store itself.
 */
export function SavedNotices() {
  const t = useT('saved');
  const { notice, status } = usePeopleStore({ open: false });
  if (notice === 'blocked') {
    // While opening waits, closing the other tab is enough; once it gave up, a reload is needed too.
    return (
      <div class="notice notice--offline" role="status" data-saved-notice="blocked">
        <p>{t(status === 'unavailable' ? 'unavailable.blocked' : 'notice.blocked')}</p>
        {status === 'unavailable' ? (
          <ReloadActions />
        ) : null}
      </div>
    );
  }
  if (notice === 'versionchange' || notice === 'terminated') {
    return (
      <div class="notice notice--offline" role="alert" data-saved-notice={notice}>
        <p>{t(notice === 'versionchange' ? 'notice.versionchange' : 'notice.terminated')}</p>
        <ReloadActions />
      </div>
    );
  }
  return null;
}

/** A Reload button that keeps the URL (the answers live there), for the notices that need a fresh page. */
export function ReloadActions() {
  const t = useT('saved');
  return (
    <div class="notice__actions">
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('notice.reload')}
      </button>
    </div>
  );
}
