import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';
import { partTurn } from './hydration';

type Turn = { promise: Promise<void>; done: boolean } | null;

/** Suspends during the first hydrate() until its turn; Preact keeps the suspended part's DOM meanwhile. */
function Part(props: { children: ComponentChildren }) {
  const turn = useRef<Turn | undefined>(undefined);
  // What the part rendered when it suspended: the tree its prerendered HTML stands for.
  const prerendered = useRef<{ children: ComponentChildren } | null>(null);
  const [, caughtUp] = useState(0);
  if (turn.current === undefined) {
    const promise = partTurn();
    const current: Turn = promise ? { promise, done: false } : null;
    // Registered before the boundary's own then(), so the part no longer suspends when the boundary re-renders.
    void promise?.then(() => {
      if (current) current.done = true;
    });
    turn.current = current;
  }
  if (turn.current && !turn.current.done) {
    prerendered.current ??= { children: props.children };
    throw turn.current.promise;
  }
  // Hydration only attaches handlers: it would keep the HTML's attributes even where the page changed meanwhile
  // (a tick, another language). So hydrate the tree the HTML stands for, then render the current one over it.
  const first = prerendered.current;
  useLayoutEffect(() => {
    if (!first) return;
    prerendered.current = null;
    if (first.children !== props.children) caughtUp((n) => n + 1);
  }, [first]);
  return <>{first ? first.children : props.children}</>;
}

/**
 * Hydrates its children in a later task than the rest of the page (src/app/hydration.ts). The children must
 * render exactly one element: Preact resumes a suspended hydration at a single DOM node.
 */
export function HydrateLater(props: { children: ComponentChildren }) {
  return (
    <ErrorBoundary>
      <Part>{props.children}</Part>
    </ErrorBoundary>
  );
}
