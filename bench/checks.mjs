// The budgets of bench/budgets.json, judged against one run's measurements. A budget that could not be measured is
// `ok: null` (listed, not counted as broken); one whose measurement failed is broken.
import { fixed, kib } from './report.mjs';

const KIB = 1024;

/** @typedef {{ budget: string, limit: string, actual: string, ok: boolean | null }} Check */

/**
 * @param {object} m
 * @param {any} m.budgets bench/budgets.json
 * @param {Awaited<ReturnType<typeof import('./sizes.mjs').measureSizes>>} m.sizes
 * @param {Awaited<ReturnType<typeof import('./locale-sizes.mjs').measureLocales>>} m.locales
 * @param {Record<string, import('./language-loads.mjs').LanguageLoad>} m.languageLoads
 * @param {Record<string, { median: import('./lighthouse.mjs').LighthouseFigures | null, errors: string[] }>} m.lighthouse
 * @param {{ lcp: Record<string, number | null> }} m.ratios
 * @param {{ medianMs: number | null, runsMs: number[], error?: string | null }} m.offline
 * @param {{ medianMs: number | null, runsMs: number[], error?: string | null }} m.savedList
 * @param {number} m.cpuThrottle the CPU slowdown of the offline visit and the saved list (bench/config.mjs)
 * @returns {Check[]}
 */
export function judge({ budgets, sizes, locales, languageLoads, lighthouse, ratios, offline, savedList, cpuThrottle }) {
  /** @type {Check[]} */
  const checks = [];
  const check = (/** @type {string} */ budget, /** @type {string} */ limit, /** @type {string} */ actual, /** @type {boolean | null} */ ok) =>
    checks.push({ budget, limit, actual, ok });

  check('start page HTML+CSS gz', `≤ ${budgets.startPageHtmlCssGzKiB} KiB`, kib(sizes.startPageHtmlCss.gz), sizes.startPageHtmlCss.gz <= budgets.startPageHtmlCssGzKiB * KIB);
  // No script found is a failed measurement (the page always loads the app), not a page without JavaScript.
  const firstLoadFound = sizes.firstLoadJs.files.length > 0;
  check(
    'first-load JS gz (the code, without a language\'s texts)',
    `≤ ${budgets.firstLoadJsGzKiB} KiB`,
    firstLoadFound ? kib(sizes.firstLoadJs.gz) : 'no script found',
    firstLoadFound && sizes.firstLoadJs.gz <= budgets.firstLoadJsGzKiB * KIB,
  );
  for (const [id, city] of Object.entries(sizes.cities)) {
    const measurable = city.gz != null && !city.inFirstLoad;
    check(
      `city rules ${id} gz`,
      `≤ ${budgets.cityRulesGzKiB} KiB`,
      measurable ? kib(city.gz) : city.inFirstLoad ? 'in first-load JS' : 'no chunk found',
      measurable ? /** @type {number} */ (city.gz) <= budgets.cityRulesGzKiB * KIB : null,
    );
  }
  for (const [lang, cost] of Object.entries(locales.langs)) {
    check(`language ${lang}: precache it adds, gz`, `≤ ${budgets.localePrecacheGzKiB} KiB`, kib(cost.precacheGz), cost.precacheGz <= budgets.localePrecacheGzKiB * KIB);
  }
  for (const [lang, load] of Object.entries(languageLoads)) {
    check(
      `language ${lang}: a first visit fetches only its own texts`,
      'only its own',
      load.error ? `error: ${load.error}` : load.localeChunks.length ? load.localeChunks.join(', ') : 'none fetched',
      load.error ? false : load.onlyOwnTexts,
    );
  }

  const lb = budgets.lighthouse;
  for (const name of lb.pages) {
    const page = lighthouse[name];
    if (!page) {
      check(`lighthouse ${name}`, 'measured', 'not measured in this run (BENCH_PAGES)', null);
      continue;
    }
    const m = page.median;
    if (!m) {
      check(`lighthouse ${name}`, 'measured', `error: ${page.errors[0] ?? 'no runs'}`, false);
      continue;
    }
    check(`${name} performance`, `≥ ${lb.performanceMin}`, String(m.performance), m.performance >= lb.performanceMin);
    check(`${name} accessibility`, `≥ ${lb.accessibilityMin}`, String(m.accessibility), m.accessibility >= lb.accessibilityMin);
    check(`${name} best practices`, `≥ ${lb.bestPracticesMin}`, String(m.bestPractices), m.bestPractices >= lb.bestPracticesMin);
    const r = ratios.lcp[name] ?? null;
    const staticLcp = lighthouse.static?.median?.lcpMs;
    check(
      `${name} LCP / static LCP`,
      `≤ ${lb.lcpMaxTimesStatic}×`,
      r == null ? 'n/a (static page not measured)' : `${fixed(r)}× (${m.lcpMs} / ${staticLcp} ms)`,
      r == null ? false : r <= lb.lcpMaxTimesStatic,
    );
    check(`${name} CLS`, `≤ ${lb.clsMax}`, fixed(m.cls, 3), m.cls <= lb.clsMax);
  }

  check(
    `offline repeat visit of a saved checklist, CPU ${cpuThrottle}×`,
    `≤ ${budgets.offlineRepeatVisitMaxMs} ms`,
    offline.medianMs == null ? `error: ${offline.error ?? 'no runs'}` : `${offline.medianMs} ms (median; runs ${offline.runsMs.join('/')} ms)`,
    offline.medianMs == null ? false : offline.medianMs <= budgets.offlineRepeatVisitMaxMs,
  );
  const sl = budgets.savedList;
  check(
    `start page longest task, ${sl.people} saved people, CPU ${cpuThrottle}×`,
    `≤ ${sl.longestTaskMaxMs} ms`,
    savedList.medianMs == null ? `error: ${savedList.error ?? 'no runs'}` : `${savedList.medianMs} ms (median; runs ${savedList.runsMs.join('/')} ms)`,
    savedList.medianMs == null ? false : savedList.medianMs <= sl.longestTaskMaxMs,
  );
  return checks;
}
