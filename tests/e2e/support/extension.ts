import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';

/** The extension APIs as seen inside its worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

/** Helpers that act as the admin would through the toolbar: the popup for a tab, the options page. */

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The browser's id for the tab showing `page` (the worker sees Okta and loopback URLs in the e2e build). */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = await serviceWorkerOf(context);
  const url = page.url();
  const id = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab: { url?: string }) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens `popup.html?tabId=<id>` as a normal page, acting on `page`'s tab, as the spec allows for tests. */
export async function openPopupFor(context: BrowserContext, extensionId: string, page: Page): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator('main').waitFor();
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
