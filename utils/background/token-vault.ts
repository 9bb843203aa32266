import { browser } from 'wxt/browser';
import type { StoreTokenResult, TokenView } from '../messages/popup-protocol';
import { checkToken, maskToken } from '../okta/token';
import { type CapturedToken, capturedTokenItem, TOKEN_LIFETIME_MS } from '../storage';

/** The one place the captured Okta token is kept: `storage.session`, with a time limit. */

/**
 * Wakes the worker when the token's time is up. A timer would die with the worker, which MV3 stops after
 * ~30 s idle, leaving an expired token in memory until the next event.
 */
export const TOKEN_EXPIRY_ALARM = 'token-expiry';

export async function storeToken(
  raw: string,
  orgDomain: string,
  source: CapturedToken['source'],
  now = Date.now(),
): Promise<StoreTokenResult> {
  const checked = checkToken(raw);
  if (!checked.ok) return { ok: false, message: checked.message };
  await capturedTokenItem.setValue({
    token: checked.token,
    orgDomain,
    source,
    capturedAt: now,
    expiresAt: now + TOKEN_LIFETIME_MS,
  });
  await browser.alarms.create(TOKEN_EXPIRY_ALARM, { when: now + TOKEN_LIFETIME_MS });
  return { ok: true, masked: maskToken(checked.token) };
}

/** The token while it is valid; an expired one is wiped on the way. */
export async function readToken(now = Date.now()): Promise<CapturedToken | null> {
  return (await settleExpiry(now)).valid;
}

/** At the alarm: wipes the token if its time is up, and says for which org, so its guides can be told. */
export async function wipeExpiredToken(now = Date.now()): Promise<string | null> {
  return (await settleExpiry(now)).expiredOrg;
}

export async function wipeToken(): Promise<void> {
  await capturedTokenItem.removeValue();
  await browser.alarms.clear(TOKEN_EXPIRY_ALARM);
}

async function settleExpiry(
  now: number,
): Promise<{ valid: CapturedToken | null; expiredOrg: string | null }> {
  const captured = await capturedTokenItem.getValue();
  if (!captured || captured.expiresAt > now) return { valid: captured, expiredOrg: null };
  await wipeToken();
  return { valid: null, expiredOrg: captured.orgDomain };
}

export function describeToken(captured: CapturedToken): TokenView {
  return {
    masked: maskToken(captured.token),
    orgDomain: captured.orgDomain,
    source: captured.source,
    expiresAt: captured.expiresAt,
  };
}
