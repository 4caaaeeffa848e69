// `npm run bench`: build, serve, measure bytes (per language too), Lighthouse on one page of each type, the offline
// repeat visit, the start page with 1,000 saved people; compare with a plain static page; check the budgets in
// bench/budgets.json; write bench/results.json.
// Exit code: 0 every budget met, 1 a budget broken, 2 the benchmark itself could not run.
// Options: --skip-build (measure the last build in bench/.tmp/dist). Environment, for development only (such a run
// is not the record: its results go to bench/.tmp/results-dev.json): BENCH_LIGHTHOUSE_RUNS=<n> (default 3),
// BENCH_PAGES=<name,name> (a subset of PAGES in bench/config.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { cpus } from 'node:os';
import {
  APP_PORT,
  BROWSER_LANGUAGE,
  FONT_WARMUP,
  BUDGETS_FILE,
  CHECKLIST_READY_SELECTORS,
  HOST,
  LIGHTHOUSE_RUNS,
  LIGHTHOUSE_RUNS_FOR_RECORD,
  OFFLINE_PAGE,
  OFFLINE_CPU_THROTTLE,
  OFFLINE_RUNS,
  OUT_DIR,
  PAGES,
  RESULTS_FILE,
  ROOT,
  SEEDS_DIR,
  STATIC_DIR,
  STATIC_PORT,
  TMP_DIR,
  chromiumPath,
} from './config.mjs';
import { closeAll, installExitHandlers } from './cleanup.mjs';
import { COMPRESSION, REWRITES, assertPortFree, startServer } from './server.mjs';
import { group, measureSizes } from './sizes.mjs';
import { measureLocales } from './locale-sizes.mjs';
import { measureLanguageLoads } from './language-loads.mjs';
import { judge } from './checks.mjs';
import { printReport } from './report.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { median, medianFigures } from './median.mjs';
import { measureOfflineRender } from './offline-render.mjs';
import { measureSavedList } from './saved-list.mjs';
import { writeStaticPage } from './static-page.mjs';

/** @param {string} message */
function log(message) {
  console.log(`bench: ${message}`);
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `vite build` into the benchmark's own folder. */
async function build() {
  const args = ['vite', 'build', '--outDir', relative(ROOT, OUT_DIR), '--emptyOutDir', '--logLevel', 'warn'];
  log(`npx ${args.join(' ')}`);
  const child = spawn('npx', ['--no-install', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output}`);
  if (output.trim()) console.log(output.trim());
}

/**
 * Versions and machine, so figures can be compared with care.
 * @param {string} executablePath
 */
async function environment(executablePath) {
  const version = spawnSync(executablePath, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const lighthousePkg = JSON.parse(await readFile(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8'));
  const git = (/** @type {string[]} */ args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    commit: git(['rev-parse', '--short', 'HEAD']),
    // The build is of the work tree: with uncommitted changes, the figures are not those of `commit` alone.
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    node: process.version,
    lighthouse: lighthousePkg.version,
    chromium: version || executablePath,
    chromiumPath: executablePath,
    browserLanguage: BROWSER_LANGUAGE,
    fontWarmup: FONT_WARMUP,
    cpus: cpus().length,
  };
}

/**
 * The pages to measure: all of PAGES, or the BENCH_PAGES subset while developing.
 * @returns {Record<string, string>}
 */
function pagesToMeasure() {
  const wanted = (process.env.BENCH_PAGES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((name) => !(name in PAGES));
  if (unknown.length) throw new Error(`BENCH_PAGES: no page named ${unknown.join(', ')} (pages: ${Object.keys(PAGES).join(', ')})`);
  return wanted.length ? Object.fromEntries(wanted.map((name) => [name, PAGES[/** @type {keyof typeof PAGES} */ (name)]])) : { ...PAGES };
}

async function main() {
  const started = Date.now();
  installExitHandlers();
  const skipBuild = process.argv.includes('--skip-build');
  const budgets = JSON.parse(await readFile(BUDGETS_FILE, 'utf8'));
  const pages = pagesToMeasure();
  const devRun = LIGHTHOUSE_RUNS < LIGHTHOUSE_RUNS_FOR_RECORD || Object.keys(pages).length < Object.keys(PAGES).length;
  const executablePath = await chromiumPath();
  if (!(await stat(executablePath).catch(() => null))) throw new Error(`Chromium not found at ${executablePath} (set CHROMIUM_PATH)`);

  await assertPortFree(APP_PORT, HOST, 'app');
  await assertPortFree(STATIC_PORT, HOST, 'static page');

  if (skipBuild) {
    if (!(await stat(join(OUT_DIR, 'index.html')).catch(() => null))) throw new Error(`--skip-build: no build in ${OUT_DIR}`);
    log(`--skip-build: measuring the existing build in ${relative(ROOT, OUT_DIR)}`);
  } else await build();

  const staticPage = await writeStaticPage({ seedsDir: SEEDS_DIR, dir: STATIC_DIR });
  const app = await startServer({ root: OUT_DIR, port: APP_PORT, host: HOST, name: 'app' });
  const staticServer = await startServer({ root: STATIC_DIR, port: STATIC_PORT, host: HOST, name: 'static page' });
  log(`serving ${relative(ROOT, OUT_DIR)} at ${app.origin} and the static page at ${staticServer.origin}`);

  // Bytes, in all and per language.
  const sizes = await measureSizes({ dist: OUT_DIR, root: ROOT });
  const staticBytes = await group(STATIC_DIR, staticPage.files);
  const locales = await measureLocales({ dist: OUT_DIR, sizes });

  // Lighthouse, rounds interleaved so a slow moment of the machine does not land on one page only.
  /** @type {Record<string, string>} */
  const urls = { ...Object.fromEntries(Object.entries(pages).map(([name, path]) => [name, app.origin + path])), static: staticServer.origin + '/' };
  /** @type {Record<string, import('./lighthouse.mjs').LighthouseFigures[]>} */
  const runs = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  /** @type {Record<string, string[]>} */
  const lhErrors = Object.fromEntries(Object.keys(urls).map((name) => [name, []]));
  const lhStarted = Date.now();
  for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
    for (const [name, url] of Object.entries(urls)) {
      try {
        const figures = await runLighthouse(url, { executablePath, profileDir: join(TMP_DIR, 'profile-lighthouse') });
        runs[name]?.push(figures);
        log(
          `lighthouse ${round}/${LIGHTHOUSE_RUNS} ${name}: performance ${figures.performance}, LCP ${figures.lcpMs} ms, ` +
            `CLS ${figures.cls}, TBT ${figures.tbtMs} ms, accessibility ${figures.accessibility}, best practices ${figures.bestPractices}`,
        );
      } catch (error) {
        lhErrors[name]?.push(messageOf(error));
        log(`lighthouse ${round}/${LIGHTHOUSE_RUNS} ${name} failed: ${messageOf(error)}`);
      }
    }
  }
  const lighthouseS = Math.round((Date.now() - lhStarted) / 1000);
  // The median of the runs that worked; failed runs are listed with the results.
  /** @type {Record<string, { median: import('./lighthouse.mjs').LighthouseFigures | null, runs: import('./lighthouse.mjs').LighthouseFigures[], errors: string[] }>} */
  const lighthouse = {};
  for (const name of Object.keys(urls)) {
    const list = runs[name] ?? [];
    lighthouse[name] = { median: list.length ? medianFigures(list) : null, runs: list, errors: lhErrors[name] ?? [] };
  }

  // A first visit in each language: which texts it fetches.
  log(`first visit per language: ${Object.keys(sizes.locales).join(', ')}`);
  /** @type {Map<string, string>} */
  const chunkLang = new Map();
  for (const [lang, l] of Object.entries(sizes.locales)) for (const f of l.files) if (f.file && !f.inFirstLoad) chunkLang.set(f.file, lang);
  const languageLoads = await measureLanguageLoads({ origin: app.origin, executablePath, langs: Object.keys(sizes.locales), chunkLang });

  // Offline repeat visit.
  log(`offline repeat visit: ${OFFLINE_RUNS} reloads of ${OFFLINE_PAGE}, CPU ${OFFLINE_CPU_THROTTLE}× slower`);
  let offline;
  try {
    offline = await measureOfflineRender({
      origin: app.origin,
      path: OFFLINE_PAGE,
      executablePath,
      runs: OFFLINE_RUNS,
      cpuThrottle: OFFLINE_CPU_THROTTLE,
      selectors: CHECKLIST_READY_SELECTORS,
    });
  } catch (error) {
    offline = { path: OFFLINE_PAGE, error: messageOf(error), medianMs: null, runsMs: [] };
  }

  // The start page with many saved people: the longest main-thread task.
  const sl = budgets.savedList;
  log(`saved list: ${sl.people} people, ${sl.runs} loads of ${PAGES.start}, CPU ${OFFLINE_CPU_THROTTLE}× slower`);
  const savedList = await measureSavedList({ origin: app.origin, executablePath, people: sl.people, runs: sl.runs, cpuThrottle: OFFLINE_CPU_THROTTLE });
  // As for Lighthouse, the median run is judged: one run of a shared machine can be slowed by something else.
  const savedListRuns = savedList.longestTaskMs.map((load, i) => Math.max(load, savedList.longestWriteTaskMs[i] ?? 0));
  const savedListMedian = savedListRuns.length ? Math.round(median(savedListRuns, false)) : null;

  await closeAll();

  // Ratios against the static page.
  const staticLh = lighthouse.static?.median ?? null;
  const ratio = (/** @type {number | undefined | null} */ a, /** @type {number | undefined | null} */ b) =>
    a == null || b == null || b === 0 ? null : Number((a / b).toFixed(2));
  const pageNames = Object.keys(pages);
  const ratios = {
    lcp: Object.fromEntries(pageNames.map((name) => [name, ratio(lighthouse[name]?.median?.lcpMs, staticLh?.lcpMs)])),
    startHtmlCssGz: ratio(sizes.startPageHtmlCss.gz, staticBytes.gz),
    totalByteWeight: Object.fromEntries(pageNames.map((name) => [name, ratio(lighthouse[name]?.median?.totalByteWeight, staticLh?.totalByteWeight)])),
  };

  const checks = judge({ budgets, sizes, locales, languageLoads, lighthouse, ratios, offline, savedList: { ...savedList, medianMs: savedListMedian, runsMs: savedListRuns }, cpuThrottle: OFFLINE_CPU_THROTTLE });
  const broken = checks.filter((c) => c.ok === false);
  const unmeasured = checks.filter((c) => c.ok === null);

  const results = {
    generatedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    lighthouseS,
    developmentRun: devRun,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    environment: await environment(executablePath),
    server: { app: app.origin, static: staticServer.origin, compression: COMPRESSION, rewrites: REWRITES, cacheControl: 'no-cache + ETag' },
    pages: urls,
    sizes: { ...sizes, staticPage: staticBytes },
    locales: { ...locales, firstVisits: languageLoads },
    lighthouse,
    offline,
    savedList: { ...savedList, medianMs: savedListMedian },
    ratios,
    budgets: { file: relative(ROOT, BUDGETS_FILE), ok: broken.length === 0, checks },
  };
  // A diagnosis run (fonts warmed) or a development run is not the record: it goes to scratch space.
  const resultsFile = FONT_WARMUP
    ? join(TMP_DIR, 'results-font-warmup.json')
    : devRun
      ? join(TMP_DIR, 'results-dev.json')
      : RESULTS_FILE;
  await writeFile(resultsFile, JSON.stringify(results, null, 2) + '\n');

  printReport({ results, runs, checks, budgets, browserLanguage: BROWSER_LANGUAGE, fontWarmup: FONT_WARMUP, lighthouseRuns: LIGHTHOUSE_RUNS, offlineCpu: OFFLINE_CPU_THROTTLE, offlineRuns: OFFLINE_RUNS, readySelector: CHECKLIST_READY_SELECTORS[0] ?? '' });
  console.log(`\nWrote ${relative(ROOT, resultsFile)} in ${results.durationS} s (Lighthouse ${lighthouseS} s: ${Object.keys(urls).length} pages × ${LIGHTHOUSE_RUNS} runs).`);
  if (devRun) console.log(`A development run (BENCH_LIGHTHOUSE_RUNS / BENCH_PAGES): not the record.`);
  if (FONT_WARMUP) {
    console.log('BENCH_FONT_WARMUP=1: a diagnosis run; budgets are judged without the warm-up (exit 0).');
    return 0;
  }
  if (unmeasured.length) console.log(`Not measurable (not counted as broken): ${unmeasured.map((c) => c.budget).join('; ')}`);
  if (broken.length) {
    console.log(`BROKEN budgets (${broken.length} of ${checks.length}): ${broken.map((c) => `${c.budget} (${c.actual}, limit ${c.limit})`).join('; ')}`);
    return 1;
  }
  console.log('All budgets met.');
  return 0;
}

// Exit explicitly: a stray socket or timer from Lighthouse must not keep the run alive.
main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`bench: ${messageOf(error)}`);
    await closeAll();
    process.exit(2);
  },
);
