import { Fragment } from 'preact';
import type { TFunction } from 'i18next';
import { useLang } from '../../i18n';
import { JaTerm, sameAsJapanese } from '../ui/JaTerm';
import { sentence } from '../ui/sentence';
import type { NameAndJa } from './step-text';

/**
 * "That is: Signature PIN (署名用電子証明書の暗証番号)." in the shown language's words (flow.json `pin.means`,
 * `pin.or`), each Japanese name as a JaTerm: marked lang="ja", with its reading outside Japanese, and left out in
 * Japanese, or where the label already is the name (easy Japanese).
 */
export function PinNames(props: { t: TFunction; names: readonly NameAndJa[] }) {
  const { t } = props;
  const lang = useLang();
  const names = props.names.map((n, i) => (
    <Fragment key={i}>
      {i > 0 && t('flow:pin.or')}
      {n.label}
      <JaTerm ja={!n.ja || lang === 'ja' || sameAsJapanese(n.label, n.ja) ? undefined : n.ja} />
    </Fragment>
  ));
  return <>{sentence(t, 'flow:pin.means', { names })}</>;
}
