import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';

/** The extension APIs as seen inside its worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

/** Helpers that act as the admin would through the toolbar: the popup for a tab, the options page. */

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The browser's id for the tab showing `page`: brought to the front, it is the active tab. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorkerOf(context);
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** Opens `popup.html?tabId=<id>` as a normal page, acting on `page`'s tab, as the spec allows for tests. */
export async function openPopupFor(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  // The org shows first (from the tab's address); the rest once the background answered.
  await popup.locator('main:not([aria-busy="true"])').waitFor();
  return popup;
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  return options;
}

/** Everything the extension keeps, per area, read from its worker. */
export async function readExtensionStorage(
  context: BrowserContext,
): Promise<Record<'local' | 'sync' | 'session', Record<string, unknown>>> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (CDP `ServiceWorker.stopAllWorkers`
 * from a page of the extension's own origin, which scopes it to the extension). The next event restarts it.
 */
export async function stopServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  // A static file of the extension: an extension-origin page that runs none of our code.
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** Forgets everything the extension holds, as a fresh browser session would. */
export async function resetExtensionState(context: BrowserContext): Promise<void> {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(async () => {
    await chrome.storage.session.clear();
    await chrome.storage.local.clear();
  });
}
