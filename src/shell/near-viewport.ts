// Parts far down a page (the start page's saved people, the checklist's save form) need code, storage and layout that
// a person who never scrolls there would pay for while the page loads on a cheap phone. They start near the screen.

/** How far below the screen a part starts: a short scroll ahead, so it is ready by the time it is seen. */
export const NEAR_MARGIN = '0px 0px 96px 0px';

/**
 * Calls `start` once `element` is on screen or within NEAR_MARGIN of it (at once where IntersectionObserver is
 * missing, or without an element). Returns a function that stops watching.
 */
export function whenNearViewport(element: Element | null, start: () => void): () => void {
  if (!element || typeof IntersectionObserver !== 'function') {
    start();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: NEAR_MARGIN },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
