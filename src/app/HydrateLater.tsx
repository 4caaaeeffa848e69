import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';
import { partTurn } from './hydration';

type Turn = { promise: Promise<void>; done: boolean } | null;

/** Suspends during the first hydrate() until its turn; Preact keeps the suspended part's DOM meanwhile. */
function Part(props: { children: ComponentChildren }) {
  const turn = useRef<Turn | undefined>(undefined);
  if (turn.current === undefined) {
    const promise = partTurn();
    const current: Turn = promise ? { promise, done: false } : null;
    // Registered before the boundary's own then(), so the part no longer suspends when the boundary re-renders.
    void promise?.then(() => {
      if (current) current.done = true;
    });
    turn.current = current;
  }
  if (turn.current && !turn.current.done) throw turn.current.promise;
  return <>{props.children}</>;
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
