import { useEffect, useState } from 'preact/hooks';

/**
 * False in the prerendered HTML and on the first render in the browser (which must draw exactly that HTML to take it
 * over), true from then on: for what only the running app can do (a form's own validation, links that carry the
 * address's state).
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
