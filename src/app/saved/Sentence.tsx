import { Fragment, type ComponentChildren } from 'preact';
import { splitSlots } from './saved-model';

/**
 * A translated sentence with elements in it (a <time>, a label): pass slotMarker(name) to t() for each slot, then
 * the elements here, so every language keeps its own word order around them.
 */
export function Sentence(props: { text: string; slots: Readonly<Record<string, ComponentChildren>> }) {
  return (
    <>
      {splitSlots(props.text).map((piece, i) => (
        <Fragment key={i}>{'slot' in piece ? props.slots[piece.slot] : piece.text}</Fragment>
      ))}
    </>
  );
}
