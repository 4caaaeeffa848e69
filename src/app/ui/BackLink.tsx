import { useT } from '../../i18n';

/** The back link of a screen: to the previous one, whose answer the URL still holds. */
export function BackLink(props: { href: string }) {
  const t = useT('flow');
  return (
    <a class="back-link" href={props.href}>
      {t('back')}
    </a>
  );
}
