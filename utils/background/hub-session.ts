import { browser } from 'wxt/browser';
import { hostPermissionPattern } from '../host-permission';
import { describeHubSession, hubSessionFromUrl } from '../hub/session';
import { chooseHubApi } from '../hub/trusted-hubs';
import { t } from '../i18n/browser-language';
import type { HubSessionResult, HubSessionView } from '../messages/popup-protocol';
import { type HubSession, hubSessionItem } from '../storage';
import { originOf } from '../url';
import { readHubTrustSources, rememberConfirmedHubApi } from './hub-trust';
import { forgetChoicesOfOtherSessions } from './link-outcome';

/** The hub session the extension will use: found on a hub page, or pasted; kept in memory only. */

/** What the admin said in the popup about this reading of the tab. */
export interface HubSessionChoice {
  /** The hub API origin the admin confirmed (with host access already granted by the popup). */
  confirmOrigin?: string | undefined;
  /** Replace a session of another hub. */
  replace?: boolean | undefined;
}

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

/** Kept only with host access to its hub API: a denied permission leaves nothing behind. */
async function keep(session: HubSession): Promise<HubSessionResult> {
  const view = viewOf(session);
  const needed = await permissionNeededFor(view.origin);
  if (needed) {
    return {
      ok: false,
      needsPermission: needed,
      message: t('popup_no_access_nothing_kept', { host: new URL(needed).host }),
    };
  }
  await hubSessionItem.setValue(session);
  // What the previous session's hub offered (a pending "pick one") is not this hub's.
  await forgetChoicesOfOtherSessions(session);
  return { ok: true, session: view, needsPermission: null };
}

/** What the admin pasted: a session token, or a whole auth-link URL that carries one. */
export async function useHubSessionFromInput(
  input: string,
  baseUrlInput?: string,
): Promise<HubSessionResult> {
  // The options page sends its own (just saved) hub API base URL; the popup sends none: the configured one.
  const base = chooseHubApi(baseUrlInput, await readHubTrustSources());
  if (base.kind === 'refused') return { ok: false, message: base.message };
  if (base.kind === 'confirm') {
    return { ok: false, message: t('hubsession_set_in_options', { host: base.host }) };
  }
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, message: t('hubsession_paste') };
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
      message: looksLikeUrl ? t('hubsession_link_without_session') : t('hubsession_not_a_token'),
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

export async function findHubSessionInTab(
  tabId: number,
  choice: HubSessionChoice = {},
): Promise<HubSessionResult> {
  let reading: HubPageReading | undefined;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readHubSessionOnPage,
    });
    reading = result?.result as HubPageReading | undefined;
  } catch {
    return { ok: false, message: t('hubsession_cannot_read_tab') };
  }
  if (!reading) return { ok: false, message: t('hubsession_no_hub') };
  const pageOrigin = new URL(reading.pageUrl).origin;
  // Many sites carry a `?token=` of their own (password resets, activation links): outside StackOne's
  // hosts, the address counts as an auth link only on a page that shows the hub.
  const fromUrl = hubSessionFromUrl(reading.pageUrl, {
    trustedOrigins: reading.showsHub ? [pageOrigin] : [],
  });
  const fromElement = reading.token?.trim() || null;
  const token = fromElement ?? fromUrl;
  if (!token) {
    return { ok: false, message: t('hubsession_none_on_tab') };
  }
  const base = chooseHubApi(reading.baseUrl, await readHubTrustSources());
  if (base.kind === 'refused') return { ok: false, message: base.message };
  if (base.kind === 'confirm') {
    // Shown, never used on the page's word: kept only once the admin confirms this very host.
    if (choice.confirmOrigin !== base.origin) {
      return { ok: false, message: base.message, confirm: { origin: base.origin, host: base.host } };
    }
    if (await permissionNeededFor(base.origin)) {
      return { ok: false, message: t('popup_no_access_nothing_kept', { host: base.host }) };
    }
    await rememberConfirmedHubApi(base.origin);
  }
  const current = await hubSessionItem.getValue();
  const currentOrigin = current ? originOf(current.baseUrl) : null;
  if (current && currentOrigin !== base.origin && current.token !== token && !choice.replace) {
    // A newer session never silently replaces one of another hub: the admin says which hub the token goes to.
    const from = new URL(current.baseUrl).host;
    return {
      ok: false,
      message: t('hubsession_replace', { from, to: base.host }),
      replaces: { from, to: base.host },
    };
  }
  return keep({
    token,
    baseUrl: base.baseUrl,
    source: fromElement ? 'hub-tab' : 'auth-link',
    foundOn: pageOrigin,
  });
}

/**
 * The hub session of the page in `tabId`, read but not kept, for a hub API the token may go to: what confirms a
 * success the page reported when no session was taken before. Null when there is none (or it is not trusted).
 */
export async function readTrustedSessionInTab(
  tabId: number,
): Promise<{ token: string; baseUrl: string } | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readHubSessionOnPage,
    });
    const reading = result?.result as HubPageReading | undefined;
    const token = reading?.token?.trim();
    if (!reading || !token) return null;
    const base = chooseHubApi(reading.baseUrl, await readHubTrustSources());
    return base.kind === 'trusted' ? { token, baseUrl: base.baseUrl } : null;
  } catch {
    return null;
  }
}
