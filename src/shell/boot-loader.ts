import type { Plugin } from 'vite';
import { inlineByHash } from './csp-inline.ts';

// Every page paints from its HTML alone, and the app only adds interaction, so its code waits for the first paint.
// A <script src> in the HTML cannot wait: the parser requests it at once, before the page has painted, and
// Lighthouse's LCP estimate then counts that request's round trip (docs/budgets.md). So each page carries a few
// bytes of inline script instead, allowed by its hash in the CSP like the inline stylesheet, which imports the boot
// module once the page has painted its content.

/**
 * The inline loader: imports the module at `src` after the first contentful paint, or after 3 s (a hidden tab never
 * paints), or at once in a browser without paint timing.
 */
export function bootLoader(src: string): string {
  // "<" escaped: a path cannot end the <script> element early.
  const path = JSON.stringify(src).replace(/</g, '\\u003c');
  return (
    `{let d=0;const go=()=>{if(!d){d=1;setTimeout(()=>import(${path}))}};` +
    'try{if(!PerformanceObserver.supportedEntryTypes.includes("paint"))throw 0;' +
    'new PerformanceObserver(l=>{if(l.getEntriesByName("first-contentful-paint").length)go()})' +
    '.observe({type:"paint",buffered:true})}catch{go()}setTimeout(go,3000)}'
  );
}

const BOOT_TAG = /<script type="module"[^>]*\bsrc="([^"]*\/boot-[^"]*\.js)"[^>]*><\/script>/g;

/**
 * Build only: replaces the boot module's <script src> in every page with the inline loader, and allows the loader
 * by hash in the page's CSP <meta> and in `_headers`.
 */
export function inlineBootLoader(): Plugin {
  return inlineByHash('madoguchi-boot-loader', 'script-src', (html, ctx) => {
    const tags = [...html.matchAll(BOOT_TAG)];
    if (tags.length !== 1) throw new Error(`Expected one boot <script> in ${ctx.path}, found ${tags.length}`);
    const [tag, src] = tags[0] as unknown as [string, string];
    const text = bootLoader(src);
    return { html: html.replace(tag, () => `<script>${text}</script>`), text };
  });
}
