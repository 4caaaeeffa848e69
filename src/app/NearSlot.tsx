import type { ComponentChild, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { whenNearViewport } from '../shell/near-viewport';

/**
 * A part far down a page whose code (a preact-iso lazy() component) loads as it nears the screen: `standIn(ref)` draws
 * its look until then (and in the prerendered HTML), `children` the part once its code is in. A reader who never
 * scrolls there pays nothing for it.
 */
export function NearSlot(props: {
  part: { preload: () => Promise<unknown> };
  standIn: (ref: RefObject<HTMLElement>) => ComponentChild;
  children: ComponentChild;
}) {
  const [ready, setReady] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    let live = true;
    const stop = whenNearViewport(ref.current, () => {
      props.part.preload().then(
        () => live && setReady(true),
        () => undefined, // offline before the chunk was cached: the stand-in stays
      );
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return <>{ready ? props.children : props.standIn(ref)}</>;
}
