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
