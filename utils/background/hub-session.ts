import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../host-permission';
import { checkHubBaseUrl, describeHubSession, hubSessionFromUrl } from '../hub/session';
import type { HubSessionResult, HubSessionView } from '../messages/popup-protocol';
import { type HubSession, hubSessionItem, readSettings } from '../storage';
import { originOf } from '../url';
import { forgetChoicesOfOtherSessions } from './link-outcome';

/** The hub session the extension will use: found on a hub page, or pasted; kept in memory only. */

export async function describeCurrentHubSession(): Promise<HubSessionView | null> {
  const session = await hubSessionItem.getValue();
  return session ? viewOf(session) : null;
}

function viewOf(session: HubSession): HubSessionView {
  return {
    masked: describeHubSession(session.token),
    baseUrl: session.baseUrl,
    origin: new URL(session.baseUrl).origin,
    source: session.source,
    foundOn: session.foundOn ?? null,
  };
}

/** An origin the extension needs host access to before it can call it (the default hub API is granted). */
async function permissionNeededFor(origin: string): Promise<string | null> {
  const granted = await browser.permissions
    .contains({ origins: [hostPermissionPattern(origin)] })
    .catch(() => false);
  return granted ? null : origin;
}

async function keep(session: HubSession): Promise<HubSessionResult> {
  await hubSessionItem.setValue(session);
  // What the previous session's hub offered (a pending "pick one") is not this hub's.
  await forgetChoicesOfOtherSessions(session);
  const view = viewOf(session);
  return { ok: true, session: view, needsPermission: await permissionNeededFor(view.origin) };
}

/** What the admin pasted: a session token, or a whole auth-link URL that carries one. */
export async function useHubSessionFromInput(
  input: string,
  baseUrlInput?: string,
): Promise<HubSessionResult> {
  const settings = await readSettings();
  const base = checkHubBaseUrl(baseUrlInput?.trim() || settings.hubApiBaseUrl);
  if (!base.ok) return { ok: false, message: base.reason };
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: 'Paste a hub session token or the hub link you were sent.' };
  const looksLikeUrl = /^https?:\/\//i.test(trimmed);
  // A link the admin pasted is one they chose, so its own origin counts as a hub page.
  const token = looksLikeUrl
    ? hubSessionFromUrl(trimmed, { trustedOrigins: [originOf(trimmed)].filter((o) => o !== null) })
    : /^[A-Za-z0-9._~+/=-]{8,4096}$/.test(trimmed)
      ? trimmed
      : null;
  if (!token) {
    return {
      ok: false,
      message: looksLikeUrl
        ? 'This link carries no hub session (no ?token=…). Open the hub link you were sent and use it from there.'
        : 'This does not look like a hub session token.',
    };
  }
  return keep({ token, baseUrl: base.baseUrl, source: looksLikeUrl ? 'auth-link' : 'popup' });
}

interface HubPageReading {
  /** The page shows the hub: a `<stackone-hub>` element is on it. */
  showsHub: boolean;
  token: string | null;
  baseUrl: string | null;
  pageUrl: string;
}

/**
 * Runs in the hub tab, only when the admin asked for it: reads the hub element's attributes or the URL. It is
 * serialised into the page, so it uses nothing from this module: the hub may sit in a vendor's open shadow root.
 */
function readHubSessionOnPage(): HubPageReading {
  const findHub = (root: Document | ShadowRoot): Element | null => {
    const direct = root.querySelector('stackone-hub');
    if (direct) return direct;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot ? findHub(element.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const hub = findHub(document);
  return {
    showsHub: hub !== null,
    token: hub?.getAttribute('token') ?? null,
    baseUrl: hub?.getAttribute('base-url') ?? null,
    pageUrl: location.href,
  };
}

export async function findHubSessionInTab(tabId: number): Promise<HubSessionResult> {
  let reading: HubPageReading | undefined;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readHubSessionOnPage,
    });
    reading = result?.result as HubPageReading | undefined;
  } catch {
    return {
      ok: false,
      message: 'The extension cannot read this tab. Open the hub tab and click the toolbar icon there.',
    };
  }
  if (!reading) return { ok: false, message: 'No hub found on this tab.' };
  const pageOrigin = new URL(reading.pageUrl).origin;
  // Many sites carry a `?token=` of their own (password resets, activation links): outside StackOne's
  // hosts, the address counts as an auth link only on a page that shows the hub.
  const fromUrl = hubSessionFromUrl(reading.pageUrl, {
    trustedOrigins: reading.showsHub ? [pageOrigin] : [],
  });
  const fromElement = reading.token?.trim() || null;
  const token = fromElement ?? fromUrl;
  if (!token) {
    return {
      ok: false,
      message:
        'No hub session on this tab: open the page that shows the hub (or the hub link you were sent).',
    };
  }
  const settings = await readSettings();
  const base = checkHubBaseUrl(reading.baseUrl?.trim() || settings.hubApiBaseUrl);
  if (!base.ok)
    return { ok: false, message: `The hub on this page uses an address we refuse: ${base.reason}` };
  return keep({
    token,
    baseUrl: base.baseUrl,
    source: fromElement ? 'hub-tab' : 'auth-link',
    foundOn: pageOrigin,
  });
}
