import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IndexHtmlTransformContext, Plugin } from 'vite';

// Build-time helpers for the two things every page carries inline (its stylesheet, its boot loader): the CSP, in
// each page's <meta> and in `_headers`, allows exactly their text by hash, and nothing else inline.

/** The CSP source that allows exactly `text` inline, by the base64 SHA-256 of its UTF-8 bytes. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Adds `source` to `directive` (style-src, script-src) of a CSP string. */
export function allowSource(csp: string, directive: string, source: string): string {
  const pattern = new RegExp(`(^|;\\s*)(${directive} [^;]*)`);
  if (!pattern.test(csp)) throw new Error(`The CSP has no ${directive} directive: ${csp}`);
  return csp.replace(pattern, (_m, sep: string, found: string) => `${sep}${found} ${source}`);
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/** Adds `source` to `directive` of the CSP <meta> of a page's HTML. */
export function allowInPage(html: string, directive: string, source: string): string {
  const meta = META.exec(html);
  if (!meta) throw new Error(`No CSP <meta> to allow ${source} in ${directive}`);
  return html.replace(meta[0], () => `${meta[1]}${allowSource(meta[2]!, directive, source)}${meta[3]}`);
}

/** Adds `source` to `directive` of the policy in `<outDir>/_headers` (the copy of public/_headers). */
function allowInHeadersFile(outDir: string, directive: string, source: string): void {
  const path = resolve(outDir, '_headers');
  const headers = readFileSync(path, 'utf8');
  const line = /^(\s*Content-Security-Policy: )(.*)$/m.exec(headers);
  if (!line) throw new Error('public/_headers has no Content-Security-Policy line');
  writeFileSync(path, headers.replace(line[0], () => `${line[1]}${allowSource(line[2]!, directive, source)}`));
}

/**
 * A build-only Vite plugin that puts one text inline in every page (`inline` returns the page and that text) and
 * allows exactly that text by its hash in `directive`, in the page's CSP <meta> and in `_headers`.
 */
export function inlineByHash(
  name: string,
  directive: string,
  inline: (html: string, ctx: IndexHtmlTransformContext) => { html: string; text: string },
): Plugin {
  let outDir = 'dist';
  let hash: string | undefined;
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(page, ctx) {
        const { html, text } = inline(page, ctx);
        hash = hashSource(text);
        return allowInPage(html, directive, hash);
      },
    },
    closeBundle() {
      if (hash) allowInHeadersFile(outDir, directive, hash);
    },
  };
}
