import { useEffect, useState } from 'preact/hooks';
import { cities } from '../cities/registry';
import type { City } from '../cities/schema';

/** A city's data for a render: ready, still loading, or failed to load. */
export interface CityLoad {
  /** The city's data; undefined while it loads, after a failure, or without an id. */
  city: City | undefined;
  /** Loading failed (offline before the chunk was cached, a broken file). */
  failed: boolean;
  /** Tries again after a failure. */
  retry: () => void;
}

/**
 * One city's data, loaded on demand. Data already in memory (main.tsx and the prerenderer load a page's city before
 * its first render) is there on the first render, so prerendered HTML is rendered as it is, never as "loading".
 */
export function useCity(id: string | undefined): CityLoad {
  const [, loaded] = useState(0);
  const [failedId, setFailedId] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const city = id ? cities.peek(id) : undefined;
  useEffect(() => {
    if (!id || cities.peek(id)) return;
    let live = true;
    cities.load(id).then(
      () => live && loaded((n) => n + 1),
      () => live && setFailedId(id),
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);
  return {
    city,
    failed: !city && id !== undefined && failedId === id,
    retry: () => {
      setFailedId(undefined);
      setAttempt((n) => n + 1);
    },
  };
}
