import { checkToken, maskToken } from '../okta/token';
import { type CapturedToken, capturedTokenItem, TOKEN_LIFETIME_MS } from '../storage';

/** The one place the captured Okta token is kept: `storage.session`, with a time limit. */

export type StoreTokenResult = { ok: true; masked: string } | { ok: false; message: string };

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
  // While the worker lives, wipe on time; if it stops first, the next read (or its restart) wipes.
  setTimeout(() => void readToken(), TOKEN_LIFETIME_MS + 1000);
  return { ok: true, masked: maskToken(checked.token) };
}

/** The token while it is valid; an expired one is wiped on the way. */
export async function readToken(now = Date.now()): Promise<CapturedToken | null> {
  const captured = await capturedTokenItem.getValue();
  if (captured && captured.expiresAt <= now) {
    await wipeToken();
    return null;
  }
  return captured;
}

export async function wipeToken(): Promise<void> {
  await capturedTokenItem.removeValue();
}

export function describeToken(captured: CapturedToken) {
  return {
    masked: maskToken(captured.token),
    orgDomain: captured.orgDomain,
    source: captured.source,
    expiresAt: captured.expiresAt,
  };
}
