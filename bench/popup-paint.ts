import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import { E2E_DIR } from '../scripts/build-extension';
import { launchChromium } from '../tests/e2e/support/browser';
import { stopServiceWorker, tabIdOf } from '../tests/e2e/support/extension';
import { ADMIN_DASHBOARD } from './browser';
import { round, type Summary, summarize } from './stats';

/** The extension APIs as seen inside a worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

/**
 * Popup time to first meaningful paint: `popup.html?tabId=<Okta tab>` opened as a page, timed from its
 * navigation start (performance.timeOrigin) to the first animation frame after the org domain is in the
 * DOM (the frame that paints it), and, for reference, the browser's first-contentful-paint entry. Measured
 * with the service worker running, and with it stopped first as Chrome does to an idle worker (then no page
 * or worker of the extension is left, so Chrome also starts the extension's renderer process again).
 *
 * Next to it, in the same browser and the same runs, the floor no extension page can go below: a static page
 * of a trivial extension (probes/static-extension, no script at all) showing the same text, opened the same
 * way, with its extension's process running (another of its pages open) and not running. What the popup
 * takes beyond that floor is ours; the floor itself is Chrome's.
 */

export interface PopupPaintCase {
  /** first-contentful-paint entry (whatever painted first, e.g. the heading) */
  firstContentfulPaintMs: Summary;
  /** the org domain shown: the meaningful paint */
  orgDomainPaintMs: Summary;
  /** Layout shift (the browser's layout-shift entries, added up) until the popup is ready: the largest seen. */
  largestLayoutShift: number;
}

export interface PopupPaintReport {
  runs: number;
  workerRunning: PopupPaintCase;
  workerStopped: PopupPaintCase;
  /** The static page of the reference extension: its text painted. */
  staticPage: { processRunning: Summary; processStopped: Summary };
  /** Our popup minus the static page, median against median: what is in our hands. */
  beyondStaticPage: { workerRunning: number; workerStopped: number };
  /** Files the popup had fetched when the org was painted (its first cold open), page itself aside. */
  fetchedBeforeOrgPaint: string[];
}

/** Records the frame that paints the org domain (plain JS: see the file). */
const PROBE = path.join(import.meta.dirname, 'probes/paint-probe.js');
const STATIC_EXTENSION_DIR = path.join(import.meta.dirname, 'probes/static-extension');
const STATIC_EXTENSION_NAME = 'Okta Link Assistant bench: static page';

interface PaintTimes {
  fcp: number;
  meaningful: number;
  layoutShift: number;
}

async function openOnce(context: BrowserContext, url: string): Promise<PaintTimes> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ path: PROBE });
    await page.goto(url);
    await page.waitForFunction(() => '__olaOrgDomainPaint' in window, undefined, { timeout: 10_000 });
    return await readTimes(page);
  } finally {
    await page.close();
  }
}

async function readTimes(page: Page): Promise<PaintTimes> {
  // The first-contentful-paint entry is queued after the paint itself: wait for it.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  // Ready: the app has the background's answer (tests/e2e/support/extension.ts waits for the same), and a
  // frame has shown it.
  await page.locator('main:not([aria-busy="true"])').waitFor({ timeout: 10_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  return page.evaluate(() => {
    const probe = window as unknown as { __olaOrgDomainPaint: number; __olaLayoutShift: number };
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      meaningful: probe.__olaOrgDomainPaint,
      layoutShift: probe.__olaLayoutShift,
    };
  });
}

/**
 * One more cold open, untimed (CDP's network events cost time of their own): the files the popup asked for
 * before the frame that painted the org, the page itself aside.
 */
async function fetchedBeforeOrgPaint(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const requests: { url: string; wallMs: number }[] = [];
    cdp.on('Network.requestWillBeSent', (event) =>
      requests.push({ url: event.request.url, wallMs: event.wallTime * 1000 }),
    );
    await cdp.send('Network.enable');
    await page.addInitScript({ path: PROBE });
    await page.goto(url);
    await page.waitForFunction(() => '__olaOrgDomainPaint' in window, undefined, { timeout: 10_000 });
    const paintedAt = await page.evaluate(
      () =>
        performance.timeOrigin + (window as unknown as { __olaOrgDomainPaint: number }).__olaOrgDomainPaint,
    );
    return requests
      .filter((request) => request.wallMs < paintedAt && request.url !== url)
      .map((request) => new URL(request.url).pathname.slice(1));
  } finally {
    await page.close();
  }
}

/** The id of the loaded extension called `name`, from its worker (started, or woken by `wake`). */
async function extensionIdNamed(context: BrowserContext, name: string): Promise<string> {
  const named = async (worker: Worker) =>
    (await worker.evaluate(() => chrome.runtime.getManifest().name).catch(() => null)) === name;
  for (const worker of context.serviceWorkers()) {
    if (await named(worker)) return new URL(worker.url()).host;
  }
  const worker = await context.waitForEvent('serviceworker', { predicate: named, timeout: 10_000 });
  return new URL(worker.url()).host;
}

export async function measurePopupPaint(options: {
  hostResolverRules: string[];
  runs: number;
}): Promise<PopupPaintReport> {
  const { runs } = options;
  // A browser of its own, with the reference extension next to ours: nothing else in it to wait for.
  const browser = await launchChromium({
    extensionDir: E2E_DIR,
    hostResolverRules: options.hostResolverRules,
    extraExtensionDirs: [STATIC_EXTENSION_DIR],
  });
  try {
    const { context } = browser;
    const ourId = browser.extensionId ?? '';
    const staticId = await extensionIdNamed(context, STATIC_EXTENSION_NAME);
    const okta = await context.newPage();
    await okta.goto(ADMIN_DASHBOARD);
    const popupUrl = `chrome-extension://${ourId}/popup.html?tabId=${await tabIdOf(context, okta)}`;
    const staticUrl = `chrome-extension://${staticId}/page.html`;

    const samples: Record<'running' | 'stopped' | 'staticRunning' | 'staticStopped', PaintTimes[]> = {
      running: [],
      stopped: [],
      staticRunning: [],
      staticStopped: [],
    };
    // Warm-up: the first load of each page's files.
    await openOnce(context, popupUrl);
    await openOnce(context, staticUrl);
    for (let run = 0; run < runs; run++) {
      samples.running.push(await openOnce(context, popupUrl));
      await stopServiceWorker(context, ourId);
      samples.stopped.push(await openOnce(context, popupUrl));

      // Another page of the reference extension keeps its process running.
      const keeper = await context.newPage();
      await keeper.goto(staticUrl);
      samples.staticRunning.push(await openOnce(context, staticUrl));
      await keeper.close();
      await stopServiceWorker(context, staticId);
      samples.staticStopped.push(await openOnce(context, staticUrl));
    }
    await stopServiceWorker(context, ourId);
    const fetched = await fetchedBeforeOrgPaint(context, popupUrl);
    await okta.close();

    const paint = (of: PaintTimes[]) =>
      summarize(
        of.map((sample) => sample.meaningful),
        1,
      );
    const popupCase = (of: PaintTimes[]): PopupPaintCase => ({
      firstContentfulPaintMs: summarize(
        of.map((sample) => sample.fcp),
        1,
      ),
      orgDomainPaintMs: paint(of),
      largestLayoutShift: round(Math.max(...of.map((sample) => sample.layoutShift)), 4),
    });
    const report = {
      workerRunning: popupCase(samples.running),
      workerStopped: popupCase(samples.stopped),
      staticPage: {
        processRunning: paint(samples.staticRunning),
        processStopped: paint(samples.staticStopped),
      },
    };
    return {
      runs,
      ...report,
      beyondStaticPage: {
        workerRunning: round(
          report.workerRunning.orgDomainPaintMs.median - report.staticPage.processRunning.median,
          1,
        ),
        workerStopped: round(
          report.workerStopped.orgDomainPaintMs.median - report.staticPage.processStopped.median,
          1,
        ),
      },
      fetchedBeforeOrgPaint: fetched,
    };
  } finally {
    await browser.close();
  }
}
