// Byte budgets from the built files alone: gzip level 9 of each file, summed per group.
//
// Groups: the start page's HTML + linked CSS, the first-load JS (entry scripts, modulepreloads and their static
// imports, followed through the chunks; lazy `import()` excluded), each city's rules, each locale, the precache.
// Sources (src/cities/data/*.json, locales/<lang>/**/*.json) are matched to built files by content, so the
// result does not depend on how chunks are named.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { resolveFile } from './server.mjs';

/** @typedef {{ path: string, bytes: number, gz: number }} FileSize  path is relative to dist, with forward slashes */
/** @typedef {{ files: FileSize[], bytes: number, gz: number }} Group */

/** @type {Map<string, { bytes: number, gz: number }>} */
const sizeCache = new Map();

/**
 * Raw and gzip-9 size of one file.
 * @param {string} file absolute path
 */
export async function fileSize(file) {
  let hit = sizeCache.get(file);
  if (!hit) {
    const body = await readFile(file);
    hit = { bytes: body.length, gz: gzipSync(body, { level: 9 }).length };
    sizeCache.set(file, hit);
  }
  return hit;
}

/**
 * A group of files with totals.
 * @param {string} dir root the paths are reported against
 * @param {Iterable<string>} files absolute paths
 * @returns {Promise<Group>}
 */
export async function group(dir, files) {
  const list = [];
  for (const file of new Set(files)) list.push({ path: toPosix(relative(dir, file)), ...(await fileSize(file)) });
  list.sort((a, b) => a.path.localeCompare(b.path));
  return { files: list, bytes: sum(list, 'bytes'), gz: sum(list, 'gz') };
}

/**
 * @param {FileSize[]} list
 * @param {'bytes' | 'gz'} key
 */
function sum(list, key) {
  return list.reduce((n, f) => n + f[key], 0);
}

/** @param {string} p */
function toPosix(p) {
  return p.split(sep).join('/');
}

/**
 * Every file under a folder (absolute paths), skipping dot-folders such as `.vite/`.
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
export async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/**
 * The attributes of every `<link>` and `<script>` tag in an HTML document.
 * @param {string} html
 * @returns {{ tag: string, attrs: Record<string, string> }[]}
 */
export function htmlTags(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags = [];
  for (const m of withoutComments.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    /** @type {Record<string, string>} */
    const attrs = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? '';
    }
    tags.push({ tag: (m[1] ?? '').toLowerCase(), attrs });
  }
  return tags;
}

/**
 * Static import/export specifiers of an ES module (minified or not). Dynamic `import()` is not matched.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const specs = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\n]+)["']/g;
  for (const m of code.matchAll(re)) specs.push(/** @type {string} */ (m[1]));
  return specs;
}

/**
 * CSS `@import` targets.
 * @param {string} css
 * @returns {string[]}
 */
function cssImports(css) {
  return [...css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * The dist file a URL (relative to the page or chunk at `fromUrlPath`) points to, or null when it is external
 * or missing.
 * @param {string} dist
 * @param {string} fromUrlPath URL path of the referring file, e.g. `/index.html` or `/assets/main.js`
 * @param {string} ref
 */
async function distFileFor(dist, fromUrlPath, ref) {
  const url = new URL(ref, `http://app${fromUrlPath}`);
  if (url.origin !== 'http://app') return null;
  // The same lookup as the server's, so `checklist` (a prerendered route) is checklist/index.html.
  return resolveFile(dist, url.pathname);
}

/** @param {string} dist @param {string} file */
function urlPathOf(dist, file) {
  return '/' + toPosix(relative(dist, file));
}

/**
 * The start page: its HTML, the stylesheets it links (and their @imports), and the first-load JS.
 * @param {string} dist
 * @param {string[]} problems collects references that could not be followed
 */
export async function startPage(dist, problems) {
  const htmlFile = join(dist, 'index.html');
  const html = await readFile(htmlFile, 'utf8');
  const css = new Set();
  const js = new Set();
  for (const { tag, attrs } of htmlTags(html)) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    let ref = null;
    let kind = null;
    if (tag === 'link' && rel.includes('stylesheet') && attrs.href) [ref, kind] = [attrs.href, 'css'];
    else if (tag === 'link' && rel.includes('modulepreload') && attrs.href) [ref, kind] = [attrs.href, 'js'];
    else if (tag === 'script' && attrs.src) [ref, kind] = [attrs.src, 'js'];
    if (!ref) continue;
    const file = await distFileFor(dist, '/index.html', ref);
    if (!file) {
      problems.push(`index.html links ${ref}, which is not a file in the build`);
      continue;
    }
    (kind === 'css' ? css : js).add(file);
  }
  // The page's inline loader imports the boot script once the page has painted (src/shell/boot-loader.ts).
  for (const spec of inlineScriptImports(html)) {
    const file = await distFileFor(dist, '/index.html', spec);
    if (file) js.add(file);
    else problems.push(`index.html's inline script imports ${spec}, which is not a file in the build`);
  }
  await follow(dist, css, cssImports, problems);
  // The page's entry scripts load the app with import() once the page has painted (src/shell/boot.ts): that app is
  // still first-load JS, so what the entry scripts import dynamically counts too (not what the app loads lazily).
  for (const entry of [...js]) {
    for (const spec of entryImports(await readFile(entry, 'utf8'))) {
      const target = await distFileFor(dist, urlPathOf(dist, entry), spec);
      if (target) js.add(target);
      else problems.push(`${relative(dist, entry)} imports ${spec}, which is not a file in the build`);
    }
  }
  await follow(dist, js, staticImports, problems);
  if (!js.size) problems.push('index.html loads no script: neither a <script src> nor an import() in an inline script');
  return { html: htmlFile, css: [...css], js: [...js] };
}

/**
 * What the page's inline scripts (not data blocks) pass to import().
 * @param {string} html
 */
export function inlineScriptImports(html) {
  const scripts = [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
  return scripts.flatMap((code) => [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => /** @type {string} */ (m[1])));
}

/**
 * The relative specifiers an entry script passes to import().
 * @param {string} text
 */
function entryImports(text) {
  return [...text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * Adds, transitively, what the files in `set` import (exported for ./locale-sizes.mjs).
 * @param {string} dist
 * @param {Set<string>} set grows in place
 * @param {(text: string) => string[]} imports
 * @param {string[]} problems
 */
export async function follow(dist, set, imports, problems) {
  const queue = [...set];
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    const text = await readFile(file, 'utf8');
    for (const spec of imports(text)) {
      if (!/^(\.{1,2}\/|\/)/.test(spec)) continue; // bare or absolute-URL specifiers are not files of ours
      const target = await distFileFor(dist, urlPathOf(dist, file), spec);
      if (!target) {
        problems.push(`${relative(dist, file)} imports ${spec}, which is not a file in the build`);
        continue;
      }
      if (!set.has(target)) {
        set.add(target);
        queue.push(target);
      }
    }
  }
}

/**
 * Decodes `\uXXXX` (and `\u{X}`) escapes, so minified code and JSON compare with source text either way.
 * @param {string} text
 */
function unescapeUnicode(text) {
  return text
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * The longest string values (2+ characters) of a JSON document, as fingerprints of its content in a built file. Strings a
 * minifier could re-escape (quotes, backslashes, control characters, `<`) are skipped, and so are strings with a
 * bracket: the build marks a translation's bracketed Japanese term with its reading (japaneseReadings() in
 * src/i18n/vite-plugin.ts), so such a string is not in the built file as written.
 * @param {unknown} value
 * @param {number} count
 */
export function fingerprints(value, count = 8) {
  /** @type {Set<string>} */
  const strings = new Set();
  const walk = (/** @type {unknown} */ v) => {
    if (typeof v === 'string') {
      if (v.length >= 2 && !/["'\\<`(\p{Cc}\u2028\u2029]/u.test(v)) strings.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  // Longest first: long strings are the least likely to occur anywhere else.
  return [...strings].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, count);
}

/**
 * Finds the built file that carries a source JSON file: the file containing most of its fingerprints
 * (at least 80 %), preferring one whose name contains `nameHint`, then the smallest.
 * @param {{ sourceFile: string, candidates: { file: string, text: string }[], nameHint: string }} options
 * @returns {Promise<{ file: string | null, matched: number, of: number }>}
 */
export async function findBuilt({ sourceFile, candidates, nameHint }) {
  const prints = fingerprints(JSON.parse(await readFile(sourceFile, 'utf8')));
  if (prints.length === 0) return { file: null, matched: 0, of: 0 };
  let best = null;
  for (const c of candidates) {
    const matched = prints.filter((p) => c.text.includes(p)).length;
    if (matched / prints.length < 0.8) continue;
    const named = basename(c.file).toLowerCase().includes(nameHint.toLowerCase()) ? 1 : 0;
    const key = [matched, named, -c.text.length];
    if (!best || compareKeys(key, best.key) > 0) best = { file: c.file, matched, key };
  }
  return { file: best?.file ?? null, matched: best?.matched ?? 0, of: prints.length };
}

/** @param {number[]} a @param {number[]} b */
function compareKeys(a, b) {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * Text files of the build that could carry JSON data (scripts and JSON), with escapes decoded.
 * @param {string} dist
 */
async function dataCandidates(dist) {
  const out = [];
  for (const file of await listFiles(dist)) {
    if (!['.js', '.mjs', '.json'].includes(extname(file))) continue;
    out.push({ file, text: unescapeUnicode(await readFile(file, 'utf8')) });
  }
  return out;
}

/**
 * JSON files under a folder, recursively (absolute paths); none when the folder does not exist.
 * @param {string} dir
 */
async function jsonFiles(dir) {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) return [];
  return (await listFiles(dir)).filter((f) => f.endsWith('.json'));
}

/**
 * The precache: the URLs in sw.js's precache manifest when sw.js exists, else every file of the build.
 * @param {string} dist
 * @param {string[]} problems
 */
async function precache(dist, problems) {
  const swFile = join(dist, 'sw.js');
  const sw = await readFile(swFile, 'utf8').catch(() => null);
  if (sw === null) return { source: 'all of dist (no sw.js)', files: await listFiles(dist) };
  const files = new Set();
  let entries = 0;
  for (const m of sw.matchAll(/["']?\burl["']?\s*:\s*["']([^"']+)["']/g)) {
    entries++;
    const ref = /** @type {string} */ (m[1]);
    const file = await distFileFor(dist, '/sw.js', ref);
    if (file) files.add(file);
    else problems.push(`sw.js precaches ${ref}, which is not a file in the build`);
  }
  if (entries === 0) problems.push('sw.js has no precache manifest entries ({url: …}) that the benchmark could read');
  return { source: `sw.js precache manifest (${entries} entries)`, files: [...files] };
}

/**
 * All byte measurements of a build.
 * @param {{ dist: string, root: string }} options
 */
export async function measureSizes({ dist, root }) {
  /** @type {string[]} */
  const problems = [];
  const start = await startPage(dist, problems);
  const firstLoad = new Set(start.js);
  const candidates = await dataCandidates(dist);

  /**
   * Matches one source JSON file to its built file.
   * @param {string} sourceFile
   * @param {string} nameHint
   */
  async function built(sourceFile, nameHint) {
    const found = await findBuilt({ sourceFile, candidates, nameHint });
    const source = toPosix(relative(root, sourceFile));
    if (!found.file) {
      problems.push(`${source}: no built file carries its content (${found.of} fingerprints)`);
      return { source, file: null, inFirstLoad: false, bytes: null, gz: null };
    }
    const inFirstLoad = firstLoad.has(found.file);
    if (inFirstLoad) problems.push(`${source} is bundled into first-load JS (${relative(dist, found.file)}), not a lazy chunk`);
    return { source, file: toPosix(relative(dist, found.file)), inFirstLoad, ...(await fileSize(found.file)) };
  }

  /** @type {Record<string, Awaited<ReturnType<typeof built>>>} */
  const cities = {};
  /** @type {Awaited<ReturnType<typeof built>> | null} */
  let national = null;
  for (const file of await jsonFiles(join(root, 'src', 'cities', 'data'))) {
    const id = basename(file, '.json');
    if (id === 'national') national = await built(file, id);
    else cities[id] = await built(file, id);
  }

  /** @type {Record<string, { files: (Awaited<ReturnType<typeof built>>)[], lazyBytes: number, lazyGz: number, inFirstLoad: string[], notFound: string[] }>} */
  const locales = {};
  const localesDir = join(root, 'locales');
  const langs = (await readdir(localesDir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const lang of langs) {
    const files = [];
    // The language, not the namespace, breaks ties: every language's glossary also carries the Japanese glossary's
    // readings (src/i18n/vite-plugin.ts), so ja's glossary is found in every language's chunk.
    for (const file of await jsonFiles(join(localesDir, lang))) files.push(await built(file, `locale-${lang}`));
    // Lazy chunks only: what is bundled into first-load JS is already counted there. A chunk carrying several
    // sources is counted once.
    const lazy = [...new Map(files.filter((f) => f.file && !f.inFirstLoad).map((f) => [f.file, f])).values()];
    locales[lang] = {
      files,
      lazyBytes: lazy.reduce((n, f) => n + (f.bytes ?? 0), 0),
      lazyGz: lazy.reduce((n, f) => n + (f.gz ?? 0), 0),
      inFirstLoad: files.filter((f) => f.inFirstLoad).map((f) => f.source),
      notFound: files.filter((f) => !f.file).map((f) => f.source),
    };
  }

  const pre = await precache(dist, problems);
  return {
    startPageHtmlCss: await group(dist, [start.html, ...start.css]),
    firstLoadJs: await group(dist, start.js),
    cities,
    national,
    locales,
    precache: { source: pre.source, ...(await group(dist, pre.files)) },
    problems,
  };
}
