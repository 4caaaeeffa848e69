import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary } from 'preact-iso';
import { dormantTurn, dropHeld, nearTurn, partHydrated, partTurn, wakeIfAddressChanged } from './hydration';

type Turn = { promise: Promise<void>; done: boolean } | null;

/** Suspends during the first hydrate() until its turn; Preact keeps the suspended part's DOM meanwhile. */
function Part(props: { children: ComponentChildren; dormant: Dormant; near?: Near }) {
  const turn = useRef<Turn | undefined>(undefined);
  // What the part rendered when it suspended: the tree its prerendered HTML stands for.
  const prerendered = useRef<{ children: ComponentChildren } | null>(null);
  const [, caughtUp] = useState(0);
  if (turn.current === undefined) {
    const { dormant, near } = props;
    const promise = near ? nearTurn(near.part, near.load) : dormant ? dormantTurn(dormant === true ? undefined : dormant.part) : partTurn();
    const current: Turn = promise ? { promise, done: false } : null;
    // Registered before the boundary's own then(), so the part no longer suspends when the boundary re-renders.
    void promise?.then(() => {
      if (current) current.done = true;
    });
    turn.current = current;
  }
  if (turn.current && !turn.current.done) {
    prerendered.current ??= { children: props.children };
    // Rendered again while dormant: if the address changed (a navigation the wake events did not see), wake.
    if (props.dormant) wakeIfAddressChanged();
    throw turn.current.promise;
  }
  // Hydration only attaches handlers: it would keep the HTML's attributes even where the page changed meanwhile
  // (a tick, another language). So hydrate the tree the HTML stands for, then render the current one over it.
  const first = prerendered.current;
  useLayoutEffect(() => {
    if (props.near) partHydrated(props.near.part);
    if (!first) return;
    prerendered.current = null;
    if (first.children !== props.children) caughtUp((n) => n + 1);
  }, [first]);
  // Gone before it took over (a navigation): nothing of it is left to submit.
  const nearPart = props.near?.part;
  useEffect(() => () => nearPart !== undefined && dropHeld(nearPart), [nearPart]);
  return <>{first ? first.children : props.children}</>;
}

/**
 * How long a part waits: false for its own task right after the rest of the page; true (or `{ part }`, the
 * `data-part` of its root element, so a touch inside it wakes it first) to stay dormant until the page is used.
 */
export type Dormant = boolean | { part: string };

/**
 * A part whose code is a chunk of its own: `part` is the `data-part` of its root element, `load` loads the chunk
 * (a lazy component's preload). It hydrates as it nears the screen or when the page is first used.
 */
export type Near = { part: string; load: () => Promise<unknown> };

/**
 * Hydrates its children in a later task than the rest of the page, or, `dormant`, once the page is first used, or,
 * `near`, once their code has loaded as they near the screen (src/app/hydration.ts). The children must render
 * exactly one element: Preact resumes a suspended hydration at a single DOM node. Only parts whose HTML works
 * without the app may be dormant: text, links, native check boxes.
 */
export function HydrateLater(props: { children: ComponentChildren; dormant?: Dormant; near?: Near }) {
  return (
    <ErrorBoundary>
      <Part dormant={props.dormant ?? false} near={props.near}>
        {props.children}
      </Part>
    </ErrorBoundary>
  );
}
