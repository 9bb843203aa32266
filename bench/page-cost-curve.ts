import type { OktaSandbox } from '../sandbox/okta/server';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { closeBusyTabs, openBusyTabs, readCounters, reloadBusyTabs, sleep } from './busy-tabs';
import { type LatencyReport, measureGuideLatency } from './guide-latency';
import { round, type Summary, summarize } from './stats';

/**
 * The guide's cost as a curve (#24): added script time per second while the guide runs on the sandbox's Tokens
 * page with 0, 1,000 and 5,000 extra rows (five cells each) and one element changing 20 times a second — the
 * guide tab's CDP ScriptDuration minus that of a tab without the guide, both read over the same windows
 * (bench/busy-tabs.ts). Then the guide's latency (bench/guide-latency.ts) on the 5,000-row page.
 */

export const CURVE_ROWS = [0, 1000, 5000] as const;
export const CHANGES_PER_SECOND = 20;
const WINDOW_MS = 5000;
const SETTLE_MS = 1500;

export interface CurvePoint {
  rows: number;
  changesPerSecond: number;
  /** Script time per second of each tab, one sample per window. */
  guideMsPerS: Summary;
  withoutMsPerS: Summary;
  /** Per window, guide tab − the tab without it; its median is the figure. */
  addedMsPerS: Summary;
}

export interface CurveReport {
  windowMs: number;
  points: CurvePoint[];
  /** Guide latency with 5,000 extra rows changing 20 times a second. */
  busyLatency: LatencyReport;
}

export async function measurePageCostCurve(options: {
  browser: LaunchedBrowser;
  okta: OktaSandbox;
  windows: number;
  log: (line: string) => void;
}): Promise<CurveReport> {
  const { browser, okta, windows, log } = options;
  const points: CurvePoint[] = [];
  let tabs = await openBusyTabs(browser, okta, CURVE_ROWS[0], CHANGES_PER_SECOND);
  try {
    for (const [index, rows] of CURVE_ROWS.entries()) {
      if (index > 0) await reloadBusyTabs(tabs, okta, rows, CHANGES_PER_SECOND);
      await sleep(SETTLE_MS);
      const guide: number[] = [];
      const without: number[] = [];
      for (let window = 0; window < windows; window++) {
        const before = await Promise.all(tabs.map((tab) => readCounters(tab)));
        const started = performance.now();
        await sleep(WINDOW_MS);
        const after = await Promise.all(tabs.map((tab) => readCounters(tab)));
        const seconds = (performance.now() - started) / 1000;
        const perSecond = (i: number) => ((after[i]?.scriptMs ?? 0) - (before[i]?.scriptMs ?? 0)) / seconds;
        guide.push(perSecond(0));
        without.push(perSecond(1));
      }
      points.push({
        rows,
        changesPerSecond: CHANGES_PER_SECOND,
        guideMsPerS: summarize(guide),
        withoutMsPerS: summarize(without),
        addedMsPerS: summarize(guide.map((value, i) => value - (without[i] ?? 0))),
      });
      log(`  curve: ${rows} rows, added ${round(points.at(-1)?.addedMsPerS.median ?? 0)} ms/s`);
    }
  } finally {
    await closeBusyTabs(tabs, okta);
    tabs = [];
  }
  okta.setOrgOptions('acme', { busyRows: 5000, busyChangesPerSecond: CHANGES_PER_SECOND });
  try {
    const busyLatency = await measureGuideLatency({ browser, okta, rounds: windows });
    return { windowMs: WINDOW_MS, points, busyLatency };
  } finally {
    okta.setOrgOptions('acme', { busyRows: 0, busyChangesPerSecond: 0 });
  }
}
