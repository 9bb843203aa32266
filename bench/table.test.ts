import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results';
import { beforeAfterTable, formatValue, resultsMarkdown } from './table';

function results(loadAverage: BenchResults['environment']['loadAverage']): BenchResults {
  const failedMeasurement = { error: 'Chromium crashed' };
  return {
    measuredAt: '2026-01-01T00:00:00.000Z',
    environment: { chromium: 'Chrome/1', node: 'v20', cpus: 2, loadAverage, runs: 7 },
    bundles: failedMeasurement,
    injection: failedMeasurement,
    pageCost: failedMeasurement,
    guideLatency: failedMeasurement,
    popupPaint: failedMeasurement,
    journey: failedMeasurement,
    budgets: { guideLatency: { max: 50, unit: 'ms', what: 'latency' } },
    figures: [
      {
        id: 'l',
        label: 'Guide latency',
        value: null,
        unit: 'ms',
        budget: 'guideLatency',
        error: 'Chromium crashed',
      },
    ],
    baseline: null,
  };
}

describe('results.md', () => {
  it('warns that timings are inflated when other work kept the CPUs busy as the run began', () => {
    expect(resultsMarkdown(results({ before: 5.5, after: 6 }))).toContain(
      '**Busy machine:** the load average was 5.5 on 2 CPUs when this run began',
    );
    // The run's own builds and browsers raise the load afterwards: no warning for that.
    expect(resultsMarkdown(results({ before: 0.4, after: 4.3 }))).not.toContain('Busy machine');
    // The load as each measurement began is on record.
    expect(
      resultsMarkdown(results({ before: 0.4, after: 4.3, during: { 'popup first paint': 3.25 } })),
    ).toContain('Load average as each measurement began: popup first paint 3.3.');
  });

  it('says which measurement failed and why, instead of a number', () => {
    const text = resultsMarkdown(results({ before: 0, after: 0 }));
    expect(text).toContain('| Guide latency | — | ≤ 50.0 ms | **not measured**: Chromium crashed |');
    expect(text).toContain('## Guide latency\n\nNot measured: Chromium crashed');
  });

  it('writes sizes in bytes below 1 KB and in KB of 1000 bytes above', () => {
    expect(formatValue(999, 'B')).toBe('999 B');
    expect(formatValue(31_554, 'B')).toBe('31.6 KB');
    expect(formatValue(-0.12, 'ms')).toBe('−0.1 ms');
  });

  it('sets each figure beside the baseline’s, saying what the old figure stood for and where there was none', () => {
    const run = results({ before: 0.4, after: 2 });
    run.budgets = { actions: { max: 8, unit: 'actions', what: 'actions' } };
    run.figures = [
      { id: 'from-okta', label: 'Admin actions: from Okta', value: 8, unit: 'actions', budget: 'actions' },
      { id: 'from-hub', label: 'Admin actions: from the hub', value: 5, unit: 'actions', budget: 'actions' },
    ];
    run.baseline = {
      what: 'the round’s start',
      commit: 'abc1234',
      measuredAt: '2025-12-31T00:00:00.000Z',
      chromium: 'Chrome/1',
      loadAverage: { before: 2.5, after: 4.7 },
      runs: 7,
      figures: { 'from-okta': 14 },
      notes: { 'from-okta': 'the tour then' },
    };
    const text = beforeAfterTable(run);
    expect(text).toContain('| Admin actions: from Okta | 14 (the tour then) | 8 | ≤ 8 | within |');
    expect(text).toContain('| Admin actions: from the hub | — (not measured) | 5 | ≤ 8 | within |');
    expect(resultsMarkdown(run)).toContain('Before: the run committed at abc1234');
  });
});
