// Formatting for the benchmark's console report.

const KIB = 1024;

/** Bytes as KiB with one decimal, or 'n/a'. @param {number | null | undefined} bytes */
export function kib(bytes) {
  return bytes == null ? 'n/a' : `${(bytes / KIB).toFixed(1)} KiB`;
}

/** A number with fixed decimals, or 'n/a'. @param {number | null | undefined} n @param {number} digits */
export function fixed(n, digits = 2) {
  return n == null || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits);
}

/**
 * Prints rows as an aligned table (first column left-aligned, the rest right-aligned).
 * @param {string} title
 * @param {string[]} head
 * @param {(string | number)[][]} rows
 */
export function table(title, head, rows) {
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (/** @type {(string|number)[]} */ r) =>
    r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/**
 * Prints the whole report of a run: sizes, what each language costs, Lighthouse per page, the offline visit, the
 * saved list, the budgets.
 * @param {object} r
 * @param {any} r.results what run.mjs writes to results.json
 * @param {Record<string, import('./lighthouse.mjs').LighthouseFigures[]>} r.runs every Lighthouse run, per page
 * @param {import('./checks.mjs').Check[]} r.checks
 * @param {any} r.budgets
 * @param {string} r.browserLanguage
 * @param {boolean} r.fontWarmup
 * @param {number} r.lighthouseRuns
 * @param {number} r.offlineCpu
 * @param {number} r.offlineRuns
 * @param {string} r.readySelector
 */
export function printReport({ results, runs, checks, budgets, browserLanguage, fontWarmup, lighthouseRuns, offlineCpu, offlineRuns, readySelector }) {
  const s = results.sizes;
  const sizeRows = [
    ['start page HTML + CSS', kib(s.startPageHtmlCss.gz), s.startPageHtmlCss.files.map((/** @type {any} */ f) => f.path).join(' ')],
    ['first-load JS (code, no texts)', kib(s.firstLoadJs.gz), s.firstLoadJs.files.map((/** @type {any} */ f) => f.path).join(' ') || '(none)'],
    ...Object.entries(s.cities).map(([id, c]) => [`city rules: ${id}`, kib(c.gz), c.file ?? '(no chunk found)']),
    ...(s.national ? [['national rules', kib(s.national.gz), s.national.file ?? '(no chunk found)']] : []),
    ['precache', kib(s.precache.gz), `${s.precache.files.length} files, ${s.precache.source}`],
    ['static page HTML + CSS', kib(s.staticPage.gz), s.staticPage.files.map((/** @type {any} */ f) => f.path).join(' ')],
  ];
  table('Sizes (gzip -9)', ['what', 'gz', 'files'], sizeRows);

  const loc = results.locales;
  /** @type {(string | number)[][]} */
  const localeRows = Object.entries(loc.langs).map(([lang, c]) => {
    const visit = loc.firstVisits[lang];
    const byWhat = (/** @type {string} */ what) => c.precache.filter((/** @type {any} */ e) => e.what.startsWith(what)).reduce((n, /** @type {any} */ e) => n + e.gz, 0);
    return [
      lang,
      kib(byWhat('texts')),
      kib(byWhat('snapshot pack')),
      kib(byWhat('share')),
      kib(c.precacheGz),
      kib(c.firstLoadJsGz),
      visit?.error ? `error: ${visit.error}` : (visit?.localeChunks.join(' ') ?? 'n/a'),
    ];
  });
  table(
    `Per language (locales/): what it adds to the precache (limit ${budgets.localePrecacheGzKiB} KiB), and the first-load JS of a page in it`,
    ['lang', 'texts', 'snapshots', 'rules', 'precache +', 'first-load JS', 'texts a first visit fetched'],
    localeRows,
  );
  console.log(`  shared by every language (shell code, stylesheet, icons, the routes' ja pages, all rules): ${kib(loc.sharedGz)}`);
  for (const p of loc.problems) console.log(`  note: ${p}`);

  const lighthouse = results.lighthouse;
  const lhRow = (/** @type {string} */ name) => {
    const m = lighthouse[name]?.median;
    if (!m) return [name, 'error', '', '', '', '', '', '', '', '', '', lighthouse[name]?.errors[0] ?? ''];
    const each = (/** @type {(r: import('./lighthouse.mjs').LighthouseFigures) => number} */ f) => runs[name]?.map(f).join('/') ?? '';
    const r = results.ratios.lcp[name];
    return [name, m.performance, m.accessibility, m.bestPractices, m.lcpMs, r == null ? '' : `${fixed(r)}×`, m.tbtMs, fixed(m.cls, 3), kib(m.totalByteWeight), each((x) => x.performance), each((x) => x.lcpMs), each((x) => x.cls)];
  };
  table(
    `Lighthouse ${results.environment.lighthouse}, mobile, simulated throttling, browser language ${browserLanguage}${fontWarmup ? ', fonts warmed first (BENCH_FONT_WARMUP=1)' : ''} (each figure the median of ${lighthouseRuns} runs)`,
    ['page', 'perf', 'a11y', 'best-pr', 'LCP ms', 'LCP/static', 'TBT ms', 'CLS', 'transferred', 'perf runs', 'LCP runs', 'CLS runs'],
    Object.keys(results.pages).map(lhRow),
  );
  for (const name of Object.keys(results.pages)) {
    const m = lighthouse[name]?.median;
    console.log(`  ${name}: ${results.pages[name]}`);
    if (m?.lcpElement) console.log(`    LCP element ${m.lcpElement}`);
    if (m?.layoutShiftElement) console.log(`    largest layout shift: ${m.layoutShiftElement}`);
    if (m?.failedAudits.length) console.log(`    failing audits: ${m.failedAudits.map((/** @type {any} */ a) => `${a.id} (${a.category})`).join(', ')}`);
    const errors = lighthouse[name]?.errors ?? [];
    if (errors.length) console.log(`    ${errors.length} of ${lighthouseRuns} runs failed: ${errors[0]}`);
  }

  const offline = results.offline;
  console.log(`\nOffline repeat visit of a saved checklist (${offline.path}, CPU ${offlineCpu}×, median of ${offlineRuns})`);
  if (offline.medianMs != null) {
    console.log(`  ${offline.medianMs} ms until ${offline.selector} is visible (runs: ${offline.runsMs.join(', ')} ms)`);
    if (offline.fallbackSelector) console.log(`  note: fallback selector; the app does not set ${readySelector} yet`);
  } else console.log(`  not measured: ${offline.error}`);

  const sl = results.savedList;
  console.log(`\nStart page with ${budgets.savedList.people} saved people (CPU ${offlineCpu}×, ${budgets.savedList.runs} loads)`);
  if (sl.error) console.log(`  not measured: ${sl.error}`);
  else console.log(`  longest task while the list appears: ${sl.longestTaskMs.join(', ')} ms; while deleting, undoing, showing more: ${sl.longestWriteTaskMs.join(', ')} ms`);

  table('Budgets (bench/budgets.json)', ['budget', 'limit', 'actual', 'result'], checks.map((c) => [c.budget, c.limit, c.actual, c.ok === null ? 'n/a' : c.ok ? 'ok' : 'BROKEN']));

  if (s.problems.length) {
    console.log('\nNotes from the size measurement:');
    for (const p of s.problems) console.log(`  - ${p}`);
  }
}
