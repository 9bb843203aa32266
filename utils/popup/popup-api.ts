import { browser } from 'wxt/browser';
import type { HubFormFillView, HubFormInspectionView } from '../autofill/results';
import type { PopupState } from '../background/popup-state';
import type { PopupRequest } from '../messages/popup-protocol';
import { tabUrl } from '../tabs';
import { describeTabPage, type TabPage } from './tab-page';

/** The popup's side of the conversation with the background; components get its results as props. */

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export function request<T = unknown>(message: PopupRequest): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

/** The page part of the state, read here without waking the worker, so the org shows at once. */
export async function loadTabPage(tabId: number): Promise<TabPage> {
  return describeTabPage(await tabUrl(tabId));
}

export function loadState(tabId: number): Promise<PopupState> {
  return request<PopupState>({ type: 'popup:get-state', tabId });
}

/** Calls `onChange` whenever extension storage changes (guide step, token, link outcome). */
export function watchState(onChange: () => void): () => void {
  const listener = () => onChange();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Host access to a hub API origin must be asked for from the click itself (a user gesture). */
export async function askHostPermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

type Result = { ok: boolean; message?: string };

interface SessionResult {
  ok: boolean;
  message?: string;
  needsPermission?: string | null;
}

/** Asks for host access to a non-default hub API right after the session is chosen (still in the click). */
async function withHubPermission(result: SessionResult): Promise<Result> {
  if (!result.ok || !result.needsPermission) return result;
  const granted = await askHostPermission(result.needsPermission);
  return granted
    ? result
    : {
        ok: false,
        message: `Without access to ${result.needsPermission} the extension cannot call this hub.`,
      };
}

export const popupApi = {
  loadTabPage,
  loadState,
  watchState,
  startGuide: (tabId: number) => request<Result>({ type: 'popup:start-guide', tabId }),
  stopGuide: (tabId: number) => request({ type: 'popup:stop-guide', tabId }),
  pasteToken: (tabId: number, token: string) => request<Result>({ type: 'popup:paste-token', tabId, token }),
  forgetToken: () => request({ type: 'popup:forget-token' }),
  findHubSession: async (tabId: number) =>
    withHubPermission(await request<SessionResult>({ type: 'popup:find-hub-session', tabId })),
  setHubSession: async (session: string, baseUrl?: string) =>
    withHubPermission(await request<SessionResult>({ type: 'popup:set-hub-session', session, baseUrl })),
  connect: (
    tabId: number,
    options: { eventHookName?: string; integrationId?: string; confirmAfterUnknownOutcome?: boolean },
  ) => request({ type: 'popup:connect', tabId, ...options }),
  inspectHubForm: (tabId: number) =>
    request<HubFormInspectionView>({ type: 'popup:inspect-hub-form', tabId }),
  fillHubForm: (
    tabId: number,
    options: { origin: string; eventHookName?: string; overwrite?: boolean; trustOrigin?: boolean },
  ) => request<HubFormFillView>({ type: 'popup:fill-hub-form', tabId, ...options }),
};

export type PopupApi = typeof popupApi;
