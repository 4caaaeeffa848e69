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

// Dormant parts hold only what the HTML already does by itself: text, links (the router handles their clicks) and
// native check boxes (early-input.ts hands a box ticked before hydration to the address). They stay as prerendered
// until the person first interacts with the page or the address changes, then hydrate one per task, the part that
// was touched first. A reader who never touches the page never pays for them.

/** Events that wake dormant parts: any start of an interaction, before the click or change it leads to. */
const WAKE_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'input', 'change'] as const;

let dormant: Array<{ part: string | undefined; wake: () => void }> = [];
let dormantHref = '';

function onInteraction(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const part = target?.closest<HTMLElement>('[data-part]')?.dataset.part;
  wakeDormantParts(part);
}

function listenForInteraction(listen: boolean): void {
  for (const type of WAKE_EVENTS) {
    if (listen) document.addEventListener(type, onInteraction, { capture: true, passive: true });
    else document.removeEventListener(type, onInteraction, { capture: true });
  }
  if (listen) addEventListener('popstate', onAddressChange);
  else removeEventListener('popstate', onAddressChange);
}

// Not wakeDormantParts itself: a listener would pass the event as the part to wake first.
function onAddressChange(): void {
  wakeDormantParts();
}

/**
 * Wakes every dormant part: the one named `first` (its root's data-part) at once, so it takes over its controls
 * before the click or change that follows, and the others one per later task.
 */
function wakeDormantParts(first?: string): void {
  if (!dormant.length) return;
  const waiting = dormant;
  dormant = [];
  listenForInteraction(false);
  const now = waiting.filter((d) => first !== undefined && d.part === first);
  for (const d of now) d.wake();
  let later = Promise.resolve();
  for (const d of waiting.filter((x) => !now.includes(x))) later = later.then(nextTask).then(d.wake);
}

/** Wakes the dormant parts when the address is no longer the one the prerendered HTML was hydrated for. */
export function wakeIfAddressChanged(): void {
  if (dormant.length && location.href !== dormantHref) wakeDormantParts();
}

/**
 * A dormant part's turn (`part`: the data-part of its root element, if any): during the first hydrate() a promise
 * that resolves once the page is first interacted with or its address changes; at any other time null.
 */
export function dormantTurn(part?: string): Promise<void> | null {
  if (!hydrating) return null;
  if (!dormant.length) listenForInteraction(true);
  return new Promise((wake) => dormant.push({ part, wake }));
}

// Parts whose code is a chunk of its own (the checklist's save form) hydrate as they near the screen, or when the
// page is first used, once that chunk has loaded; rendered later (after a navigation), they show once it has, and
// main.tsx loads it before a render over other HTML. Until they hydrate, their HTML is a form without the app: one
// submitted meanwhile is held, not sent to the server as a plain form would be (it would replace the address's
// answers), and goes through once the part has taken over.

const heldParts = new Map<string, { form?: HTMLFormElement; submitter?: HTMLElement | null }>();

function onSubmitBeforeHydration(event: SubmitEvent): void {
  const form = event.target instanceof HTMLFormElement ? event.target : null;
  const part = form?.closest<HTMLElement>('[data-part]')?.dataset.part;
  const held = part === undefined ? undefined : heldParts.get(part);
  if (!form || !held) return;
  event.preventDefault();
  held.form = form;
  held.submitter = event.submitter;
}

/** Holds what is submitted in the part `part` (the data-part of its root) until partHydrated(part) or dropHeld(part). */
function holdSubmits(part: string): void {
  if (heldParts.has(part)) return;
  if (!heldParts.size) document.addEventListener('submit', onSubmitBeforeHydration, true);
  heldParts.set(part, {});
}

/** Stops holding the part's submits, dropping one held (the part went away without taking over). */
export function dropHeld(part: string): void {
  if (!heldParts.delete(part)) return;
  if (!heldParts.size) document.removeEventListener('submit', onSubmitBeforeHydration, true);
}

/**
 * The turn of a part whose code loads apart (`part`: the data-part of its root element): during the first hydrate()
 * a promise that resolves once the part nears the screen or the page is first used, and `load` has resolved; at
 * any other time null. If the code cannot load, the part stays as its HTML, its form held.
 */
export function nearTurn(part: string, load: () => Promise<unknown>): Promise<void> | null {
  const woken = dormantTurn(part);
  if (!woken) return null;
  holdSubmits(part);
  let stopWatching = () => undefined as void;
  const near = new Promise<void>((resolve) => {
    stopWatching = whenNearViewport(document.querySelector(`[data-part="${CSS.escape(part)}"]`), resolve);
  });
  return Promise.race([woken, near])
    .then(() => {
      stopWatching();
      return load();
    })
    .then(
      () => undefined,
      () => new Promise<void>(() => undefined),
    );
}

/** Called once a part that loaded apart has taken over: a form submitted while it waited is submitted now. */
export function partHydrated(part: string): void {
  const held = heldParts.get(part);
  if (!held) return;
  dropHeld(part);
  const { form, submitter } = held;
  if (!form) return;
  // In a later task, after the renders hydration's layout effects queued (early input), so the submit sees their
  // state; not if the person submitted again meanwhile, now to the app itself.
  let again = false;
  const submittedAgain = () => (again = true);
  form.addEventListener('submit', submittedAgain, { capture: true, once: true });
  void nextTask().then(() => {
    form.removeEventListener('submit', submittedAgain, { capture: true });
    if (again || !form.isConnected) return;
    form.requestSubmit(submitter instanceof HTMLButtonElement && submitter.form === form ? submitter : undefined);
  });
}

/** True when a form control on the page no longer shows what its HTML said: it was used before the app started. */
function touchedBeforeStart(root: Element): boolean {
  for (const control of root.querySelectorAll('input, textarea, select')) {
    if (control instanceof HTMLInputElement) {
      // A box's value is "on" without a value attribute, whose defaultValue is then "": only `checked` tells.
      const changed = control.type === 'checkbox' || control.type === 'radio' ? control.checked !== control.defaultChecked : control.value !== control.defaultValue;
      if (changed) return true;
    }
    if (control instanceof HTMLTextAreaElement && control.value !== control.defaultValue) return true;
    if (control instanceof HTMLSelectElement && [...control.options].some((o) => o.selected !== o.defaultSelected)) return true;
  }
  return false;
}

/**
 * Hydrates `vnode` over the prerendered `root` and resolves once every deferred part has hydrated too (dormant parts
 * wait for the person, not for this). With `exact` false the HTML is not what the app renders now, so it is
 * rendered over (no part waits).
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
  dormantHref = location.href;
  try {
    hydrate(vnode, root);
  } finally {
    hydrating = false;
    // A box ticked or a field typed into before the app started must reach the address now, not at the next touch.
    if (touchedBeforeStart(root)) wakeDormantParts();
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

// Parts far down a page (the start page's saved people, the checklist's save form) need code, storage and layout
// that a person who never scrolls there would pay for during load on a cheap phone. They start near the screen.

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
