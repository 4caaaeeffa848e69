import type { Ref } from 'preact';
import { useT } from '../../i18n';

/**
 * The saved-people section's heading (the focus target when a card goes) and, unless nothing can be saved, its
 * intro: the same in the stand-in and in the list, so nothing moves when the list takes over.
 */
export function SavedHeading(props: { intro: boolean }) {
  const t = useT('saved');
  return (
    <>
      <h2 id="saved-heading" tabIndex={-1}>
        {t('heading')}
      </h2>
      {props.intro ? <p class="saved-muted">{t('intro')}</p> : null}
    </>
  );
}

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
  return (
    <section class="saved" aria-labelledby="saved-heading" data-saved-status="loading" data-needs-script="" ref={props.sectionRef}>
      <SavedHeading intro />
      <SavedLoadingBody />
    </section>
  );
}
