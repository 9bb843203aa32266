import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { browser as Browser } from 'wxt/browser';
import type { RecordedRequest } from '../../../sandbox/hub/server';
import { launchedExtensionIdOf } from './browser';
import type { World } from './env';

/** The extension APIs as seen inside its worker, where `evaluate` callbacks run. */
declare const chrome: typeof Browser;

/** Helpers that act as the admin would through the toolbar: the popup for a tab, the options page. */

/** Our extension's worker; with other extensions loaded too, the one at our extension's origin. */
export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  const id = launchedExtensionIdOf(context);
  const isOurs = (worker: Worker) => id === undefined || new URL(worker.url()).host === id;
  return (
    context.serviceWorkers().find(isOurs) ??
    (await context.waitForEvent('serviceworker', { predicate: isOurs }))
  );
}

/** The browser's id for the tab showing `page`: brought to the front, it is the active tab. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorkerOf(context);
  // The active tab showing the page's address (one per window), else that of the last focused window: with pages
  // in windows of their own (the bench), bringing one to the front does not focus its window.
  const id = await worker.evaluate(async (url) => {
    const shown = (await chrome.tabs.query({ active: true })).filter((tab) => tab.url === url);
    if (shown.length === 1) return shown[0]?.id ?? null;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  }, page.url());
  if (id === null) throw new Error(`No active tab for ${page.url()}`);
  return id;
}

/** Opens `popup.html?tabId=<id>` as a normal page, acting on `page`'s tab, as the spec allows for tests. */
export async function openPopupFor(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  /** Where the popup opens (the bench opens it in a window of its own); a new tab by default. */
  newPage: () => Promise<Page> = () => context.newPage(),
): Promise<Page> {
  const tabId = await tabIdOf(context, page);
  const popup = await newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  // The org shows first (from the tab's address); the rest once the background answered.
  await popup.locator('main:not([aria-busy="true"])').waitFor();
  return popup;
}

/** Opens the popup's "More options" (the ways that are not the first one), if it is not open yet. */
export async function openMoreOptions(popup: Page): Promise<void> {
  const summary = popup.getByText('More options', { exact: true });
  const open = await popup
    .locator('details.more-options')
    .evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

/** Pastes an API token in the popup on an Okta tab (under "More options"), as an admin who copied it would. */
export async function pasteTokenInPopup(popup: Page, token: string): Promise<void> {
  await openMoreOptions(popup);
  await popup.getByLabel('Or paste an API token').fill(token);
  await popup.getByRole('button', { name: 'Use token' }).click();
}

/** On a hub tab: takes the hub session shown there (under "More options"), as "Use hub session from this tab". */
export async function useHubSessionInPopup(popup: Page): Promise<void> {
  await openMoreOptions(popup);
  await popup.getByRole('button', { name: 'Use hub session from this tab' }).click();
}

/**
 * Opens a hub page (the sandbox's embedded hub unless `url` says otherwise) and, from the popup on its tab,
 * takes its session as the admin would; returns that popup, open. The hub tab is closed after unless kept.
 */
export async function takeHubSessionFromTab(
  world: World,
  url = world.hub.urls.embedded(),
  { keepTab = false } = {},
): Promise<Page> {
  const hubTab = await world.open(url);
  await hubTab.locator('stackone-hub').waitFor({ state: 'attached' });
  const popup = await world.popupFor(hubTab);
  await useHubSessionInPopup(popup);
  await popup.getByTestId('hub-session').filter({ hasText: world.hub.backendOrigin }).waitFor();
  if (!keepTab) await hubTab.close();
  return popup;
}

/** The address of the browser's active tab, as the extension sees it. */
export async function activeTabUrl(context: BrowserContext): Promise<string | null> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url ?? null;
  });
}

/** The tab the extension opened at `url`, among those not open `before`. */
export async function newTabAt(
  context: BrowserContext,
  before: ReadonlySet<Page>,
  url: string,
  timeoutMs = 15_000,
): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = context.pages().find((page) => !before.has(page) && page.url() === url);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No tab opened at ${url}.`);
}

/** The admin opened the popup on an Okta page once before (`url`): the extension remembers the org. */
export async function seenByThePopup(world: World, url: string): Promise<void> {
  const okta = await world.open(url);
  const popup = await world.popupFor(okta);
  await popup.getByTestId('org-domain').waitFor();
  await popup.close();
  await okta.close();
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

/** What one message sent from a tab got back: the background's answer (null when none), or the send's error. */
export type SendOutcome = { answer: unknown } | { error: string };

/**
 * Sends each message, in turn, from a script running as the extension's own content script (its isolated
 * world) in `tabId`: what a confused or compromised content script of ours could say. Messages are given as
 * JSON, so that keys such as `__proto__` arrive as the plain keys a page-made object would carry. With
 * `frames: 'sub'` every sub-frame of the tab sends and the top frame stays silent; one list per frame that sent.
 */
export async function sendAsContentScript(
  context: BrowserContext,
  tabId: number,
  messagesAsJson: string[],
  { frames = 'top' }: { frames?: 'top' | 'sub' } = {},
): Promise<SendOutcome[][]> {
  const worker = await serviceWorkerOf(context);
  return worker.evaluate(
    async ({ tabId, messagesAsJson, subFrames }) => {
      const injections = await chrome.scripting.executeScript({
        target: subFrames ? { tabId, allFrames: true } : { tabId, frameIds: [0] },
        world: 'ISOLATED',
        args: [messagesAsJson, subFrames],
        func: async (messages: string[], fromSubFrames: boolean) => {
          if ((window !== window.top) !== fromSubFrames) return null;
          const outcomes: ({ answer: unknown } | { error: string })[] = [];
          for (const message of messages) {
            try {
              // Our own id: the message goes to our background (onMessage), as a content script's does.
              const answer = await chrome.runtime.sendMessage(chrome.runtime.id, JSON.parse(message));
              outcomes.push({ answer: answer ?? null });
            } catch (error) {
              outcomes.push({ error: error instanceof Error ? error.message : String(error) });
            }
          }
          return outcomes;
        },
      });
      return injections.map((injection) => injection.result).filter((result) => Array.isArray(result));
    },
    { tabId, messagesAsJson, subFrames: frames === 'sub' },
  ) as Promise<SendOutcome[][]>;
}

/** What one Connect sends the hub backend, in order, when the hub offers one Okta integration. */
export const CONNECT_CALLS = [
  'GET /hub/connectors?provider=okta',
  'GET /hub/connectors/int_okta_01',
  'POST /hub/accounts',
];

/**
 * The calls the extension made to the hub backend, as the hub recorded them: the hub UI on the sandbox pages
 * calls it too, always with its page's origin; the extension's worker sends its own origin (POST) or none (GET).
 */
export function extensionHubCalls(world: World): RecordedRequest[] {
  const origin = `chrome-extension://${world.extensionId}`;
  return world.hub.requests.filter((request) =>
    [undefined, origin].includes(request.headers.origin as string | undefined),
  );
}
