import { describe, expect, it } from 'vitest';
import { median, medianFigures } from '../../../bench/median.mjs';

/** A run's figures as runLighthouse() returns them. */
function run(over: Partial<Figures>): Figures {
  return {
    performance: 95,
    accessibility: 100,
    bestPractices: 100,
    lcpMs: 900,
    tbtMs: 100,
    cls: 0,
    fcpMs: 700,
    totalByteWeight: 70_000,
    lcpElement: 'h1',
    benchmarkIndex: 1500,
    failedAudits: [],
    warnings: [],
    ...over,
  };
}
type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  totalByteWeight: number;
  lcpElement: string | null;
  benchmarkIndex: number;
  failedAudits: { category: string; id: string; title: string }[];
  warnings: string[];
};

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([3, 1, 2], false)).toBe(2);
    expect(median([10, 30, 20], true)).toBe(20);
    expect(median([5], true)).toBe(5);
  });

  it('takes the worse middle value of an even count', () => {
    expect(median([800, 1000], false)).toBe(1000);
    expect(median([90, 99], true)).toBe(90);
    expect(median([1, 2, 3, 4], false)).toBe(3);
    expect(median([1, 2, 3, 4], true)).toBe(2);
  });

  it('refuses no values', () => {
    expect(() => median([], false)).toThrow();
  });
});

describe('medianFigures', () => {
  it('takes each figure from its own median, not every figure from one run', () => {
    const runs = [
      run({ performance: 92, lcpMs: 850, tbtMs: 400, lcpElement: 'a' }),
      run({ performance: 97, lcpMs: 1000, tbtMs: 150, lcpElement: 'b' }),
      run({ performance: 99, lcpMs: 870, tbtMs: 90, lcpElement: 'c' }),
    ];
    const m = medianFigures(runs);
    // The median-score run (97) had the highest LCP; the median LCP is 870.
    expect(m.performance).toBe(97);
    expect(m.lcpMs).toBe(870);
    expect(m.tbtMs).toBe(150);
    expect(m.lcpElement).toBe('c');
  });

  it('names the shifted element of the run whose CLS is the median', () => {
    const m = medianFigures([
      { ...run({ cls: 0.2 }), layoutShiftElement: 'big' },
      { ...run({ cls: 0 }), layoutShiftElement: null },
      { ...run({ cls: 0.1 }), layoutShiftElement: 'mid' },
    ]);
    expect(m.cls).toBe(0.1);
    expect(m.layoutShiftElement).toBe('mid');
  });

  it('keeps every failed audit and warning of any run, once', () => {
    const contrast = { category: 'accessibility', id: 'color-contrast', title: 'Contrast' };
    const m = medianFigures([
      run({ failedAudits: [contrast], warnings: ['slow host'] }),
      run({ failedAudits: [contrast], warnings: ['slow host', 'other'] }),
      run({}),
    ]);
    expect(m.failedAudits).toEqual([contrast]);
    expect(m.warnings).toEqual(['slow host', 'other']);
  });

  it('with one run left, is that run', () => {
    const only = run({ performance: 88, lcpMs: 1200 });
    expect(medianFigures([only])).toEqual(only);
  });

  it('refuses no runs', () => {
    expect(() => medianFigures([])).toThrow();
  });
});
