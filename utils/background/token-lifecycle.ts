import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import { type CapturedToken, readSettings, type TokenEndReason, type TokenRecord } from '../storage';
import { publish } from './events';
import { findOktaId, revokeInOkta } from './okta-api-calls';
import { recordTokenEnd } from './token-records';
import { annotateToken, readToken, takeExpiredTokens, takeToken } from './token-vault';

/**
 * No credential left behind: how a held token ends. A token handed to a hub (linked, or filled into a hub
 * form) is never revoked by us: the hub may hold it. Any other ending (Forget, the deadline, a new capture on
 * the same org, the guide stopped after the capture) revokes it in Okta unless "Revoke unused tokens" is off,
 * and is recorded without the secret. A failed revocation is said where the admin looks next: the popup, the
 * overlay on the org's pages, and the toolbar badge (no notification permission needed).
 */

/** Ends a token taken out of the vault: revoked if unused, recorded either way, its org's guides told. */
export async function endToken(held: CapturedToken, reason: TokenEndReason): Promise<TokenRecord> {
  const record = await settle(held, reason);
  if (record.ending.how === 'revoke-failed') await showRevokeFailure();
  // Its org's guides stop showing it (and show a failed revocation): see wiring.ts.
  await publish('token-ended', { orgDomain: held.orgDomain, reason });
  return record;
}

async function settle(held: CapturedToken, reason: TokenEndReason): Promise<TokenRecord> {
  if (held.handedToHub === 'linked') return recordTokenEnd(held, { how: 'linked', accountId: '' });
  if (held.handedToHub === 'filled') return recordTokenEnd(held, { how: 'filled' });
  const { revokeUnusedTokens } = await readSettings();
  if (!revokeUnusedTokens) return recordTokenEnd(held, { how: 'not-revoked', reason });
  const revoked = await revokeInOkta(held);
  return recordTokenEnd(
    held,
    revoked.ok ? { how: 'revoked', reason } : { how: 'revoke-failed', reason, why: revoked.why },
  );
}

/** The admin's Forget: the org's token ends now. */
export async function forgetToken(orgDomain: string): Promise<TokenRecord | null> {
  const held = await takeToken(orgDomain);
  return held ? endToken(held, 'forgotten') : null;
}

/** At an alarm (or at start-up, for an alarm missed while the machine slept): every token past its deadline ends. */
export async function expireTokens(now = Date.now()): Promise<void> {
  const expired = await takeExpiredTokens(now);
  await Promise.all(expired.map((held) => endToken(held, 'expired')));
}

/** The guide in `tabId` was stopped: a token it captured there, not yet handed to a hub, ends. */
export async function endAfterGuideStopped(tabId: number, orgDomain: string): Promise<void> {
  const held = await readToken(orgDomain);
  if (held?.source !== 'guide' || held.tabId !== tabId || held.handedToHub) return;
  const taken = await takeToken(orgDomain, held);
  if (taken) await endToken(taken, 'guide-stopped');
}

/** A hub form got the org's token: from now on only the hub may end it in Okta. */
export async function noteFilledIntoHubForm(orgDomain: string): Promise<void> {
  const held = await readToken(orgDomain);
  if (held) await annotateToken(held, { handedToHub: 'filled' });
}

/**
 * Right after a capture by the guide: the token's Okta id (and its name and creation, which find its row on the
 * Tokens page), from the org's token list as the admin's session reads it in the capturing tab.
 */
export async function learnOktaId(held: CapturedToken): Promise<void> {
  if (held.source !== 'guide' || held.oktaId) return;
  const { tokenName } = await readSettings();
  const found = (await findOktaId(held, tokenName)) ?? (await findOktaId(held, null));
  if (found) {
    await annotateToken(held, { oktaId: found.id, name: found.name, createdInOkta: found.created });
  }
}

/** The toolbar badge says something needs the admin: a token could not be revoked. Cleared when the popup opens. */
async function showRevokeFailure(): Promise<void> {
  await browser.action?.setBadgeText({ text: '!' }).catch(() => {});
  await browser.action?.setBadgeBackgroundColor({ color: '#b42318' }).catch(() => {});
  await browser.action?.setTitle({ title: t('badge_revoke_failed') }).catch(() => {});
}

export async function clearRevokeFailureBadge(): Promise<void> {
  await browser.action?.setBadgeText({ text: '' }).catch(() => {});
  await browser.action?.setTitle({ title: t('ext_name') }).catch(() => {});
}
