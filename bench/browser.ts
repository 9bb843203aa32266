import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { E2E_DIR } from '../scripts/build-extension';
import { type LaunchedBrowser, launchChromium } from '../tests/e2e/support/browser';
import { openPopupFor } from '../tests/e2e/support/extension';
import { OVERLAY } from '../tests/e2e/support/guide';

/** Chromium set-ups the benchmark measures in, on the sandboxes. */

export const ADMIN_DASHBOARD = 'http://acme-admin.okta.com/admin/dashboard';

/**
 * Chromium with the e2e build: the release build's code byte for byte (tests/packaging holds it so), plus loopback
 * host permissions. The release build refuses plain-http orgs, and the sandbox's Okta is served over http.
 */
export function launchWithExtension(hostResolverRules: string[]): Promise<LaunchedBrowser> {
  return launchChromium({ extensionDir: E2E_DIR, hostResolverRules });
}

export function launchWithoutExtension(hostResolverRules: string[]): Promise<LaunchedBrowser> {
  return launchChromium({ extensionDir: null, hostResolverRules });
}

/**
 * Starts the guide on `page` itself from the popup ("Show me the way": Start would send the tab to the Tokens
 * page); returns once the guide shows on the page.
 */
export async function startGuideFromPopup(
  context: BrowserContext,
  extensionId: string,
  page: Page,
): Promise<void> {
  const popup = await openPopupFor(context, extensionId, page);
  await popup.getByRole('button', { name: 'Show me the way' }).click();
  await popup.getByTestId('guide-progress').waitFor();
  await popup.close();
  await page.bringToFront();
  await page.locator(`${OVERLAY}[data-target="found"]`).waitFor({ state: 'attached' });
}

export interface PageMetrics {
  /** Main-thread JavaScript execution (CDP ScriptDuration), ms. */
  scriptMs: number;
  /** All main-thread tasks (CDP TaskDuration), ms. */
  taskMs: number;
  /** Live JS heap after a forced garbage collection (CDP JSHeapUsedSize), bytes. */
  heapBytes: number;
}

/** CDP `Performance.getMetrics` of a renderer, read by name (a missing metric is an error, never 0). */
export async function performanceMetrics(cdp: CDPSession): Promise<(name: string) => number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (name) => {
    const metric = metrics.find((candidate) => candidate.name === name);
    if (!metric) throw new Error(`CDP reported no ${name}`);
    return metric.value;
  };
}

/** CDP `Performance.getMetrics` of the renderer showing the page. */
export async function readPageMetrics(cdp: CDPSession): Promise<PageMetrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const value = await performanceMetrics(cdp);
  return {
    scriptMs: value('ScriptDuration') * 1000,
    taskMs: value('TaskDuration') * 1000,
    heapBytes: value('JSHeapUsedSize'),
  };
}
