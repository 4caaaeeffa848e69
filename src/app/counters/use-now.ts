import { useEffect, useState } from 'preact/hooks';

// The one place the counters and renewal pages read the clock. The engine is pure and gets this instant passed in;
// Japan time is derived from it there, so the device's time zone never matters.

const MINUTE_MS = 60_000;

/**
 * The current instant (epoch ms), refreshed at each new minute while the page is open, and at once when the page
 * becomes visible again (a phone woken the next morning must not show last night's status).
 */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      // Just after the next minute boundary, so "10:29" turns into "10:30" when the counter opens.
      timer = setTimeout(tick, MINUTE_MS - (Date.now() % MINUTE_MS) + 50);
    };
    const tick = () => {
      setNow(Date.now());
      schedule();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('pageshow', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('pageshow', onVisible);
    };
  }, []);
  return now;
}

/** The minute an instant falls in: a memo key that changes once a minute. */
export function minuteOf(instantMs: number): number {
  return Math.floor(instantMs / MINUTE_MS);
}
