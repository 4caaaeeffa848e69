import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { shareableHref } from './checklist-state';

// Share the checklist's link: the system share sheet where there is one, else the clipboard, else the link as
// selectable text. The link is the whole state (answers, documents, ticks), so it opens the same list elsewhere.

type Outcome = 'idle' | 'shared' | 'copied' | 'fallback';

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}

/** A share button with a visible outcome. */
export function ShareLink() {
  const t = useT('checklist');
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [url, setUrl] = useState('');

  const share = async () => {
    const link = shareableHref(window.location.href);
    setUrl(link);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: document.title, url: link });
        setOutcome('shared');
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to report (and no earlier "Shared." left standing).
        if (isAbort(error)) {
          setOutcome('idle');
          return;
        }
      }
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setOutcome('copied');
    } catch {
      setOutcome('fallback');
    }
  };

  return (
    <div class="cl-share">
      <button type="button" class="button button--secondary" onClick={() => void share()}>
        {t('share.button')}
      </button>
      <div role="status" class="cl-share__status">
        {outcome === 'copied' && <p>{t('share.copied')}</p>}
        {outcome === 'shared' && <p>{t('share.shared')}</p>}
      </div>
      {outcome === 'fallback' && (
        <div class="cl-share__fallback">
          <label for="cl-share-url">{t('share.fallback')}</label>
          <input
            id="cl-share-url"
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            class="cl-share__url"
          />
        </div>
      )}
    </div>
  );
}
