import { browser } from 'wxt/browser';
import type { StoreTokenResult, TokenView } from '../messages/popup-protocol';
import { checkToken, maskToken } from '../okta/token';
import {
  type CapturedToken,
  capturedTokensItem,
  type OrgProtocol,
  TOKEN_LIFETIME_MS,
  updateItem,
} from '../storage';

/**
 * The one place captured Okta tokens are kept: `storage.session`, at most one per org, each with its own
 * deadline. A token for one org never stands in for another's: every read names its org.
 */

/**
 * Wakes the worker when a token's time is up, one alarm per org. A timer would die with the worker, which MV3
 * stops after ~30 s idle, leaving an expired token in memory (and live in Okta) until the next event.
 */
const EXPIRY_ALARM_PREFIX = 'token-expiry:';

export function expiryAlarmName(orgDomain: string): string {
  return `${EXPIRY_ALARM_PREFIX}${orgDomain}`;
}

/** The org whose deadline an alarm is, or null for other alarms. */
export function orgOfExpiryAlarm(name: string): string | null {
  return name.startsWith(EXPIRY_ALARM_PREFIX) ? name.slice(EXPIRY_ALARM_PREFIX.length) || null : null;
}

export interface StoreTokenContext {
  /** How the org's API is reached (`http:` only for a local test org). */
  protocol?: OrgProtocol | undefined;
  /** The tab the guide captured it in. */
  tabId?: number | undefined;
  now?: number;
}

/**
 * Holds a token for its org. A different token already held for that org is taken out and handed back as
 * `replaced` (it ended unused, unless a hub has it); the same token captured again (a reload of Okta's reveal)
 * keeps what is known of it and its deadline.
 */
export async function storeToken(
  raw: string,
  orgDomain: string,
  source: CapturedToken['source'],
  context: StoreTokenContext = {},
): Promise<StoreTokenResult & { replaced?: CapturedToken | null }> {
  const checked = checkToken(raw);
  if (!checked.ok) return { ok: false, message: checked.message };
  const now = context.now ?? Date.now();
  let replaced: CapturedToken | null = null;
  let deadline: number | null = null;
  await updateItem(capturedTokensItem, (tokens) => {
    const previous = tokens[orgDomain];
    if (previous?.token === checked.token) {
      // The same token again: not a new one, so nothing ends; a lapsed deadline starts over.
      if (previous.expiresAt > now) return tokens;
      deadline = now + TOKEN_LIFETIME_MS;
      return { ...tokens, [orgDomain]: { ...previous, expiresAt: deadline } };
    }
    replaced = previous ?? null;
    deadline = now + TOKEN_LIFETIME_MS;
    const held: CapturedToken = {
      token: checked.token,
      orgDomain,
      source,
      capturedAt: now,
      expiresAt: deadline,
      ...(context.protocol ? { protocol: context.protocol } : {}),
      ...(context.tabId !== undefined ? { tabId: context.tabId } : {}),
    };
    return { ...tokens, [orgDomain]: held };
  });
  if (deadline !== null) await browser.alarms.create(expiryAlarmName(orgDomain), { when: deadline });
  return { ok: true, masked: maskToken(checked.token), replaced };
}

/** The org's token while it is within its deadline; an expired one is left for `takeExpiredTokens`. */
export async function readToken(orgDomain: string, now = Date.now()): Promise<CapturedToken | null> {
  const held = (await capturedTokensItem.getValue())[orgDomain];
  return held && held.expiresAt > now ? held : null;
}

/** Every token within its deadline, newest capture first. */
export async function readTokens(now = Date.now()): Promise<CapturedToken[]> {
  return Object.values(await capturedTokensItem.getValue())
    .filter((held) => held.expiresAt > now)
    .sort((a, b) => b.capturedAt - a.capturedAt);
}

/**
 * Takes the org's token out of memory and hands it back (for its ending: linked, forgotten, revoked). With
 * `only`, only if the held token is still that one (a newer capture stays).
 */
export async function takeToken(
  orgDomain: string,
  only?: Pick<CapturedToken, 'capturedAt'>,
): Promise<CapturedToken | null> {
  let taken: CapturedToken | null = null;
  await updateItem(capturedTokensItem, (tokens) => {
    const held = tokens[orgDomain];
    if (!held || (only && held.capturedAt !== only.capturedAt)) return tokens;
    taken = held;
    const { [orgDomain]: _, ...rest } = tokens;
    return rest;
  });
  if (taken) await browser.alarms.clear(expiryAlarmName(orgDomain));
  return taken;
}

/** Takes out every token whose deadline has passed (the alarm's work, or a missed alarm's). */
export async function takeExpiredTokens(now = Date.now()): Promise<CapturedToken[]> {
  const expired: CapturedToken[] = [];
  await updateItem(capturedTokensItem, (tokens) => {
    const kept: Record<string, CapturedToken> = {};
    for (const [org, held] of Object.entries(tokens)) {
      if (held.expiresAt <= now) expired.push(held);
      else kept[org] = held;
    }
    return expired.length > 0 ? kept : tokens;
  });
  await Promise.all(expired.map((held) => browser.alarms.clear(expiryAlarmName(held.orgDomain))));
  return expired;
}

/** Notes something about the org's token (its Okta id, that a hub form got it), if it is still that token. */
export async function annotateToken(
  held: Pick<CapturedToken, 'orgDomain' | 'capturedAt'>,
  note: Partial<Pick<CapturedToken, 'oktaId' | 'handedToHub' | 'createdInOkta' | 'name'>>,
): Promise<void> {
  await updateItem(capturedTokensItem, (tokens) => {
    const current = tokens[held.orgDomain];
    if (!current || current.capturedAt !== held.capturedAt) return tokens;
    return { ...tokens, [held.orgDomain]: { ...current, ...note } };
  });
}

/** What may be shown of a token: never the value, only its masked form. */
export function describeToken(captured: CapturedToken): TokenView {
  return {
    masked: maskToken(captured.token),
    orgDomain: captured.orgDomain,
    source: captured.source,
    expiresAt: captured.expiresAt,
  };
}

/**
 * The token a request means: the one of the org it names; a request naming none (an older popup, a script)
 * gets a token only while exactly one is held, so it can never take another org's by mistake.
 */
export async function tokenFor(
  orgDomain: string | undefined,
  now = Date.now(),
): Promise<CapturedToken | null> {
  if (orgDomain) return readToken(orgDomain, now);
  const held = await readTokens(now);
  return held.length === 1 ? (held[0] ?? null) : null;
}
