import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startHubSandbox } from '../sandbox/hub/server';
import { startOktaSandbox } from '../sandbox/okta/server';
import { E2E_EXTENSION_DIR, launchChromium } from '../tests/e2e/support/browser';
import { stopServiceWorker, tabIdOf } from '../tests/e2e/support/extension';
import { hubField } from '../tests/e2e/support/hub-form';
import { ADMIN_DASHBOARD } from './browser';
import type { Figure } from './budgets';
import { type Summary, summarize } from './stats';

/**
 * Popup ready: from the popup's navigation start (performance.timeOrigin) to the first animation frame that
 * shows its primary action enabled (Start on an Okta tab, Get token from Okta on the hub's Okta form), i.e.
 * when the admin can act, not only read the org. Measured on an Okta tab and on a hub tab, with the service
 * worker running and with it stopped first (as Chrome stops an idle worker), and on the first opening after
 * install (a new profile per run: the extension just installed, nothing cached, nothing stored).
 *
 * The e2e build (the release build plus loopback host access): the hub sandbox is served on 127.0.0.1, where
 * the popup must read the hub's form to offer Get token from Okta.
 */

export interface PopupReadyReport {
  runs: number;
  okta: { workerRunning: Summary; workerStopped: Summary };
  hub: { workerRunning: Summary; workerStopped: Summary };
  /** An Okta tab, the popup's first opening in a new profile. */
  firstAfterInstall: Summary;
  /** The primary action each case found ready, as the admin reads it. */
  primaryAction: { okta: string; hub: string };
}

const PROBE = path.join(import.meta.dirname, 'probes/ready-probe.js');

interface Ready {
  ms: number;
  label: string;
}

/** Opens the popup on `tabId` as a page and waits for its primary action to be shown enabled. */
async function openOnce(context: BrowserContext, extensionId: string, tabId: number): Promise<Ready> {
  const popup = await context.newPage();
  try {
    await popup.addInitScript({ path: PROBE });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => '__olaPopupReady' in window, undefined, { timeout: 15_000 });
    return await popup.evaluate(() => (window as unknown as { __olaPopupReady: Ready }).__olaPopupReady);
  } finally {
    await popup.close();
  }
}

async function tabAt(context: BrowserContext, url: string, ready?: (page: Page) => Promise<void>) {
  const page = await context.newPage();
  await page.goto(url);
  await ready?.(page);
  return { page, tabId: await tabIdOf(context, page) };
}

export async function measurePopupReady(options: {
  hostResolverRules: string[];
  hubUrl: string;
  runs: number;
  /** Another build to measure (e.g. an earlier commit's, to compare); the e2e build by default. */
  extensionDir?: string;
}): Promise<PopupReadyReport> {
  const { runs, hostResolverRules, extensionDir = E2E_EXTENSION_DIR } = options;
  const labels = { okta: '', hub: '' };
  const times = (of: Ready[], where: keyof typeof labels) => {
    labels[where] = of[0]?.label ?? '';
    return summarize(
      of.map((sample) => sample.ms),
      1,
    );
  };

  // The first opening after install: a new profile each run, the popup opened once on an Okta tab.
  const first: Ready[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium({ extensionDir, hostResolverRules });
    try {
      const { tabId } = await tabAt(browser.context, ADMIN_DASHBOARD);
      first.push(await openOnce(browser.context, browser.extensionId ?? '', tabId));
    } finally {
      await browser.close();
    }
  }

  const browser = await launchChromium({ extensionDir, hostResolverRules });
  try {
    const { context } = browser;
    const id = browser.extensionId ?? '';
    const okta = await tabAt(context, ADMIN_DASHBOARD);
    const hub = await tabAt(context, options.hubUrl, (page) =>
      hubField(page).first().waitFor({ timeout: 20_000 }),
    );
    const samples: Record<'oktaRunning' | 'oktaStopped' | 'hubRunning' | 'hubStopped', Ready[]> = {
      oktaRunning: [],
      oktaStopped: [],
      hubRunning: [],
      hubStopped: [],
    };
    // Warm-up: the first load of the popup's files in this profile.
    await openOnce(context, id, okta.tabId);
    for (let run = 0; run < runs; run++) {
      samples.oktaRunning.push(await openOnce(context, id, okta.tabId));
      await stopServiceWorker(context, id);
      samples.oktaStopped.push(await openOnce(context, id, okta.tabId));
      samples.hubRunning.push(await openOnce(context, id, hub.tabId));
      await stopServiceWorker(context, id);
      samples.hubStopped.push(await openOnce(context, id, hub.tabId));
    }
    return {
      runs,
      okta: {
        workerRunning: times(samples.oktaRunning, 'okta'),
        workerStopped: times(samples.oktaStopped, 'okta'),
      },
      hub: {
        workerRunning: times(samples.hubRunning, 'hub'),
        workerStopped: times(samples.hubStopped, 'hub'),
      },
      firstAfterInstall: times(first, 'okta'),
      primaryAction: labels,
    };
  } finally {
    await browser.close();
  }
}

/** The figures held against bench/budgets.json (medians), in the table's order; a failed measurement (results.ts's `Failed`) as unmeasured. */
export function popupReadyFigures(source: PopupReadyReport | { error: string }): Figure[] {
  const cases: [string, string, string, (report: PopupReadyReport) => Summary][] = [
    ['okta-warm', 'Okta tab, worker running', 'popupReadyWarm', (report) => report.okta.workerRunning],
    [
      'okta-cold',
      'Okta tab, worker stopped first',
      'popupReadyWorkerStopped',
      (report) => report.okta.workerStopped,
    ],
    ['hub-warm', "hub's Okta form, worker running", 'popupReadyWarm', (report) => report.hub.workerRunning],
    [
      'hub-cold',
      "hub's Okta form, worker stopped first",
      'popupReadyWorkerStopped',
      (report) => report.hub.workerStopped,
    ],
    [
      'first',
      'Okta tab, first opening after install',
      'popupReadyFirstAfterInstall',
      (report) => report.firstAfterInstall,
    ],
  ];
  return cases.map(([id, where, budget, summary]) => ({
    id: `popup-ready-${id}`,
    label: `Popup ready (primary action enabled): ${where}`,
    unit: 'ms',
    budget,
    ...('error' in source ? { value: null, error: source.error } : { value: summary(source).median }),
  }));
}

/**
 * `npx tsx bench/popup-ready.ts [runs] [extension dir]`: this measurement alone, on its own sandboxes (after
 * `npm run build:e2e`, or of another e2e build).
 */
async function measureAlone(runs: number, extensionDir?: string): Promise<void> {
  const [okta, hub] = await Promise.all([startOktaSandbox(), startHubSandbox()]);
  try {
    const report = await measurePopupReady({
      hostResolverRules: okta.hostResolverRules,
      hubUrl: hub.urls.embedded(),
      runs,
      ...(extensionDir ? { extensionDir: path.resolve(extensionDir) } : {}),
    });
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await Promise.all([okta.close(), hub.close()]);
  }
}

if (process.argv[1] === import.meta.filename) {
  measureAlone(Number(process.argv[2] ?? 7), process.argv[3]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
