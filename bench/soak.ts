/*
 * `npm run soak [-- --seconds 120] [-- --extension-dir DIR] [-- --curve] [-- --windows N]`: the guide for a fixed
 * time on the sandbox's Tokens page with 1,000 extra rows changing 20 times a second, beside a tab without the
 * guide in the same Chromium (bench/busy-tabs.ts): JS event listeners and heap (after a forced GC, CDP
 * Performance.getMetrics) at the start and the end, growth per minute (#26). With --curve, the page-cost curve
 * too (bench/page-cost-curve.ts). --extension-dir measures another build (e.g. one made from an older commit).
 * Prints JSON; `npm run bench` runs the same measurements into its results.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { OktaSandbox } from '../sandbox/okta/server';
import { startOktaSandbox } from '../sandbox/okta/server';
import { E2E_DIR } from '../scripts/build-extension';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { launchChromium } from '../tests/e2e/support/browser';
import {
  type BusyTab,
  closeBusyTabs,
  openBusyTabs,
  readCounters,
  sleep,
  type TabCounters,
} from './busy-tabs';
import { measurePageCostCurve } from './page-cost-curve';
import { runAsScript } from './run-as-script';
import { round } from './stats';

export const SOAK_ROWS = 1000;
export const SOAK_CHANGES_PER_SECOND = 20;

export interface SoakTab {
  start: TabCounters;
  end: TabCounters;
  listenersPerMinute: number;
  heapBytesPerMinute: number;
}

export interface SoakReport {
  seconds: number;
  rows: number;
  changesPerSecond: number;
  guide: SoakTab;
  without: SoakTab;
  /** Listener growth of the guide tab minus the other's, over the run. */
  addedListeners: number;
  /** Heap growth of the guide tab minus the other's, over the run, bytes. */
  addedHeapBytes: number;
}

function tabReport(start: TabCounters, end: TabCounters, seconds: number): SoakTab {
  const perMinute = (delta: number) => round((delta * 60) / seconds, 1);
  return {
    start,
    end,
    listenersPerMinute: perMinute(end.listeners - start.listeners),
    heapBytesPerMinute: perMinute(end.heapBytes - start.heapBytes),
  };
}

export async function measureSoak(options: {
  browser: LaunchedBrowser;
  okta: OktaSandbox;
  seconds: number;
  log: (line: string) => void;
}): Promise<SoakReport> {
  const { browser, okta, seconds } = options;
  const tabs: BusyTab[] = await openBusyTabs(browser, okta, SOAK_ROWS, SOAK_CHANGES_PER_SECOND);
  try {
    await sleep(2000);
    const start = await Promise.all(tabs.map((tab) => readCounters(tab, true)));
    for (let elapsed = 0; elapsed < seconds; elapsed += 15) {
      await sleep(Math.min(15, seconds - elapsed) * 1000);
      options.log(`  soak: ${Math.min(seconds, elapsed + 15)} of ${seconds} s`);
    }
    const end = await Promise.all(tabs.map((tab) => readCounters(tab, true)));
    const [guideStart, withoutStart] = start as [TabCounters, TabCounters];
    const [guideEnd, withoutEnd] = end as [TabCounters, TabCounters];
    const guide = tabReport(guideStart, guideEnd, seconds);
    const without = tabReport(withoutStart, withoutEnd, seconds);
    return {
      seconds,
      rows: SOAK_ROWS,
      changesPerSecond: SOAK_CHANGES_PER_SECOND,
      guide,
      without,
      addedListeners:
        guideEnd.listeners - guideStart.listeners - (withoutEnd.listeners - withoutStart.listeners),
      addedHeapBytes:
        guideEnd.heapBytes - guideStart.heapBytes - (withoutEnd.heapBytes - withoutStart.heapBytes),
    };
  } finally {
    await closeBusyTabs(tabs, okta);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '120' },
      windows: { type: 'string', default: '5' },
      'extension-dir': { type: 'string', default: E2E_DIR },
      curve: { type: 'boolean', default: false },
    },
  });
  const log = (line: string) => console.error(line);
  const okta = await startOktaSandbox();
  const browser = await launchChromium({
    extensionDir: values['extension-dir'],
    hostResolverRules: okta.hostResolverRules,
  });
  const loadBefore = round(os.loadavg()[0] ?? 0);
  try {
    const curve = values.curve
      ? await measurePageCostCurve({ browser, okta, windows: Number(values.windows), log })
      : null;
    const loadCurve = round(os.loadavg()[0] ?? 0);
    const soak = await measureSoak({ browser, okta, seconds: Number(values.seconds), log });
    const loadAfter = round(os.loadavg()[0] ?? 0);
    console.log(
      JSON.stringify(
        {
          extensionDir: values['extension-dir'],
          loadAverage: { loadBefore, loadCurve, loadAfter },
          curve,
          soak,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await okta.close();
  }
}

runAsScript(import.meta.url, main);
