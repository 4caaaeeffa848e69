import { startApp } from './shell/start';

// The app's entry, loaded by src/shell/boot.ts once the page has painted and been parsed.

/** Build-time prerender (src/shell/render.tsx). */
export { prerender } from './shell/render';

if (typeof window !== 'undefined') void startApp();
