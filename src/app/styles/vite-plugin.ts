import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// Every page's one stylesheet travels inside its HTML. Linked, it was a second request before the first paint, and on
// a slow line the browser opens a second connection for it and the boot script side by side: one more round trip
// than a page that needs only its HTML (docs/budgets.md). Inlined, the HTML alone paints the page, and the boot
// script, fetched after it, takes the warm connection. The policy stays strict: the CSP allows exactly this
// stylesheet, by its hash, and no other inline style.

/** The CSP source that allows exactly `css` as an inline stylesheet. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** Adds `source` to the style-src directive of a CSP string. */
export function allowStyle(csp: string, source: string): string {
  if (!/(^|;\s*)style-src /.test(csp)) throw new Error(`The CSP has no style-src directive: ${csp}`);
  return csp.replace(/(^|;\s*)(style-src [^;]*)/, (_m, sep: string, directive: string) => `${sep}${directive} ${source}`);
}

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
        hash = styleHashSource(css);
        const csp = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/.exec(html);
        if (!csp) throw new Error(`No CSP <meta> in ${ctx.path} to allow the inline stylesheet`);
        return html
          .replace(csp[0], `${csp[1]}${allowStyle(csp[2]!, hash)}${csp[3]}`)
          .replace(link, () => `<style>${css}</style>`);
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
      if (!hash) return;
      const path = resolve(outDir, '_headers');
      const headers = readFileSync(path, 'utf8');
      const line = /^(\s*Content-Security-Policy: )(.*)$/m.exec(headers);
      if (!line) throw new Error('public/_headers has no Content-Security-Policy line');
      writeFileSync(path, headers.replace(line[0], `${line[1]}${allowStyle(line[2]!, hash)}`));
    },
  };
}
