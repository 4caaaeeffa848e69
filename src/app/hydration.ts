import { hydrate, render, type ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';

// Hydrating a whole checklist in one go held the main thread for about 70 ms on a desktop CPU (several times that on
// a cheap phone), so a tap on the list right after it appeared waited for all of it. Parts below the fold are
// wrapped in <HydrateLater>: during the first hydrate() each suspends, keeping its prerendered DOM, and then
// hydrates in a task of its own, one part per task, so input is handled between them.

let hydrating = false;
let queue: Promise<void> = Promise.resolve();
let settled: Promise<void> = Promise.resolve();

/** Resolves in a later task (scheduler.yield where there is one), letting the browser handle input and paint. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // Not setTimeout: nested timeouts are held back to 4 ms each, and a page has a dozen parts.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A deferred part's turn: during the first hydrate() a promise that resolves in a later task than the parts
 * queued before it; at any other time null (a part rendered by the prerenderer or on navigation renders at once).
 */
export function partTurn(): Promise<void> | null {
  if (!hydrating) return null;
  queue = queue.then(nextTask);
  return queue;
}

/**
 * Hydrates `vnode` over the prerendered `root` and resolves once every deferred part has hydrated too. With
 * `exact` false the HTML is not what the app renders now, so it is rendered over (no part waits).
 */
export function startApp(vnode: ComponentChild, root: Element, exact: boolean): Promise<void> {
  if (!exact) {
    render(vnode, root);
    return settled;
  }
  hydrating = true;
  queue = Promise.resolve();
  // Pending from before hydrate() on, so whatever asks during the first render waits for the parts too.
  let done!: () => void;
  settled = new Promise<void>((resolve) => (done = resolve));
  try {
    hydrate(vnode, root);
  } finally {
    hydrating = false;
    // A part re-renders in a microtask after its turn; one more task and every part has.
    void queue.then(nextTask).then(done, done);
  }
  return settled;
}

/**
 * Resolves once Preact has run the effects of what is on screen now and rendered what they changed. Preact runs
 * effects after the next frame (or 100 ms in a tab that does not paint); this waits for the same moment, and its
 * callbacks were queued after Preact's, so they run after them.
 */
export function afterEffects(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timeout);
      cancelAnimationFrame(frame);
      setTimeout(resolve);
    };
    const timeout = setTimeout(done, 100);
    const frame = requestAnimationFrame(done);
  });
}

/** Resolves once the first render, deferred parts included, is done (at once before and after it). */
export function whenHydrated(): Promise<void> {
  return settled;
}

/**
 * False in the prerendered HTML and until the whole page has hydrated; then true. For what must only appear, or
 * only be announced, once the app runs every control on the page (data-checklist-ready, links that carry state).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    let live = true;
    void whenHydrated().then(() => {
      if (live) setHydrated(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return hydrated;
}
