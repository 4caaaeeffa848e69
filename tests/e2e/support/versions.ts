import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Two versions of the app from one build (the update test needs an old and a new one): each a copy of dist/ whose
// pages carry <html data-e2e-version="…">, with the service worker's precache revisions of those pages updated to
// their new content, as a real release would have them. The pages differ, so the service workers differ: the copy
// served second is a new version with new pages, found, installed and offered like any other.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Copies `dist` to `out`, marking every page with `version` and updating the precache revisions of the pages. */
export function makeVersion(dist: string, out: string, version: string): void {
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true });
  const revisions = new Map<string, string>();
  for (const file of files(out).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8').replace(/<html /, `<html data-e2e-version="${version}" `);
    writeFileSync(file, html);
    const url = path.relative(out, file).split(path.sep).join('/');
    revisions.set(url, md5(html));
    // The precache names a page by its clean URL ('checklist' for checklist/index.html; vite.config.ts).
    if (url.endsWith('/index.html')) revisions.set(url.slice(0, -'/index.html'.length), md5(html));
  }
  // The service worker answers snapshots from their packs (src/shell/snapshot-pack.ts): mark the pages there too.
  for (const file of files(path.join(out, 'snapshots')).filter((f) => /\/[a-z-]+\.json$/.test(f) && !/(rules|style)\.json$/.test(f))) {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { pieces: string[] };
    pack.pieces = pack.pieces.map((piece) => piece.replace(/<html /, `<html data-e2e-version="${version}" `));
    const text = JSON.stringify(pack);
    writeFileSync(file, text);
    revisions.set(path.relative(out, file).split(path.sep).join('/'), md5(text));
  }
  const sw = path.join(out, 'sw.js');
  let changed = 0;
  // An entry as generateSW wrote it ({url:"…",revision:"…"}) or as injectManifest does ({"revision":"…","url":"…"}).
  const entry = /\{"?(?:url|revision)"?:"[^"]*","?(?:url|revision)"?:"[^"]*"\}/g;
  const script = readFileSync(sw, 'utf8').replace(entry, (text) => {
    const url = /"?url"?:"([^"]*)"/.exec(text)?.[1];
    const revision = url === undefined ? undefined : revisions.get(url);
    if (!revision) return text;
    changed++;
    return text.replace(/("?revision"?:)"[0-9a-f]+"/, `$1"${revision}"`);
  });
  if (!changed) throw new Error(`${sw}: no page in its precache (has its format changed?)`);
  writeFileSync(sw, script);
}
