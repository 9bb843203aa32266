import path from 'node:path';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { stopServiceWorker, tabIdOf } from '../tests/e2e/support/extension';
import { ADMIN_DASHBOARD } from './browser';
import { type Summary, summarize } from './stats';

/**
 * Popup time to first meaningful paint: `popup.html?tabId=<Okta tab>` opened as a page, timed from its
 * navigation start (performance.timeOrigin) to the first animation frame after the org domain is in the
 * DOM (the frame that paints it), and, for reference, the browser's first-contentful-paint entry.
 * Measured with the service worker running, and with it stopped first as Chrome does to an idle worker.
 */

export interface PopupPaintCase {
  /** first-contentful-paint entry (whatever painted first, e.g. "Loading…") */
  firstContentfulPaintMs: Summary;
  /** the org domain shown: the meaningful paint */
  orgDomainPaintMs: Summary;
}

export interface PopupPaintReport {
  runs: number;
  workerRunning: PopupPaintCase;
  workerStopped: PopupPaintCase;
}

/** Records the frame that paints the org domain (plain JS: see the file). */
const PROBE = path.join(import.meta.dirname, 'probes/paint-probe.js');

interface PaintTimes {
  fcp: number;
  meaningful: number;
}

async function openOnce(browser: LaunchedBrowser, tabId: number): Promise<PaintTimes> {
  const popup = await browser.context.newPage();
  try {
    await popup.addInitScript({ path: PROBE });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForFunction(() => '__olaOrgDomainPaint' in window, undefined, { timeout: 10_000 });
    return await readTimes(popup);
  } finally {
    await popup.close();
  }
}

async function readTimes(popup: Page): Promise<PaintTimes> {
  // The first-contentful-paint entry is queued after the paint itself: wait for it.
  await popup.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return popup.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    meaningful: (window as unknown as { __olaOrgDomainPaint: number }).__olaOrgDomainPaint,
  }));
}

export async function measurePopupPaint(options: {
  browser: LaunchedBrowser;
  runs: number;
}): Promise<PopupPaintReport> {
  const { browser, runs } = options;
  const okta = await browser.context.newPage();
  await okta.goto(ADMIN_DASHBOARD);
  const tabId = await tabIdOf(browser.context, okta);
  const cases: Record<'running' | 'stopped', PaintTimes[]> = { running: [], stopped: [] };
  await openOnce(browser, tabId); // warm-up: first load of the popup's files
  for (let run = 0; run < runs; run++) {
    cases.running.push(await openOnce(browser, tabId));
    await stopServiceWorker(browser.context, browser.extensionId ?? '');
    cases.stopped.push(await openOnce(browser, tabId));
  }
  await okta.close();
  const summary = (samples: PaintTimes[]): PopupPaintCase => ({
    firstContentfulPaintMs: summarize(
      samples.map((s) => s.fcp),
      1,
    ),
    orgDomainPaintMs: summarize(
      samples.map((s) => s.meaningful),
      1,
    ),
  });
  return { runs, workerRunning: summary(cases.running), workerStopped: summary(cases.stopped) };
}
