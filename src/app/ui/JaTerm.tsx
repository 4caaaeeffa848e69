import { stripRuby } from '../../i18n/ruby';
import { JaName } from './JaName';

/** A Japanese term beside a translated label, in brackets, marked so screen readers read it in Japanese. */
export function JaTerm(props: { ja: string | undefined }) {
  if (!props.ja) return null;
  return (
    <>
      {' '}
      <JaName text={`(${props.ja})`} />
    </>
  );
}

/** True when a label says exactly the Japanese name (easy Japanese with furigana counts): show it once. */
export function sameAsJapanese(label: string, ja: string): boolean {
  // Easy Japanese writes words apart (分かち書き) and full-width brackets: 「署名用電子証明書の 暗証番号」 is still the name.
  const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  return bare(stripRuby(label)) === bare(ja);
}
