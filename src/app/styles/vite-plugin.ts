import type { Plugin } from 'vite';
import { inlineByHash } from '../../shell/csp-inline.ts';

// Every page's one stylesheet travels inside its HTML. Linked, it would be a request before the first paint, one round
// trip more than a page that needs only its HTML (docs/budgets.md). Inlined, the HTML alone paints the page. The
// policy stays strict: the CSP allows exactly this stylesheet, by its hash, and no other inline style.

const LINKED = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;

/**
 * Build only: replaces the built stylesheet's <link> in every page with a <style>, allows it by hash in the page's
 * CSP <meta> and in `_headers`, and drops the now unused .css file from the output.
 */
export function inlineStylesheet(): Plugin {
  let cssFile: string | undefined;
  return {
    ...inlineByHash('madoguchi-inline-stylesheet', 'style-src', (html, ctx) => {
      const links = [...html.matchAll(LINKED)];
      if (links.length !== 1) throw new Error(`Expected one built stylesheet link in ${ctx.path}, found ${links.length}`);
      const [link, file] = links[0] as unknown as [string, string];
      const asset = ctx.bundle?.[file];
      if (!asset || asset.type !== 'asset') throw new Error(`The stylesheet ${file} is not in the bundle`);
      const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
      // A closing tag inside the CSS would end the <style> element early.
      if (/<\/style/i.test(css)) throw new Error(`${file} contains "</style"`);
      cssFile = file;
      return { html: html.replace(link, () => `<style>${css}</style>`), text: css };
    }),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Every page carries it inline; nothing links or imports the file, so it would only fill the precache.
        if (cssFile) delete bundle[cssFile];
      },
    },
  };
}
