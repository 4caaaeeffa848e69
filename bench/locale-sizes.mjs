// What each language costs (issue 22.5): the gzip bytes it adds to the service worker's precache, and the
// first-load JS of a page shown in it. Languages are the folders of locales/, so a new one is reported unasked.
//
// A language's own precache entries: the chunk(s) carrying its locales/<lang>/ files (matched by content in
// ./sizes.mjs), its snapshot pack `snapshots/<lang>.json` (every prerendered page in it, packed by
// src/shell/snapshot-pack.ts), any precached page under `variants/<lang>/`, and its share of
// `snapshots/rules.json` (the rules pointing at its snapshots: that file gzipped with them minus without them).
// Shared by every language, and not billed to one: the shell's code, the stylesheet pack (`snapshots/style.json`),
// icons, and the routes' own pages, which are prerendered in the default language (ja) whatever languages exist.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { follow, group, staticImports } from './sizes.mjs';

/** @typedef {{ path: string, gz: number, what: string }} Entry */

/**
 * @typedef {object} LocaleCost
 * @property {Entry[]} precache the language's own precache entries
 * @property {number} precacheGz what the language adds to the precache, gz
 * @property {string[]} firstLoadJs the first-load JS of a page shown in this language (shell + its texts)
 * @property {number} firstLoadJsGz
 * @property {number} textsGz the part of firstLoadJsGz that is the language's texts
 */

/**
 * gzip -9 size of a string.
 * @param {string} text
 */
function gz(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/**
 * What each language adds to the precache, and its first-load JS.
 * @param {{ dist: string, sizes: Awaited<ReturnType<typeof import('./sizes.mjs').measureSizes>> }} options
 * @returns {Promise<{ langs: Record<string, LocaleCost>, sharedGz: number, problems: string[] }>}
 */
export async function measureLocales({ dist, sizes }) {
  /** @type {string[]} */
  const problems = [];
  const precached = new Map(sizes.precache.files.map((f) => [f.path, f]));
  const firstLoad = new Set(sizes.firstLoadJs.files.map((f) => f.path));
  const rulesText = await readFile(join(dist, 'snapshots', 'rules.json'), 'utf8').catch(() => null);
  /** @type {{ to: string }[] | null} */
  const rules = rulesText === null ? null : JSON.parse(rulesText);
  if (rules === null) problems.push('snapshots/rules.json not found: no language is billed a share of the snapshot rules');

  /** @type {Record<string, LocaleCost>} */
  const langs = {};
  const owned = new Set();
  for (const [lang, locale] of Object.entries(sizes.locales)) {
    /** @type {Entry[]} */
    const entries = [];
    const chunks = [...new Set(locale.files.map((f) => f.file).filter((f) => f !== null && !firstLoad.has(f)))];
    for (const chunk of /** @type {string[]} */ (chunks)) {
      const file = precached.get(chunk);
      if (file) entries.push({ path: chunk, gz: file.gz, what: 'texts' });
      else problems.push(`${lang}: ${chunk} (its texts) is not in the precache`);
    }
    const pack = precached.get(`snapshots/${lang}.json`);
    if (pack) entries.push({ path: pack.path, gz: pack.gz, what: 'snapshot pack' });
    for (const file of precached.values()) {
      if (file.path.startsWith(`variants/${lang}/`)) entries.push({ path: file.path, gz: file.gz, what: 'page' });
    }
    if (rules) {
      const without = rules.filter((r) => !r.to.startsWith(`/variants/${lang}/`));
      const share = gz(JSON.stringify(rules)) - gz(JSON.stringify(without));
      if (share > 0) entries.push({ path: 'snapshots/rules.json', gz: share, what: `share (${rules.length - without.length} rules)` });
    }
    for (const e of entries) if (e.path !== 'snapshots/rules.json') owned.add(e.path);

    // A page in this language loads the shell, then this language's texts (and whatever they import).
    const js = new Set(sizes.firstLoadJs.files.map((f) => join(dist, f.path)));
    const texts = new Set(/** @type {string[]} */ (chunks).map((c) => join(dist, c)));
    for (const t of texts) js.add(t);
    await follow(dist, js, staticImports, problems);
    const loaded = await group(dist, js);
    langs[lang] = {
      precache: entries,
      precacheGz: entries.reduce((n, e) => n + e.gz, 0),
      firstLoadJs: loaded.files.map((f) => f.path),
      firstLoadJsGz: loaded.gz,
      textsGz: loaded.gz - sizes.firstLoadJs.gz,
    };
  }
  const sharedGz = sizes.precache.files.filter((f) => !owned.has(f.path)).reduce((n, f) => n + f.gz, 0);
  return { langs, sharedGz, problems };
}
