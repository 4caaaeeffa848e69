import { useEffect, useState } from 'preact/hooks';

// A list of a thousand saved people drawn at once held a cheap phone's main thread for seconds (most of it the
// browser creating and laying out the cards). It is drawn a few cards per frame: each batch is a short task,
// and taps and scrolling are handled between them.

/** Cards drawn with the first render: a phone screen shows two or three. */
export const FIRST_BATCH = 3;
/** Cards added per frame after that (a card costs a few milliseconds on a slow phone). */
export const BATCH = 5;

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    // After the frame that drew the last batch, so each batch is laid out in a frame of its own.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** How many of `total` items to draw now: FIRST_BATCH, growing by BATCH each frame until all `total` are drawn. */
export function useBatches(total: number): number {
  const [shown, setShown] = useState(FIRST_BATCH);
  useEffect(() => {
    if (shown >= total) return;
    let live = true;
    void afterNextFrame().then(() => {
      if (live) setShown((n) => n + BATCH);
    });
    return () => {
      live = false;
    };
  }, [shown, total]);
  return Math.min(shown, total);
}
