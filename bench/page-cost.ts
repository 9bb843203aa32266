import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { OVERLAY } from '../tests/e2e/support/guide';
import { ADMIN_DASHBOARD, type PageMetrics, readPageMetrics, startGuideFromPopup } from './browser';
import { round, type Summary, summarize } from './stats';

/**
 * What the extension costs an Okta page: CDP performance metrics of the sandbox Admin Console per page
 * load, in three set-ups measured in turn, run after run (so drift hits all three alike):
 *  - without: Chromium without the extension;
 *  - idle: the extension loaded, the guide not started;
 *  - running: the guide started on the tab, so the worker injects it after the load.
 * Every load starts from a page on another site, so the Okta page gets a fresh renderer process and its
 * counters hold that one load only (repeated loads without the extension show the same heap to the byte).
 */

export type Setup = 'without' | 'idle' | 'running';

export interface SetupCost {
  scriptMs: Summary;
  taskMs: Summary;
  heapBytes: Summary;
}

export interface Difference {
  /** median(setup) − median(without) */
  diff: number;
  /** median(setup) / median(without) */
  ratio: number;
}

export interface PageCostReport {
  url: string;
  runs: number;
  settleMs: number;
  setups: Record<Setup, SetupCost>;
  idle: Record<keyof PageMetrics, Difference>;
  running: Record<keyof PageMetrics, Difference>;
}

/** After the page shows its content (and the guide its highlight): late timers and observers run out. */
const SETTLE_MS = 1000;

interface MeasuredTab {
  setup: Setup;
  page: Page;
  cdp: CDPSession;
}

async function openTab(browser: LaunchedBrowser, setup: Setup, elsewhere: string): Promise<MeasuredTab> {
  const page = await browser.context.newPage();
  await page.goto(ADMIN_DASHBOARD);
  if (setup === 'running') {
    await startGuideFromPopup(browser.context, browser.extensionId ?? '', page);
  }
  await page.goto(elsewhere);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { setup, page, cdp };
}

/**
 * One load of the console, from a tab showing a page of another site; the tab goes back there afterwards,
 * so no Okta renderer outlives its load and the next one starts in a process of its own.
 */
async function loadOnce(tab: MeasuredTab, elsewhere: string): Promise<PageMetrics> {
  const { page } = tab;
  await page.bringToFront();
  await page.goto(ADMIN_DASHBOARD);
  await page.locator('.dashboard-cards').waitFor();
  if (tab.setup === 'running') {
    await page
      .locator(`${OVERLAY}[data-step="open-security"][data-target="found"]`)
      .waitFor({ state: 'attached' });
  }
  await page.waitForTimeout(SETTLE_MS);
  const overlays = await page.locator(OVERLAY).count();
  if ((tab.setup === 'running') !== (overlays === 1)) {
    throw new Error(`The ${tab.setup} set-up shows ${overlays} guide overlays on the page.`);
  }
  const metrics = await readPageMetrics(tab.cdp);
  await page.goto(elsewhere);
  return metrics;
}

function difference(setup: SetupCost, without: SetupCost): Record<keyof PageMetrics, Difference> {
  const of = (key: keyof PageMetrics, digits: number): Difference => ({
    diff: round(setup[key].median - without[key].median, digits),
    ratio: round(setup[key].median / without[key].median, 3),
  });
  return { scriptMs: of('scriptMs', 2), taskMs: of('taskMs', 2), heapBytes: of('heapBytes', 0) };
}

export async function measurePageCost(options: {
  withExtension: LaunchedBrowser;
  withoutExtension: LaunchedBrowser;
  /** A page on another site, loaded before each measured load. */
  elsewhere: string;
  runs: number;
  log: (line: string) => void;
}): Promise<PageCostReport> {
  const tabs = [
    await openTab(options.withoutExtension, 'without', options.elsewhere),
    await openTab(options.withExtension, 'idle', options.elsewhere),
    await openTab(options.withExtension, 'running', options.elsewhere),
  ];
  const samples: Record<Setup, PageMetrics[]> = { without: [], idle: [], running: [] };
  // One warm-up round (first compile, disk cache), not counted.
  for (const tab of tabs) await loadOnce(tab, options.elsewhere);
  for (let run = 0; run < options.runs; run++) {
    for (const tab of tabs) samples[tab.setup].push(await loadOnce(tab, options.elsewhere));
    options.log(`  page cost: run ${run + 1} of ${options.runs}`);
  }
  for (const tab of tabs) await tab.page.close();

  const costOf = (setup: Setup): SetupCost => ({
    scriptMs: summarize(samples[setup].map((sample) => sample.scriptMs)),
    taskMs: summarize(samples[setup].map((sample) => sample.taskMs)),
    heapBytes: summarize(
      samples[setup].map((sample) => sample.heapBytes),
      0,
    ),
  });
  const setups = { without: costOf('without'), idle: costOf('idle'), running: costOf('running') };
  return {
    url: ADMIN_DASHBOARD,
    runs: options.runs,
    settleMs: SETTLE_MS,
    setups,
    idle: difference(setups.idle, setups.without),
    running: difference(setups.running, setups.without),
  };
}
