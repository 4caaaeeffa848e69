// How the benchmark sums up its Lighthouse runs: each figure is the median of that figure over the runs.
//
// Before, every figure came from one run, the one with the median performance score. The score follows total
// blocking time far more than LCP, so "the median run's LCP" was whichever LCP that run had, often the highest of
// the three, and the LCP ratio compared one run against the static page's median-score run. The budgets are about
// each figure ("LCP ≤ 1.2× the static page's", "performance ≥ 95"), so each gets its own median. No dependency on
// Lighthouse here, so unit tests can import it.

/** Figures where more is better (scores); the rest (times, bytes, shift) are better when less. */
const HIGHER_IS_BETTER = new Set(['performance', 'accessibility', 'bestPractices', 'benchmarkIndex']);

/**
 * The median of `values`. With an even count (a run failed) the worse of the two middle values: the lower one when
 * more is better, the higher one otherwise, so a missing run never flatters the result.
 * @param {number[]} values
 * @param {boolean} higherIsBetter
 */
export function median(values, higherIsBetter) {
  if (!values.length) throw new Error('median() of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const lower = /** @type {number} */ (sorted[Math.floor(mid)]);
  const upper = /** @type {number} */ (sorted[Math.ceil(mid)]);
  return higherIsBetter ? lower : upper;
}

/**
 * One set of figures from several Lighthouse runs of a page: every number is its own median over the runs; the LCP
 * element is the one of the run whose LCP is that median; failed audits and warnings are those of any run.
 * @template {{ lcpMs: number, lcpElement: string | null, failedAudits: { category: string, id: string, title: string }[], warnings: string[] }} F
 * @param {F[]} runs
 * @returns {F}
 */
export function medianFigures(runs) {
  const first = runs[0];
  if (!first) throw new Error('medianFigures() of no runs');
  /** @type {Record<string, unknown>} */
  const out = { ...first };
  for (const [key, value] of Object.entries(first)) {
    if (typeof value !== 'number') continue;
    out[key] = median(
      runs.map((r) => /** @type {number} */ (/** @type {Record<string, unknown>} */ (r)[key])),
      HIGHER_IS_BETTER.has(key),
    );
  }
  const lcpRun = runs.find((r) => r.lcpMs === out.lcpMs) ?? first;
  out.lcpElement = lcpRun.lcpElement;
  // Likewise the element that shifted, from the run whose CLS is the median (when runs name one).
  if ('layoutShiftElement' in first) {
    const clsRun = /** @type {Record<string, unknown>[]} */ (runs).find((r) => r.cls === out.cls) ?? first;
    out.layoutShiftElement = clsRun.layoutShiftElement;
  }
  const audits = new Map();
  for (const a of runs.flatMap((r) => r.failedAudits)) audits.set(`${a.category}/${a.id}`, a);
  out.failedAudits = [...audits.values()];
  out.warnings = [...new Set(runs.flatMap((r) => r.warnings))];
  return /** @type {F} */ (out);
}
