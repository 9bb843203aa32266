import { describe, expect, it } from 'vitest';
import { type Budgets, type Figure, judge, misses, readBudgets } from './budgets';
import { budgetTable } from './table';

const budgets: Budgets = {
  size: { max: 3000, unit: 'B', what: 'size' },
  time: { max: 50, unit: 'ms', what: 'time' },
};

const figure = (overrides: Partial<Figure>): Figure => ({
  id: 'f',
  label: 'A figure',
  value: 10,
  unit: 'ms',
  budget: 'time',
  ...overrides,
});

describe('budgets', () => {
  it('holds every budget of the issue, none loosened', () => {
    const file = readBudgets();
    expect(
      Object.fromEntries(Object.entries(file).map(([key, budget]) => [key, [budget.max, budget.unit]])),
    ).toEqual({
      injectedBeforeStart: [3000, 'B'],
      guideScripts: [15000, 'B'],
      addedScriptIdle: [2, 'ms'],
      addedScriptRunning: [10, 'ms'],
      guideLatency: [50, 'ms'],
      popupFirstPaint: [100, 'ms'],
      popupReadyWarm: [150, 'ms'],
      popupReadyWorkerStopped: [300, 'ms'],
      popupReadyFirstAfterInstall: [500, 'ms'],
      actionsFromHubOrgKnown: [4, 'actions'],
      actionsFromHubOrgTyped: [5, 'actions'],
      actionsFromOktaWithSession: [4, 'actions'],
      actionsFromOktaWithoutSession: [7, 'actions'],
      addedScriptBusy: [2, 'ms/s'],
      guideLatencyBusy: [50, 'ms'],
      fullSearchBusy: [4, 'ms'],
      hubFillBusy: [2, 'ms/s'],
      soakListeners: [5, 'listeners'],
      soakHeap: [262144, 'B'],
    });
  });

  it('says a figure at its budget is within it, and by how much one misses', () => {
    expect(judge(figure({ value: 50 }), budgets)).toEqual({ status: 'within', max: 50 });
    expect(judge(figure({ value: 31_439, unit: 'B', budget: 'size' }), budgets)).toEqual({
      status: 'over',
      max: 3000,
      by: 28_439,
      percent: (28_439 / 3000) * 100,
    });
  });

  it('counts a figure that could not be measured as a miss, with its reason', () => {
    const unmeasured = figure({ value: null, error: 'the Autofill path did not complete' });
    expect(misses([unmeasured, figure({ value: 1 })], budgets)).toEqual([
      {
        figure: unmeasured,
        verdict: { status: 'not measured', max: 50, reason: 'the Autofill path did not complete' },
      },
    ]);
  });

  it('refuses a figure whose unit differs from its budget', () => {
    expect(() => judge(figure({ unit: 'B' }), budgets)).toThrow(/in B, its budget in ms/);
  });

  it('writes the miss into the table', () => {
    const text = budgetTable(
      [
        figure({ label: 'Guide scripts', value: 31_439, unit: 'B', budget: 'size' }),
        figure({ budget: null }),
      ],
      budgets,
    );
    expect(text).toContain('| Guide scripts | 31.4 KB | ≤ 3.0 KB | **over by 28.4 KB** (+948%) |');
    expect(text).toContain('| A figure | 10.0 ms | — | for comparison |');
  });
});
