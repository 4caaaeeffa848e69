import type { Ref } from 'preact';
import { useT } from '../../i18n';

/** The body of the saved-people section while the store opens: one line, at the list's first height. */
export function SavedLoadingBody() {
  const t = useT('saved');
  return (
    <div class="saved-placeholder" aria-busy="true">
      <p class="saved-muted">{t('loading')}</p>
    </div>
  );
}

/**
 * The saved-people section as it stands before its code runs: in the start page's HTML, and until the person
 * nears it (src/app/pages/StartPage.tsx). It looks as SavedPeople does while the store opens, so nothing moves
 * when that takes over. Without JavaScript nothing can be read from the device, so no-js.css hides it.
 */
export function SavedShell(props: { sectionRef?: Ref<HTMLElement> }) {
  const t = useT('saved');
  return (
    <section class="saved" aria-labelledby="saved-heading" data-saved-status="loading" data-needs-script="" ref={props.sectionRef}>
      <h2 id="saved-heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      <p class="saved-muted">{t('intro')}</p>
      <SavedLoadingBody />
    </section>
  );
}
