// A test hook, and the only one: a browser test can hold the app's start at a named point to act on the prerendered
// page first (typing or ticking before the app takes over). It sets window.madoguchiHold in an init script; without
// it, nothing waits.

/** The points at which the start can be held. */
export type HoldPoint = 'hydrate';

/** Resolves at once, unless a test holds the start at `point`: then once the test lets it go on. */
export async function held(point: HoldPoint): Promise<void> {
  const hold = (globalThis as { madoguchiHold?: (point: HoldPoint) => Promise<void> | undefined }).madoguchiHold;
  await hold?.(point);
}
