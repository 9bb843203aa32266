import type { browser as ExtensionBrowser } from 'wxt/browser';
import type { ExtensionStorage } from './driver';

/*
 * What both drivers run inside the extension (`Driver.inExtension`: Chromium's helper extension page, Firefox's
 * options page). Each is serialised into that page, so it may use nothing from this module's scope.
 */

/** The extension APIs, as seen in the extension page where these run. */
declare const chrome: typeof ExtensionBrowser;

/** Every storage area of the extension. */
export const readAllStorage = async (): Promise<ExtensionStorage> => ({
  local: await chrome.storage.local.get(null),
  sync: await chrome.storage.sync.get(null),
  session: await chrome.storage.session.get(null),
});

/** The id of the tab in front of the last focused window. */
export const activeTabId = async (): Promise<number | null> => {
  const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id ?? null;
};

/** A fresh extension between tests: no token, no session, no remembered orgs (settings in `sync` stay). */
export const clearStorage = async (): Promise<void> => {
  // The tokens' deadlines go with them: no alarm of one test rings in the next.
  await chrome.alarms.clearAll();
  await chrome.storage.session.clear();
  await chrome.storage.local.clear();
};

/**
 * The hub API base URL of the options set to the sandbox's stub hub, as IT or the admin would set their hub's: in the
 * e2e build a loopback hub API is trusted only where it is the configured address (utils/hub/trusted-hubs.ts).
 */
export const configureHubApi = async (origin: string): Promise<void> => {
  const { settings } = await chrome.storage.local.get('settings');
  const current = (settings ?? {}) as Record<string, unknown>;
  await chrome.storage.local.set({
    settings: { tokenName: 'StackOne Integration', trustedHubOrigins: [], ...current, hubApiBaseUrl: origin },
  });
};

/** Run in the background's own global (Chromium's worker): its run's id, stamped on first ask. */
export const stampInstance = (): string => {
  const global = globalThis as { __olaTestInstance?: string };
  global.__olaTestInstance ??= crypto.randomUUID();
  return global.__olaTestInstance;
};
