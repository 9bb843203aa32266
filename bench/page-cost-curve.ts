/*
 * Alone: `npx tsx bench/page-cost-curve.ts [--windows N] [--extension-dir DIR] [--rows 0,1000,5000] [--no-latency]
 * [--profile]` (after `npm run build`)
 * prints the curve as JSON, with the machine's load; --profile adds, per size, both tabs' CPU profiles over one
 * more window (not counted in the curve): self time per script (the page's, the guide's) and the costliest functions.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { type OktaSandbox, startOktaSandbox } from '../sandbox/okta/server';
import { E2E_DIR } from '../scripts/build-extension';
import { type LaunchedBrowser, launchChromium } from '../tests/e2e/support/browser';
import {
  type BusyTab,
  closeBusyTabs,
  openBusyTabs,
  readCounters,
  reloadBusyTabs,
  scriptMsPerSecond,
  sleep,
  WINDOW_MS,
} from './busy-tabs';
import { type LatencyReport, measureGuideLatency } from './guide-latency';
import { runAsScript } from './run-as-script';
import { round, type Summary, summarize } from './stats';

/**
 * The guide's cost as a curve (#24): added script time per second while the guide runs on the sandbox's Tokens
 * page with 0, 1,000 and 5,000 extra rows (five cells each) and one element changing 20 times a second — the
 * guide tab's CDP ScriptDuration minus that of a tab without the guide, both read over the same windows
 * (bench/busy-tabs.ts). Then the guide's latency (bench/guide-latency.ts) on the 5,000-row page.
 */

export const CURVE_ROWS = [0, 1000, 5000] as const;
export const CHANGES_PER_SECOND = 20;
const SETTLE_MS = 1500;
/** After Start, before the first reload: what a Start does once (the privilege check in the tab, compiling) ends. */
const WARM_UP_MS = 5000;

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
  /** Script time of one full search of the page by the guide, on the curve's last (largest) size. */
  fullSearchMs: number;
}

/** How many full searches `fullSearchMs` averages over, one every SEARCH_GAP_MS (a frame each at most). */
const SEARCHES = 100;
const SEARCH_GAP_MS = 50;

/**
 * Script time of one full search (#24: "no single change costs more than a few milliseconds"): the guide searches
 * the whole page again on the admin's typing (an `input` event anywhere), so `SEARCHES` such events are sent to the
 * page, one per SEARCH_GAP_MS; the guide tab's script time over them, less that of the same span without the events,
 * divided by their number. The page keeps changing meanwhile; the span without events is measured right before.
 */
async function measureFullSearchMs(tab: BusyTab): Promise<number> {
  const span = async (send: boolean) => {
    const before = await readCounters(tab);
    await tab.page.evaluate(
      async ({ count, gapMs, send }) => {
        for (let i = 0; i < count; i++) {
          if (send) document.dispatchEvent(new Event('input'));
          await new Promise((resolve) => setTimeout(resolve, gapMs));
        }
      },
      { count: SEARCHES, gapMs: SEARCH_GAP_MS, send },
    );
    return (await readCounters(tab)).scriptMs - before.scriptMs;
  };
  const quiet = await span(false);
  return round(((await span(true)) - quiet) / SEARCHES);
}

export async function measurePageCostCurve(options: {
  browser: LaunchedBrowser;
  okta: OktaSandbox;
  windows: number;
  log: (line: string) => void;
  /** Called after each size's windows, the tabs still open (the CLI's --profile). */
  afterSize?: (rows: number, tabs: readonly BusyTab[]) => Promise<void>;
  /** The sizes (default CURVE_ROWS), and whether to measure the busy latency too (default yes). */
  sizes?: readonly number[];
  latency?: boolean;
}): Promise<CurveReport> {
  const { browser, okta, windows, log, afterSize, sizes = CURVE_ROWS, latency = true } = options;
  const points: CurvePoint[] = [];
  let fullSearchMs = 0;
  let tabs = await openBusyTabs(browser, okta, sizes[0] ?? 0, CHANGES_PER_SECOND);
  try {
    // Start does work once in the guide's tab (the admin's roles read there, the guide compiled): counted in the
    // first size alone, it made 0 rows look dearer than 5,000 (3.7 against 0.8 ms/s in one run). So every size,
    // the first too, is measured alike: after a reload, which brings the guide back as a navigation does.
    await sleep(WARM_UP_MS);
    for (const rows of sizes) {
      await reloadBusyTabs(tabs, okta, rows, CHANGES_PER_SECOND);
      await sleep(SETTLE_MS);
      // The page before the reload leaves its garbage (5,000 rows' worth) in the same renderer: collected now in
      // both tabs, else its collection lands in one tab's windows and not the other's (up to 6 ms/s either way).
      await Promise.all(tabs.map((tab) => readCounters(tab, true)));
      const { worked: guide, other: without } = await scriptMsPerSecond(tabs, windows);
      points.push({
        rows,
        changesPerSecond: CHANGES_PER_SECOND,
        guideMsPerS: summarize(guide),
        withoutMsPerS: summarize(without),
        addedMsPerS: summarize(guide.map((value, i) => value - (without[i] ?? 0))),
      });
      log(`  curve: ${rows} rows, added ${round(points.at(-1)?.addedMsPerS.median ?? 0)} ms/s`);
      await afterSize?.(rows, tabs);
    }
    const guideTab = tabs.find((tab) => tab.guide);
    if (guideTab) fullSearchMs = await measureFullSearchMs(guideTab);
    log(`  curve: one full search at ${sizes.at(-1)} rows, ${fullSearchMs} ms`);
  } finally {
    await closeBusyTabs(tabs, okta);
    tabs = [];
  }
  if (!latency) {
    return { windowMs: WINDOW_MS, points, fullSearchMs, busyLatency: { renderDelayMs: 0, kinds: [] } };
  }
  okta.setOrgOptions('acme', { busyRows: 5000, busyChangesPerSecond: CHANGES_PER_SECOND });
  try {
    const busyLatency = await measureGuideLatency({ browser, okta, rounds: windows });
    return { windowMs: WINDOW_MS, points, fullSearchMs, busyLatency };
  } finally {
    okta.setOrgOptions('acme', { busyRows: 0, busyChangesPerSecond: 0 });
  }
}

interface ProfileSummary {
  rows: number;
  guide: boolean;
  /** Self time per script URL (the page's inline script is its own URL), ms over the window. */
  byScript: Record<string, number>;
  /** The costliest functions by self time. */
  top: { fn: string; url: string; selfMs: number }[];
}

/** A tab's CPU profile over one window: where its script time goes (both tabs at once, to compare). */
async function profileTab(rows: number, tab: BusyTab): Promise<ProfileSummary> {
  await tab.cdp.send('Profiler.enable');
  await tab.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await tab.cdp.send('Profiler.start');
  await sleep(WINDOW_MS);
  const { profile } = await tab.cdp.send('Profiler.stop');
  await tab.cdp.send('Profiler.disable');
  const selfUs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of (profile.samples ?? []).entries()) {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  }
  const byScript: Record<string, number> = {};
  const fns = new Map<string, { fn: string; url: string; selfMs: number }>();
  for (const node of profile.nodes) {
    const ms = (selfUs.get(node.id) ?? 0) / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || ms === 0) continue;
    const where = url.replace(/^chrome-extension:\/\/[a-z]+/, 'extension:') || functionName;
    byScript[where] = round((byScript[where] ?? 0) + ms);
    const key = `${functionName}@${where}:${lineNumber}`;
    const entry = fns.get(key) ?? {
      fn: functionName || '(anonymous)',
      url: `${where}:${lineNumber}`,
      selfMs: 0,
    };
    entry.selfMs += ms;
    fns.set(key, entry);
  }
  const top = [...fns.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, 15)
    .map((entry) => ({ ...entry, selfMs: round(entry.selfMs) }));
  return { rows, guide: tab.guide, byScript, top };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      windows: { type: 'string', default: '5' },
      'extension-dir': { type: 'string', default: E2E_DIR },
      profile: { type: 'boolean', default: false },
      rows: { type: 'string', default: CURVE_ROWS.join(',') },
      latency: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  const log = (line: string) => console.error(line);
  const okta = await startOktaSandbox();
  const browser = await launchChromium({
    extensionDir: values['extension-dir'],
    hostResolverRules: okta.hostResolverRules,
  });
  const loadBefore = round(os.loadavg()[0] ?? 0);
  const profiles: ProfileSummary[] = [];
  try {
    const curve = await measurePageCostCurve({
      browser,
      okta,
      windows: Number(values.windows),
      log,
      sizes: values.rows.split(',').map(Number),
      latency: values.latency,
      afterSize: values.profile
        ? async (rows, tabs) => {
            profiles.push(...(await Promise.all(tabs.map((tab) => profileTab(rows, tab)))));
          }
        : undefined,
    });
    const loadAfter = round(os.loadavg()[0] ?? 0);
    console.log(
      JSON.stringify(
        {
          extensionDir: values['extension-dir'],
          loadAverage: { loadBefore, loadAfter },
          curve,
          ...(values.profile ? { profiles } : {}),
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
