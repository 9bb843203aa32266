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

/**
 * Takes the hub session from the tab. Host access is asked for from the click itself (a user gesture): before the
 * request when the admin confirms a hub API, or when the background says it lacks access; refused, nothing is kept.
 */
async function findHubSession(tabId: number, choice: { confirmOrigin?: string; replace?: boolean } = {}) {
  const ask = async (origin: string): Promise<HubSessionResult | null> =>
    (await askHostPermission(origin))
      ? null
      : {
          ok: false,
          message: t('popup_no_access_nothing_kept', { host: new URL(origin).host }),
        };
  if (choice.confirmOrigin) {
    const denied = await ask(choice.confirmOrigin);
    if (denied) return denied;
  }
  const first = await request({ type: 'popup:find-hub-session', tabId, ...choice });
  if (first.ok || !first.needsPermission) return first;
  return (await ask(first.needsPermission)) ?? request({ type: 'popup:find-hub-session', tabId, ...choice });
}

async function setHubSession(session: string, baseUrl?: string): Promise<HubSessionResult> {
  const first = await request({ type: 'popup:set-hub-session', session, baseUrl });
  if (first.ok || !first.needsPermission) return first;
  if (!(await askHostPermission(first.needsPermission))) {
    return {
      ok: false,
      message: t('options_no_access', { origin: first.needsPermission }),
    };
  }
  return request({ type: 'popup:set-hub-session', session, baseUrl });
}

type StartedFromHub = Extract<PopupResponses['popup:start-from-hub'], { ok: true }>;

export const popupApi = {
  loadTabPage,
  loadState,
  watchState,
  startGuide: (tabId: number, mode: GuideMode) => request({ type: 'popup:start-guide', tabId, mode }),
  stopGuide: (tabId: number) => request({ type: 'popup:stop-guide', tabId }),
  pasteToken: (tabId: number, token: string) => request({ type: 'popup:paste-token', tabId, token }),
  forgetToken: (orgDomain?: string) => request({ type: 'popup:forget-token', orgDomain }),
  revokeInOkta: (key: { orgDomain: string; capturedAt: number }) =>
    request({ type: 'popup:revoke-in-okta', ...key }),
  dismissRevokeFailure: (key: { orgDomain: string; capturedAt: number }) =>
    request({ type: 'popup:dismiss-revoke-failure', ...key }),
  findHubSession,
  setHubSession,
  connect: (options: {
    orgDomain?: string;
    eventHookName?: string;
    integrationId?: string;
    confirmAfterUnknownOutcome?: boolean;
  }) => request({ type: 'popup:connect', ...options }),
  inspectHubForm: (tabId: number) => request({ type: 'popup:inspect-hub-form', tabId }),
  fillHubForm: (
    tabId: number,
    options: {
      orgDomain?: string;
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
  ): Promise<
    | Exclude<PopupResponses['popup:start-from-hub'], StartedFromHub>
    | (StartedFromHub & { session?: HubSessionResult })
  > => {
    // A typo is said at once, before anything is taken from the tab (the background checks again).
    const checked = parseOrgInput(options.org);
    if (!checked.ok) return { ok: false, field: 'org', message: checked.message };
    // A session the admin must confirm first (or of another hub) is not taken here: the fill needs none, and the
    // popup shows what to decide.
    const session = await findHubSession(tabId);
    const started = await request({ type: 'popup:start-from-hub', tabId, ...options });
    return started.ok ? { ...started, session } : started;
  },
  reopenOktaTab: () => request({ type: 'popup:reopen-okta-tab' }),
  cancelHubJourney: () => request({ type: 'popup:cancel-hub-journey' }),
};

export type PopupApi = typeof popupApi;
