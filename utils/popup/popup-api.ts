import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../host-permission';
import { t } from '../i18n/browser-language';
import type { GuideMode } from '../messages/guide-protocol';
import type {
  HubSessionResult,
  PopupRequestOf,
  PopupRequestType,
  PopupResponses,
  PopupState,
} from '../messages/popup-protocol';
import { parseOrgInput } from '../okta/org-input';
import { tabUrl } from '../tabs';
import { describeTabPage, type TabPage } from './tab-page';

/** The popup's side of the conversation with the background; components get its results as props. */

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Sends a request to the background; the answer's type follows the request's (see `PopupResponses`). */
export function request<T extends PopupRequestType>(message: PopupRequestOf<T>): Promise<PopupResponses[T]> {
  return browser.runtime.sendMessage(message) as Promise<PopupResponses[T]>;
}

/** The page part of the state, read here without waking the worker, so the org shows at once. */
export async function loadTabPage(tabId: number): Promise<TabPage> {
  return describeTabPage(await tabUrl(tabId));
}

/** `opened`: the popup's first look at the tab (the org it shows then counts as seen). */
export function loadState(tabId: number, { opened = false } = {}): Promise<PopupState> {
  return request({ type: 'popup:get-state', tabId, ...(opened ? { opened } : {}) });
}

/** Calls `onChange` whenever extension storage changes (guide step, token, link outcome). */
export function watchState(onChange: () => void): () => void {
  const listener = () => onChange();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Host access to a hub API origin must be asked for from the click itself (a user gesture). */
export async function askHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPermissionPattern(origin)] }).catch(() => false);
}

type Result = { ok: boolean; message?: string };

/** Asks for host access to a non-default hub API right after the session is chosen (still in the click). */
async function withHubPermission(result: HubSessionResult): Promise<Result> {
  if (!result.ok || !result.needsPermission) return result;
  const granted = await askHostPermission(result.needsPermission);
  return granted
    ? result
    : {
        ok: false,
        message: t('options_no_access', { origin: result.needsPermission }),
      };
}

export const popupApi = {
  loadTabPage,
  loadState,
  watchState,
  startGuide: (tabId: number, mode: GuideMode) => request({ type: 'popup:start-guide', tabId, mode }),
  stopGuide: (tabId: number) => request({ type: 'popup:stop-guide', tabId }),
  pasteToken: (tabId: number, token: string) => request({ type: 'popup:paste-token', tabId, token }),
  forgetToken: () => request({ type: 'popup:forget-token' }),
  findHubSession: async (tabId: number) =>
    withHubPermission(await request({ type: 'popup:find-hub-session', tabId })),
  setHubSession: async (session: string, baseUrl?: string) =>
    withHubPermission(await request({ type: 'popup:set-hub-session', session, baseUrl })),
  connect: (options: {
    eventHookName?: string;
    integrationId?: string;
    confirmAfterUnknownOutcome?: boolean;
  }) => request({ type: 'popup:connect', ...options }),
  inspectHubForm: (tabId: number) => request({ type: 'popup:inspect-hub-form', tabId }),
  fillHubForm: (
    tabId: number,
    options: {
      origin: string;
      eventHookName?: string;
      overwrite?: boolean;
      trustOrigin?: boolean;
      pointAtConnect?: boolean;
    },
  ) => request({ type: 'popup:fill-hub-form', tabId, ...options }),
  /**
   * Get token from Okta: the hub session is taken from the tab first, as "Use hub session from this tab"
   * does (asking for host access while the click still counts), then the Okta tab opens.
   */
  startFromHub: async (
    tabId: number,
    options: { origin: string; org: string; eventHookName?: string },
  ): Promise<PopupResponses['popup:start-from-hub']> => {
    // A typo is said at once, before anything is taken from the tab (the background checks again).
    const checked = parseOrgInput(options.org);
    if (!checked.ok) return { ok: false, field: 'org', message: checked.message };
    await withHubPermission(await request({ type: 'popup:find-hub-session', tabId }));
    return request({ type: 'popup:start-from-hub', tabId, ...options });
  },
  reopenOktaTab: () => request({ type: 'popup:reopen-okta-tab' }),
  cancelHubJourney: () => request({ type: 'popup:cancel-hub-journey' }),
};

export type PopupApi = typeof popupApi;
