import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import {
  type ApiTokenMeta,
  listTokensInPage,
  matchCapturedToken,
  type PageRevokeOutcome,
  type RevokeOutcome,
  readTokenInPage,
  revokeByIdInPage,
  revokeWithToken,
  type TokenReading,
  type TokensListing,
} from '../okta/api-tokens';
import { oktaOrgOf } from '../okta/domain';
import type { CapturedToken } from '../storage';
import { tabOf } from '../tabs';

/**
 * The extension's calls to an org's API-token endpoints: with the token itself from the background (only
 * `DELETE /api/v1/api-tokens/current`, only to the org's own host), everything else in a tab of that org with
 * the admin's own session (as the privilege check does), never with the token.
 */

/** Where the org's API is: its own host, on the scheme it was seen on. */
export function orgOrigin(held: Pick<CapturedToken, 'orgDomain' | 'protocol'>): string {
  return `${held.protocol ?? 'https:'}//${held.orgDomain}`;
}

/** An open tab of the org, the Admin Console first (its pages carry the XSRF token Okta's writes need). */
export async function orgTab(orgDomain: string, preferred?: number): Promise<number | null> {
  if (preferred !== undefined) {
    const tab = await tabOf(preferred);
    if (tab?.id !== undefined && oktaOrgOf(tab.url)?.orgDomain === orgDomain) return tab.id;
  }
  const tabs = await browser.tabs.query({}).catch(() => []);
  const ofOrg = tabs.filter((tab) => tab.id !== undefined && oktaOrgOf(tab.url)?.orgDomain === orgDomain);
  const admin = ofOrg.find((tab) => oktaOrgOf(tab.url)?.isAdminConsole);
  return (admin ?? ofOrg[0])?.id ?? null;
}

async function inTab<T>(tabId: number, func: (...args: never[]) => Promise<T>, args: unknown[] = []) {
  const [answer] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: func as () => Promise<T>,
    args: args as [],
  });
  return answer?.result as T | undefined;
}

/**
 * The captured token's Okta id, from the org's token list as the admin's session sees it: the one token the
 * admin created under the name the guide filled, within minutes of the capture. Never by the token's value.
 */
export async function findOktaId(
  held: CapturedToken,
  tokenName: string | null,
): Promise<ApiTokenMeta | null> {
  const tabId = await orgTab(held.orgDomain, held.tabId);
  if (tabId === null) return null;
  try {
    const listing = await inTab<TokensListing>(tabId, listTokensInPage);
    if (!listing?.ok) return null;
    return matchCapturedToken(listing.tokens, {
      userId: listing.userId,
      name: tokenName,
      capturedAt: held.capturedAt,
    });
  } catch {
    return null;
  }
}

/** The token's metadata, read in a tab of its org (proof of use); null when no tab could ask. */
export async function readTokenMeta(orgDomain: string, oktaId: string): Promise<TokenReading | null> {
  const tabId = await orgTab(orgDomain);
  if (tabId === null) return null;
  try {
    return (await inTab<TokenReading>(tabId, readTokenInPage, [oktaId])) ?? null;
  } catch {
    return null;
  }
}

/**
 * Revokes the token in Okta: first with the token itself (`DELETE /api/v1/api-tokens/current`), else by its id
 * with the admin's session in a tab of the org. Verified either way (the token answers 401, or the id 404s).
 */
export async function revokeInOkta(held: CapturedToken): Promise<RevokeOutcome> {
  const withToken = await revokeWithToken(orgOrigin(held), held.token);
  if (withToken.ok) return withToken;
  if (!held.oktaId) return { ok: false, why: t('revoke_then_no_id', { why: withToken.why }) };
  const tabId = await orgTab(held.orgDomain, held.tabId);
  if (tabId === null) {
    return { ok: false, why: t('revoke_then_no_tab', { why: withToken.why, org: held.orgDomain }) };
  }
  try {
    const byId = await inTab<PageRevokeOutcome>(tabId, revokeByIdInPage, [held.oktaId]);
    return byId?.ok
      ? byId
      : { ok: false, why: t('revoke_then', { why: withToken.why, next: byIdWhy(byId) }) };
  } catch {
    return { ok: false, why: t('revoke_then_tab_failed', { why: withToken.why }) };
  }
}

/** What the page said about revoking by id, in words (Okta's own summary quoted as Okta wrote it). */
function byIdWhy(outcome: Exclude<PageRevokeOutcome, { ok: true }> | undefined): string {
  if (!outcome) return t('revoke_page_silent');
  switch (outcome.failure) {
    case 'refused':
      return t('revoke_by_id_refused', { status: outcome.status, said: outcome.said });
    case 'still-listed':
      return t('revoke_by_id_still_listed', { status: outcome.status });
    case 'unreachable':
      return t('revoke_page_unreachable');
  }
}
