// Types of median.mjs, for the unit tests (the benchmark is plain JavaScript checked by JSDoc).

/** The median of `values`; with an even count, the worse of the two middle values. */
export function median(values: number[], higherIsBetter: boolean): number;

/** One set of figures from several Lighthouse runs of a page: every number is its own median over the runs. */
export function medianFigures<
  F extends { lcpMs: number; lcpElement: string | null; failedAudits: { category: string; id: string; title: string }[]; warnings: string[] },
>(runs: F[]): F;
