import { config, texts } from './config';

/** The Admin Console's calls to its org, with the session cookie and, for writes, `#_xsrfToken`. */

export interface Zone {
  id: string;
  name: string;
}

export interface TokenListing {
  id: string;
  name: string;
  created: string;
}

/** `POST /api/internal/tokens?expand=user`: the secret in `token`, with the token's metadata. */
export interface CreatedToken {
  id: string;
  name: string;
  token: string;
}

export interface TokenRequest {
  name: string;
  /** The network choice as this console spells it (its option value). */
  network: string;
  zones: string[];
}

export type Creation =
  | { outcome: 'created'; created: CreatedToken }
  /** The page is navigating away (to sign in or to verify); nothing more to do here. */
  | { outcome: 'leaving' }
  | { outcome: 'failed'; message: string };

function getJson(url: string): Promise<Response> {
  return fetch(url, { headers: { Accept: 'application/json' } });
}

function postJson(url: string, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Okta-XsrfToken': document.getElementById('_xsrfToken')?.textContent?.trim() ?? '',
    },
    body: JSON.stringify(body),
  });
}

/**
 * An answer saying the session is gone (Okta's E0000005) sends the admin to sign in again, then back to this
 * page; true when it did.
 */
async function sentToSignIn(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => ({}))) as { errorCode?: string };
  if (body.errorCode !== 'E0000005') return false;
  location.assign(`${config.signInUrl}?fromURI=${encodeURIComponent(location.href)}`);
  return true;
}

export async function listTokens(): Promise<TokenListing[]> {
  const response = await getJson('/api/v1/api-tokens');
  return response.ok ? response.json() : [];
}

/** The org's network zones, loaded as the create dialog opens; null when the session has expired. */
export async function loadZones(): Promise<Zone[] | null> {
  const response = await getJson('/api/v1/zones');
  if (await sentToSignIn(response)) return null;
  return response.ok ? response.json() : [];
}

/** Resolves once the pop-up window is closed (by itself once verified, or by the admin). */
function closingOf(popup: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (!popup.closed) return;
      clearInterval(timer);
      resolve();
    }, 200);
  });
}

/** A creation parked for verification, revealed; null when there is none (it was not verified). */
export async function finishPendingCreation(): Promise<CreatedToken | null> {
  const response = await postJson('/api/internal/tokens/pending', {});
  return response.ok ? response.json() : null;
}

/**
 * Creates the token, through whatever the org asks on the way: signing in again (the page leaves), a step-up
 * page (the page leaves; the server parks the creation), or a verification pop-up (`onVerifyInPopup`, then
 * the parked creation is finished here).
 */
export async function createToken(request: TokenRequest, onVerifyInPopup: () => void): Promise<Creation> {
  const failed: Creation = { outcome: 'failed', message: texts.requestFailed };
  try {
    const response = await postJson('/api/internal/tokens?expand=user', request);
    if (await sentToSignIn(response)) return { outcome: 'leaving' };
    const body = await response.json();
    if (response.ok) return { outcome: 'created', created: body };
    if (response.status !== 401 || !body.stepUpRequired) return failed;
    if (!body.popupUrl) {
      location.assign(body.redirectUrl);
      return { outcome: 'leaving' };
    }
    const popup = window.open(body.popupUrl, 'okta-verify', 'popup,width=480,height=640');
    if (!popup) return { outcome: 'failed', message: texts.popupBlocked };
    onVerifyInPopup();
    await closingOf(popup);
    const created = await finishPendingCreation();
    return created ? { outcome: 'created', created } : failed;
  } catch {
    return failed;
  }
}
