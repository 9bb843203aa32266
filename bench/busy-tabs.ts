import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { OktaSandbox } from '../sandbox/okta/server';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { OVERLAY } from '../tests/e2e/support/guide';
import { performanceMetrics, startGuideFromPopup } from './browser';

/**
 * Two tabs of one Chromium on the sandbox's busy Tokens page (org options `busyRows`, `busyChangesPerSecond`):
 * one with the guide running, one without it (the extension loaded, not started there). Both run at once, each in
 * a window of its own, side by side, so whatever else the machine does hits both alike; every figure is the guide
 * tab's minus the other's, read in the same window of time.
 *
 * Why windows of their own: two pages of one window are two tabs, and headless Chromium draws only the active one
 * at full rate. In most runs the other got 2 frames a second (its `visibilityState` still "visible"), so a guide
 * in it did almost none of its per-frame work and looked nearly free. `assertDrawn` checks both tabs draw.
 */

export const BUSY_TOKENS_PAGE = 'http://acme-admin.okta.com/admin/access/api/tokens';

export interface BusyTab {
  guide: boolean;
  page: Page;
  cdp: CDPSession;
}

export interface TabCounters {
  /** Main-thread JavaScript execution so far (CDP ScriptDuration), ms. */
  scriptMs: number;
  /** JS event listeners alive (CDP JSEventListeners). */
  listeners: number;
  /** Live JS heap (CDP JSHeapUsedSize), bytes. */
  heapBytes: number;
}

async function readyAfterLoad(tab: BusyTab, rows: number): Promise<void> {
  await tab.page.locator('.busy-counter').waitFor({ state: 'attached' });
  const shown = await tab.page.locator('.busy-table tr').count();
  if (shown !== rows) throw new Error(`The busy page shows ${shown} extra rows, not ${rows}.`);
  if (tab.guide) {
    await tab.page
      .locator(`${OVERLAY}[data-step="create-token"][data-target="found"]`)
      .waitFor({ state: 'attached', timeout: 20_000 });
  } else if ((await tab.page.locator(OVERLAY).count()) !== 0) {
    throw new Error('The tab without the guide shows the guide.');
  }
}

/** The control tab's address: the page's, told apart by a fragment, so that each tab's address is its own. */
export const CONTROL_TAB = (url: string) => `${url}#control`;

/** Frames a page draws per second below which a figure read from it would leave out per-frame work. */
const FRAMES_PER_SECOND_AT_LEAST = 30;

/** A new page in a window of its own, placed beside the others (`index` of them) so that none covers another. */
export async function pageInOwnWindow(context: BrowserContext, index: number): Promise<Page> {
  const opener = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(opener);
  const opened = context.waitForEvent('page');
  await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
  const page = await opened;
  const own = await context.newCDPSession(page);
  const { windowId } = await own.send('Browser.getWindowForTarget');
  await own.send('Browser.setWindowBounds', {
    windowId,
    bounds: { left: 20 + index * 1320, top: 20, width: 1280, height: 880 },
  });
  await Promise.all([own.detach(), cdp.detach()]);
  return page;
}

/** Each tab draws frames at full rate (a page's `requestAnimationFrame` over one second), else an error. */
export async function assertDrawn(tabs: readonly BusyTab[]): Promise<void> {
  const rates = await Promise.all(
    tabs.map(
      (tab) =>
        // A string: tsx's helpers do not exist in the page.
        tab.page.evaluate(`new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const count = () => {
          frames++;
          if (performance.now() - start < 1000) requestAnimationFrame(count);
          else resolve(frames);
        };
        requestAnimationFrame(count);
      })`) as Promise<number>,
    ),
  );
  for (const [index, rate] of rates.entries()) {
    if (rate < FRAMES_PER_SECOND_AT_LEAST) {
      const which = tabs[index]?.guide ? 'worked on' : 'control';
      throw new Error(
        `The ${which} tab draws ${rate} frames a second: its figures would leave out per-frame work.`,
      );
    }
  }
}

/** Opens both tabs on the busy page with `rows` extra rows changing `perSecond` times a second. */
export async function openBusyTabs(
  browser: LaunchedBrowser,
  okta: OktaSandbox,
  rows: number,
  perSecond: number,
): Promise<BusyTab[]> {
  okta.setOrgOptions('acme', { busyRows: rows, busyChangesPerSecond: perSecond });
  const tabs: BusyTab[] = [];
  for (const guide of [true, false]) {
    const page = await pageInOwnWindow(browser.context, tabs.length);
    await page.goto(guide ? BUSY_TOKENS_PAGE : CONTROL_TAB(BUSY_TOKENS_PAGE));
    if (guide) await startGuideFromPopup(browser.context, browser.extensionId ?? '', page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const tab = { guide, page, cdp };
    await readyAfterLoad(tab, rows);
    tabs.push(tab);
  }
  await assertDrawn(tabs);
  return tabs;
}

/** The same tabs on another size of the page (the worker re-injects the guide after the reload). */
export async function reloadBusyTabs(
  tabs: readonly BusyTab[],
  okta: OktaSandbox,
  rows: number,
  perSecond: number,
): Promise<void> {
  okta.setOrgOptions('acme', { busyRows: rows, busyChangesPerSecond: perSecond });
  for (const tab of tabs) {
    await tab.page.reload();
    await readyAfterLoad(tab, rows);
  }
  await assertDrawn(tabs);
}

export async function closeBusyTabs(tabs: readonly BusyTab[], okta: OktaSandbox): Promise<void> {
  for (const tab of tabs) await tab.page.close();
  okta.setOrgOptions('acme', { busyRows: 0, busyChangesPerSecond: 0 });
}

/** CDP Performance metrics of a tab; with `collectGarbage`, after a forced full GC (for listeners and heap). */
export async function readCounters(tab: BusyTab, collectGarbage = false): Promise<TabCounters> {
  if (collectGarbage) await tab.cdp.send('HeapProfiler.collectGarbage');
  const value = await performanceMetrics(tab.cdp);
  return {
    scriptMs: value('ScriptDuration') * 1000,
    listeners: value('JSEventListeners'),
    heapBytes: value('JSHeapUsedSize'),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long each window of `scriptMsPerSecond` lasts. */
export const WINDOW_MS = 5_000;

/**
 * Script time per second of two tabs read over the same windows (the first is the one worked on, the second the
 * control): per window, each tab's CDP `ScriptDuration` gained, divided by the window's length.
 */
export async function scriptMsPerSecond(
  tabs: readonly [BusyTab, BusyTab] | readonly BusyTab[],
  windows: number,
): Promise<{ worked: number[]; other: number[] }> {
  const worked: number[] = [];
  const other: number[] = [];
  for (let window = 0; window < windows; window++) {
    const before = await Promise.all(tabs.map((tab) => readCounters(tab)));
    const started = performance.now();
    await sleep(WINDOW_MS);
    const after = await Promise.all(tabs.map((tab) => readCounters(tab)));
    const seconds = (performance.now() - started) / 1000;
    const perSecond = (i: number) => ((after[i]?.scriptMs ?? 0) - (before[i]?.scriptMs ?? 0)) / seconds;
    worked.push(perSecond(0));
    other.push(perSecond(1));
  }
  return { worked, other };
}
