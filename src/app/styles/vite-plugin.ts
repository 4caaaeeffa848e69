import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { allowInHeadersFile, allowInPage, hashSource } from '../../shell/csp-inline.ts';

// Every page's one stylesheet travels inside its HTML. Linked, it was a second request before the first paint, and on
// a slow line the browser opens a second connection for it and the boot script side by side: one more round trip
// than a page that needs only its HTML (docs/budgets.md). Inlined, the HTML alone paints the page, and the boot
// script, fetched after it, takes the warm connection. The policy stays strict: the CSP allows exactly this
// stylesheet, by its hash, and no other inline style.

const LINKED = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;

/**
 * Build only: replaces the built stylesheet's <link> in every page with a <style>, allows it by hash in the page's
 * CSP <meta> and in `_headers`, and drops the now unused .css file from the output.
 */
export function inlineStylesheet(): Plugin {
  let outDir = 'dist';
  let hash: string | undefined;
  let cssFile: string | undefined;
  return {
    name: 'madoguchi-inline-stylesheet',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const links = [...html.matchAll(LINKED)];
        if (links.length !== 1) throw new Error(`Expected one built stylesheet link in ${ctx.path}, found ${links.length}`);
        const [link, file] = links[0] as unknown as [string, string];
        const asset = ctx.bundle?.[file];
        if (!asset || asset.type !== 'asset') throw new Error(`The stylesheet ${file} is not in the bundle`);
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        // A closing tag inside the CSS would end the <style> element early.
        if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style"`);
        cssFile = file;
        hash = hashSource(css);
        return allowInPage(html, 'style-src', hash).replace(link, () => `<style>${css}</style>`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Every page carries it inline; nothing links or imports the file, so it would only fill the precache.
        if (cssFile) delete bundle[cssFile];
      },
    },
    closeBundle() {
      if (hash) allowInHeadersFile(outDir, 'style-src', hash);
    },
  };
}
