import { isAllowedWebAddress } from '../build-flavour';
import { t } from '../i18n/browser-language';
import { isLoopbackHost } from '../url';

/*
 * Where a hub session comes from and where it may be sent. A session is a bearer credential for the
 * vendor's StackOne project, so it is only read from hub pages we trust and only sent over https
 * (plain http is allowed for loopback, which the e2e sandbox uses).
 */

export const DEFAULT_HUB_API_BASE = 'https://api.stackone.com';

/** Hosts of StackOne's own hosted hub (auth links, dashboard). */
const STACKONE_DOMAIN = 'stackone.com';

/** Connect-session tokens are opaque but URL-safe; anything else is not a session. */
const SESSION_SHAPE = /^[A-Za-z0-9._~+/=-]{8,4096}$/;

function parseUrl(input: string | URL): URL | null {
  try {
    return new URL(input);
  } catch {
    return null;
  }
}

function isStackOneHost(hostname: string): boolean {
  return hostname === STACKONE_DOMAIN || hostname.endsWith(`.${STACKONE_DOMAIN}`);
}

export interface HubSessionSourceOptions {
  /**
   * Further origins whose `?token=` is a hub session, e.g. a vendor's own auth-link page the admin
   * chose, or the loopback sandbox. StackOne's https hosts are always trusted.
   */
  trustedOrigins?: readonly string[];
}

/**
 * The hub session carried by an auth-link URL such as
 * `https://app.stackone.com/embedded/integrations?token=…`, or null. Only trusted origins count:
 * other sites' `?token=` (Okta's activation links, for one) must never be sent to the hub.
 */
export function hubSessionFromUrl(url: string | URL, options: HubSessionSourceOptions = {}): string | null {
  const parsed = parseUrl(url);
  if (!parsed || !isTrustedSessionOrigin(parsed, options.trustedOrigins ?? [])) return null;
  const token = parsed.searchParams.get('token')?.trim() ?? '';
  return SESSION_SHAPE.test(token) ? token : null;
}

function isTrustedSessionOrigin(url: URL, trustedOrigins: readonly string[]): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === 'https:' && isStackOneHost(url.hostname)) return true;
  return trustedOrigins.some((origin) => parseUrl(origin)?.origin === url.origin);
}

export type HubBaseUrlCheck = { ok: true; origin: string; baseUrl: string } | { ok: false; reason: string };

/**
 * Whether `input` may serve as the hub API base URL, normalised without a trailing slash.
 * Reasons never repeat the input: it may hold userinfo the admin pasted by mistake.
 */
export function checkHubBaseUrl(input: string): HubBaseUrlCheck {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, reason: t('baseurl_empty') };
  if (/\s/.test(trimmed)) return { ok: false, reason: t('baseurl_spaces') };
  const url = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? parseUrl(trimmed) : null;
  if (!url) return { ok: false, reason: t('baseurl_not_full') };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: t('baseurl_not_https') };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return { ok: false, reason: t('baseurl_plain_http') };
  }
  if (!isAllowedWebAddress(url)) {
    // Only the e2e build talks to its loopback stub hub.
    return { ok: false, reason: t('baseurl_local') };
  }
  if (url.username || url.password) {
    return { ok: false, reason: t('baseurl_userinfo') };
  }
  if (/[?#]/.test(trimmed)) {
    return { ok: false, reason: t('baseurl_query') };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, origin: url.origin, baseUrl: `${url.origin}${path}` };
}

/** A display of a session that identifies it without revealing it: `hub-…demo`. */
export function describeHubSession(token: string): string {
  const session = token.trim();
  // Show at most a quarter of the characters at each end, and never more than four.
  const shown = Math.min(4, Math.floor(session.length / 4));
  if (shown === 0) return '…';
  return `${session.slice(0, shown)}…${session.slice(-shown)}`;
}

/**
 * A stable name for a session that does not reveal it (SHA-256, 16 hex digits): what the extension knows of
 * one hub (its integrations, a pending choice) is tied to the session that asked, never to the token itself.
 */
export async function fingerprintHubSession(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token.trim()));
  return Array.from(new Uint8Array(digest).slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}
